package gas

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// HeadFunc returns the number of the chain's latest block.
type HeadFunc func(ctx context.Context) (uint64, error)

// CachedState is a ChainState that remembers every read of the current
// block: code, balances, deposits, base fee and block gas limit are read
// from the inner state once per block, and concurrent reads of the same
// value share one call. Errors are never cached. It is safe for concurrent
// use and holds no lock while a read is in flight.
type CachedState struct {
	inner ChainState
	head  HeadFunc

	mu    sync.Mutex
	block uint64
	vals  map[cacheKey]*cacheEntry
}

type cacheKind uint8

const (
	kindCode cacheKind = iota
	kindBalance
	kindDeposit
	kindBaseFee
	kindGasLimit
)

type cacheKey struct {
	kind cacheKind
	a, b common.Address
}

type cacheEntry struct {
	done chan struct{}
	val  any
	err  error
}

// NewCachedState wraps inner with a cache keyed by the block head reports.
func NewCachedState(inner ChainState, head HeadFunc) *CachedState {
	return &CachedState{inner: inner, head: head, vals: map[cacheKey]*cacheEntry{}}
}

// get returns the value of k at the current block, reading it with read
// on a miss.
func (s *CachedState) get(ctx context.Context, k cacheKey, read func(context.Context) (any, error)) (any, error) {
	block, err := s.head(ctx)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	if block > s.block || s.vals == nil {
		s.block, s.vals = block, map[cacheKey]*cacheEntry{}
	}
	e, hit := s.vals[k]
	if !hit && block == s.block {
		e = &cacheEntry{done: make(chan struct{})}
		s.vals[k] = e
	}
	s.mu.Unlock()
	if e == nil { // a read keyed by an older head than the cache: no caching
		return read(ctx)
	}
	if hit {
		select {
		case <-e.done:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		if e.err == nil {
			return e.val, nil
		}
		return read(ctx) // the shared read failed; try on our own
	}
	e.val, e.err = read(ctx)
	if e.err != nil {
		s.mu.Lock()
		if s.vals[k] == e {
			delete(s.vals, k)
		}
		s.mu.Unlock()
	}
	close(e.done)
	return e.val, e.err
}

// CodeAt implements ChainState. The code is shared: callers must not
// modify it.
func (s *CachedState) CodeAt(ctx context.Context, addr common.Address) ([]byte, error) {
	v, err := s.get(ctx, cacheKey{kind: kindCode, a: addr}, func(ctx context.Context) (any, error) { return s.inner.CodeAt(ctx, addr) })
	if err != nil {
		return nil, err
	}
	return v.([]byte), nil
}

// BalanceAt implements ChainState. The result is a copy.
func (s *CachedState) BalanceAt(ctx context.Context, addr common.Address) (*big.Int, error) {
	return s.bigInt(ctx, cacheKey{kind: kindBalance, a: addr}, func(ctx context.Context) (*big.Int, error) { return s.inner.BalanceAt(ctx, addr) })
}

// DepositOf implements ChainState. The result is a copy.
func (s *CachedState) DepositOf(ctx context.Context, entryPoint, addr common.Address) (*big.Int, error) {
	return s.bigInt(ctx, cacheKey{kind: kindDeposit, a: entryPoint, b: addr}, func(ctx context.Context) (*big.Int, error) { return s.inner.DepositOf(ctx, entryPoint, addr) })
}

// BaseFee implements ChainState. The result is a copy.
func (s *CachedState) BaseFee(ctx context.Context) (*big.Int, error) {
	return s.bigInt(ctx, cacheKey{kind: kindBaseFee}, s.inner.BaseFee)
}

// BlockGasLimit implements ChainState.
func (s *CachedState) BlockGasLimit(ctx context.Context) (uint64, error) {
	v, err := s.get(ctx, cacheKey{kind: kindGasLimit}, func(ctx context.Context) (any, error) { return s.inner.BlockGasLimit(ctx) })
	if err != nil {
		return 0, err
	}
	return v.(uint64), nil
}

func (s *CachedState) bigInt(ctx context.Context, k cacheKey, read func(context.Context) (*big.Int, error)) (*big.Int, error) {
	v, err := s.get(ctx, k, func(ctx context.Context) (any, error) { return read(ctx) })
	if err != nil {
		return nil, err
	}
	return new(big.Int).Set(v.(*big.Int)), nil
}

// NodeHead returns a HeadFunc that reads eth_blockNumber. Concurrent
// callers share one call in flight, and an answer younger than maxAge is
// reused (0: only shared, never reused), so the node sees at most one head
// read per maxAge however many ops are admitted at once.
func NodeHead(rpc RPCCaller, maxAge time.Duration) HeadFunc {
	h := &headReader{rpc: rpc, maxAge: maxAge}
	return h.read
}

type headReader struct {
	rpc    RPCCaller
	maxAge time.Duration

	mu       sync.Mutex
	inflight *headCall
	last     uint64
	lastAt   time.Time
}

type headCall struct {
	done  chan struct{}
	block uint64
	err   error
}

func (h *headReader) read(ctx context.Context) (uint64, error) {
	h.mu.Lock()
	if h.maxAge > 0 && !h.lastAt.IsZero() && time.Since(h.lastAt) < h.maxAge {
		b := h.last
		h.mu.Unlock()
		return b, nil
	}
	c := h.inflight
	if c == nil {
		c = &headCall{done: make(chan struct{})}
		h.inflight = c
		h.mu.Unlock()
		var n hexutil.Uint64
		// The shared call is not bound to one caller's context.
		cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		c.err = h.rpc.CallContext(cctx, &n, "eth_blockNumber")
		cancel()
		c.block = uint64(n)
		h.mu.Lock()
		h.inflight = nil
		if c.err == nil {
			if c.block > h.last {
				h.last = c.block
			}
			h.lastAt = time.Now()
		}
		h.mu.Unlock()
		close(c.done)
	} else {
		h.mu.Unlock()
		select {
		case <-c.done:
		case <-ctx.Done():
			return 0, ctx.Err()
		}
	}
	if c.err != nil {
		return 0, fmt.Errorf("eth_blockNumber: %w", c.err)
	}
	return c.block, nil
}
