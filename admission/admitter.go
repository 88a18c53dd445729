package admission

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
	"github.com/klaster-dev/klaster/gas"
	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/payment"
	"github.com/klaster-dev/klaster/reputation"
	"github.com/klaster-dev/klaster/validation"
)

// Config tunes admission.
type Config struct {
	Gas gas.Config
	// AllowScheduled lets plain ops whose validAfter lies in the future wait
	// as Scheduled instead of being refused with -32503.
	AllowScheduled bool
	// Node serves eth_simulateV1 for the entitlement of iTx root signers
	// (Request.RootSigner); without it such requests are refused.
	Node gas.RPCCaller
	// Simulate runs an op's validation and execution (simulateHandleOp):
	// a waiting op becomes a bundle candidate only when it passes. Nil:
	// validation alone is re-run.
	Simulate func(ctx context.Context, op *entrypoint.UserOperation, entryPoint common.Address) error
	// Estimator answers gas estimates (Estimate); when Simulate is nil it
	// also runs the simulation of waiting ops.
	Estimator *gas.Estimator
	// Policy refuses ops the chain does not take at all (the chain spec's
	// CheckEIP7702) before anything else runs: admission, iTx leaves and
	// estimates. Nil: none.
	Policy func(op *entrypoint.UserOperation) error
	// Unavailable, when it returns an error, refuses eth_sendUserOperation
	// at once (the node's circuit breaker is open). Nil: never.
	Unavailable func() error
	// Metrics counts ops received by Submit. Nil: not counted.
	Metrics Metrics
}

// Metrics counts the ops Submit receives (*metrics.Chain).
type Metrics interface {
	OpReceived()
	OpAccepted()
	OpRejected(code int)
}

// Validator is the ERC-7562 validation admission runs
// (*validation.Validator).
type Validator interface {
	Validate(ctx context.Context, op *entrypoint.UserOperation, entryPoint common.Address) (*validation.Result, error)
	RecheckCodeHashes(ctx context.Context, first *validation.Result) error
}

// Reputation is what admission reads and counts of entity reputation
// (*reputation.Manager).
type Reputation interface {
	Status(addr common.Address) reputation.Status
	SeenOp(addr common.Address)
	UnseenOp(addr common.Address)
	SecondValidationFailed(c reputation.Culprit, op reputation.Op) []common.Address
}

// Admitter admits ops into one chain's mempools. It is safe for concurrent
// use: the pools make check-and-insert atomic.
type Admitter struct {
	chainID   *big.Int
	cfg       Config
	gasCfg    atomic.Pointer[gas.Config]
	estimator atomic.Pointer[gas.Estimator] // nil: no estimates
	state     gas.ChainState
	validator Validator
	pools     map[common.Address]*mempool.Pool
	rep       Reputation // nil: no reputation
	onAdded   func()     // e.g. the builder's Notify
	log       zerolog.Logger

	facts sync.Map // common.Hash -> mempool.Entry: a waiting op's facts from its last passed re-simulation
}

// New creates the Admitter of a chain. rep may be nil (no reputation).
func New(chainID uint64, cfg Config, state gas.ChainState, v Validator, pools map[common.Address]*mempool.Pool, rep Reputation, onAdded func(), log zerolog.Logger) *Admitter {
	if onAdded == nil {
		onAdded = func() {}
	}
	a := &Admitter{
		chainID:   new(big.Int).SetUint64(chainID),
		cfg:       cfg,
		state:     state,
		validator: v,
		pools:     pools,
		rep:       rep,
		onAdded:   onAdded,
		log:       log,
	}
	a.gasCfg.Store(&cfg.Gas)
	if cfg.Estimator != nil {
		est := *cfg.Estimator
		a.estimator.Store(&est)
		if a.cfg.Simulate == nil {
			a.cfg.Simulate = func(ctx context.Context, op *entrypoint.UserOperation, ep common.Address) error {
				return a.estimator.Load().Simulate(ctx, op, ep)
			}
		}
	}
	return a
}

// GasConfig returns the precheck configuration in force.
func (a *Admitter) GasConfig() gas.Config { return *a.gasCfg.Load() }

// SetGasConfig replaces the precheck configuration
// (debug_bundler_setConfiguration).
func (a *Admitter) SetGasConfig(c gas.Config) { a.gasCfg.Store(&c) }

