package mempool

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
)

// Store persists the live ops of one pool. The pool calls it synchronously
// with its lock held: Save before Add returns (an accepted op is durable), and
// on every status change of a live op; Delete when an op leaves the pool.
// Implementations live in package store.
type Store interface {
	Save(ctx context.Context, e Entry) error
	Delete(ctx context.Context, hash common.Hash) error
	LoadAll(ctx context.Context) ([]Entry, error)
}

type nopStore struct{}

func (nopStore) Save(context.Context, Entry) error         { return nil }
func (nopStore) Delete(context.Context, common.Hash) error { return nil }
func (nopStore) LoadAll(context.Context) ([]Entry, error)  { return nil, nil }
