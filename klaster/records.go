package klaster

import (
	"context"
	"errors"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/klaster-dev/klaster/mempool"
)

// Record is what the node keeps of an admitted iTx.
type Record struct {
	ItxHash       common.Hash    `json:"itxHash"`
	Node          common.Address `json:"node"`
	Commitment    hexutil.Bytes  `json:"commitment"`
	UserSignature hexutil.Bytes  `json:"userSignature"`
	CreatedAt     uint64         `json:"createdAt"`
	CompletedAt   uint64         `json:"completedAt,omitempty"` // when it became SUCCESS or FAILED
	// Admitting, while not zero, is the unix time until which the iTx is
	// being admitted: its ops are being inserted, and it is not yet
	// admitted. After a crash a record still admitting past that time is
	// rolled back (Service.recoverAdmissions).
	Admitting uint64 `json:"admitting,omitempty"`
	// Paid marks an iTx whose op 0 is its payment: the other ops stay held
	// until it is MINED_SUCCESS, and fail when it fails or expires.
	Paid bool       `json:"paid,omitempty"`
	Ops  []OpRecord `json:"ops"`
}

// OpRecord is one op of a Record, in request order.
type OpRecord struct {
	ChainID     uint64         `json:"chainId"`
	EntryPoint  common.Address `json:"entryPoint"`
	UserOpHash  common.Hash    `json:"userOpHash"`
	Leaf        common.Hash    `json:"leaf"`
	Proof       []common.Hash  `json:"proof"`
	Lower       uint64         `json:"lower"`
	Upper       uint64         `json:"upper"`
	Status      mempool.Status `json:"status"`
	Reason      string         `json:"reason,omitempty"`
	TxHash      common.Hash    `json:"txHash"`
	BlockNumber uint64         `json:"blockNumber,omitempty"`
	BlockHash   common.Hash    `json:"blockHash"`
	LogIndex    uint64         `json:"logIndex,omitempty"` // of the op's UserOperationEvent, once mined
}

func (r *Record) clone() *Record {
	c := *r
	c.Ops = slices.Clone(r.Ops)
	return &c
}

func (r *Record) userOpHashes() []common.Hash {
	out := make([]common.Hash, len(r.Ops))
	for i, op := range r.Ops {
		out[i] = op.UserOpHash
	}
	return out
}

// Records stores iTx records and the witness feed. The feed holds one item
// per completed (SUCCESS or FAILED) iTx in completion order; each item has a
// sequence number that only grows, which is the cursor.
type Records interface {
	// Create stores a new record; false when one with its hash exists. A
	// record created Admitting is listed by Admitting until Commit or
	// Delete.
	Create(ctx context.Context, r *Record) (bool, error)
	// Commit ends the admission of a record: it is admitted.
	Commit(ctx context.Context, itxHash common.Hash) error
	// Admitting lists the records created Admitting and neither committed
	// nor deleted.
	Admitting(ctx context.Context) ([]common.Hash, error)
	// Get returns a record, or nil when unknown.
	Get(ctx context.Context, itxHash common.Hash) (*Record, error)
	// Save replaces a record.
	Save(ctx context.Context, r *Record) error
	// Update changes a record atomically, also against other processes
	// sharing the store: fn gets the current record to change in place and
	// says what happens to the feed; it may run more than once (on a
	// conflicting write), and returning ErrUnchanged writes nothing. It
	// returns the record as written, or nil when unknown.
	Update(ctx context.Context, itxHash common.Hash, fn func(*Record) (FeedChange, error)) (*Record, error)
	// Delete removes a record (a rejected iTx rolled back).
	Delete(ctx context.Context, itxHash common.Hash) error
	// PutExecuted appends item to the feed, or updates it in place when its
	// iTx is already there, and saves rec (when not nil) in the same atomic
	// write: a reader never sees the record completed without its item. It
	// reports whether the item is new.
	PutExecuted(ctx context.Context, item FeedItem, rec *Record) (bool, error)
	// RemoveExecuted takes an iTx's item out of the feed (a reorg).
	RemoveExecuted(ctx context.Context, itxHash common.Hash) error
	// Executed returns up to limit items with sequence numbers above after,
	// in order, with the sequence number of the last one; more reports
	// whether items follow it.
	Executed(ctx context.Context, after uint64, limit int) (items []FeedItem, last uint64, more bool, err error)
}

