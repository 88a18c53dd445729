// Package reputation owns ERC-7562 entity reputation: opsSeen/opsIncluded
// per entity, hourly decay, and the OK/THROTTLED/BANNED status.
package reputation

import (
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/klaster-dev/klaster/fifo"
)

// Status of an entity; the numbers are what debug_bundler_dumpReputation returns.
type Status int

const (
	OK        Status = 0
	Throttled Status = 1
	Banned    Status = 2
)

func (s Status) String() string {
	switch s {
	case OK:
		return "ok"
	case Throttled:
		return "throttled"
	case Banned:
		return "banned"
	}
	return "unknown"
}

// Params are the ERC-7562 reputation constants.
type Params struct {
	MinInclusionRateDenominator uint64 // 10 for bundlers, 100 for other clients
	ThrottlingSlack             uint64 // 10
	BanSlack                    uint64 // 50
	BanOpsSeenPenalty           uint64 // 10000 (GREP-040)
	DecayInterval               time.Duration
}

// BundlerParams are the values for a bundler (the ERC table).
func BundlerParams() Params {
	return Params{MinInclusionRateDenominator: 10, ThrottlingSlack: 10, BanSlack: 50, BanOpsSeenPenalty: 10000, DecayInterval: time.Hour}
}

// NonBundlerParams are the older "client" values (denominator 100).
func NonBundlerParams() Params {
	p := BundlerParams()
	p.MinInclusionRateDenominator = 100
	return p
}

// Entry is one entity's counters.
type Entry struct {
	Address     common.Address
	OpsSeen     uint64
	OpsIncluded uint64
}

// Store persists entries (e.g. in Redis). Load is called once by New; Save
// after every change with the changed entry (deleted = true when removed).
type Store interface {
	Load() ([]Entry, error)
	Save(e Entry, deleted bool) error
	Clear() error
}

// Manager tracks reputation. It is safe for concurrent use.
type Manager struct {
	params Params
	now    func() time.Time
	store  Store

	mu        sync.Mutex
	entries   map[common.Address]*Entry
	whitelist map[common.Address]bool
	blacklist map[common.Address]bool
	lastDecay time.Time

	// Store writes are queued under mu, in order, and made after mu is
	// released (unlock), by one caller at a time: no store I/O runs under
	// mu.
	writes  *fifo.Queue[storeWrite]
	writing atomic.Bool // a caller is making the queued writes (a flag nobody waits on, not a lock)
}

// storeWrite is one queued Store call.
type storeWrite struct {
	entry   Entry
	deleted bool
	clear   bool
}

// Option configures a Manager.
type Option func(*Manager)

// WithClock injects the clock (tests).
func WithClock(now func() time.Time) Option { return func(m *Manager) { m.now = now } }

// WithStore attaches persistence.
func WithStore(s Store) Option { return func(m *Manager) { m.store = s } }

// WithLists sets always-OK and always-BANNED addresses.
func WithLists(whitelist, blacklist []common.Address) Option {
	return func(m *Manager) {
		for _, a := range whitelist {
			m.whitelist[a] = true
		}
		for _, a := range blacklist {
			m.blacklist[a] = true
		}
	}
}

// New returns a Manager, loading the store when one is given.
func New(params Params, opts ...Option) (*Manager, error) {
	m := &Manager{params: params, now: time.Now, entries: map[common.Address]*Entry{}, whitelist: map[common.Address]bool{}, blacklist: map[common.Address]bool{}}
	for _, o := range opts {
		o(m)
	}
	m.lastDecay = m.now()
	m.writes = fifo.New[storeWrite](0)
	if m.store != nil {
		loaded, err := m.store.Load()
		if err != nil {
			return nil, err
		}
		for _, e := range loaded {
			e := e
			m.entries[e.Address] = &e
		}
	}
	return m, nil
}

// entry returns (creating) the entry of addr; m.mu must be held.
func (m *Manager) entry(addr common.Address) *Entry {
	m.decayLocked()
	e := m.entries[addr]
	if e == nil {
		e = &Entry{Address: addr}
		m.entries[addr] = e
	}
	return e
}

// save queues a write of e; m.mu must be held.
func (m *Manager) save(e *Entry) {
	if m.store != nil {
		m.writes.Push(storeWrite{entry: *e})
	}
}

// unlock releases m.mu and makes the queued store writes.
func (m *Manager) unlock() {
	m.mu.Unlock()
	m.flush()
}

// flush makes the queued store writes in order, unless another caller is
// already making them (it then makes ours too). Persistence is best
// effort; memory is authoritative.
func (m *Manager) flush() {
	for m.store != nil && m.writes.Len() > 0 {
		if !m.writing.CompareAndSwap(false, true) {
			return
		}
		for _, w := range m.writes.Drain() {
			switch {
			case w.clear:
				_ = m.store.Clear()
			default:
				_ = m.store.Save(w.entry, w.deleted)
			}
		}
		m.writing.Store(false)
	}
}

