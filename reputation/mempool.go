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
