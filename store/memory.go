package store

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/mempool"
)

// Memory is the default mempool.Store: it persists nothing, so a pool starts
// empty after a restart.
type Memory struct{}

var _ mempool.Store = Memory{}

// Save implements mempool.Store.
func (Memory) Save(context.Context, mempool.Entry) error { return nil }

// Delete implements mempool.Store.
func (Memory) Delete(context.Context, common.Hash) error { return nil }

// LoadAll implements mempool.Store.
func (Memory) LoadAll(context.Context) ([]mempool.Entry, error) { return nil, nil }