// decayLocked applies value = value*23/24 once per elapsed DecayInterval.
func (m *Manager) decayLocked() {
	if m.params.DecayInterval <= 0 {
		return
	}
	now := m.now()
	for now.Sub(m.lastDecay) >= m.params.DecayInterval {
		m.lastDecay = m.lastDecay.Add(m.params.DecayInterval)
		for addr, e := range m.entries {
			e.OpsSeen = e.OpsSeen * 23 / 24
			e.OpsIncluded = e.OpsIncluded * 23 / 24
			if e.OpsSeen == 0 && e.OpsIncluded == 0 {
				delete(m.entries, addr)
				if m.store != nil {
					m.writes.Push(storeWrite{entry: *e, deleted: true})
				}
				continue
			}
			m.save(e)
		}
	}
}

// Decay applies any due hourly decay now.
func (m *Manager) Decay() {
	m.mu.Lock()
	defer m.unlock()
	m.decayLocked()
}

func (m *Manager) statusOf(e *Entry) Status {
	maxSeen := e.OpsSeen / m.params.MinInclusionRateDenominator
	switch {
	case maxSeen > e.OpsIncluded+m.params.BanSlack:
		return Banned
	case maxSeen > e.OpsIncluded+m.params.ThrottlingSlack:
		return Throttled
	}
	return OK
}

// Status returns addr's status (new entities are OK).
func (m *Manager) Status(addr common.Address) Status {
	m.mu.Lock()
	defer m.unlock()
	if m.whitelist[addr] {
		return OK
	}
	if m.blacklist[addr] {
		return Banned
	}
	m.decayLocked()
	e := m.entries[addr]
	if e == nil {
		return OK
	}
	return m.statusOf(e)
}

// SeenOp counts a valid op referencing addr.
func (m *Manager) SeenOp(addr common.Address) {
	m.mu.Lock()
	defer m.unlock()
	e := m.entry(addr)
	e.OpsSeen++
	m.save(e)
}

// UnseenOp undoes SeenOp (GREP-050 replacement, EREP-015/016), never below 0.
func (m *Manager) UnseenOp(addr common.Address) {
	m.mu.Lock()
	defer m.unlock()
	e := m.entry(addr)
	if e.OpsSeen > 0 {
		e.OpsSeen--
	}
	m.save(e)
}

// IncludedOp counts an op of addr seen in a UserOperationEvent.
func (m *Manager) IncludedOp(addr common.Address) {
	m.mu.Lock()
	defer m.unlock()
	e := m.entry(addr)
	e.OpsIncluded++
	m.save(e)
}

// CrashedHandleOps applies GREP-040 to the entity blamed for a failed
// bundle: opsSeen = BAN_OPS_SEEN_PENALTY, opsIncluded = 0 (BANNED).
func (m *Manager) CrashedHandleOps(addr common.Address) {
	m.mu.Lock()
	defer m.unlock()
	e := m.entry(addr)
	e.OpsSeen = m.params.BanOpsSeenPenalty
	e.OpsIncluded = 0
	m.save(e)
}

// UpdateOnFailedBundle is CrashedHandleOps for every blamed entity.
func (m *Manager) UpdateOnFailedBundle(blamed ...common.Address) {
	for _, a := range blamed {
		m.CrashedHandleOps(a)
	}
}

// Set replaces the entries of debug_bundler_setReputation.
func (m *Manager) Set(entries []Entry) {
	m.mu.Lock()
	defer m.unlock()
	m.decayLocked()
	for _, in := range entries {
		e := in
		m.entries[e.Address] = &e
		m.save(&e)
	}
}

// DumpEntry is one element of debug_bundler_dumpReputation.
type DumpEntry struct {
	Address     common.Address `json:"address"`
	OpsSeen     uint64         `json:"opsSeen"`
	OpsIncluded uint64         `json:"opsIncluded"`
	Status      Status         `json:"status"`
}

// Dump returns every entry with its status, sorted by address.
func (m *Manager) Dump() []DumpEntry {
	m.mu.Lock()
	defer m.unlock()
	m.decayLocked()
	out := make([]DumpEntry, 0, len(m.entries))
	for _, e := range m.entries {
		st := m.statusOf(e)
		if m.whitelist[e.Address] {
			st = OK
		} else if m.blacklist[e.Address] {
			st = Banned
		}
		out = append(out, DumpEntry{Address: e.Address, OpsSeen: e.OpsSeen, OpsIncluded: e.OpsIncluded, Status: st})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Address.Cmp(out[j].Address) < 0 })
	return out
}

// Clear drops every entry (debug_bundler_clearReputation / clearState).
func (m *Manager) Clear() {
	m.mu.Lock()
	defer m.unlock()
	m.entries = map[common.Address]*Entry{}
	if m.store != nil {
		m.writes.Push(storeWrite{clear: true})
	}
}
