package mempool

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/klaster-dev/klaster/erc7769"
)

// AddResult describes an accepted op.
type AddResult struct {
	Entry     Entry  // the op as stored (Status Scheduled or Pending)
	Duplicate bool   // the same userOpHash was already live; nothing changed
	Replaced  *Entry // the op with the same sender and nonce it replaced, as it was
	Evicted   *Entry // the lowest-fee op evicted to make room, as it was
}

// Add admits an op. The checks and the insertion are atomic under the pool
// lock, and the op is saved to the Store before Add returns. Adding a live
// userOpHash again is a no-op reported as Duplicate. Errors are *erc7769.Error.
func (p *Pool) Add(ctx context.Context, e Entry) (AddResult, error) {
	now := p.cfg.Now()
	it, err := p.prepare(e, now)
	if err != nil {
		return AddResult{}, err
	}
	p.mu.Lock()
	res, err := p.addLocked(ctx, it)
	p.mu.Unlock()
	p.events.flush()
	return res, err
}

// prepare checks what needs no pool state and builds the item.
func (p *Pool) prepare(e Entry, now time.Time) (*item, error) {
	invalid := func(format string, args ...any) error {
		return newError(ErrInvalid, erc7769.CodeInvalidParams, nil, format, args...)
	}
	op := e.Op
	switch {
	case op == nil:
		return nil, invalid("missing userOp")
	case e.UserOpHash == (common.Hash{}):
		return nil, invalid("missing userOpHash")
	case op.Nonce == nil || op.Nonce.Sign() < 0 || op.Nonce.BitLen() > 256:
		return nil, invalid("invalid nonce")
	case e.Sender.Address != op.Sender:
		return nil, invalid("sender entity %s does not match userOp sender %s", e.Sender.Address, op.Sender)
	}
	if e.ChainID == 0 {
		e.ChainID = p.cfg.ChainID
	}
	if e.EntryPoint == (common.Address{}) {
		e.EntryPoint = p.cfg.EntryPoint
	}
	if e.ChainID != p.cfg.ChainID || e.EntryPoint != p.cfg.EntryPoint {
		return nil, invalid("op for chain %d EntryPoint %s sent to pool of chain %d EntryPoint %s",
			e.ChainID, e.EntryPoint, p.cfg.ChainID, p.cfg.EntryPoint)
	}
	maxFee, ok1 := u128From(op.MaxFeePerGas)
	prio, ok2 := u128From(op.MaxPriorityFeePerGas)
	if !ok1 || !ok2 {
		return nil, invalid("maxFeePerGas and maxPriorityFeePerGas must be set and fit in 128 bits")
	}
	if e.Factory == nil && op.Factory != nil && !op.IsEIP7702() {
		e.Factory = &Entity{Address: *op.Factory}
	}
	if e.Paymaster == nil && op.Paymaster != nil {
		e.Paymaster = &Entity{Address: *op.Paymaster}
	}
	if e.Paymaster != nil && (op.Paymaster == nil || *op.Paymaster != e.Paymaster.Address) {
		return nil, invalid("paymaster entity %s does not match userOp", e.Paymaster.Address)
	}
	if e.Prefund == nil {
		e.Prefund = new(big.Int)
	} else if e.Prefund.Sign() < 0 {
		return nil, invalid("negative prefund")
	}
	unix, next := uint64(now.Unix()), p.nextBlock()
	if e.ValidUntilBlock != 0 && e.ValidAfterBlock >= e.ValidUntilBlock {
		return nil, newError(ErrExpired, erc7769.CodeOutOfTimeRange, timeRangeData(&e),
			"empty block window: valid after block %d until block %d", e.ValidAfterBlock, e.ValidUntilBlock)
	}
	if e.windowClosed(unix, next) {
		if e.ValidUntilBlock != 0 && next > e.ValidUntilBlock {
			return nil, newError(ErrExpired, erc7769.CodeOutOfTimeRange, timeRangeData(&e),
				"block window closed: valid until block %d, next block %d", e.ValidUntilBlock, next)
		}
		return nil, newError(ErrExpired, erc7769.CodeOutOfTimeRange, timeRangeData(&e),
			"already expired: validUntil %d, now %d", e.ValidUntil, unix)
	}
	e.Status = Pending
	if !e.due(unix, next) {
		if !e.WaitForWindow && !p.cfg.AllowScheduled {
			if e.ValidAfter > unix {
				return nil, newError(ErrNotDue, erc7769.CodeOutOfTimeRange, timeRangeData(&e),
					"time-range in the future time %d, now=%d", e.ValidAfter, unix)
			}
			return nil, newError(ErrNotDue, erc7769.CodeOutOfTimeRange, timeRangeData(&e),
				"block window in the future: valid after block %d, next block %d", e.ValidAfterBlock, next)
		}
		e.Status = Scheduled
	}
	e.Op = op.Copy()
	e.Reason, e.TxHash, e.BlockHash, e.BlockNumber, e.LogIndex = "", common.Hash{}, common.Hash{}, 0, 0
	e.AddedAt, e.UpdatedAt = now, now
	it := &item{Entry: e, maxFee: maxFee, prio: prio, gas: Gas(e.Op), heapIdx: newItemIdx(), seenAtBlock: p.head.Load()}
	it.nonce = nonceOf(&it.Entry)
	it.entities = distinctEntities(&it.Entry)
	return it, nil
}

