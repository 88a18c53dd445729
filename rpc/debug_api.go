package rpc

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// DebugAPI is the debug_bundler_* service of one chain (ERC-7769 and the
// compatibility suite's shapes). Go method names carry the "bundler_" part:
// go-ethereum splits "debug_bundler_clearState" at its first underscore.
type DebugAPI struct {
	eth     *EthAPI
	backend DebugBackend
}

// NewDebugAPI returns the debug service of a chain.
func NewDebugAPI(chain ChainInfo, backend DebugBackend) *DebugAPI {
	return &DebugAPI{eth: NewEthAPI(chain, nil), backend: backend}
}

// ReputationEntry is one entry of debug_bundler_dumpReputation and
// setReputation. Status is numeric (0 ok, 1 throttled, 2 banned), as the
// compatibility suite expects.
type ReputationEntry struct {
	Address     common.Address `json:"address"`
	OpsSeen     hexutil.Uint64 `json:"opsSeen"`
	OpsIncluded hexutil.Uint64 `json:"opsIncluded"`
	Status      *int           `json:"status,omitempty"`
}

// StakeStatus answers debug_bundler_getStakeStatus; stake and delay are
// decimal, as the reference bundler returns them.
type StakeStatus struct {
	StakeInfo struct {
		Addr            common.Address `json:"addr"`
		Stake           *big.Int       `json:"stake"`
		UnstakeDelaySec uint64         `json:"unstakeDelaySec"`
	} `json:"stakeInfo"`
	IsStaked bool `json:"isStaked"`
}

const ok = "ok"
