package validation

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/klaster-dev/klaster/entrypoint"
)

// StakeStatus reads addr's deposit info from entryPoint at the latest
// block and tells whether it counts as staked under the chain's rules
// (SREP-010: MinStake and MinUnstakeDelay; debug_bundler_getStakeStatus).
func (v *Validator) StakeStatus(ctx context.Context, addr, entryPoint common.Address) (entrypoint.DepositInfo, bool, error) {
	var out hexutil.Bytes
	call := map[string]any{"to": entryPoint, "data": hexutil.Bytes(entrypoint.GetDepositInfoCall(addr))}
	if err := v.node.call(ctx, &out, "eth_call", call, "latest"); err != nil {
		return entrypoint.DepositInfo{}, false, fmt.Errorf("getDepositInfo(%s): %w", addr, err)
	}
	info, err := entrypoint.DecodeDepositInfo(out)
	if err != nil {
		return entrypoint.DepositInfo{}, false, err
	}
	staked := info.Staked && info.Stake.Cmp(v.cfg.MinStake) >= 0 && info.UnstakeDelaySec >= v.cfg.MinUnstakeDelay
	return info, staked, nil
}
