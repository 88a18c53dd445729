package gas

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/klaster-dev/klaster/entrypoint"
)

// FeeConfig tunes SuggestFees.
type FeeConfig struct {
	// BaseFeeMultiplierPercent scales the latest base fee into
	// maxFeePerGas (150: 1.5·baseFee + tip). It should exceed
	// 100 + Config.BaseFeeMarginPercent so suggested fees pass Precheck.
	BaseFeeMultiplierPercent uint64
	// MinPriorityFeePerGas floors the node's suggested tip (nil: none).
	MinPriorityFeePerGas *big.Int
}

// DefaultFeeConfig: 150% of the base fee, no tip floor.
func DefaultFeeConfig() FeeConfig { return FeeConfig{BaseFeeMultiplierPercent: 150} }

// Fees are suggested EIP-1559 fees for a UserOperation.
type Fees struct {
	MaxFeePerGas         *big.Int
	MaxPriorityFeePerGas *big.Int
	BaseFee              *big.Int // the base fee they were derived from
}

// SuggestFees asks the node for eth_maxPriorityFeePerGas and the latest base
// fee and returns maxPriorityFeePerGas = max(tip, floor) and maxFeePerGas =
// baseFee·multiplier/100 + maxPriorityFeePerGas.
func SuggestFees(ctx context.Context, node RPCCaller, cfg FeeConfig) (Fees, error) {
	var tip hexutil.Big
	if err := node.CallContext(ctx, &tip, "eth_maxPriorityFeePerGas"); err != nil {
		return Fees{}, fmt.Errorf("eth_maxPriorityFeePerGas: %w", err)
	}
	baseFee, err := NodeState{RPC: node}.BaseFee(ctx)
	if err != nil {
		return Fees{}, err
	}
	prio := (*big.Int)(&tip)
	if cfg.MinPriorityFeePerGas != nil && prio.Cmp(cfg.MinPriorityFeePerGas) < 0 {
		prio = new(big.Int).Set(cfg.MinPriorityFeePerGas)
	}
	mult := cfg.BaseFeeMultiplierPercent
	if mult == 0 {
		mult = 100
	}
	maxFee := new(big.Int).Mul(baseFee, new(big.Int).SetUint64(mult))
	maxFee.Div(maxFee, big.NewInt(100))
	maxFee.Add(maxFee, prio)
	return Fees{MaxFeePerGas: maxFee, MaxPriorityFeePerGas: prio, BaseFee: baseFee}, nil
}

// FillFees sets op's unset (nil) fee fields from f; fields already set are
// kept. maxFeePerGas is raised to at least maxPriorityFeePerGas.
func FillFees(op *entrypoint.UserOperation, f Fees) {
	if op.MaxPriorityFeePerGas == nil {
		op.MaxPriorityFeePerGas = new(big.Int).Set(f.MaxPriorityFeePerGas)
	}
	if op.MaxFeePerGas == nil {
		op.MaxFeePerGas = new(big.Int).Set(f.MaxFeePerGas)
		if op.MaxFeePerGas.Cmp(op.MaxPriorityFeePerGas) < 0 {
			op.MaxFeePerGas.Set(op.MaxPriorityFeePerGas)
		}
	}
}
