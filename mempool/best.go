package mempool

import (
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// BundleParams constrains Best.
type BundleParams struct {
	BaseFee *big.Int  // the next block's base fee; nil: SetBaseFee's, else zero
	MaxGas  uint64    // total Gas of the chosen ops; 0: unlimited
	Now     time.Time // zero: Config.Now()
	// StakedSenders reports senders that may have several ops in one bundle,
	// in addition to those admitted with Sender.Staked. Optional.
	StakedSenders func(common.Address) bool
	// Conflicts rejects a candidate that clashes with an op already chosen,
	// for example one that touches another chosen op's sender storage
	// (STO-041). Optional. Hooks run under the pool lock: they must not call
	// the pool or modify the entries.
	Conflicts func(candidate, chosen *Entry) bool
	// Skip excludes ops, for example those whose re-simulation already failed
	// in this block. Optional.
	Skip func(*Entry) bool
}

// Best returns bundle candidates in effective-tip order (ties: earlier
// insertion first). It picks Pending ops whose window is open at Now, whose
// maxFeePerGas covers BaseFee, at most one per sender unless the sender is
// staked (an op is only taken after the op in the preceding nonce slot of the
// same key, when that one is live), at most ThrottledEntityBundleCount per
// throttled entity, within MaxGas and without Conflicts. There is no op-count
// cap. It does not change the ops' status: call MarkSubmitted.
func (p *Pool) Best(bp BundleParams) []Entry {
	now := bp.Now
	if now.IsZero() {
		now = p.cfg.Now()
	}
	unix := uint64(now.Unix())
	maxGas := bp.MaxGas
	if maxGas == 0 {
		maxGas = ^uint64(0)
	}

	p.mu.Lock()
	defer p.mu.Unlock()
	baseFee := bp.BaseFee
	if baseFee == nil {
		baseFee = p.baseFee
	}
	base := u128{}
	if baseFee != nil {
		var ok bool
		if base, ok = u128From(baseFee); !ok {
			return nil // no op's fees can cover such a base fee
		}
	}
	var (
		chosen    []*item
		inBundle  = make(map[*item]struct{})
		senders   = make(map[common.Address]struct{})
		throttled map[common.Address]int
		gas       uint64
	)
	rep := p.cfg.Reputation
	if rep != nil {
		throttled = make(map[common.Address]int)
	}
	order := p.startTipOrder(base)
	for it := order.next(); it != nil && gas < maxGas; it = order.next() {
		if p.eligible(it, &bp, unix, maxGas-gas, senders, inBundle, throttled, chosen) {
			chosen = append(chosen, it)
			inBundle[it] = struct{}{}
			senders[it.nonce.sender] = struct{}{}
			if throttled != nil {
				for _, a := range it.entities {
					throttled[a]++
				}
			}
			gas += it.gas
		}
	}
	out := make([]Entry, len(chosen))
	for i, it := range chosen {
		out[i] = it.Entry
	}
	return out
}

// eligible applies Best's per-op rules to the next op in tip order.
func (p *Pool) eligible(it *item, bp *BundleParams, unix, gasLeft uint64, senders map[common.Address]struct{},
	inBundle map[*item]struct{}, throttled map[common.Address]int, chosen []*item) bool {
	if it.Held || !it.windowOpen(unix, p.nextBlock()) || it.gas > gasLeft {
		return false
	}
	if _, dup := senders[it.nonce.sender]; dup &&
		!it.Sender.Staked && (bp.StakedSenders == nil || !bp.StakedSenders(it.nonce.sender)) {
		return false
	}
	if it.nonce.seq > 0 {
		prev := it.nonce
		prev.seq--
		if dep, ok := p.byNonce[prev]; ok {
			if _, in := inBundle[dep]; !in {
				return false
			}
		}
	}
	if bp.Skip != nil && bp.Skip(&it.Entry) {
		return false
	}
	if throttled != nil {
		for _, a := range it.entities {
			if throttled[a] >= p.cfg.ThrottledEntityBundleCount && p.cfg.Reputation.Status(a) == ReputationThrottled {
				return false
			}
		}
	}
	if bp.Conflicts != nil {
		for _, c := range chosen {
			if bp.Conflicts(&it.Entry, &c.Entry) {
				return false
			}
		}
	}
	return true
}
