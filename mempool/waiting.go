package mempool

import (
	"context"
	"math/big"
	"sort"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// ResimBudget bounds the re-simulations of waiting ops per block of a
// chain: Tick hands out at most PerBlock waiting ops per head, shared by
// every pool configured with the budget, oldest attempt first, so each
// waiting op gets its turn.
type ResimBudget struct {
	perBlock int
	head     func() *types.Header

	mu    sync.Mutex
	block uint64
	used  int
}

// NewResimBudget returns a budget of perBlock re-simulations per block;
// head returns the chain's head (nil before the first).
func NewResimBudget(perBlock int, head func() *types.Header) *ResimBudget {
	return &ResimBudget{perBlock: perBlock, head: head}
}

// take grants up to n re-simulations in the current block.
func (b *ResimBudget) take(n int) int {
	if b == nil {
		return n
	}
	var h uint64
	if head := b.head(); head != nil {
		h = head.Number.Uint64()
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if h != b.block {
		b.block, b.used = h, 0
	}
	n = min(n, b.perBlock-b.used)
	if n < 0 {
		n = 0
	}
	b.used += n
	return n
}

// Waiting returns the number of waiting ops of root signer signer and of
// all signers.
func (p *Pool) Waiting(signer common.Address) (bySigner, total int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.waitingBy[signer], p.nWaiting
}

// dueWaiting returns the waiting ops whose window is open at unix, oldest
// attempt first, as many as the budget grants.
func (p *Pool) dueWaiting(unix uint64) []*item {
	var due []*item
	for _, it := range p.live {
		if it.Waiting && !it.Held && it.windowOpen(unix, p.nextBlock()) {
			due = append(due, it)
		}
	}
	sort.Slice(due, func(i, j int) bool {
		if !due[i].UpdatedAt.Equal(due[j].UpdatedAt) {
			return due[i].UpdatedAt.Before(due[j].UpdatedAt)
		}
		return due[i].Seq < due[j].Seq
	})
	return due[:p.cfg.Resims.take(len(due))]
}

// promoteLocked makes a waiting op that passed its re-simulation a bundle
// candidate, under every rule a new op obeys. When a rule refuses it, it
// stays waiting with the refusal as its reason, and the error is returned.
func (p *Pool) promoteLocked(ctx context.Context, it *item) error {
	p.unindex(it)
	it.Waiting, it.Status, it.Reason = false, Pending, ""
	if p.cfg.Refresh != nil {
		p.cfg.Refresh(&it.Entry)
		if it.Prefund == nil {
			it.Prefund = new(big.Int)
		}
		it.entities = distinctEntities(&it.Entry)
	}
	old, victim, err := p.candidateChecks(it)
	if err == nil {
		_, err = p.insertLocked(ctx, it, old, victim)
		if err == nil {
			return nil
		}
	}
	it.Waiting, it.Reason = true, err.Error()
	p.index(it)
	p.events.push(it.Entry)
	p.storeError(p.cfg.Store.Save(ctx, it.Entry))
	return err
}

// toWaitingLocked takes a candidate out of the candidates (its
// re-simulation failed; it may retry until its window closes).
func (p *Pool) toWaitingLocked(it *item) {
	if it.Waiting {
		return
	}
	p.unindex(it)
	it.Waiting = true
	p.index(it)
}