func timeRangeData(e *Entry) map[string]any {
	d := map[string]any{"validAfter": e.ValidAfter, "validUntil": e.ValidUntil}
	if e.ValidUntilBlock != 0 {
		d["validAfterBlock"], d["validUntilBlock"] = e.ValidAfterBlock, e.ValidUntilBlock
	}
	if e.Paymaster != nil {
		d["paymaster"] = e.Paymaster.Address
	}
	return d
}

func (p *Pool) addLocked(ctx context.Context, it *item) (AddResult, error) {
	if cur, ok := p.live[it.UserOpHash]; ok {
		return AddResult{Entry: cur.Entry, Duplicate: true}, nil
	}
	if it.Waiting {
		// Fenced off: no limit, replacement or capacity rule looks at it
		// until MarkPending makes it a candidate.
		return p.insertLocked(ctx, it, nil, nil)
	}
	old, victim, err := p.candidateChecks(it)
	if err != nil {
		return AddResult{}, err
	}
	return p.insertLocked(ctx, it, old, victim)
}

// candidateChecks applies every rule a bundle candidate obeys and returns
// the op it replaces and the op it evicts (either may be nil).
func (p *Pool) candidateChecks(it *item) (old, victim *item, err error) {
	old = p.byNonce[it.nonce]
	for _, check := range []func(it, old *item) error{p.checkDeposit, p.checkReplacement, p.checkLimits, func(it, _ *item) error { return p.checkEntityRoles(it) }, p.checkDelegate} {
		if err := check(it, old); err != nil {
			return nil, nil, err
		}
	}
	seq := it.Seq
	it.Seq = p.seq + 1 // evicted before every live op on equal fees
	if victim, err = p.checkCapacity(it, old); err != nil {
		it.Seq = seq
		return nil, nil, err
	}
	return old, victim, nil
}

// insertLocked saves and indexes it, finishing the op it replaces and the
// one it evicts.
func (p *Pool) insertLocked(ctx context.Context, it, old, victim *item) (AddResult, error) {
	now := it.UpdatedAt
	it.Seq = p.seq + 1
	if err := p.cfg.Store.Save(ctx, it.Entry); err != nil {
		return AddResult{}, &erc7769.Error{Kind: ErrStore, Code: erc7769.CodeInternal,
			Message: fmt.Sprintf("persist userOp %s", it.UserOpHash), Cause: err}
	}
	if f, ok := p.finished.remove(it.UserOpHash); ok { // re-added after it finished
		p.counts[f.Status]--
	}
	res := AddResult{}
	// Replaced and Evicted are the ops as they were, so that a rollback can
	// put them back (Restore).
	if old != nil {
		r := old.Entry
		res.Replaced = &r
		p.storeError(p.finish(ctx, old, Failed, "replaced by "+it.UserOpHash.Hex(), now))
	}
	if victim != nil {
		v := victim.Entry
		res.Evicted = &v
		p.storeError(p.finish(ctx, victim, Failed, "evicted: mempool full", now))
	}
	p.seq = it.Seq
	p.index(it)
	p.events.push(it.Entry)
	res.Entry = it.Entry
	return res, nil
}

// checkDeposit enforces EREP-010: the prefunds of all live ops of a paymaster
// must not exceed its deposit.
func (p *Pool) checkDeposit(it, old *item) error {
	pm := it.Paymaster
	if pm == nil || it.PaymasterDeposit == nil {
		return nil
	}
	total := new(big.Int).Add(it.Prefund, orZero(p.pmCost[pm.Address]))
	if old != nil && old.Paymaster != nil && old.Paymaster.Address == pm.Address {
		total.Sub(total, old.Prefund)
	}
	if total.Cmp(it.PaymasterDeposit) > 0 {
		return newError(ErrDepositTooLow, erc7769.CodePaymasterDepositTooLow,
			map[string]any{"paymaster": pm.Address, "required": (*hexBig)(total), "deposit": (*hexBig)(it.PaymasterDeposit)},
			"EREP-010: paymaster deposit too low for all mempool UserOps: paymaster %s deposit %s, required %s",
			pm.Address, it.PaymasterDeposit, total)
	}
	return nil
}

