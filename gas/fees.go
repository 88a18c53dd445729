package gas

import (
	"context"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/klaster-dev/klaster/config"
	"github.com/klaster-dev/klaster/entrypoint"
)

// FeeConfig tunes SuggestFees. It is per chain (config.Chain's fee
// settings).
type FeeConfig struct {
	// BaseFeeMultiplierPercent scales the base fee into maxFeePerGas
	// (150: 1.5·baseFee + tip). It should exceed
	// 100 + Config.BaseFeeMarginPercent so suggested fees pass Precheck.
	// 0 means 100.
	BaseFeeMultiplierPercent uint64
	// PriorityFeeMultiplierPercent scales the tip read from the node
	// (0 means 100).
	PriorityFeeMultiplierPercent uint64
	// MinPriorityFeePerGas floors the tip, after the multiplier (nil: none).
	MinPriorityFeePerGas *big.Int
	// RewardPercentile is the eth_feeHistory reward percentile (0-100) the
	// tip comes from; HistoryBlocks how many recent blocks are asked for.
	// HistoryBlocks 0 skips eth_feeHistory (eth_maxPriorityFeePerGas only).
	RewardPercentile float64
	HistoryBlocks    int
	// Legacy chains have no EIP-1559: the suggestion is eth_gasPrice (scaled
	// by PriorityFeeMultiplierPercent, floored) as both maxFeePerGas and
	// maxPriorityFeePerGas, so the EntryPoint never reads BASEFEE.
	Legacy bool
}

// DefaultFeeConfig: 150% of the base fee, the median tip of the last 10
// blocks, no tip floor.
func DefaultFeeConfig() FeeConfig {
	return FeeConfig{
		BaseFeeMultiplierPercent:     config.DefaultBaseFeeMultiplierPercent,
		PriorityFeeMultiplierPercent: config.DefaultPriorityFeeMultiplierPercent,
		RewardPercentile:             config.DefaultFeeHistoryPercentile,
		HistoryBlocks:                config.DefaultFeeHistoryBlocks,
	}
}

// Fees are suggested EIP-1559 fees for a UserOperation.
type Fees struct {
	MaxFeePerGas         *big.Int
	MaxPriorityFeePerGas *big.Int
	BaseFee              *big.Int // the base fee they were derived from (0 on legacy chains)
}

// SuggestFees derives an op's fees from the node:
//
//	tip    = median over the last HistoryBlocks non-empty blocks of their
//	         RewardPercentile-th tip (eth_feeHistory); eth_maxPriorityFeePerGas
//	         when no block has transactions or the node lacks eth_feeHistory
//	tip    = max(tip·PriorityFeeMultiplierPercent/100, MinPriorityFeePerGas)
//	maxFee = max(latest, next base fee)·BaseFeeMultiplierPercent/100 + tip
//
// Legacy chains: tip = maxFee = max(eth_gasPrice·PriorityFeeMultiplierPercent/100, floor).
// Every read is retried with backoff (see Retry).
func SuggestFees(ctx context.Context, node RPCCaller, cfg FeeConfig) (Fees, error) {
	if cfg.Legacy {
		var price hexutil.Big
		if err := Retry(ctx, DefaultRetry, func(ctx context.Context) error {
			return node.CallContext(ctx, &price, "eth_gasPrice")
		}); err != nil {
			return Fees{}, fmt.Errorf("eth_gasPrice: %w", err)
		}
		return cfg.withTip(nil, cfg.scaleTip((*big.Int)(&price))), nil
	}
	baseFee, tip, err := feeHistory(ctx, node, cfg)
	if err != nil {
		return Fees{}, err
	}
	if baseFee == nil {
		if baseFee, err = (NodeState{RPC: node}).BaseFee(ctx); err != nil {
			return Fees{}, err
		}
	}
	if tip == nil {
		var t hexutil.Big
		if err := Retry(ctx, DefaultRetry, func(ctx context.Context) error {
			return node.CallContext(ctx, &t, "eth_maxPriorityFeePerGas")
		}); err != nil {
			return Fees{}, fmt.Errorf("eth_maxPriorityFeePerGas: %w", err)
		}
		tip = (*big.Int)(&t)
	}
	return cfg.withTip(baseFee, cfg.scaleTip(tip)), nil
}

