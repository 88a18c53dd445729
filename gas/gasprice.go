package gas

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Tip percentages of the GasPrice tiers, applied to SuggestFees' tip (the
// network's tip scaled and floored as the chain is configured). Slow is
// SuggestFees itself, what klaster_getQuote prices ops with; each tier's
// maxFeePerGas comes from the same formula (see FeeConfig.withTip), so every
// tier passes admission's fee precheck and the bundler's fee cap.
const (
	SlowTipPercent     = 100
	StandardTipPercent = 115
	FastTipPercent     = 130
)

// GasPrice is a chain's fee suggestion for ops in three tiers
// (pimlico_getUserOperationGasPrice, rundler_getUserOperationGasPrice).
type GasPrice struct {
	BaseFee     *big.Int // the base fee the tiers were derived from (0 on legacy chains)
	BlockNumber uint64   // the head when the suggestion was made
	Slow        Fees     // SuggestFees: the tip an op needs to be bundled now
	Standard    Fees
	Fast        Fees
}

// SuggestGasPrice reads the head and SuggestFees, then derives the tiers.
func SuggestGasPrice(ctx context.Context, node RPCCaller, cfg FeeConfig) (*GasPrice, error) {
	var head hexutil.Uint64
	if err := Retry(ctx, DefaultRetry, func(ctx context.Context) error {
		return node.CallContext(ctx, &head, "eth_blockNumber")
	}); err != nil {
		return nil, fmt.Errorf("eth_blockNumber: %w", err)
	}
	return suggestGasPrice(ctx, node, cfg, uint64(head))
}

// suggestGasPrice is SuggestGasPrice at a known head.
func suggestGasPrice(ctx context.Context, node RPCCaller, cfg FeeConfig, head uint64) (*GasPrice, error) {
	slow, err := SuggestFees(ctx, node, cfg)
	if err != nil {
		return nil, err
	}
	tier := func(pct uint64) Fees {
		return cfg.withTip(slow.BaseFee, mulPercent(slow.MaxPriorityFeePerGas, pct))
	}
	return &GasPrice{
		BaseFee:     slow.BaseFee,
		BlockNumber: head,
		Slow:        slow,
		Standard:    tier(StandardTipPercent),
		Fast:        tier(FastTipPercent),
	}, nil
}
