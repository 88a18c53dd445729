package rpc

import (
	"context"
	"encoding/json"

	"github.com/klaster-dev/klaster/klaster"
)

// GetInterchainTxProof is klaster_getInterchainTxProof(itxHash, userOpHash):
// what a witness needs to check one op against the commitment; null when
// unknown.
func (api *KlasterAPI) GetInterchainTxProof(ctx context.Context, rawItx, rawOp json.RawMessage) (*klaster.Proof, error) {
	if api.itx == nil {
		return nil, notAvailable("klaster_getInterchainTxProof")
	}
	itx, err := parseHashParam(rawItx, "itxHash")
	if err != nil {
		return nil, err
	}
	op, err := parseHashParam(rawOp, "userOpHash")
	if err != nil {
		return nil, err
	}
	return api.itx.Proof(ctx, itx, op)
}
