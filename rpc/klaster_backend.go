package rpc

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/klaster"
	"github.com/klaster-dev/klaster/receipt"
)

// ITxBackend serves the interchain klaster_* methods (implemented by
// *klaster.Service). Errors that carry a JSON-RPC code reach the client
// unchanged.
type ITxBackend interface {
	Quote(ctx context.Context, req klaster.QuoteRequest) (*klaster.Quote, error)
	Send(ctx context.Context, req klaster.SendRequest) (*klaster.SendResult, error)
	Status(ctx context.Context, itxHash common.Hash) (*klaster.Status, error)
	Receipts(ctx context.Context, itxHash common.Hash) ([]*receipt.Receipt, error)
	Proof(ctx context.Context, itxHash, userOpHash common.Hash) (*klaster.Proof, error)
	Executed(ctx context.Context, f klaster.FeedFilter) (*klaster.FeedPage, error)
	SubscribeStatus(ctx context.Context, itxHash *common.Hash) (*klaster.Subscription, error)
	SubscribeExecuted() *klaster.Subscription
}

var _ ITxBackend = (*klaster.Service)(nil)
