package rpc

import (
	"context"
	"encoding/json"

	"github.com/klaster-dev/klaster/receipt"
)

// GetInterchainTxReceipts is klaster_getInterchainTxReceipts(itxHash): each
// op's ERC-7769 receipt in request order, null where not mined; null for an
// unknown hash.
func (api *KlasterAPI) GetInterchainTxReceipts(ctx context.Context, raw json.RawMessage) ([]*receipt.Receipt, error) {
	if api.itx == nil {
		return nil, notAvailable("klaster_getInterchainTxReceipts")
	}
	h, err := parseHashParam(raw, "itxHash")
	if err != nil {
		return nil, err
	}
	return api.itx.Receipts(ctx, h)
}
