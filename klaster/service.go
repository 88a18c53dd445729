package klaster

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
	"github.com/klaster-dev/klaster/fifo"
	"github.com/klaster-dev/klaster/gas"
	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/payment"
	"github.com/klaster-dev/klaster/receipt"
)

// Chain is what the service needs of one chain. The app implements it over
// its per-chain services.
type Chain interface {
	ChainID() uint64
	// EntryPoints served on the chain, with their versions (the chain
	// spec's).
	EntryPoints() entrypoint.Set
	// SuggestFees returns fees for ops that carry none.
	SuggestFees(ctx context.Context) (gas.Fees, error)
	// EstimateGas estimates op's gas limits (op carries a placeholder signature).
	EstimateGas(ctx context.Context, op *entrypoint.UserOperation, entryPoint common.Address) (*gas.Estimate, error)
	// Check is the chain's admission of an iTx leaf, up to the insert.
	Check(ctx context.Context, req AdmitRequest) (Admitted, error)
	// Pools are the chain's mempools by EntryPoint: the service follows
	// their transitions (in order, mempool.Pool.OnChange), counts their
	// waiting ops and rolls back a crashed admission in them.
	Pools() map[common.Address]*mempool.Pool
	// Receipt returns a mined op's receipt, or nil.
	Receipt(ctx context.Context, userOpHash common.Hash) (*receipt.Receipt, error)
}

// AdmitRequest is one leaf of an iTx to admit. The chain admits it as an
// iTx op: tagged with ItxHash, with [Lower, Upper] as its window; it waits
// as SCHEDULED while the window has not opened, a failure that comes only
// from chain state (AAxx) lets it wait as PENDING, and it is retried every
// block until the window closes. Signature failures and ERC-7562 violations
// are errors.
type AdmitRequest struct {
	Op         *entrypoint.UserOperation
	EntryPoint common.Address
	ItxHash    common.Hash
	Lower      uint64
	Upper      uint64
	// Signer signed the root with UserSignature; the chain refuses the
	// leaf with -32507 unless Signer may act for the op's sender.
	Signer        common.Address
	UserSignature []byte
}

// Admitted is a leaf that passed its chain's Check. Insert adds it to the
// chain's mempool and reports whether it added it: false when an equal op
// (the same userOpHash) was already there, which then belongs to whoever
// sent it. Remove undoes an Insert that added the leaf (an iTx whose other
// leaves failed to insert): it takes the leaf out and puts back any op the
// insert replaced or evicted, so a refused iTx changes nothing it did not
// add.
type Admitted interface {
	Insert(ctx context.Context) (added bool, err error)
	Remove(ctx context.Context)
	// Waiting reports a leaf that will wait: its window has not opened or
	// its validation failed on chain state.
	Waiting() bool
}

// Config configures the service.
type Config struct {
	// NodeKey signs commitments; nil refuses quotes.
	NodeKey *ecdsa.PrivateKey
	// Records stores iTx records and the witness feed; nil: in memory.
	Records Records
	// MaxWindow is the furthest upperBoundTimestamp may lie after now
	// (default 24 h).
	MaxWindow time.Duration
	// DefaultWindow is upperBoundTimestamp's default distance from now
	// (default 1 h).
	DefaultWindow time.Duration
	// MaxOps caps the ops of one iTx (default 64).
	MaxOps int
	// MaxWaitingPerSigner and MaxWaiting cap the waiting ops of one root
	// signer and of the node, over every chain (defaults
	// DefaultMaxWaitingPerSigner and DefaultMaxWaiting): an iTx that would
	// pass a cap is refused with -32504 naming it.
	MaxWaitingPerSigner int
	MaxWaiting          int
	// Payment lets quotes carry a payment (itx.payment) and sponsors their
	// ops with the node's paymasters; nil: no payments.
	Payment *payment.Config
	Logger  zerolog.Logger
	// Now is the clock (default time.Now).
	Now func() time.Time
}

