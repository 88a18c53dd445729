package mempool

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Pool is the mempool of one (chain, EntryPoint). All methods are safe for
// concurrent use; each pool has its own lock.
type Pool struct {
	cfg Config

	mu       sync.Mutex
	baseFee  u128
	seq      uint64
	live     map[common.Hash]*item
	byNonce  map[nonceID]*item
	senders  map[common.Address]int      // live ops per sender
	entities map[common.Address]int      // live ops naming the address as any entity
	pmCost   map[common.Address]*big.Int // sum of prefunds of live ops per paymaster
	heaps    [2]itemHeap
	finished finishedSet
	counts   [len(statusNames)]int
	frontier []int // scratch for Best

	events eventQueue
}

// New returns an empty pool. Call Load to restore persisted ops.
func New(cfg Config) *Pool {
	p := &Pool{
		cfg:      cfg.withDefaults(),
		live:     make(map[common.Hash]*item),
		byNonce:  make(map[nonceID]*item),
		senders:  make(map[common.Address]int),
		entities: make(map[common.Address]int),
		pmCost:   make(map[common.Address]*big.Int),
	}
	p.heaps[readyHeap] = itemHeap{which: readyHeap, max: true}
	p.heaps[evictHeap] = itemHeap{which: evictHeap}
	p.finished.init()
	return p
}

// ChainID returns the pool's chain id.
func (p *Pool) ChainID() uint64 { return p.cfg.ChainID }

// EntryPoint returns the pool's EntryPoint.
func (p *Pool) EntryPoint() common.Address { return p.cfg.EntryPoint }

// index inserts a live item into every index.
func (p *Pool) index(it *item) {
	p.live[it.UserOpHash] = it
	p.byNonce[it.nonce] = it
	p.senders[it.nonce.sender]++
	for _, a := range it.entities {
		p.entities[a]++
	}
	if it.Paymaster != nil {
		c := p.pmCost[it.Paymaster.Address]
		if c == nil {
			c = new(big.Int)
		}
		p.pmCost[it.Paymaster.Address] = new(big.Int).Add(c, it.Prefund)
	}
	p.counts[it.Status]++
	p.syncHeaps(it)
}

// unindex removes a live item from every index.
func (p *Pool) unindex(it *item) {
	delete(p.live, it.UserOpHash)
	if p.byNonce[it.nonce] == it {
		delete(p.byNonce, it.nonce)
	}
	if p.senders[it.nonce.sender]--; p.senders[it.nonce.sender] <= 0 {
		delete(p.senders, it.nonce.sender)
	}
	for _, a := range it.entities {
		if p.entities[a]--; p.entities[a] <= 0 {
			delete(p.entities, a)
		}
	}
	if it.Paymaster != nil {
		if c := p.pmCost[it.Paymaster.Address]; c != nil {
			c = new(big.Int).Sub(c, it.Prefund)
			if c.Sign() <= 0 {
				delete(p.pmCost, it.Paymaster.Address)
			} else {
				p.pmCost[it.Paymaster.Address] = c
			}
		}
	}
	p.counts[it.Status]--
	p.heaps[readyHeap].remove(it)
	p.heaps[evictHeap].remove(it)
}

// syncHeaps puts a live item into the heaps its status belongs to.
func (p *Pool) syncHeaps(it *item) {
	want := [2]bool{it.Status == Pending, it.Status == Pending || it.Status == Scheduled}
	if want[evictHeap] && it.heapIdx[evictHeap] < 0 {
		it.key = makeKey(it.maxFee, it.prio, p.baseFee) // stale while outside the heaps
	}
	for h, in := range want {
		switch {
		case in && it.heapIdx[h] < 0:
			p.heaps[h].push(it)
		case !in && it.heapIdx[h] >= 0:
			p.heaps[h].remove(it)
		}
	}
}

// setLiveStatus moves a live item to another live status and persists it.
func (p *Pool) setLiveStatus(ctx context.Context, it *item, st Status, reason string, now time.Time) error {
	if it.Status != st {
		p.counts[it.Status]--
		p.counts[st]++
		it.Status = st
		p.syncHeaps(it)
	}
	it.Reason = reason
	it.UpdatedAt = now
	p.events.push(it.Entry)
	if err := p.cfg.Store.Save(ctx, it.Entry); err != nil {
		return fmt.Errorf("mempool: persist %s as %s: %w", it.UserOpHash, st, err)
	}
	return nil
}

// finish removes a live item from the pool with a final status, keeps it in
// the finished set and deletes it from the store.
func (p *Pool) finish(ctx context.Context, it *item, st Status, reason string, now time.Time) error {
	p.unindex(it)
	it.Status, it.Reason, it.UpdatedAt = st, reason, now
	p.finished.put(it.Entry)
	p.counts[st]++
	p.trimFinished(now)
	p.events.push(it.Entry)
	if err := p.cfg.Store.Delete(ctx, it.UserOpHash); err != nil {
		return fmt.Errorf("mempool: delete %s (%s): %w", it.UserOpHash, st, err)
	}
	return nil
}

func (p *Pool) trimFinished(now time.Time) {
	for _, e := range p.finished.trim(p.cfg.MaxFinished, now.Add(-p.cfg.FinishedTTL)) {
		p.counts[e.Status]--
	}
}

func (p *Pool) storeError(err error) {
	if err != nil && p.cfg.OnStoreError != nil {
		p.cfg.OnStoreError(err)
	}
}

// SetBaseFee sets the base fee the pool orders by (once per block). It
// recomputes every key and re-heapifies in O(n) when the value changes.
func (p *Pool) SetBaseFee(baseFee *big.Int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.setBaseFeeLocked(baseFee)
}

func (p *Pool) setBaseFeeLocked(baseFee *big.Int) {
	bf, ok := u128From(baseFee)
	if !ok {
		bf = u128{hi: ^uint64(0), lo: ^uint64(0)}
	}
	if bf == p.baseFee {
		return
	}
	p.baseFee = bf
	// Every heap member of the ready heap is in the evict heap too.
	for _, it := range p.heaps[evictHeap].items {
		it.key = makeKey(it.maxFee, it.prio, bf)
	}
	p.heaps[readyHeap].init()
	p.heaps[evictHeap].init()
}
