package receipt

import (
	"encoding/json"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// txCache keeps recently fetched bundle receipts for a short time: a bundle
// of a hundred ops is asked for a hundred times as their owners poll, and
// fetching and decoding the whole receipt each time made lookups quadratic
// in the bundle size. A short lifetime keeps reorgs visible.
type txCache struct {
	mu      sync.Mutex
	ttl     time.Duration
	max     int
	entries map[common.Hash]cachedReceipt
}

type cachedReceipt struct {
	raw json.RawMessage
	r   *types.Receipt
	at  time.Time
}

func newTxCache(ttl time.Duration, max int) *txCache {
	return &txCache{ttl: ttl, max: max, entries: make(map[common.Hash]cachedReceipt)}
}

func (c *txCache) get(tx common.Hash) (json.RawMessage, *types.Receipt, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[tx]
	if !ok || time.Since(e.at) > c.ttl {
		return nil, nil, false
	}
	return e.raw, e.r, true
}

func (c *txCache) put(tx common.Hash, raw json.RawMessage, r *types.Receipt) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.entries) >= c.max {
		for h, e := range c.entries {
			if time.Since(e.at) > c.ttl {
				delete(c.entries, h)
			}
		}
		if len(c.entries) >= c.max {
			clear(c.entries)
		}
	}
	c.entries[tx] = cachedReceipt{raw: raw, r: r, at: time.Now()}
}
