package rpc

import (
	"context"
	"encoding/json"

	"github.com/klaster-dev/klaster/klaster"
)

// GetQuote is klaster_getQuote(itx): it completes the ops (defaults, fees,
// gas), builds the Merkle tree and returns the node's commitment.
func (api *KlasterAPI) GetQuote(ctx context.Context, raw json.RawMessage) (*klaster.Quote, error) {
	if api.itx == nil {
		return nil, notAvailable("klaster_getQuote")
	}
	var req struct {
		UserOps []itxOpJSON     `json:"userOps"`
		Payment json.RawMessage `json:"payment"`
	}
	if err := decodeObject(raw, "itx", &req); err != nil {
		return nil, err
	}
	if len(req.UserOps) == 0 {
		return nil, InvalidParams("userOps: at least one op is required")
	}
	out := klaster.QuoteRequest{Ops: make([]klaster.OpRequest, len(req.UserOps))}
	for i, o := range req.UserOps {
		op, err := api.decodeITxOp(i, o, true)
		if err != nil {
			return nil, err
		}
		out.Ops[i] = klaster.OpRequest{ChainID: op.chainID, EntryPoint: op.entryPoint, Op: op.op, Lower: op.lower, Upper: op.upper}
	}
	var err error
	if out.Payment, err = decodePayment(req.Payment); err != nil {
		return nil, err
	}
	return api.itx.Quote(ctx, out)
}