func (c Config) withDefaults() Config {
	if c.Records == nil {
		c.Records = NewMemoryRecords()
	}
	if c.MaxWindow <= 0 {
		c.MaxWindow = 24 * time.Hour
	}
	if c.DefaultWindow <= 0 {
		c.DefaultWindow = time.Hour
	}
	if c.MaxOps <= 0 {
		c.MaxOps = 64
	}
	if c.MaxWaitingPerSigner <= 0 {
		c.MaxWaitingPerSigner = DefaultMaxWaitingPerSigner
	}
	if c.MaxWaiting <= 0 {
		c.MaxWaiting = DefaultMaxWaiting
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return c
}

// Service runs the Klaster interchain protocol over a set of chains: quotes,
// admission of signed iTxs, status tracking, records and the witness feed.
type Service struct {
	cfg     Config
	chains  map[uint64]Chain
	node    common.Address
	records Records
	log     zerolog.Logger
	hub     *hub
	// tasks is the worker's queue: the pools' transitions and the record
	// changes that must not interleave with them (a rollback, a status
	// snapshot), in order. Records change only on the worker (or, with no
	// worker running, on the caller), so no lock is held across their I/O.
	tasks   *fifo.Queue[func(context.Context)]
	running atomic.Bool
	locks   keyedMutex // one send per itxHash at a time
	waits   waitReservations

	onAdmit admittedHooks // committed.go: gossip of admitted iTxs
	skipped skipSet       // committed.go: the --dev fault
}

// New creates the service. Run must be running for statuses to move.
func New(cfg Config, chains []Chain) (*Service, error) {
	cfg = cfg.withDefaults()
	s := &Service{
		cfg:     cfg,
		chains:  make(map[uint64]Chain, len(chains)),
		records: cfg.Records,
		log:     cfg.Logger.With().Str("component", "klaster").Logger(),
		hub:     newHub(),
		tasks:   fifo.New[func(context.Context)](0),
	}
	for _, c := range chains {
		if _, dup := s.chains[c.ChainID()]; dup {
			return nil, fmt.Errorf("klaster: chain %d given twice", c.ChainID())
		}
		s.chains[c.ChainID()] = c
	}
	if cfg.NodeKey != nil {
		s.node = crypto.PubkeyToAddress(cfg.NodeKey.PublicKey)
	}
	// Subscribe now, so that no transition of an op admitted before Run
	// starts is lost.
	for _, c := range chains {
		for _, p := range c.Pools() {
			p.OnChange(func(e mempool.Entry) {
				if e.Source.Kind == mempool.SourceITx {
					s.tasks.Push(func(ctx context.Context) { s.applyLogged(ctx, e) })
				}
			})
		}
	}
	return s, nil
}

// Node is the address that signs commitments.
func (s *Service) Node() common.Address { return s.node }

// Run applies mempool transitions to the iTx records until ctx ends.
func (s *Service) Run(ctx context.Context) {
	s.running.Store(true)
	defer s.running.Store(false)
	defer s.hub.closeAll()
	go s.recoverLoop(ctx)
	for {
		task, ok := s.tasks.Pop(ctx.Done())
		if !ok {
			return
		}
		task(ctx)
	}
}

func (s *Service) applyLogged(ctx context.Context, e mempool.Entry) {
	if err := s.apply(ctx, e); err != nil && !errors.Is(err, context.Canceled) {
		s.log.Error().Err(err).Stringer("itxHash", e.Source.ITxHash).Stringer("userOpHash", e.UserOpHash).Msg("apply op transition")
	}
}

// serialized runs fn on the worker, after every transition queued before
// it, and waits for it (or for ctx); with no worker running it runs fn
// here. fn gets the caller's context.
func (s *Service) serialized(ctx context.Context, fn func(context.Context)) error {
	if !s.running.Load() {
		fn(ctx)
		return nil
	}
	done := make(chan struct{})
	s.tasks.Push(func(context.Context) {
		defer close(done)
		fn(ctx)
	})
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// chain returns the chain with id, or -32602 naming the field.
func (s *Service) chain(id uint64, field string) (Chain, error) {
	c, ok := s.chains[id]
	if !ok {
		return nil, erc7769.New(erc7769.CodeInvalidParams, "%s: chain %d is not served by this node", field, id)
	}
	return c, nil
}

// defaultEntryPoint is the chain's first v0.7 EntryPoint, or its first.
func defaultEntryPoint(c Chain) common.Address {
	d, _ := c.EntryPoints().Prefer(entrypoint.V07)
	return d.Address
}

func (s *Service) now() uint64 { return uint64(s.cfg.Now().Unix()) }

// checkBounds checks an op's window against now: -32503 for a bound past or
// too far ahead, -32602 for malformed ones.
func (s *Service) checkBounds(lower, upper uint64) error {
	now := s.now()
	switch {
	case upper > MaxUint48 || lower > MaxUint48:
		return erc7769.New(erc7769.CodeInvalidParams, "bounds exceed uint48")
	case lower >= upper:
		return &erc7769.Error{Code: erc7769.CodeOutOfTimeRange, Message: fmt.Sprintf("lowerBoundTimestamp %d is not before upperBoundTimestamp %d", lower, upper),
			Data: map[string]any{"validAfter": lower, "validUntil": upper}}
	case upper <= now:
		return &erc7769.Error{Code: erc7769.CodeOutOfTimeRange, Message: fmt.Sprintf("upperBoundTimestamp %d is already past (now %d)", upper, now),
			Data: map[string]any{"validAfter": lower, "validUntil": upper}}
	case upper > now+uint64(s.cfg.MaxWindow/time.Second):
		return &erc7769.Error{Code: erc7769.CodeOutOfTimeRange, Message: fmt.Sprintf("upperBoundTimestamp %d lies more than %s after now (%d)", upper, s.cfg.MaxWindow, now),
			Data: map[string]any{"validAfter": lower, "validUntil": upper}}
	}
	return nil
}

// keyedMutex serializes work per key.
type keyedMutex struct {
	mu    sync.Mutex
	locks map[common.Hash]*keyedEntry
}

type keyedEntry struct {
	mu   sync.Mutex
	refs int
}

func (k *keyedMutex) lock(key common.Hash) (unlock func()) {
	k.mu.Lock()
	if k.locks == nil {
		k.locks = map[common.Hash]*keyedEntry{}
	}
	e := k.locks[key]
	if e == nil {
		e = &keyedEntry{}
		k.locks[key] = e
	}
	e.refs++
	k.mu.Unlock()
	e.mu.Lock()
	return func() {
		e.mu.Unlock()
		k.mu.Lock()
		if e.refs--; e.refs == 0 {
			delete(k.locks, key)
		}
		k.mu.Unlock()
	}
}
