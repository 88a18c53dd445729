package mempool

import (
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// BundleParams constrains Best.
type BundleParams struct {
	BaseFee *big.Int  // the next block's base fee; nil keeps the pool's
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
	if bp.BaseFee != nil {
		p.setBaseFeeLocked(bp.BaseFee)
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
	p.frontier = p.heaps[readyHeap].walk(p.frontier, func(it *item) bool {
		if !it.key.ok {
			return false // every remaining op's maxFeePerGas is below the base fee
		}
		if gas == maxGas {
			return false
		}
		if !it.windowOpen(unix) || it.gas > maxGas-gas {
			return true
		}
		if _, dup := senders[it.nonce.sender]; dup &&
			!it.Sender.Staked && (bp.StakedSenders == nil || !bp.StakedSenders(it.nonce.sender)) {
			return true
		}
		if it.nonce.seq > 0 {
			prev := it.nonce
			prev.seq--
			if dep, ok := p.byNonce[prev]; ok {
				if _, in := inBundle[dep]; !in {
					return true
				}
			}
		}
		if bp.Skip != nil && bp.Skip(&it.Entry) {
			return true
		}
		if rep != nil {
			for _, a := range it.entities {
				if throttled[a] >= p.cfg.ThrottledEntityBundleCount && rep.Status(a) == ReputationThrottled {
					return true
				}
			}
		}
		if bp.Conflicts != nil {
			for _, c := range chosen {
				if bp.Conflicts(&it.Entry, &c.Entry) {
					return true
				}
			}
		}
		chosen = append(chosen, it)
		inBundle[it] = struct{}{}
		senders[it.nonce.sender] = struct{}{}
		if rep != nil {
			for _, a := range it.entities {
				throttled[a]++
			}
		}
		gas += it.gas
		return true
	})
	out := make([]Entry, len(chosen))
	for i, it := range chosen {
		out[i] = it.Entry
	}
	return out
}
