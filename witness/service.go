package witness

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"github.com/klaster-dev/klaster/erc7769"
	"math/big"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/klaster-dev/klaster/klaster"
)

// Checker checks a committed iTx without chain state (klaster.Service).
type Checker interface {
	CheckCommitted(req klaster.SendRequest, node common.Address) (*klaster.Committed, error)
}

// Config configures a Service.
type Config struct {
	Checker Checker
	Store   Store // nil: in memory
	// Key is this node's key: its address is never witnessed, and it signs
	// slash votes. Nil: no slash votes.
	Key *ecdsa.PrivateKey
	// Chains are the chains witnessed, with their stake manager. Witness
	// mode (Run) needs them; storing and publishing does not.
	Chains []Chain
	// Interval is how often witness mode looks at its iTxs (default 1 s).
	Interval time.Duration
	// Margin is the bundlers' validUntil margin in seconds: an op is not
	// bundled in the last Margin seconds of its window, so a simulation
	// there does not count as a chance the node had.
	Margin uint64
	// MaxActive caps the iTxs waiting for a verdict (default 100000): a
	// commitment costs a node nothing, so storage and simulations must be
	// bounded. Over it, new iTxs are refused with -32504.
	MaxActive int64
	// Admit receives the iTxs committed by this node itself that reach it
	// as witness input (klaster_witnessInterchainTx or gossip): a user who
	// handed its signed iTx only to witnesses still gets it run, so the node
	// cannot claim it never received it (klaster.Service.Send).
	Admit  func(ctx context.Context, req klaster.SendRequest) error
	Logger zerolog.Logger
	Now    func() time.Time
}

// Service stores the iTxs this node witnesses, publishes them, answers
// klaster_getWitnessReports and, in witness mode (Run), gives verdicts.
type Service struct {
	cfg    Config
	store  Store
	self   common.Address
	chains map[uint64]Chain
	log    zerolog.Logger

	mu        sync.Mutex
	publish   []func(context.Context, *Message)
	delays    map[uint64]uint64 // challenge delay per chain, read once
	ownStaked map[uint64]bool
}