// FeedChange is what an Update does to the witness feed: Put the record's
// item (appended, or updated in place), or Remove it (a reorg).
type FeedChange struct {
	Put    *FeedItem
	Remove bool
}

// ErrUnchanged, from an Update's fn, leaves the record as it is.
var ErrUnchanged = errors.New("klaster: record unchanged")

// MemoryRecords is an in-memory Records.
type MemoryRecords struct {
	mu      sync.Mutex
	records map[common.Hash]*Record
	feed    []seqItem // ascending seq
	seq     uint64
}

type seqItem struct {
	Seq  uint64   `json:"seq"`
	Item FeedItem `json:"item"`
}

// NewMemoryRecords returns an empty in-memory store.
func NewMemoryRecords() *MemoryRecords {
	return &MemoryRecords{records: map[common.Hash]*Record{}}
}

func (m *MemoryRecords) Create(_ context.Context, r *Record) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.records[r.ItxHash]; ok {
		return false, nil
	}
	m.records[r.ItxHash] = r.clone()
	return true, nil
}

func (m *MemoryRecords) Commit(ctx context.Context, h common.Hash) error {
	_, err := m.Update(ctx, h, func(r *Record) (FeedChange, error) { r.Admitting = 0; return FeedChange{}, nil })
	return err
}

func (m *MemoryRecords) Admitting(context.Context) ([]common.Hash, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []common.Hash
	for h, r := range m.records {
		if r.Admitting != 0 {
			out = append(out, h)
		}
	}
	return out, nil
}

func (m *MemoryRecords) Get(_ context.Context, h common.Hash) (*Record, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if r, ok := m.records[h]; ok {
		return r.clone(), nil
	}
	return nil, nil
}

func (m *MemoryRecords) Save(_ context.Context, r *Record) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.records[r.ItxHash] = r.clone()
	return nil
}

func (m *MemoryRecords) Update(_ context.Context, h common.Hash, fn func(*Record) (FeedChange, error)) (*Record, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	cur, ok := m.records[h]
	if !ok {
		return nil, nil
	}
	rec := cur.clone()
	change, err := fn(rec)
	if err != nil {
		return nil, err
	}
	m.records[h] = rec.clone()
	switch {
	case change.Put != nil:
		m.putLocked(*change.Put)
	case change.Remove:
		m.feed = slices.DeleteFunc(m.feed, func(s seqItem) bool { return s.Item.ItxHash == h })
	}
	return rec, nil
}

func (m *MemoryRecords) Delete(_ context.Context, h common.Hash) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.records, h)
	return nil
}

func (m *MemoryRecords) PutExecuted(_ context.Context, item FeedItem, rec *Record) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if rec != nil {
		m.records[rec.ItxHash] = rec.clone()
	}
	return m.putLocked(item), nil
}

func (m *MemoryRecords) putLocked(item FeedItem) (fresh bool) {
	for i := range m.feed {
		if m.feed[i].Item.ItxHash == item.ItxHash {
			m.feed[i].Item = item
			return false
		}
	}
	m.seq++
	m.feed = append(m.feed, seqItem{Seq: m.seq, Item: item})
	return true
}

func (m *MemoryRecords) RemoveExecuted(_ context.Context, h common.Hash) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.feed = slices.DeleteFunc(m.feed, func(s seqItem) bool { return s.Item.ItxHash == h })
	return nil
}

func (m *MemoryRecords) Executed(_ context.Context, after uint64, limit int) ([]FeedItem, uint64, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	start, _ := slices.BinarySearchFunc(m.feed, after+1, func(s seqItem, t uint64) int {
		switch {
		case s.Seq < t:
			return -1
		case s.Seq > t:
			return 1
		}
		return 0
	})
	end := min(start+limit, len(m.feed))
	out := make([]FeedItem, 0, end-start)
	last := after
	for _, s := range m.feed[start:end] {
		out = append(out, s.Item)
		last = s.Seq
	}
	return out, last, end < len(m.feed), nil
}
