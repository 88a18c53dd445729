package app

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/reputation"
	"github.com/klaster-dev/klaster/validation"
)

// poolReputation shows the reputation manager to the mempool.
type poolReputation struct{ m *reputation.Manager }

func (r poolReputation) Status(addr common.Address) mempool.ReputationStatus {
	switch r.m.Status(addr) {
	case reputation.Banned:
		return mempool.ReputationBanned
	case reputation.Throttled:
		return mempool.ReputationThrottled
	}
	return mempool.ReputationOK
}

// bundleReputation applies the bundler's reputation effects (ERC-7562).
type bundleReputation struct{ m *reputation.Manager }

func (r bundleReputation) IncludedOp(e mempool.Entry) {
	r.m.IncludedOp(e.Sender.Address)
	if e.Factory != nil {
		r.m.IncludedOp(e.Factory.Address)
	}
	if e.Paymaster != nil {
		r.m.IncludedOp(e.Paymaster.Address)
	}
}

// FailedInBundle blames the entity the EntryPoint's AA code points at
// (ERC-7562 EREP-020/030 decide between factory, account and paymaster).
func (r bundleReputation) FailedInBundle(e mempool.Entry, err error) {
	if blamed := reputation.Blamed(reputation.CulpritOf(err), blameOp(e)); blamed != (common.Address{}) {
		r.m.UpdateOnFailedBundle(blamed)
	}
}

// blameOp describes an entry's entities for reputation blame.
func blameOp(e mempool.Entry) reputation.Op {
	op := reputation.Op{Sender: e.Sender.Address, SenderStaked: e.Sender.Staked}
	if e.Factory != nil {
		op.Factory, op.FactoryStaked = e.Factory.Address, e.Factory.Staked
	}
	if e.Paymaster != nil {
		op.Paymaster = e.Paymaster.Address
	}
	return op
}

// revalidator is the bundler's second validation: the op is validated
// again on the current state, and the contracts its first validation
// touched must still have the same code (COD-010).
type revalidator struct{ cs *chainService }

func (r revalidator) Revalidate(ctx context.Context, e mempool.Entry) error {
	res, err := r.cs.validator.Validate(ctx, e.Op, e.EntryPoint)
	if err != nil {
		// EREP-015/016: an innocent paymaster does not keep the opsSeen of
		// an op whose factory or account failed.
		r.cs.reputation.SecondValidationFailed(reputation.CulpritOf(err), blameOp(e))
		return err
	}
	if first, ok := r.cs.results.Load(e.UserOpHash); ok {
		first := first.(*validation.Result)
		if err := r.cs.validator.RecheckCodeHashes(ctx, first); err != nil {
			return err
		}
		if err := validation.RecheckContext(first, res); err != nil { // EREP-055
			return err
		}
	} else {
		r.cs.results.Store(e.UserOpHash, res)
	}
	if !res.WindowOpen {
		return fmt.Errorf("validity window [%d, %d] is not open", res.ReturnInfo.ValidityWindow.ValidAfter, res.ReturnInfo.ValidityWindow.ValidUntil)
	}
	return nil
}

// storageConflict reports two ops of which one's validation touched the
// other's sender storage: they may not share a bundle (ERC-4337 bundling
// rules, STO-041).
func (cs *chainService) storageConflict(candidate, chosen *mempool.Entry) bool {
	if candidate.Op.Sender == chosen.Op.Sender {
		return false // a staked sender's own ops; nonce order keeps them apart
	}
	touches := func(e *mempool.Entry, sender common.Address) bool {
		r, ok := cs.results.Load(e.UserOpHash)
		return ok && r.(*validation.Result).TouchesStorageOf(sender)
	}
	return touches(candidate, chosen.Op.Sender) || touches(chosen, candidate.Op.Sender)
}
