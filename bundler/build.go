package bundler

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/klaster-dev/klaster/mempool"
)

// chainNow is the time windows are judged against: the later of the wall
// clock and the head block's timestamp.
func (b *Builder) chainNow() time.Time {
	now := time.Now()
	if b.head != nil {
		if ht := time.Unix(int64(b.head.Time), 0); ht.After(now) {
			return ht
		}
	}
	return now
}

// bundleAll ticks every mempool (scheduled ops whose window opened are
// re-validated, expired ones dropped) and sends bundles of ready ops, one
// per free signer. reply, when set, is answered once the
// first bundle is mined (or at once when nothing was sent).
func (b *Builder) bundleAll(ctx context.Context, reply chan BundleResult) {
	if b.head == nil {
		// A max-ops trigger before the first head: read one.
		if err := b.refreshHead(ctx); err != nil {
			b.log.Warn().Err(err).Msg("no head to bundle on")
			if reply != nil {
				reply <- BundleResult{Err: err}
			}
			return
		}
	}
	now := b.chainNow()
	var first *bundleTx
	for i := range b.deps.Sources {
		src := &b.deps.Sources[i]
		b.promoteDue(ctx, src, now)
		// One bundle per free signer while ops remain: a backlog larger
		// than a bundle goes out in the same block.
		for {
			s := freeSigner(b.signers)
			if s == nil {
				b.log.Debug().Msg("every signer has a bundle in flight")
				break
			}
			bt := b.buildAndSend(ctx, src, s, now)
			if bt == nil {
				break
			}
			if first == nil {
				first = bt
			}
		}
	}
	if reply == nil {
		return
	}
	if first == nil {
		reply <- BundleResult{}
		return
	}
	first.waiters = append(first.waiters, reply)
}

// promoteDue re-validates Scheduled ops whose window opened and makes them
// Pending, or drops them.
func (b *Builder) promoteDue(ctx context.Context, src *Source, now time.Time) {
	res, err := src.Pool.Tick(ctx, now)
	if err != nil {
		b.log.Warn().Err(err).Msg("mempool tick")
	}
	for _, e := range res.Expired {
		b.log.Info().Stringer("userOpHash", e.UserOpHash).Str("reason", e.Reason).Msg("op expired")
	}
	_, errs := b.revalidate(ctx, res.Due)
	for i, e := range res.Due {
		if errs[i] == nil {
			if err := src.Pool.MarkPending(ctx, e.UserOpHash); err != nil {
				b.log.Warn().Err(err).Stringer("userOpHash", e.UserOpHash).Msg("mark pending")
			}
			continue
		}
		if _, err := dropOp(ctx, src, e.UserOpHash, errs[i]); err != nil {
			b.log.Warn().Err(err).Stringer("userOpHash", e.UserOpHash).Msg("drop")
		}
	}
}

// revalidate runs the second validation of ops in parallel (bounded) and
// returns, per op, its staked entities' validation gas and its error.
func (b *Builder) revalidate(ctx context.Context, ops []mempool.Entry) ([]map[common.Address]uint64, []error) {
	errs := make([]error, len(ops))
	gas := make([]map[common.Address]uint64, len(ops))
	if b.deps.Validator == nil || len(ops) == 0 {
		return gas, errs
	}
	sem := make(chan struct{}, b.cfg.RevalidateConcurrency)
	var wg sync.WaitGroup
	for i := range ops {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			gas[i], errs[i] = b.deps.Validator.Revalidate(ctx, ops[i])
		}()
	}
	wg.Wait()
	return gas, errs
}

