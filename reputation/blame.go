package reputation

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/klaster-dev/klaster/erc7769"
)

// Culprit is the validation frame an op's failure comes from.
type Culprit int

// Culprits: the entity an error names (its Entity, else the entity of its
// EntryPoint AAxx Rule: AA1x factory, AA2x account, AA3x paymaster, AA9x
// aggregator).
const (
	CulpritNone Culprit = iota
	CulpritFactory
	CulpritAccount
	CulpritPaymaster
	CulpritAggregator
)

// CulpritOf maps an error to the frame at fault, from the typed fields of
// the *erc7769.Error in its chain (never from its text): CulpritNone when
// err names no entity.
func CulpritOf(err error) Culprit {
	switch erc7769.EntityOf(err) {
	case erc7769.EntityFactory:
		return CulpritFactory
	case erc7769.EntityAccount:
		return CulpritAccount
	case erc7769.EntityPaymaster:
		return CulpritPaymaster
	case erc7769.EntityAggregator:
		return CulpritAggregator
	}
	return CulpritNone
}

// Op is what blame needs of an op: its entities (zero when absent) and
// which are staked.
type Op struct {
	Sender, Factory, Paymaster, Aggregator common.Address
	SenderStaked, FactoryStaked            bool
}

// Blamed is the entity that pays for a failure of the culprit frame:
//   - EREP-020: a staked factory is blamed for any account failure of an op
//     with initCode;
//   - EREP-030: a staked account is blamed for failures of the paymaster or
//     aggregator, even staked ones;
//   - otherwise the culprit itself.
//
// It is the zero address when there is nobody to blame.
func Blamed(c Culprit, op Op) common.Address {
	switch c {
	case CulpritFactory:
		return op.Factory
	case CulpritAccount:
		if op.Factory != (common.Address{}) && op.FactoryStaked {
			return op.Factory // EREP-020
		}
		return op.Sender
	case CulpritPaymaster, CulpritAggregator:
		if op.SenderStaked {
			return op.Sender // EREP-030
		}
		if c == CulpritPaymaster {
			return op.Paymaster
		}
		return op.Aggregator
	}
	return common.Address{}
}

// SecondValidationFailed undoes the opsSeen an innocent entity got for an op
// that failed its second validation:
//   - EREP-015: the paymaster, when the factory or account failed;
//   - EREP-016: the aggregator, when the factory, account or paymaster failed.
//
// It returns the entities whose opsSeen it decremented.
func (m *Manager) SecondValidationFailed(c Culprit, op Op) []common.Address {
	var out []common.Address
	if op.Paymaster != (common.Address{}) && (c == CulpritFactory || c == CulpritAccount) {
		out = append(out, op.Paymaster)
	}
	if op.Aggregator != (common.Address{}) && (c == CulpritFactory || c == CulpritAccount || c == CulpritPaymaster) {
		out = append(out, op.Aggregator)
	}
	for _, a := range out {
		m.UnseenOp(a)
	}
	return out
}

// MaxOpsAllowedUnstakedEntity caps opsIncluded in the UREP-020 quota and
// InclusionRateFactor scales its inclusion rate (the reference bundler's).
const (
	MaxOpsAllowedUnstakedEntity = 10000
	InclusionRateFactor         = 10
)

// OpsAllowed is UREP-020's mempool quota of an unstaked factory or
// paymaster: base (SAME_UNSTAKED_ENTITY_MEMPOOL_COUNT) plus
// floor(inclusionRate·InclusionRateFactor) plus min(opsIncluded,
// MaxOpsAllowedUnstakedEntity), with inclusionRate = opsIncluded/opsSeen.
// An entity that gets its ops included earns room; one never included
// keeps base.
func (m *Manager) OpsAllowed(addr common.Address, base int) int {
	m.mu.Lock()
	defer m.unlock()
	e := m.entries[addr]
	if e == nil || e.OpsSeen == 0 {
		return base
	}
	rate := int(e.OpsIncluded * InclusionRateFactor / e.OpsSeen)
	return base + rate + int(min(e.OpsIncluded, MaxOpsAllowedUnstakedEntity))
}

// ValidationGasReduced applies EREP-070: a staked entity whose validation
// used more than 10% less gas in bundle creation than in the second
// validation is throttled. inBundle is how many of the entity's ops the
// bundle carries: it stays throttled once they are included. It reports
// whether it throttled addr.
func (m *Manager) ValidationGasReduced(addr common.Address, secondValidation, bundle, inBundle uint64) bool {
	if bundle*10 >= secondValidation*9 {
		return false
	}
	m.mu.Lock()
	defer m.unlock()
	e := m.entry(addr)
	// The smallest opsSeen with max_seen > opsIncluded + THROTTLING_SLACK,
	// counting the bundle's ops of the entity as included.
	min := (e.OpsIncluded + inBundle + m.params.ThrottlingSlack + 1) * m.params.MinInclusionRateDenominator
	if e.OpsSeen < min {
		e.OpsSeen = min
	}
	m.save(e)
	return true
}