// New returns a witness service.
func New(cfg Config) *Service {
	if cfg.Store == nil {
		cfg.Store = NewMemoryStore()
	}
	if cfg.Interval <= 0 {
		cfg.Interval = time.Second
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.MaxActive <= 0 {
		cfg.MaxActive = 100_000
	}
	s := &Service{
		cfg: cfg, store: cfg.Store, chains: map[uint64]Chain{},
		log:    cfg.Logger.With().Str("component", "witness").Logger(),
		delays: map[uint64]uint64{}, ownStaked: map[uint64]bool{},
	}
	if cfg.Key != nil {
		s.self = crypto.PubkeyToAddress(cfg.Key.PublicKey)
	}
	for _, c := range cfg.Chains {
		s.chains[c.ChainID()] = c
	}
	return s
}

// OnPublish registers fn to receive every iTx this node publishes.
func (s *Service) OnPublish(fn func(context.Context, *Message)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.publish = append(s.publish, fn)
}

func (s *Service) publishAll(ctx context.Context, m *Message) {
	s.mu.Lock()
	fns := append([]func(context.Context, *Message){}, s.publish...)
	s.mu.Unlock()
	for _, fn := range fns {
		fn(ctx, m)
	}
}

// WitnessResult is klaster_witnessInterchainTx's answer.
type WitnessResult struct {
	ItxHash common.Hash     `json:"itxHash"`
	Node    klaster.Address `json:"node"`
}

// Witness is klaster_witnessInterchainTx: it checks the iTx, stores it for
// witnessing and publishes it to the peers.
func (s *Service) Witness(ctx context.Context, req klaster.SendRequest, node common.Address) (*WitnessResult, error) {
	c, err := s.cfg.Checker.CheckCommitted(req, node)
	if err != nil {
		return nil, err
	}
	if s.IsSelf(c.Node) && s.cfg.Admit != nil {
		if err := s.cfg.Admit(ctx, req); err != nil {
			return nil, err
		}
	}
	if err := s.Accept(ctx, c); err != nil {
		return nil, err
	}
	s.publishAll(ctx, MessageOf(c))
	return &WitnessResult{ItxHash: c.ItxHash, Node: klaster.Address(c.Node)}, nil
}

// Check runs klaster_witnessInterchainTx's checks on m (for gossip too).
func (s *Service) Check(m *Message) (*klaster.Committed, error) {
	return s.cfg.Checker.CheckCommitted(m.Request(), m.Node)
}

// IsSelf reports whether node is this node.
func (s *Service) IsSelf(node common.Address) bool {
	return node == s.self && s.self != (common.Address{})
}

// Accept stores a checked iTx for witnessing; an iTx already stored, or
// committed to by this node itself, is left alone.
func (s *Service) Accept(ctx context.Context, c *klaster.Committed) error {
	if s.IsSelf(c.Node) {
		return nil // a node never witnesses itself
	}
	if n, err := s.store.ActiveCount(ctx); err != nil {
		return erc7769.New(erc7769.CodeInternal, "count witnessed iTxs: %v", err)
	} else if n >= s.cfg.MaxActive {
		if old, err := s.store.Get(ctx, c.ItxHash); err == nil && old != nil {
			return nil // already witnessed
		}
		return erc7769.New(erc7769.CodeThrottledOrBanned, "witness capacity reached: %d iTxs wait for a verdict (cap %d)", n, s.cfg.MaxActive)
	}
	added, err := s.store.Add(ctx, NewRecord(c, uint64(s.cfg.Now().Unix())))
	if err != nil {
		return erc7769.New(erc7769.CodeInternal, "store witnessed iTx: %v", err)
	}
	if added {
		s.log.Info().Stringer("itxHash", c.ItxHash).Stringer("node", c.Node).Int("ops", len(c.Ops)).Msg("iTx witnessed")
	}
	return nil
}

// PublishCommitted publishes an iTx this node committed to.
func (s *Service) PublishCommitted(ctx context.Context, c *klaster.Committed) {
	s.publishAll(ctx, MessageOf(c))
}

// ReportFilter is klaster_getWitnessReports' parameter.
type ReportFilter struct {
	Cursor  string
	Limit   int
	Node    *common.Address
	Verdict *Verdict
}

// Reports is klaster_getWitnessReports' answer.
type Reports struct {
	Items      []*Report `json:"items"`
	NextCursor *string   `json:"nextCursor"`
}

// MaxReportsLimit is the largest page of klaster_getWitnessReports.
const MaxReportsLimit = 1000

// maxScan bounds the log entries one Reports call reads, so that a filter
// matching nothing costs a bounded amount of work.
const maxScan = 10_000

// Reports lists reports in the order the ops were witnessed. The cursor is
// an opaque position in the report log.
func (s *Service) Reports(ctx context.Context, f ReportFilter) (*Reports, error) {
	if f.Limit <= 0 {
		f.Limit = 100
	}
	if f.Limit > MaxReportsLimit {
		return nil, erc7769.New(erc7769.CodeInvalidParams, "limit: at most %d", MaxReportsLimit)
	}
	pos := int64(0)
	if f.Cursor != "" {
		p, err := strconv.ParseInt(f.Cursor, 10, 64)
		if err != nil || p < 0 {
			return nil, erc7769.New(erc7769.CodeInvalidParams, "cursor %q is not a cursor of klaster_getWitnessReports", f.Cursor)
		}
		pos = p
	}
	out := &Reports{Items: []*Report{}}
	cache := map[common.Hash]*Record{}
	scanned := 0
	for len(out.Items) < f.Limit && scanned < maxScan {
		entries, total, err := s.store.Log(ctx, pos, int64(f.Limit))
		if err != nil {
			return nil, err
		}
		if len(entries) == 0 {
			return out, nil
		}
		for _, e := range entries {
			pos++
			scanned++
			rec, ok := cache[e.ItxHash]
			if !ok {
				if rec, err = s.store.Get(ctx, e.ItxHash); err != nil {
					return nil, err
				}
				cache[e.ItxHash] = rec
			}
			if rec == nil || e.Index >= len(rec.Ops) {
				continue
			}
			if f.Node != nil && rec.Node != *f.Node {
				continue
			}
			if f.Verdict != nil && rec.Ops[e.Index].Verdict != *f.Verdict {
				continue
			}
			rep, err := ReportOf(rec, e.Index)
			if err != nil {
				return nil, err
			}
			out.Items = append(out.Items, rep)
			if len(out.Items) == f.Limit {
				break
			}
		}
		if pos >= total {
			return out, nil
		}
	}
	next := strconv.FormatInt(pos, 10)
	out.NextCursor = &next
	return out, nil
}

// Run is witness mode: until ctx ends, it looks at every active iTx each
// Interval.
func (s *Service) Run(ctx context.Context) {
	t := time.NewTicker(s.cfg.Interval)
	defer t.Stop()
	for {
		if err := s.Tick(ctx); err != nil && !errors.Is(err, context.Canceled) {
			s.log.Warn().Err(err).Msg("witness pass")
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Tick runs one witness pass over every active iTx.
func (s *Service) Tick(ctx context.Context) error {
	active, err := s.store.Active(ctx)
	if err != nil {
		return err
	}
	heads := map[uint64]head{}
	var errs []error
	for _, h := range active {
		rec, err := s.store.Get(ctx, h)
		if err != nil || rec == nil {
			errs = append(errs, err)
			continue
		}
		changed := false
		for i := range rec.Ops {
			c, err := s.step(ctx, rec, i, heads)
			changed = changed || c
			if err != nil {
				errs = append(errs, fmt.Errorf("iTx %s op %d: %w", rec.ItxHash, i, err))
			}
		}
		if changed {
			if err := s.store.Update(ctx, rec); err != nil {
				errs = append(errs, err)
			}
		}
	}
	return errors.Join(errs...)
}

type head struct {
	time    uint64
	baseFee *big.Int
	err     error
}

// step advances op i of rec: a simulation inside its window, a verdict after
// its deadline, a slash vote on MISSED. It reports whether rec changed.
func (s *Service) step(ctx context.Context, rec *Record, i int, heads map[uint64]head) (bool, error) {
	o := &rec.Ops[i]
	if o.final() {
		return false, nil
	}
	ch, ok := s.chains[o.ChainID]
	if !ok {
		return false, nil // not a chain this witness watches
	}
	hd, ok := heads[o.ChainID]
	if !ok {
		hd.time, hd.baseFee, hd.err = ch.Head(ctx)
		heads[o.ChainID] = hd
	}
	if hd.err != nil {
		return false, hd.err
	}
	delay, err := s.challengeDelay(ctx, ch)
	if err != nil {
		return false, err
	}
	changed := false
	if o.Verdict == Pending {
		// Inside the window (less the bundlers' margin): does the op
		// simulate? Fees below the base fee could never be bundled, so they
		// do not count.
		if !o.Simulated && hd.time >= o.Lower && hd.time+s.cfg.Margin <= o.Upper &&
			(hd.baseFee == nil || o.Op.MaxFeePerGas == nil || o.Op.MaxFeePerGas.Cmp(hd.baseFee) >= 0) {
			if err := ch.Simulate(ctx, o.Op, o.EntryPoint, o.UserOpHash); err == nil {
				o.Simulated, changed = true, true
				s.log.Debug().Stringer("itxHash", rec.ItxHash).Stringer("userOpHash", o.UserOpHash).Msg("op simulated inside its window")
			} else {
				s.log.Debug().Stringer("itxHash", rec.ItxHash).Stringer("userOpHash", o.UserOpHash).Err(err).Msg("op does not simulate")
			}
		}
		if hd.time <= o.Upper+delay {
			return changed, nil
		}
		at, err := ch.ExecutedAt(ctx, o.Op.Sender, o.UserOpHash)
		if err != nil {
			return changed, err
		}
		switch {
		case at.Sign() != 0:
			o.Verdict = Executed
		case o.Simulated:
			o.Verdict = Missed
		default:
			o.Verdict = Unexecutable
		}
		o.CheckedAt = uint64(s.cfg.Now().Unix())
		changed = true
		s.log.Info().Stringer("itxHash", rec.ItxHash).Stringer("userOpHash", o.UserOpHash).Uint64("chain", o.ChainID).
			Stringer("node", rec.Node).Str("verdict", string(o.Verdict)).Msg("witness verdict")
	}
	if o.Verdict == Missed && o.SlashTx == (common.Hash{}) && o.SlashError == "" {
		s.slash(ctx, ch, rec, i)
		changed = true
	}
	return changed, nil
}

func (s *Service) challengeDelay(ctx context.Context, ch Chain) (uint64, error) {
	s.mu.Lock()
	d, ok := s.delays[ch.ChainID()]
	s.mu.Unlock()
	if ok {
		return d, nil
	}
	d, err := ch.ChallengeDelay(ctx)
	if err != nil {
		return 0, err
	}
	s.mu.Lock()
	s.delays[ch.ChainID()] = d
	s.mu.Unlock()
	return d, nil
}

// maxSlashAttempts bounds the passes that try to send one slash vote.
const maxSlashAttempts = 5

// slash sends the vote on MISSED op i, when this witness has stake there.
func (s *Service) slash(ctx context.Context, ch Chain, rec *Record, i int) {
	o := &rec.Ops[i]
	log := s.log.With().Stringer("itxHash", rec.ItxHash).Stringer("userOpHash", o.UserOpHash).Uint64("chain", o.ChainID).Logger()
	if s.cfg.Key == nil {
		o.SlashError = "no witness key"
		return
	}
	stake, err := ch.StakeOf(ctx, s.self)
	if err != nil {
		log.Warn().Err(err).Msg("read own stake; will retry")
		return
	}
	if stake.Sign() == 0 {
		o.SlashError = "this witness has no stake on the chain"
		log.Info().Msg("MISSED op, but no stake to vote with")
		return
	}
	ev, err := EvidenceOf(rec, i)
	if err != nil {
		o.SlashError = err.Error()
		return
	}
	data, err := ev.SlashCalldata()
	if err != nil {
		o.SlashError = err.Error()
		return
	}
	tx, err := ch.Slash(ctx, data)
	if err != nil && tx == (common.Hash{}) {
		// Not sent (a node hiccup, or a vote the chain refuses): retry a
		// few passes, then give up with the reason.
		if o.SlashAttempts++; o.SlashAttempts >= maxSlashAttempts {
			o.SlashError = err.Error()
		}
		log.Warn().Err(err).Int("attempt", o.SlashAttempts).Msg("slash vote not sent")
		return
	}
	if err != nil {
		o.SlashTx = tx
		o.SlashError = err.Error()
		log.Warn().Err(err).Msg("slash vote failed")
		return
	}
	o.SlashTx = tx
	log.Info().Stringer("tx", tx).Stringer("node", rec.Node).Msg("slash vote sent")
}