// buildAndSend selects, re-validates and simulates a bundle for one
// EntryPoint and sends it with signer s. It returns nil when nothing was
// sent.
func (b *Builder) buildAndSend(ctx context.Context, src *Source, s *signer, now time.Time) *bundleTx {
	busy := b.sendersInFlight(src)
	cands := src.Pool.Best(mempool.BundleParams{
		BaseFee:   b.head.BaseFee,
		MaxGas:    b.cfg.MaxBundleGas,
		Now:       now,
		Conflicts: b.deps.Conflicts,
		// Never two bundles in flight for one sender: its next op waits
		// until the bundle holding the previous one is mined.
		Skip: func(e *mempool.Entry) bool { return busy[e.Op.Sender] },
	})
	if len(cands) == 0 {
		return nil
	}
	secondGas, errs := b.revalidate(ctx, cands)
	stakedGas := map[common.Hash]map[common.Address]uint64{}
	ops := cands[:0:0]
	for i, e := range cands {
		if secondGas[i] != nil {
			stakedGas[e.UserOpHash] = secondGas[i]
		}
		if errs[i] != nil {
			// ERC-7562: a failure at second validation drops the op and
			// bans nobody (GREP-040 is for ops that passed it and then
			// failed the bundle); the validator gave back opsSeen.
			b.dropWithoutBlame(ctx, src, e, errs[i])
			continue
		}
		ops = append(ops, e)
	}
	// LIM-040, LIM-050 and the node's transaction size: the ops that do not
	// fit wait for the next bundle (another signer's, in this same pass).
	ops, tooBig, err := b.fitLimits(ops)
	if err != nil {
		b.log.Error().Err(err).Msg("bundle limits")
		return nil
	}
	for _, e := range tooBig {
		b.dropWithoutBlame(ctx, src, e, errBundleLimit)
	}

	beneficiary := b.cfg.Beneficiary
	if beneficiary == (common.Address{}) {
		beneficiary = s.address
	}
	// Simulate the whole bundle; an op the EntryPoint names is removed and
	// the rest simulated again.
	for len(ops) > 0 {
		data, err := encodeHandleOps(b.abi, src.Version, ops, beneficiary)
		if err != nil {
			b.log.Error().Err(err).Msg("encode bundle")
			return nil
		}
		auths, err := authorizations(ops)
		if err != nil {
			b.log.Error().Err(err).Msg("bundle authorizations")
			return nil
		}
		gas, err := simulateBundle(ctx, b.eth, s.address, src.EntryPoint, data, auths, params.MaxTxGas)
		if f, ok := asFailedOp(err); ok && f.index < len(ops) {
			b.dropFromBundle(ctx, src, ops[f.index], f.err)
			ops = append(ops[:f.index:f.index], ops[f.index+1:]...)
			continue
		}
		if err != nil {
			b.log.Warn().Err(err).Int("ops", len(ops)).Msg("bundle simulation failed")
			return nil
		}
		b.checkValidationGas(ctx, s.address, src.EntryPoint, data, auths, gas, ops, stakedGas)
		gas += gas / 5 // margin: the EntryPoint's gasleft checks make estimates tight
		if gas > params.MaxTxGas {
			gas = params.MaxTxGas
		}
		bt, err := b.send(ctx, src, s, ops, data, auths, gas)
		if err != nil && isRefusedBySize(err) {
			// Never sent again unchanged: split (the second half waits for
			// the next bundle), or drop the one op the node refuses.
			if len(ops) > 1 {
				b.log.Warn().Err(err).Int("ops", len(ops)).Msg("node refused the bundle; splitting it")
				ops = ops[:len(ops)/2]
				continue
			}
			b.dropFromBundle(ctx, src, ops[0], fmt.Errorf("the node refused a bundle of this op alone: %w", err))
			return nil
		}
		if err != nil {
			b.log.Warn().Err(err).Int("ops", len(ops)).Msg("send bundle")
			return nil
		}
		return bt
	}
	return nil
}

// sendersInFlight returns the senders with an op in a bundle of src that is
// not mined yet.
func (b *Builder) sendersInFlight(src *Source) map[common.Address]bool {
	out := map[common.Address]bool{}
	for _, bt := range b.inflight {
		if bt.source != src || bt.state == txMined {
			continue
		}
		for _, h := range bt.ops {
			if e, ok := src.Pool.Get(h); ok && e.Op != nil {
				out[e.Op.Sender] = true
			}
		}
	}
	return out
}

// dropWithoutBlame drops an op with no reputation effect: one that failed
// its second validation (the validator gave back opsSeen), or one over the
// bundle limits on its own (the limits are the bundler's).
func (b *Builder) dropWithoutBlame(ctx context.Context, src *Source, e mempool.Entry, cause error) {
	if _, err := dropOp(ctx, src, e.UserOpHash, cause); err != nil {
		b.log.Warn().Err(err).Stringer("userOpHash", e.UserOpHash).Msg("drop op")
		return
	}
	b.log.Info().Stringer("userOpHash", e.UserOpHash).Str("reason", cause.Error()).Msg("op dropped before bundling")
}

// dropFromBundle takes an op out of this bundle: one that may retry until
// its window closes stays Pending; any other one fails, with its reputation
// effect.
func (b *Builder) dropFromBundle(ctx context.Context, src *Source, e mempool.Entry, cause error) {
	reason := cause.Error()
	left, err := src.Pool.Drop(ctx, e.UserOpHash, reason)
	if err != nil {
		b.log.Warn().Err(err).Stringer("userOpHash", e.UserOpHash).Msg("drop op")
		return
	}
	if left {
		b.log.Info().Stringer("userOpHash", e.UserOpHash).Str("reason", reason).Msg("op dropped from bundle")
		if b.deps.Reputation != nil {
			b.deps.Reputation.FailedInBundle(e, cause)
		}
	}
}

// dropOp drops an op that failed a re-check (Pool.Drop: one that may retry
// until its window closes stays), or fails it at once when the failure is
// final (mempool.ErrNoRetry: a payment op that would not pay).
func dropOp(ctx context.Context, src *Source, hash common.Hash, cause error) (left bool, err error) {
	if errors.Is(cause, mempool.ErrNoRetry) {
		return true, src.Pool.MarkFailed(ctx, hash, cause.Error())
	}
	return src.Pool.Drop(ctx, hash, cause.Error())
}
