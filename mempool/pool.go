package mempool

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/klaster-dev/klaster/fifo"
)

// Pool is the mempool of one (chain, EntryPoint). All methods are safe for
// concurrent use; each pool has its own lock.
type Pool struct {
	cfg Config

	mu       sync.Mutex
	seq      uint64
	live     map[common.Hash]*item
	byNonce  map[nonceID]*item
	senders  map[common.Address]int      // live ops per sender
	entities map[common.Address]int      // live ops naming the address as any entity
	pmCost   map[common.Address]*big.Int // sum of prefunds of live ops per paymaster
	// Waiting ops (Entry.Waiting) are live but in none of the indexes above
	// nor the heaps: they only count here, per root signer and in all.
	waitingBy map[common.Address]int
	nWaiting  int
	baseFee   *big.Int // default for Best (SetBaseFee)
	heaps     [numHeaps]itemHeap
	epoch     uint64      // Best calls
	iters     [2]heapIter // scratch of Best
	cands     []*item     // scratch of Best
	finished  finishedSet
	counts    [len(statusNames)]int

	events eventQueue

	// head is the latest block number seen (ObserveHead); block windows
	// are judged against head+1, the block a bundle lands in next.
	head atomic.Uint64
}

// ObserveHead records the chain's head block number (it never goes back):
// v0.9 block-number windows are judged against the block after it.
func (p *Pool) ObserveHead(n uint64) {
	for {
		old := p.head.Load()
		if n <= old || p.head.CompareAndSwap(old, n) {
			return
		}
	}
}

// nextBlock is the block a bundle built now lands in (0: no head seen yet).
func (p *Pool) nextBlock() uint64 {
	if h := p.head.Load(); h != 0 {
		return h + 1
	}
	return 0
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

		waitingBy: make(map[common.Address]int),
	}
	for k := range p.heaps {
		p.heaps[k].kind = k
	}
	p.finished.init()
	p.events.queue = fifo.New[Entry](0)
	return p
}

// ChainID returns the pool's chain id.
func (p *Pool) ChainID() uint64 { return p.cfg.ChainID }

// EntryPoint returns the pool's EntryPoint.
func (p *Pool) EntryPoint() common.Address { return p.cfg.EntryPoint }

// index inserts a live item into every index (a waiting one only into
// live and the waiting counts).
func (p *Pool) index(it *item) {
	p.live[it.UserOpHash] = it
	p.counts[it.Status]++
	if it.Waiting {
		p.waitingBy[it.Source.Signer]++
		p.nWaiting++
		return
	}
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
	p.syncHeaps(it)
}

// unindex removes a live item from every index.
func (p *Pool) unindex(it *item) {
	delete(p.live, it.UserOpHash)
	p.counts[it.Status]--
	if it.Waiting {
		if p.waitingBy[it.Source.Signer]--; p.waitingBy[it.Source.Signer] <= 0 {
			delete(p.waitingBy, it.Source.Signer)
		}
		p.nWaiting--
		return
	}
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
	for k := range p.heaps {
		p.heaps[k].remove(it)
	}
}

// syncHeaps puts a live item into the heaps its status belongs to.
func (p *Pool) syncHeaps(it *item) {
	if it.Waiting {
		return // never a candidate; index keeps it out of every heap
	}
	want := [numHeaps]bool{
		prioHeap:   it.Status == Pending,
		maxFeeHeap: it.Status == Pending,
		evictHeap:  it.Status == Pending || it.Status == Scheduled,
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

// SetHead records the chain's latest block number: block windows are
// judged against the block after it (ObserveHead), and the ops' residency in
// blocks (THROTTLED_ENTITY_LIVE_BLOCKS) counts from it.
func (p *Pool) SetHead(number uint64) {
	p.ObserveHead(number)
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, it := range p.live {
		if it.seenAtBlock == 0 {
			it.seenAtBlock = number
		}
	}
}

// SetBaseFee records the latest base fee, used by Best when
// BundleParams.BaseFee is nil. It is O(1): no index depends on the base fee.
func (p *Pool) SetBaseFee(baseFee *big.Int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if baseFee != nil {
		baseFee = new(big.Int).Set(baseFee)
	}
	p.baseFee = baseFee
}
