package rpc

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/erc7769"
	"github.com/klaster-dev/klaster/klaster"
)

// SendInterchainTx is klaster_sendInterchainTx(signedItx): it checks the
// tree and the user's signature of its root and admits every op, or none.
func (api *KlasterAPI) SendInterchainTx(ctx context.Context, raw json.RawMessage) (*klaster.SendResult, error) {
	if api.itx == nil {
		return nil, notAvailable("klaster_sendInterchainTx")
	}
	out, err := api.decodeSignedITx(raw)
	if err != nil {
		return nil, err
	}
	return api.itx.Send(ctx, out)
}

// decodeSignedITx decodes the body of klaster_sendInterchainTx (and of
// klaster_witnessInterchainTx).
func (api *KlasterAPI) decodeSignedITx(raw json.RawMessage) (klaster.SendRequest, error) {
	var req struct {
		UserOps    []itxOpJSON     `json:"userOps"`
		Signature  json.RawMessage `json:"signature"`
		Commitment json.RawMessage `json:"commitment"`
	}
	if err := decodeObject(raw, "signedItx", &req); err != nil {
		return klaster.SendRequest{}, err
	}
	if len(req.UserOps) == 0 {
		return klaster.SendRequest{}, InvalidParams("userOps: at least one op is required")
	}
	if absent(req.Signature) {
		return klaster.SendRequest{}, InvalidParams("missing signature")
	}
	out := klaster.SendRequest{Ops: make([]klaster.SignedOp, len(req.UserOps))}
	var err error
	if out.Signature, err = parseBytesParam(req.Signature, "signature"); err != nil {
		return klaster.SendRequest{}, err
	}
	if !absent(req.Commitment) {
		if out.Commitment, err = parseBytesParam(req.Commitment, "commitment"); err != nil {
			return klaster.SendRequest{}, err
		}
	}
	for i, o := range req.UserOps {
		op, err := api.decodeITxOp(i, o, false)
		if err != nil {
			return klaster.SendRequest{}, err
		}
		f := func(name string) string { return fmt.Sprintf("userOps[%d].%s", i, name) }
		if op.lower == nil {
			return klaster.SendRequest{}, InvalidParams("missing %s", f("lowerBoundTimestamp")).ForOp(i, op.chainID)
		}
		if op.upper == nil {
			return klaster.SendRequest{}, InvalidParams("missing %s", f("upperBoundTimestamp")).ForOp(i, op.chainID)
		}
		so := klaster.SignedOp{ChainID: op.chainID, EntryPoint: op.entryPoint, Op: op.op, Lower: *op.lower, Upper: *op.upper}
		if so.UserOpHash, err = optHashParam(o.UserOpHash, f("userOpHash")); err != nil {
			return klaster.SendRequest{}, err.(*erc7769.Error).ForOp(i, op.chainID)
		}
		if so.Leaf, err = optHashParam(o.Leaf, f("leaf")); err != nil {
			return klaster.SendRequest{}, err.(*erc7769.Error).ForOp(i, op.chainID)
		}
		if !absent(o.Proof) {
			so.Proof = []common.Hash{}
			if err := json.Unmarshal(o.Proof, &so.Proof); err != nil {
				return klaster.SendRequest{}, InvalidParams("%s: %v", f("proof"), err).ForOp(i, op.chainID)
			}
		}
		out.Ops[i] = so
	}
	return out, nil
}