// checkReplacement requires a bump of ReplacementBumpPercent on both fee
// fields to replace the op in the same nonce slot.
func (p *Pool) checkReplacement(it, old *item) error {
	if old == nil {
		return nil
	}
	if old.Status == Submitted {
		return newError(ErrAlreadySubmitted, erc7769.CodeInvalidParams, nil,
			"userOp %s with sender %s and nonce %s is already in bundle transaction %s",
			old.UserOpHash, it.Op.Sender, it.Op.Nonce, old.TxHash)
	}
	pct := p.cfg.ReplacementBumpPercent
	oldFee, oldPrio := old.Op.MaxFeePerGas, old.Op.MaxPriorityFeePerGas
	newFee, newPrio := it.Op.MaxFeePerGas, it.Op.MaxPriorityFeePerGas
	if bumped(oldFee, newFee, pct) && bumped(oldPrio, newPrio, pct) {
		return nil
	}
	needFee, needPrio := bumpedMin(oldFee, pct), bumpedMin(oldPrio, pct)
	return newError(ErrReplacementUnderpriced, erc7769.CodeInvalidParams,
		map[string]any{"requiredMaxFeePerGas": (*hexBig)(needFee), "requiredMaxPriorityFeePerGas": (*hexBig)(needPrio)},
		"replacement UserOperation underpriced: needs maxFeePerGas >= %s (old=%s new=%s) and maxPriorityFeePerGas >= %s (old=%s new=%s), a %d%% bump on both",
		needFee, oldFee, newFee, needPrio, oldPrio, newPrio, pct)
}

// checkLimits enforces the per-sender (UREP-010), per-unstaked-entity
// (UREP-020), throttled (GREP-020) and banned (GREP-010) rules. The op being
// replaced does not count.
func (p *Pool) checkLimits(it, old *item) error {
	count := func(a common.Address) int {
		n := p.entities[a]
		if old != nil && old.refers(a) {
			n--
		}
		return n
	}
	senders := p.senders[it.nonce.sender]
	if old != nil {
		senders--
	}
	sender := it.Sender
	limit := p.cfg.SameSenderLimit
	if sender.Staked {
		limit = p.cfg.StakedSenderLimit
	}
	if limit > 0 && senders >= limit {
		rule := map[bool]string{true: "SREP-040", false: "UREP-010"}[sender.Staked]
		return entityError(ErrSenderLimit, erc7769.CodeStakeTooLow, rule, "account", sender.Address, map[string]any{"account": sender.Address},
			"%s: account %s already has %d ops in the mempool (limit %d for a%s sender)",
			rule, sender.Address, senders, limit, map[bool]string{true: " staked", false: "n unstaked"}[sender.Staked])
	}
	type role struct {
		title string
		ent   *Entity
	}
	for _, r := range [...]role{{"account", &it.Sender}, {"factory", it.Factory}, {"paymaster", it.Paymaster}} {
		if r.ent == nil {
			continue
		}
		a := r.ent.Address
		status := ReputationOK
		if p.cfg.Reputation != nil {
			status = p.cfg.Reputation.Status(a)
		}
		data := map[string]any{r.title: a}
		n := count(a)
		switch {
		case status == ReputationBanned:
			return entityError(ErrBanned, erc7769.CodeThrottledOrBanned, "GREP-010", r.title, a, data, "GREP-010: %s %s is banned", r.title, a)
		case status == ReputationThrottled && n >= p.cfg.ThrottledEntityLimit:
			return entityError(ErrThrottled, erc7769.CodeThrottledOrBanned, "GREP-020", r.title, a, data,
				"GREP-020: %s %s is throttled: %d ops in the mempool (limit %d)", r.title, a, n, p.cfg.ThrottledEntityLimit)
		}
		if r.title == "account" || r.ent.Staked {
			continue
		}
		quota := p.cfg.UnstakedEntityLimit
		if q, ok := p.cfg.Reputation.(EntityQuota); ok {
			quota = q.OpsAllowed(a, quota)
		}
		if n >= quota {
			return entityError(ErrEntityLimit, erc7769.CodeStakeTooLow, "UREP-020", r.title, a, data,
				"UREP-020: %s %s is unstaked and already has %d ops in the mempool (limit %d)", r.title, a, n, quota)
		}
	}
	return nil
}

// checkCapacity returns the op to evict when the pool is full, or refuses
// the new op when it would itself be the lowest.
func (p *Pool) checkCapacity(it, old *item) (*item, error) {
	n := len(p.live) - p.nWaiting
	if old != nil {
		n--
	}
	if n < p.cfg.MaxOps {
		return nil, nil
	}
	victim := p.heaps[evictHeap].top()
	if victim == nil || victim == old || !evictBefore(victim, it) {
		data := map[string]any{"maxOps": p.cfg.MaxOps}
		if victim != nil {
			data["lowestMaxFeePerGas"] = (*hexBig)(victim.Op.MaxFeePerGas)
			data["lowestMaxPriorityFeePerGas"] = (*hexBig)(victim.Op.MaxPriorityFeePerGas)
		}
		return nil, newError(ErrPoolFull, erc7769.CodeInvalidParams, data,
			"mempool full (%d ops) and the op's fees do not exceed those of the lowest-paying op", p.cfg.MaxOps)
	}
	return victim, nil
}

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}
