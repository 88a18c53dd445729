package rpc

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
)

// itxOpJSON is one op of a klaster_getQuote or klaster_sendInterchainTx
// request as it arrives.
type itxOpJSON struct {
	ChainID    json.RawMessage `json:"chainId"`
	EntryPoint json.RawMessage `json:"entryPoint"`
	UserOp     json.RawMessage `json:"userOp"`
	Lower      json.RawMessage `json:"lowerBoundTimestamp"`
	Upper      json.RawMessage `json:"upperBoundTimestamp"`
	UserOpHash json.RawMessage `json:"userOpHash"`
	Leaf       json.RawMessage `json:"leaf"`
	Proof      json.RawMessage `json:"proof"`
}

// itxOp is an itxOpJSON decoded against the node's chains.
type itxOp struct {
	chainID    uint64
	entryPoint common.Address
	op         *entrypoint.UserOperation
	lower      *uint64
	upper      *uint64
}

func absent(raw json.RawMessage) bool { return len(raw) == 0 || string(raw) == "null" }

// decodeObject decodes a required object parameter named field.
func decodeObject(raw json.RawMessage, field string, out any) error {
	if absent(raw) {
		return InvalidParams("missing %s parameter", field)
	}
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	if err := dec.Decode(out); err != nil {
		return InvalidParams("%s: %v", field, err)
	}
	return nil
}

// parseUint reads a quantity: a 0x-hex string, or a JSON number.
func parseUintParam(raw json.RawMessage, field string) (uint64, error) {
	var hex hexutil.Uint64
	if err := json.Unmarshal(raw, &hex); err == nil {
		return uint64(hex), nil
	}
	var n uint64
	if err := json.Unmarshal(raw, &n); err == nil {
		return n, nil
	}
	return 0, InvalidParams("%s: %s is not a quantity (0x-prefixed hex)", field, raw)
}

func optUintParam(raw json.RawMessage, field string) (*uint64, error) {
	if absent(raw) {
		return nil, nil
	}
	v, err := parseUintParam(raw, field)
	if err != nil {
		return nil, err
	}
	return &v, nil
}

func parseHashParam(raw json.RawMessage, field string) (common.Hash, error) {
	var h hexutil.Bytes
	if absent(raw) {
		return common.Hash{}, InvalidParams("missing %s", field)
	}
	if err := json.Unmarshal(raw, &h); err != nil || len(h) != common.HashLength {
		return common.Hash{}, InvalidParams("%s: %s is not a 32-byte hex string", field, raw)
	}
	return common.BytesToHash(h), nil
}

func optHashParam(raw json.RawMessage, field string) (*common.Hash, error) {
	if absent(raw) {
		return nil, nil
	}
	h, err := parseHashParam(raw, field)
	return &h, err
}

func parseBytesParam(raw json.RawMessage, field string) ([]byte, error) {
	var b hexutil.Bytes
	if err := json.Unmarshal(raw, &b); err != nil {
		return nil, InvalidParams("%s: %s is not a 0x-prefixed hex string", field, raw)
	}
	return b, nil
}

// decodeITxOp decodes op i against the node's chains; partial allows
// missing gas and fee fields (quotes).
func (api *KlasterAPI) decodeITxOp(i int, o itxOpJSON, partial bool) (itxOp, error) {
	f := func(name string) string { return fmt.Sprintf("userOps[%d].%s", i, name) }
	var out itxOp
	if absent(o.ChainID) {
		return out, InvalidParams("missing %s", f("chainId"))
	}
	id, err := parseUintParam(o.ChainID, f("chainId"))
	if err != nil {
		return out, err
	}
	chain, ok := api.chainInfo(id)
	if !ok {
		return out, InvalidParams("%s: chain %d is not served by this node", f("chainId"), id).ForOp(i, id)
	}
	out.chainID = id
	if absent(o.EntryPoint) {
		out.entryPoint = defaultITxEntryPoint(chain)
	} else if err := json.Unmarshal(o.EntryPoint, &out.entryPoint); err != nil {
		return out, InvalidParams("%s: %s is not an address", f("entryPoint"), o.EntryPoint).ForOp(i, id)
	}
	v, ok := chain.EntryPoints.Version(out.entryPoint)
	if !ok {
		return out, InvalidParams("%s: %s is not served on chain %d", f("entryPoint"), out.entryPoint.Hex(), id).ForOp(i, id)
	}
	op, err := decodeUserOp(o.UserOp, v, partial)
	if err != nil {
		if e, ok := err.(*erc7769.Error); ok {
			return out, InvalidParams("%s: %s", f("userOp"), e.Message).ForOp(i, id)
		}
		return out, err
	}
	out.op = op
	if out.lower, err = optUintParam(o.Lower, f("lowerBoundTimestamp")); err != nil {
		return out, err.(*erc7769.Error).ForOp(i, id)
	}
	if out.upper, err = optUintParam(o.Upper, f("upperBoundTimestamp")); err != nil {
		return out, err.(*erc7769.Error).ForOp(i, id)
	}
	return out, nil
}

func (api *KlasterAPI) chainInfo(id uint64) (ChainInfo, bool) {
	for _, c := range api.node.Chains {
		if c.ChainID == id {
			return c, true
		}
	}
	return ChainInfo{}, false
}

// defaultITxEntryPoint is the chain's first v0.7 EntryPoint, or its first.
func defaultITxEntryPoint(c ChainInfo) common.Address {
	d, _ := c.EntryPoints.Prefer(entrypoint.V07)
	return d.Address
}
