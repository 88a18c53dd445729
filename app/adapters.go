package app

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/admission"
	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/reputation"
)

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
	if blamed := reputation.Blamed(reputation.CulpritOf(err), admission.BlameOp(e)); blamed != (common.Address{}) {
		r.m.UpdateOnFailedBundle(blamed)
	}
}