// Request is one op to admit.
type Request struct {
	Op         *entrypoint.UserOperation
	EntryPoint common.Address
	Source     mempool.Source
	// Window, when set, is the op's known validity window (an iTx leaf's
	// bounds). An op whose window has not opened is parked without tracing:
	// it is validated when the window opens.
	Window *entrypoint.TimeRange
	// WaitForWindow lets the op wait as Scheduled.
	WaitForWindow bool
	// RetryUntilWindowEnd keeps the op when re-simulation fails, retrying
	// each block until its window closes.
	RetryUntilWindowEnd bool
	// RootSigner, for an iTx op, is who signed the iTx's root: it must be
	// entitled to act for the op's sender. An op validated now has shown it:
	// its account accepted the mee-v1 signature that carries the root
	// signer's signature. An op that waits unvalidated (its window has not
	// opened, or chain state is missing) is checked by CheckEntitled.
	RootSigner *RootSigner
	// TolerateChainState accepts an op whose validation fails only because
	// of chain state (an AAxx revert such as an unpaid prefund): it waits as
	// Pending and is retried (iTx ops).
	TolerateChainState bool
}

// Checked is a request that passed every check; Insert adds it.
type Checked struct {
	Entry  mempool.Entry
	Result *validation.Result // nil when validation was deferred
	pool   *mempool.Pool
}

// Admit checks and inserts one op and returns its userOpHash.
func (a *Admitter) Admit(ctx context.Context, req Request) (common.Hash, error) {
	c, err := a.Check(ctx, req)
	if err != nil {
		return common.Hash{}, err
	}
	if _, err := a.Insert(ctx, c); err != nil {
		return common.Hash{}, err
	}
	return c.Entry.UserOpHash, nil
}

// Check runs everything but the insert: prechecks, validation (unless the
// op's window has not opened), reputation and, for an op that was not
// validated, the root signer's entitlement.
func (a *Admitter) Check(ctx context.Context, req Request) (*Checked, error) {
	c, err := a.check(ctx, req)
	if err != nil || req.RootSigner == nil || c.Result != nil {
		return c, err
	}
	if a.cfg.Node == nil {
		return nil, fmt.Errorf("admission: chain %s has no node to check the root signer's entitlement", a.chainID)
	}
	if err := CheckEntitled(ctx, a.cfg.Node, a.state, req.Op, req.EntryPoint, *req.RootSigner); err != nil {
		return nil, err
	}
	return c, nil
}

func (a *Admitter) check(ctx context.Context, req Request) (*Checked, error) {
	if a.cfg.Policy != nil {
		if err := a.cfg.Policy(req.Op); err != nil {
			return nil, err
		}
	}
	pool, ok := a.pools[req.EntryPoint]
	if !ok {
		return nil, fmt.Errorf("admission: chain %s has no mempool for EntryPoint %s", a.chainID, req.EntryPoint)
	}
	if err := gas.CheckAuthorizationChain(req.Op, a.chainID); err != nil {
		return nil, err
	}
	precheckErr := gas.Precheck(ctx, a.state, req.Op, req.EntryPoint, *a.gasCfg.Load())
	if precheckErr != nil && !(req.TolerateChainState && precheckChainStateOnly(precheckErr)) {
		return nil, precheckErr
	}
	now := uint64(time.Now().Unix())
	if req.RootSigner != nil {
		req.Source.Signer = req.RootSigner.Signer
	}
	entry := mempool.Entry{
		Op:                  req.Op,
		EntryPoint:          req.EntryPoint,
		ChainID:             a.chainID.Uint64(),
		Sender:              mempool.Entity{Address: req.Op.Sender},
		Source:              req.Source,
		RetryUntilWindowEnd: req.RetryUntilWindowEnd,
		WaitForWindow:       req.WaitForWindow || a.cfg.AllowScheduled,
		Prefund:             gas.RequiredPrefundFor(req.Op, a.version(req.EntryPoint)),
	}
	if req.Window != nil {
		entry.ValidAfter, entry.ValidUntil = req.Window.ValidAfter, req.Window.ValidUntil
	}
	// An iTx leaf whose window has not opened is parked as it is; its
	// validation runs when the window opens. One that only lacks chain state
	// (an unfunded or undeployed sender) waits as Pending: validation would
	// revert before reaching the account's checks.
	if precheckErr != nil || (req.Window != nil && req.Window.ValidAfter > now && req.WaitForWindow) {
		hash, err := a.hash(req.Op, req.EntryPoint)
		if err != nil {
			return nil, err
		}
		entry.UserOpHash = hash
		entry.Waiting = true
		if precheckErr != nil {
			entry.Reason = precheckErr.Error()
		}
		return &Checked{Entry: entry, pool: pool}, nil
	}

	res, err := a.validator.Validate(ctx, req.Op, req.EntryPoint)
	if err != nil {
		if req.TolerateChainState && chainStateOnly(err) {
			hash, herr := a.hash(req.Op, req.EntryPoint)
			if herr != nil {
				return nil, herr
			}
			entry.UserOpHash = hash
			entry.Reason = err.Error()
			entry.Waiting = true
			a.log.Debug().Stringer("userOpHash", hash).Err(err).Msg("op waits for chain state")
			return &Checked{Entry: entry, pool: pool}, nil
		}
		return nil, err
	}
	entry.UserOpHash = res.UserOpHash
	if err := a.validatedFacts(ctx, &entry, res); err != nil {
		return nil, err
	}
	win := res.ReturnInfo.ValidityWindow
	if req.Window == nil {
		entry.ValidAfter, entry.ValidUntil = win.ValidAfter, win.ValidUntil
		if entry.ValidUntil == entrypoint.MaxUint48 {
			entry.ValidUntil = 0
		}
	}
	if bw := res.ReturnInfo.BlockWindow; bw != nil {
		entry.ValidAfterBlock, entry.ValidUntilBlock = bw.ValidAfter, bw.ValidUntil
	}
	if !res.WindowOpen && !entry.WaitForWindow {
		if bw := res.ReturnInfo.BlockWindow; bw != nil && res.BlockNumber <= bw.ValidAfter {
			return nil, erc7769.New(erc7769.CodeOutOfTimeRange, "block window in the future: valid after block %d, head %d", bw.ValidAfter, res.BlockNumber).
				WithData(map[string]any{"validAfterBlock": bw.ValidAfter, "validUntilBlock": bw.ValidUntil})
		}
		return nil, erc7769.New(erc7769.CodeOutOfTimeRange, "time-range in the future: validAfter %d, now %d", win.ValidAfter, res.BlockTime).
			WithData(map[string]any{"validAfter": win.ValidAfter, "validUntil": win.ValidUntil})
	}
	if err := a.checkReputation(res); err != nil {
		return nil, err
	}
	entry.Facts = Facts(res)
	if payment.IsPaymentOp(req.Op) {
		if err := a.checkPayment(ctx, req.Op, req.EntryPoint); err != nil {
			if !req.TolerateChainState {
				return nil, err
			}
			entry.Waiting, entry.Reason = true, err.Error() // a candidate once it would pay
		}
	}
	return &Checked{Entry: entry, Result: res, pool: pool}, nil
}

