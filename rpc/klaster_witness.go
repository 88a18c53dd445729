package rpc

import (
	"context"
	"encoding/json"

	"github.com/ethereum/go-ethereum/common"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/klaster-dev/klaster/klaster"
	"github.com/klaster-dev/klaster/witness"
)

// WitnessBackend serves klaster_witnessInterchainTx and
// klaster_getWitnessReports (implemented by *witness.Service).
type WitnessBackend interface {
	Witness(ctx context.Context, req klaster.SendRequest, node common.Address) (*witness.WitnessResult, error)
	Reports(ctx context.Context, f witness.ReportFilter) (*witness.Reports, error)
}

var _ WitnessBackend = (*witness.Service)(nil)

// SkipBackend is the --dev fault behind debug_klaster_skipInterchainTx
// (implemented by *klaster.Service).
type SkipBackend interface {
	SkipITx(itxHash common.Hash)
}

// WitnessAPI is the witness half of the klaster_* namespace. It is
// registered next to KlasterAPI under the same namespace.
type WitnessAPI struct {
	decoder *KlasterAPI // decodes signed iTxs against the node's chains
	w       WitnessBackend
}

// KlasterDebugAPI is debug_klaster_*: the fault to test witnesses with.
type KlasterDebugAPI struct {
	skip SkipBackend
}

// WitnessAPIs returns the services of klaster_witnessInterchainTx and
// klaster_getWitnessReports and, when skip is set (--dev only),
// debug_klaster_skipInterchainTx. Serve them on / and every chain's path,
// next to ChainAPIs and RootAPIs.
func WitnessAPIs(node NodeInfo, w WitnessBackend, skip SkipBackend) []gethrpc.API {
	apis := []gethrpc.API{{Namespace: NamespaceKlaster, Service: &WitnessAPI{decoder: NewKlasterAPI(node, nil), w: w}}}
	if skip != nil {
		apis = append(apis, gethrpc.API{Namespace: NamespaceDebug, Service: &KlasterDebugAPI{skip: skip}})
	}
	return apis
}

// WitnessInterchainTx is klaster_witnessInterchainTx(signedItx): the body of
// klaster_sendInterchainTx with commitment and node required. The node
// checks it without chain state, stores it for witnessing and publishes it.
func (api *WitnessAPI) WitnessInterchainTx(ctx context.Context, raw json.RawMessage) (*witness.WitnessResult, error) {
	var head struct {
		Node       json.RawMessage `json:"node"`
		Commitment json.RawMessage `json:"commitment"`
	}
	if err := decodeObject(raw, "signedItx", &head); err != nil {
		return nil, err
	}
	if absent(head.Node) {
		return nil, InvalidParams("missing node")
	}
	if absent(head.Commitment) {
		return nil, InvalidParams("missing commitment")
	}
	var node common.Address
	if err := json.Unmarshal(head.Node, &node); err != nil || node == (common.Address{}) {
		return nil, InvalidParams("node: %s is not an address", head.Node)
	}
	req, err := api.decoder.decodeSignedITx(raw)
	if err != nil {
		return nil, err
	}
	return api.w.Witness(ctx, req, node)
}

// GetWitnessReports is klaster_getWitnessReports({ cursor?, limit?, node?,
// verdict? }).
func (api *WitnessAPI) GetWitnessReports(ctx context.Context, filter *json.RawMessage) (*witness.Reports, error) {
	var req struct {
		Cursor  *string         `json:"cursor"`
		Limit   json.RawMessage `json:"limit"`
		Node    json.RawMessage `json:"node"`
		Verdict *string         `json:"verdict"`
	}
	if filter != nil && !absent(*filter) {
		if err := decodeObject(*filter, "filter", &req); err != nil {
			return nil, err
		}
	}
	var f witness.ReportFilter
	if req.Cursor != nil {
		f.Cursor = *req.Cursor
	}
	limit, err := limitParam(req.Limit, witness.MaxReportsLimit)
	if err != nil {
		return nil, err
	}
	f.Limit = limit
	if !absent(req.Node) {
		var node common.Address
		if err := json.Unmarshal(req.Node, &node); err != nil {
			return nil, InvalidParams("node: %s is not an address", req.Node)
		}
		f.Node = &node
	}
	if req.Verdict != nil {
		v, err := witness.ParseVerdict(*req.Verdict)
		if err != nil {
			return nil, InvalidParams("verdict: %v", err)
		}
		f.Verdict = &v
	}
	return api.w.Reports(ctx, f)
}

// Klaster_skipInterchainTx is debug_klaster_skipInterchainTx(itxHash): from
// now on the node accepts and commits to that iTx but never bundles its
// ops. Registered only in --dev; elsewhere the method does not exist.
func (api *KlasterDebugAPI) Klaster_skipInterchainTx(itxHash common.Hash) bool {
	api.skip.SkipITx(itxHash)
	return true
}

// limitParam parses an optional page limit within 1…max; 0 when absent.
func limitParam(raw json.RawMessage, max uint64) (int, error) {
	if absent(raw) {
		return 0, nil
	}
	n, err := parseUintParam(raw, "limit")
	if err != nil {
		return 0, err
	}
	if n == 0 || n > max {
		return 0, InvalidParams("limit: %d is not within 1…%d", n, max)
	}
	return int(n), nil
}
