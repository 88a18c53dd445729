package gas

import (
	"context"
	"sync"
	"time"
)

// GasPriceCache serves SuggestGasPrice once per block: callers in the same
// block, concurrent or not, share one computation, so a client polling the
// gas price methods costs the node at most a head read per request (and
// none while NodeHead's maxAge holds) instead of a fee history read.
// Errors are never cached. It holds no lock while reading the node.
type GasPriceCache struct {
	node RPCCaller
	cfg  func() FeeConfig
	head HeadFunc

	mu       sync.Mutex
	block    uint64
	val      *GasPrice // nil until a computation succeeded
	inflight *gasPriceCall
}

type gasPriceCall struct {
	block uint64
	done  chan struct{}
	val   *GasPrice
	err   error
}

// NewGasPriceCache caches SuggestGasPrice(node, cfg()) by the block head
// reports.
func NewGasPriceCache(node RPCCaller, cfg func() FeeConfig, head HeadFunc) *GasPriceCache {
	return &GasPriceCache{node: node, cfg: cfg, head: head}
}

// Get returns the suggestion for the current head. The value is shared
// between callers: treat it as read-only.
func (c *GasPriceCache) Get(ctx context.Context) (*GasPrice, error) {
	block, err := c.head(ctx)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	if c.val != nil && c.block == block {
		v := c.val
		c.mu.Unlock()
		return v, nil
	}
	call := c.inflight
	if call == nil || call.block != block {
		call = &gasPriceCall{block: block, done: make(chan struct{})}
		c.inflight = call
		c.mu.Unlock()
		// The shared computation is not bound to one caller's context.
		cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
		call.val, call.err = suggestGasPrice(cctx, c.node, c.cfg(), block)
		cancel()
		c.mu.Lock()
		if c.inflight == call {
			c.inflight = nil
		}
		if call.err == nil && (c.val == nil || block >= c.block) {
			c.block, c.val = block, call.val
		}
		c.mu.Unlock()
		close(call.done)
	} else {
		c.mu.Unlock()
	}
	select {
	case <-call.done:
		return call.val, call.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