// validatedFacts sets what validation found on e: its prefund, its
// entities' stake and its paymaster's deposit.
func (a *Admitter) validatedFacts(ctx context.Context, e *mempool.Entry, res *validation.Result) error {
	e.Prefund = res.ReturnInfo.Prefund
	e.Sender.Staked = res.Entities.Sender.Staked
	if f := res.Entities.Factory; f != nil {
		e.Factory = &mempool.Entity{Address: f.Address, Staked: f.Staked}
	}
	if p := res.Entities.Paymaster; p != nil {
		e.Paymaster = &mempool.Entity{Address: p.Address, Staked: p.Staked}
		dep, err := a.state.DepositOf(ctx, e.EntryPoint, p.Address)
		if err != nil {
			return fmt.Errorf("paymaster deposit: %w", err)
		}
		e.PaymasterDeposit = dep
	}
	return nil
}

// Insert adds a checked op to its pool and counts it in reputation.
func (a *Admitter) Insert(ctx context.Context, c *Checked) (mempool.AddResult, error) {
	res, err := c.pool.Add(ctx, c.Entry)
	if err != nil {
		return res, err
	}
	if !res.Duplicate {
		a.seen(c)
		a.replaced(res.Replaced, &c.Entry)
		a.onAdded()
	}
	return res, nil
}

// Remove undoes an Insert that added the op (res is what it returned; an
// interchain transaction whose other ops failed to insert): the op leaves
// the pool, and the op it replaced or evicted comes back. It does nothing
// for a Duplicate insert: that op belongs to whoever sent it first.
func (a *Admitter) Remove(ctx context.Context, c *Checked, res mempool.AddResult) {
	if res.Duplicate {
		return
	}
	if _, err := c.pool.Remove(ctx, c.Entry.UserOpHash); err != nil {
		a.log.Warn().Err(err).Stringer("userOpHash", c.Entry.UserOpHash).Msg("roll back admitted op")
	}
	a.Forget(c.Entry.UserOpHash)
	a.unseen(c)
	for _, back := range []*mempool.Entry{res.Replaced, res.Evicted} {
		if back == nil {
			continue
		}
		if err := c.pool.Restore(ctx, *back); err != nil {
			a.log.Warn().Err(err).Stringer("userOpHash", back.UserOpHash).Msg("restore op after a rollback")
		}
	}
}

