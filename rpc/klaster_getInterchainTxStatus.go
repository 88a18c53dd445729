package rpc

import (
	"context"
	"encoding/json"

	"github.com/klaster-dev/klaster/klaster"
)

// GetInterchainTxStatus is klaster_getInterchainTxStatus(itxHash); null for
// an unknown hash.
func (api *KlasterAPI) GetInterchainTxStatus(ctx context.Context, raw json.RawMessage) (*klaster.Status, error) {
	if api.itx == nil {
		return nil, notAvailable("klaster_getInterchainTxStatus")
	}
	h, err := parseHashParam(raw, "itxHash")
	if err != nil {
		return nil, err
	}
	return api.itx.Status(ctx, h)
}
