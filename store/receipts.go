package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"

	"github.com/klaster-dev/klaster/receipt"
)

// ReceiptIndex is receipt.Index in a Redis hash per chain
// ("{prefix}:{chainId}:receipts"): userOpHash → Location JSON.
type ReceiptIndex struct {
	client redis.UniversalClient
	key    string
}

var _ receipt.Index = (*ReceiptIndex)(nil)

// Receipts returns a chain's receipt index.
func (r *Redis) Receipts(chainID uint64) *ReceiptIndex {
	return &ReceiptIndex{client: r.client, key: fmt.Sprintf("%s:%d:receipts", r.prefix, chainID)}
}

// Put implements receipt.Index.
func (x *ReceiptIndex) Put(ctx context.Context, loc receipt.Location) error {
	b, err := json.Marshal(loc)
	if err != nil {
		return err
	}
	if err := hashWrite(ctx, x.client, x.key, loc.UserOpHash.Hex(), b); err != nil { // fenced for the builder
		return fmt.Errorf("store: HSET %s: %w", x.key, err)
	}
	return nil
}

// Get implements receipt.Index.
func (x *ReceiptIndex) Get(ctx context.Context, h common.Hash) (receipt.Location, bool, error) {
	b, err := x.client.HGet(ctx, x.key, h.Hex()).Bytes()
	if errors.Is(err, redis.Nil) {
		return receipt.Location{}, false, nil
	}
	if err != nil {
		return receipt.Location{}, false, fmt.Errorf("store: HGET %s: %w", x.key, err)
	}
	var loc receipt.Location
	if err := json.Unmarshal(b, &loc); err != nil {
		return receipt.Location{}, false, fmt.Errorf("store: decode receipt location %s: %w", h, err)
	}
	return loc, true, nil
}

// Delete implements receipt.Index.
func (x *ReceiptIndex) Delete(ctx context.Context, h common.Hash) error {
	if err := hashWrite(ctx, x.client, x.key, h.Hex(), nil); err != nil {
		return fmt.Errorf("store: HDEL %s: %w", x.key, err)
	}
	return nil
}