// version is the chain spec's version of the EntryPoint at ep (0: not served).
func (a *Admitter) version(ep common.Address) entrypoint.Version {
	v, _ := a.GasConfig().EntryPoints.Version(ep)
	return v
}

func (a *Admitter) hash(op *entrypoint.UserOperation, ep common.Address) (common.Hash, error) {
	d, ok := a.GasConfig().EntryPoints.Lookup(ep)
	if !ok {
		return common.Hash{}, fmt.Errorf("admission: EntryPoint %s is not served on chain %s", ep.Hex(), a.chainID)
	}
	h, err := d.Hasher(a.chainID)
	if err != nil {
		return common.Hash{}, err
	}
	return h.Hash(op)
}

// checkReputation refuses ops whose factory, paymaster or aggregator is
// banned (-32504); throttled entities are limited by the mempool.
func (a *Admitter) checkReputation(res *validation.Result) error {
	if a.rep == nil {
		return nil
	}
	check := func(title string, role erc7769.Entity, e *validation.EntityInfo) error {
		if e == nil || a.rep.Status(e.Address) != reputation.Banned {
			return nil
		}
		err := erc7769.New(erc7769.CodeThrottledOrBanned, "GREP-010: %s %s is banned", title, e.Address.Hex()).WithData(map[string]any{title: e.Address.Hex()})
		err.Rule, err.Entity, err.Address = "GREP-010", role, e.Address
		return err
	}
	ents := res.Entities
	if ents.Sender.Staked {
		if err := check("account", erc7769.EntityAccount, &ents.Sender); err != nil {
			return err
		}
	}
	for _, c := range []struct {
		title string
		role  erc7769.Entity
		e     *validation.EntityInfo
	}{{"deployer", erc7769.EntityFactory, ents.Factory}, {"paymaster", erc7769.EntityPaymaster, ents.Paymaster}, {"aggregator", erc7769.EntityAggregator, ents.Aggregator}} {
		if err := check(c.title, c.role, c.e); err != nil {
			return err
		}
	}
	return nil
}

// seen counts an admitted op for its entities (ERC-7562: the sender only
// when staked); unseen takes the counts back (a rolled-back insert).
func (a *Admitter) seen(c *Checked) {
	if a.rep != nil {
		countedEntities(c, a.rep.SeenOp)
	}
}

func (a *Admitter) unseen(c *Checked) {
	if a.rep != nil {
		countedEntities(c, a.rep.UnseenOp)
	}
}

// countedEntities calls fn for each entity of c that opsSeen counts.
func countedEntities(c *Checked, fn func(common.Address)) {
	if c.Entry.Sender.Staked {
		fn(c.Entry.Sender.Address)
	}
	for _, e := range []*mempool.Entity{c.Entry.Factory, c.Entry.Paymaster} {
		if e != nil {
			fn(e.Address)
		}
	}
}

// replaced takes back the opsSeen the replaced op gave its entities (its
// factory and paymaster, its sender when staked): after a replacement the
// counters are those of the replacement alone, so a kept paymaster counts
// once and a dropped one is given back (GREP-050).
func (a *Admitter) replaced(old, cur *mempool.Entry) {
	if a.rep == nil || old == nil {
		return
	}
	if old.Sender.Staked {
		a.rep.UnseenOp(old.Sender.Address)
	}
	for _, e := range []*mempool.Entity{old.Factory, old.Paymaster} {
		if e != nil {
			a.rep.UnseenOp(e.Address)
		}
	}
}

// chainStateOnly reports validation failures that come from chain state
// rather than from the op itself: EntryPoint/paymaster reverts (AAxx) and a
// window that has not opened. Signature failures and ERC-7562 violations are
// the op's own fault.
func chainStateOnly(err error) bool {
	var ve *erc7769.Error
	if !errors.As(err, &ve) {
		return false
	}
	switch ve.Code {
	case erc7769.CodeRejectedByEntryPoint, erc7769.CodeRejectedByPaymaster, erc7769.CodeOutOfTimeRange:
		return true
	}
	return false
}

// precheckChainStateOnly reports precheck failures that come from chain state
// (AA2x/AA3x prefund and deployment reasons: an unfunded sender, a paymaster
// deposit too low, a sender not yet deployed), which an iTx op may wait out.
func precheckChainStateOnly(err error) bool {
	var ge *erc7769.Error
	if !errors.As(err, &ge) {
		return false
	}
	switch ge.Code {
	case erc7769.CodeRejectedByEntryPoint, erc7769.CodePaymasterDepositTooLow:
		return strings.HasPrefix(ge.Rule, "AA2") || ge.Rule == "AA31"
	}
	return false
}
