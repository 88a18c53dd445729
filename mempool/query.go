package mempool

import (
	"sort"

	"github.com/ethereum/go-ethereum/common"
)

// Get returns the op with the given userOpHash, live or recently finished.
func (p *Pool) Get(hash common.Hash) (Entry, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if it, ok := p.live[hash]; ok {
		return it.Entry, true
	}
	return p.finished.get(hash)
}

// Dump returns the live ops in insertion order (debug_bundler_dumpMempool).
func (p *Pool) Dump() []Entry {
	p.mu.Lock()
	out := make([]Entry, 0, len(p.live))
	for _, it := range p.live {
		out = append(out, it.Entry)
	}
	p.mu.Unlock()
	sort.Slice(out, func(i, j int) bool { return out[i].Seq < out[j].Seq })
	return out
}

// Len returns the number of live ops.
func (p *Pool) Len() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.live)
}

// Counts returns the number of ops per status, live and in the finished set
// (for metrics).
func (p *Pool) Counts() map[Status]int {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make(map[Status]int, len(statusNames))
	for s := Scheduled; s <= Expired; s++ {
		out[s] = p.counts[s]
	}
	return out
}
