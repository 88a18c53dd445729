package rpc

import (
	"context"
	"encoding/json"

	"github.com/klaster-dev/klaster/klaster"
)

// GetExecutedInterchainTxs is klaster_getExecutedInterchainTxs(filter), the
// witness feed: completed iTxs in completion order, paged by cursor.
func (api *KlasterAPI) GetExecutedInterchainTxs(ctx context.Context, filter *json.RawMessage) (*klaster.FeedPage, error) {
	if api.itx == nil {
		return nil, notAvailable("klaster_getExecutedInterchainTxs")
	}
	var req struct {
		Cursor  *string         `json:"cursor"`
		Limit   json.RawMessage `json:"limit"`
		ChainID json.RawMessage `json:"chainId"`
	}
	if filter != nil && !absent(*filter) {
		if err := decodeObject(*filter, "filter", &req); err != nil {
			return nil, err
		}
	}
	var f klaster.FeedFilter
	if req.Cursor != nil {
		f.Cursor = *req.Cursor
	}
	limit, err := limitParam(req.Limit, klaster.MaxFeedLimit)
	if err != nil {
		return nil, err
	}
	f.Limit = limit
	if !absent(req.ChainID) {
		id, err := parseUintParam(req.ChainID, "chainId")
		if err != nil {
			return nil, err
		}
		if _, ok := api.chainInfo(id); !ok {
			return nil, InvalidParams("chainId: chain %d is not served by this node", id)
		}
		f.ChainID = id
	}
	return api.itx.Executed(ctx, f)
}
