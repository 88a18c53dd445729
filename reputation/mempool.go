package reputation

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/mempool"
)

// ForMempool shows m to a mempool: entity statuses (GREP-010, GREP-020)
// and the UREP-020 quotas of unstaked entities (mempool.EntityQuota).
func ForMempool(m *Manager) mempool.Reputation { return mempoolView{m} }

type mempoolView struct{ m *Manager }

func (v mempoolView) Status(addr common.Address) mempool.ReputationStatus {
	switch v.m.Status(addr) {
	case Banned:
		return mempool.ReputationBanned
	case Throttled:
		return mempool.ReputationThrottled
	}
	return mempool.ReputationOK
}

func (v mempoolView) OpsAllowed(addr common.Address, base int) int { return v.m.OpsAllowed(addr, base) }

// OpOf describes a mempool entry's entities for blame (CulpritOf, Blamed).
func OpOf(e mempool.Entry) Op {
	op := Op{Sender: e.Sender.Address, SenderStaked: e.Sender.Staked}
	if e.Factory != nil {
		op.Factory, op.FactoryStaked = e.Factory.Address, e.Factory.Staked
	}
	if e.Paymaster != nil {
		op.Paymaster = e.Paymaster.Address
	}
	return op
}

// ForBundler shows m to the bundle builder: the reputation effects of
// bundling (ERC-7562 opsIncluded, and the blame for an op that failed in a
// bundle).
func ForBundler(m *Manager) BundleEffects { return BundleEffects{m} }

// BundleEffects applies the bundler's reputation effects (ERC-7562).
type BundleEffects struct{ m *Manager }

// IncludedOp counts an included op for its sender, factory and paymaster.
func (b BundleEffects) IncludedOp(e mempool.Entry) {
	b.m.IncludedOp(e.Sender.Address)
	if e.Factory != nil {
		b.m.IncludedOp(e.Factory.Address)
	}
	if e.Paymaster != nil {
		b.m.IncludedOp(e.Paymaster.Address)
	}
}

// FailedInBundle blames the entity the EntryPoint's AA code points at
// (ERC-7562 EREP-020/030 decide between factory, account and paymaster).
func (b BundleEffects) FailedInBundle(e mempool.Entry, err error) {
	if blamed := Blamed(CulpritOf(err), OpOf(e)); blamed != (common.Address{}) {
		b.m.UpdateOnFailedBundle(blamed)
	}
}

// ValidationGasReduced throttles a staked entity whose validation used
// more than 10% less gas in the bundle than at the second validation
// (EREP-070), inBundle of its ops in the bundle; it reports whether it did.
func (b BundleEffects) ValidationGasReduced(addr common.Address, secondValidation, bundle, inBundle uint64) bool {
	return b.m.ValidationGasReduced(addr, secondValidation, bundle, inBundle)
}
