package admission

import (
	"context"
	"fmt"
	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/payment"
	"github.com/klaster-dev/klaster/reputation"
	"github.com/klaster-dev/klaster/validation"
)

// An admitted op's first validation leaves its facts on the mempool entry
// (Facts): the bundler's second validation compares against them (COD-010,
// EREP-055) and bundle selection reads their storage accesses (STO-041).
// They are persisted with the entry and dropped with it.

// Facts are the parts of a first validation that later checks need.
func Facts(res *validation.Result) *mempool.ValidationFacts {
	if res == nil || res.Unsafe {
		return nil
	}
	return &mempool.ValidationFacts{
		StorageOwners: res.AccessedStorageOwners(),
		CodeHashes:    res.CodeHashes,
		ContextSize:   len(res.ReturnInfo.PaymasterContext),
	}
}

// Revalidate is the bundler's second validation (bundler.Validator): the
// op is validated again on the current state, and the contracts its first
// validation touched must still have the same code (COD-010) and its
// paymaster context the same size (EREP-055). A failure gives back the
// opsSeen of innocent entities (EREP-015/016), blamed from the typed error.
//
// A waiting op (mempool.Entry.Waiting) must also execute in simulation
// before it may become a candidate, and its failures blame no one: waiting
// is the node's risk, within the pools' re-simulation budget. A payment op
// must execute before every bundle (checkPayment).
//
// It returns the validation gas of the op's staked entities (EREP-070:
// the bundler compares it with their gas in the bundle).
func (a *Admitter) Revalidate(ctx context.Context, e mempool.Entry) (map[common.Address]uint64, error) {
	res, err := a.revalidate(ctx, e)
	if err != nil {
		return nil, err
	}
	return res.StakedValidationGas(), nil
}

func (a *Admitter) revalidate(ctx context.Context, e mempool.Entry) (*validation.Result, error) {
	res, err := a.validator.Validate(ctx, e.Op, e.EntryPoint)
	if err != nil {
		if a.rep != nil && !e.Waiting {
			a.rep.SecondValidationFailed(reputation.CulpritOf(err), reputation.OpOf(e))
		}
		return nil, err
	}
	if f := e.Facts; f != nil {
		if err := a.validator.RecheckCodeHashes(ctx, &validation.Result{CodeHashes: f.CodeHashes}); err != nil {
			return nil, err
		}
		if err := validation.RecheckContextSize(f.ContextSize, res); err != nil {
			return nil, err
		}
	}
	if !res.WindowOpen {
		return nil, fmt.Errorf("validity window [%d, %d] is not open", res.ReturnInfo.ValidityWindow.ValidAfter, res.ReturnInfo.ValidityWindow.ValidUntil)
	}
	if payment.IsPaymentOp(e.Op) {
		if err := a.checkPayment(ctx, e.Op, e.EntryPoint); err != nil {
			return nil, err
		}
	} else if e.Waiting && a.cfg.Simulate != nil {
		if err := a.cfg.Simulate(ctx, e.Op, e.EntryPoint); err != nil {
			return nil, fmt.Errorf("simulation: %w", err)
		}
	}
	if !e.Waiting {
		return res, nil
	}
	// What this validation found joins the op when it becomes a
	// candidate (Refresh), so the ordinary limits judge it as it is.
	if err := a.validatedFacts(ctx, &e, res); err != nil {
		return nil, err
	}
	a.facts.Store(e.UserOpHash, e)
	return res, nil
}

// Refresh brings a waiting op that passed its re-simulation up to date
// with what it found (prefund, entities' stake, paymaster deposit) as it
// becomes a candidate (mempool.Config.Refresh). It reads only memory.
func (a *Admitter) Refresh(e *mempool.Entry) {
	v, ok := a.facts.LoadAndDelete(e.UserOpHash)
	if !ok {
		return
	}
	f := v.(mempool.Entry)
	e.Prefund, e.Sender.Staked, e.Factory, e.Paymaster, e.PaymasterDeposit = f.Prefund, f.Sender.Staked, f.Factory, f.Paymaster, f.PaymasterDeposit
}

// StorageConflict reports two ops of which one's validation touched the
// other's sender storage: they may not share a bundle (ERC-4337 bundling
// rules, STO-041). It reads only the entries (the bundler calls it under
// the pool lock).
func (a *Admitter) StorageConflict(candidate, chosen *mempool.Entry) bool {
	if candidate.Op.Sender == chosen.Op.Sender {
		return false // a staked sender's own ops; nonce order keeps them apart
	}
	return candidate.Facts.TouchesStorageOf(chosen.Op.Sender) || chosen.Facts.TouchesStorageOf(candidate.Op.Sender)
}

// Forget drops what a waiting op's last re-simulation found, when it
// leaves the pool before becoming a candidate.
func (a *Admitter) Forget(hash common.Hash) { a.facts.Delete(hash) }

// ContextSize is the paymaster context size of an admitted op's first
// validation (LIM-050 when bundling); 0 when unknown.
func (a *Admitter) ContextSize(e *mempool.Entry) int {
	if e.Facts == nil {
		return 0
	}
	return e.Facts.ContextSize
}
