package gas

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"testing"
)

// fakeNode answers JSON-RPC calls from canned JSON results.
type fakeNode map[string]string

func (n fakeNode) CallContext(_ context.Context, result any, method string, _ ...any) error {
	raw, ok := n[method]
	if !ok {
		return fmt.Errorf("the method %s does not exist", method)
	}
	return json.Unmarshal([]byte(raw), result)
}

func TestSuggestFeesFromHistory(t *testing.T) {
	node := fakeNode{
		// 4 blocks: tips 3, 1, (empty), 9 gwei at the percentile; next base fee 110 > latest 100.
		"eth_feeHistory":           `{"oldestBlock":"0x1","baseFeePerGas":["0x1","0x1","0x1","0x64","0x6e"],"gasUsedRatio":[0.5,0.5,0,0.9],"reward":[["0xb2d05e00"],["0x3b9aca00"],["0x0"],["0x218711a00"]]}`,
		"eth_maxPriorityFeePerGas": `"0x1"`,
	}
	cfg := FeeConfig{BaseFeeMultiplierPercent: 200, PriorityFeeMultiplierPercent: 150, RewardPercentile: 50, HistoryBlocks: 4}
	f, err := SuggestFees(context.Background(), node, cfg)
	if err != nil {
		t.Fatal(err)
	}
	// median of 1, 3, 9 gwei = 3 gwei; ×1.5 = 4.5 gwei.
	if f.MaxPriorityFeePerGas.Int64() != 4_500_000_000 || f.BaseFee.Int64() != 110 || f.MaxFeePerGas.Int64() != 220+4_500_000_000 {
		t.Fatalf("fees %v %v %v", f.MaxPriorityFeePerGas, f.MaxFeePerGas, f.BaseFee)
	}
	cfg.MinPriorityFeePerGas = big.NewInt(5e9)
	if f, _ = SuggestFees(context.Background(), node, cfg); f.MaxPriorityFeePerGas.Int64() != 5e9 {
		t.Fatalf("floor: %v", f.MaxPriorityFeePerGas)
	}

	// Only empty blocks: eth_maxPriorityFeePerGas.
	node["eth_feeHistory"] = `{"oldestBlock":"0x1","baseFeePerGas":["0x64","0x64"],"gasUsedRatio":[0],"reward":[["0x0"]]}`
	cfg.MinPriorityFeePerGas = nil
	if f, _ = SuggestFees(context.Background(), node, cfg); f.MaxPriorityFeePerGas.Int64() != 1 {
		t.Fatalf("fallback tip: %v", f.MaxPriorityFeePerGas)
	}

	// Legacy: the gas price for both fields.
	node["eth_gasPrice"] = `"0x3e8"`
	cfg = FeeConfig{Legacy: true, PriorityFeeMultiplierPercent: 120}
	f, err = SuggestFees(context.Background(), node, cfg)
	if err != nil || f.MaxFeePerGas.Int64() != 1200 || f.MaxPriorityFeePerGas.Int64() != 1200 {
		t.Fatalf("legacy: %+v %v", f, err)
	}
}