// withTip prices an op paying tip at baseFee: maxFeePerGas =
// baseFee·BaseFeeMultiplierPercent/100 + tip, the fee cap the bundler puts
// on its bundle transaction for such an op (bundler.FeePolicy shares the
// chain's multiplier). Legacy chains pay the tip as gas price.
func (cfg FeeConfig) withTip(baseFee, tip *big.Int) Fees {
	if cfg.Legacy {
		return Fees{MaxFeePerGas: new(big.Int).Set(tip), MaxPriorityFeePerGas: new(big.Int).Set(tip), BaseFee: new(big.Int)}
	}
	maxFee := mulPercent(baseFee, cfg.BaseFeeMultiplierPercent)
	maxFee.Add(maxFee, tip)
	return Fees{MaxFeePerGas: maxFee, MaxPriorityFeePerGas: new(big.Int).Set(tip), BaseFee: baseFee}
}

// scaleTip applies the priority multiplier and the floor.
func (cfg FeeConfig) scaleTip(tip *big.Int) *big.Int {
	out := mulPercent(tip, cfg.PriorityFeeMultiplierPercent)
	if cfg.MinPriorityFeePerGas != nil && out.Cmp(cfg.MinPriorityFeePerGas) < 0 {
		out.Set(cfg.MinPriorityFeePerGas)
	}
	return out
}

// mulPercent returns v·pct/100 (pct 0 means 100) as a new value.
func mulPercent(v *big.Int, pct uint64) *big.Int {
	if pct == 0 {
		pct = 100
	}
	out := new(big.Int).Mul(v, new(big.Int).SetUint64(pct))
	return out.Div(out, big.NewInt(100))
}

// feeHistoryResult is eth_feeHistory's answer.
type feeHistoryResult struct {
	BaseFee []*hexutil.Big   `json:"baseFeePerGas"`
	Reward  [][]*hexutil.Big `json:"reward"`
	GasUsed []float64        `json:"gasUsedRatio"`
}

// feeHistory returns max(latest, next) base fee and the median of the
// non-empty blocks' percentile tips; either is nil when the history does
// not say (HistoryBlocks 0, a node without eth_feeHistory, empty blocks).
func feeHistory(ctx context.Context, node RPCCaller, cfg FeeConfig) (baseFee, tip *big.Int, err error) {
	if cfg.HistoryBlocks <= 0 {
		return nil, nil, nil
	}
	var h feeHistoryResult
	err = Retry(ctx, DefaultRetry, func(ctx context.Context) error {
		return node.CallContext(ctx, &h, "eth_feeHistory", hexutil.Uint64(cfg.HistoryBlocks), "latest", []float64{cfg.RewardPercentile})
	})
	if err != nil {
		if ctx.Err() != nil {
			return nil, nil, fmt.Errorf("eth_feeHistory: %w", err)
		}
		return nil, nil, nil // unsupported: fall back to the single-value reads
	}
	for _, b := range h.BaseFee[max(0, len(h.BaseFee)-2):] {
		if b != nil && (baseFee == nil || b.ToInt().Cmp(baseFee) > 0) {
			baseFee = new(big.Int).Set(b.ToInt())
		}
	}
	var tips []*big.Int
	for i, r := range h.Reward {
		if len(r) == 0 || r[0] == nil || (i < len(h.GasUsed) && h.GasUsed[i] == 0) {
			continue // an empty block says nothing about tips
		}
		tips = append(tips, r[0].ToInt())
	}
	if len(tips) == 0 {
		return baseFee, nil, nil
	}
	slices.SortFunc(tips, func(a, b *big.Int) int { return a.Cmp(b) })
	return baseFee, new(big.Int).Set(tips[len(tips)/2]), nil
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
