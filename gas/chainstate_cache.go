package gas

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"golang.org/x/sync/singleflight"
)

// HeadFunc returns the number of the chain's latest block.
type HeadFunc func(ctx context.Context) (uint64, error)

// CachedState is a ChainState that remembers every read of the current
// block: code, balances, deposits, base fee and block gas limit are read
// from the inner state once per block, and concurrent reads of the same
// value share one call (singleflight). Errors are never cached. It is safe
// for concurrent use and holds no lock while a read is in flight.
type CachedState struct {
	inner ChainState
	head  HeadFunc
	calls singleflight.Group

	mu    sync.Mutex
	block uint64
	vals  map[cacheKey]any
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

// NewCachedState wraps inner with a cache keyed by the block head reports.
func NewCachedState(inner ChainState, head HeadFunc) *CachedState {
	return &CachedState{inner: inner, head: head, vals: map[cacheKey]any{}}
}

// cached returns k's value at block, if read.
func (s *CachedState) cached(block uint64, k cacheKey) (any, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if block != s.block {
		return nil, false
	}
	v, ok := s.vals[k]
	return v, ok
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
		s.block, s.vals = block, map[cacheKey]any{}
	}
	v, hit := s.vals[k]
	stale := block < s.block
	s.mu.Unlock()
	switch {
	case hit:
		return v, nil
	case stale: // a read keyed by an older head than the cache: no caching
		return read(ctx)
	}
	key := fmt.Sprintf("%d/%d/%x/%x", block, k.kind, k.a, k.b)
	ch := s.calls.DoChan(key, func() (any, error) {
		if v, ok := s.cached(block, k); ok { // a call that just finished read it
			return v, nil
		}
		// The shared read is not bound to one caller's context.
		v, err := read(context.WithoutCancel(ctx))
		if err == nil {
			s.mu.Lock()
			if s.block == block {
				s.vals[k] = v
			}
			s.mu.Unlock()
		}
		return v, err
	})
	select {
	case r := <-ch:
		return r.Val, r.Err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
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
// callers share one call in flight (singleflight), and an answer younger
// than maxAge is reused (0: only shared, never reused), so the node sees at
// most one head read per maxAge however many ops are admitted at once.
func NodeHead(rpc RPCCaller, maxAge time.Duration) HeadFunc {
	h := &headReader{rpc: rpc, maxAge: maxAge}
	return h.read
}

type headReader struct {
	rpc    RPCCaller
	maxAge time.Duration
	calls  singleflight.Group

	mu     sync.Mutex
	last   uint64
	lastAt time.Time
}

func (h *headReader) read(ctx context.Context) (uint64, error) {
	h.mu.Lock()
	if h.maxAge > 0 && !h.lastAt.IsZero() && time.Since(h.lastAt) < h.maxAge {
		b := h.last
		h.mu.Unlock()
		return b, nil
	}
	h.mu.Unlock()
	ch := h.calls.DoChan("head", func() (any, error) {
		var n hexutil.Uint64
		// The shared call is not bound to one caller's context.
		cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		if err := h.rpc.CallContext(cctx, &n, "eth_blockNumber"); err != nil {
			return uint64(0), err
		}
		h.mu.Lock()
		if uint64(n) > h.last {
			h.last = uint64(n)
		}
		h.lastAt = time.Now()
		h.mu.Unlock()
		return uint64(n), nil
	})
	select {
	case r := <-ch:
		if r.Err != nil {
			return 0, fmt.Errorf("eth_blockNumber: %w", r.Err)
		}
		return r.Val.(uint64), nil
	case <-ctx.Done():
		return 0, ctx.Err()
	}
}
