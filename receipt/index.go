package receipt

import (
	"context"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// Location is where a bundled op landed.
type Location struct {
	UserOpHash  common.Hash    `json:"userOpHash"`
	EntryPoint  common.Address `json:"entryPoint"`
	TxHash      common.Hash    `json:"transactionHash"`
	BlockNumber uint64         `json:"blockNumber"`
	BlockHash   common.Hash    `json:"blockHash"`
}

// Index maps userOpHash to Location for the ops klaster bundled. The tracker
// writes it when a bundle is mined and fixes it on reorgs.
type Index interface {
	Put(ctx context.Context, loc Location) error
	Get(ctx context.Context, userOpHash common.Hash) (Location, bool, error)
	Delete(ctx context.Context, userOpHash common.Hash) error
}

// MemoryIndex is an in-memory Index that keeps at most a fixed number of
// entries, forgetting the oldest first. Lookups of forgotten ops fall back to
// the log scan.
type MemoryIndex struct {
	mu    sync.Mutex
	max   int
	byOp  map[common.Hash]Location
	order []common.Hash // insertion order, for eviction
}

// NewMemoryIndex keeps up to max entries (at least 1).
func NewMemoryIndex(max int) *MemoryIndex {
	if max < 1 {
		max = 1
	}
	return &MemoryIndex{max: max, byOp: make(map[common.Hash]Location)}
}

// Put records or replaces a location.
func (m *MemoryIndex) Put(_ context.Context, loc Location) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.byOp[loc.UserOpHash]; !ok {
		m.order = append(m.order, loc.UserOpHash)
	}
	m.byOp[loc.UserOpHash] = loc
	for len(m.byOp) > m.max && len(m.order) > 0 {
		delete(m.byOp, m.order[0])
		m.order = m.order[1:]
	}
	// Compact the order slice when deletions left it mostly stale.
	if len(m.order) > 2*m.max {
		live := m.order[:0]
		for _, h := range m.order {
			if _, ok := m.byOp[h]; ok {
				live = append(live, h)
			}
		}
		m.order = live
	}
	return nil
}

// Get returns the location of an op, if known.
func (m *MemoryIndex) Get(_ context.Context, h common.Hash) (Location, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	loc, ok := m.byOp[h]
	return loc, ok, nil
}

// Delete forgets an op (its bundle was reorged out).
func (m *MemoryIndex) Delete(_ context.Context, h common.Hash) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.byOp, h)
	return nil
}
