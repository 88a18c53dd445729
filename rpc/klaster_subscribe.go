package rpc

import (
	"context"
	"encoding/json"

	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/klaster-dev/klaster/klaster"
)

// InterchainTxs is klaster_subscribe("interchainTxs", {itxHash?}): the
// status object of an iTx (or of every iTx) whenever its status or an op's
// status changes, in order.
func (api *KlasterAPI) InterchainTxs(ctx context.Context, filter *json.RawMessage) (*gethrpc.Subscription, error) {
	if api.itx == nil {
		return nil, notAvailable("klaster_subscribe(interchainTxs)")
	}
	var req struct {
		ItxHash json.RawMessage `json:"itxHash"`
	}
	if filter != nil && !absent(*filter) {
		if err := decodeObject(*filter, "filter", &req); err != nil {
			return nil, err
		}
	}
	h, err := optHashParam(req.ItxHash, "itxHash")
	if err != nil {
		return nil, err
	}
	sub, err := api.itx.SubscribeStatus(ctx, h)
	if err != nil {
		return nil, err
	}
	return api.forward(ctx, "klaster_subscribe(interchainTxs)", sub)
}

// ExecutedInterchainTxs is klaster_subscribe("executedInterchainTxs"): each
// new witness-feed item.
func (api *KlasterAPI) ExecutedInterchainTxs(ctx context.Context) (*gethrpc.Subscription, error) {
	if api.itx == nil {
		return nil, notAvailable("klaster_subscribe(executedInterchainTxs)")
	}
	return api.forward(ctx, "klaster_subscribe(executedInterchainTxs)", api.itx.SubscribeExecuted())
}

// forward relays a service subscription to a JSON-RPC one (counted against
// the client's limit) until either ends.
func (api *KlasterAPI) forward(ctx context.Context, method string, sub *klaster.Subscription) (*gethrpc.Subscription, error) {
	notifier, rpcSub, err := api.create(ctx, method)
	if err != nil {
		sub.Unsubscribe()
		return nil, err
	}
	go func() {
		defer sub.Unsubscribe()
		for {
			select {
			case v, ok := <-sub.C:
				if !ok {
					return
				}
				if err := notifier.Notify(rpcSub.ID, v); err != nil {
					return
				}
			case <-rpcSub.Err():
				return
			}
		}
	}()
	return rpcSub, nil
}
