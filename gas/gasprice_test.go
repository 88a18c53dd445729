package gas

import (
	"context"
	"math/big"
	"testing"
)

// The tiers share SuggestFees' base fee and formula; only the tip grows, and
// every tier clears the admission precheck's fee floor at that base fee.
func TestSuggestGasPriceTiers(t *testing.T) {
	node := fakeNode{
		"eth_blockNumber":          `"0x2a"`,
		"eth_feeHistory":           `{"oldestBlock":"0x1","baseFeePerGas":["0x3e8","0x3e8"],"gasUsedRatio":[0.5],"reward":[["0x64"]]}`,
		"eth_maxPriorityFeePerGas": `"0x1"`,
	}
	cfg := FeeConfig{BaseFeeMultiplierPercent: 150, PriorityFeeMultiplierPercent: 100, RewardPercentile: 50, HistoryBlocks: 1}
	p, err := SuggestGasPrice(context.Background(), node, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if p.BlockNumber != 42 || p.BaseFee.Int64() != 1000 {
		t.Fatalf("block %d base fee %v", p.BlockNumber, p.BaseFee)
	}
	for _, c := range []struct {
		name     string
		f        Fees
		tip, max int64
	}{{"slow", p.Slow, 100, 1600}, {"standard", p.Standard, 115, 1615}, {"fast", p.Fast, 130, 1630}} {
		if c.f.MaxPriorityFeePerGas.Int64() != c.tip || c.f.MaxFeePerGas.Int64() != c.max {
			t.Errorf("%s: tip %v max %v, want %d %d", c.name, c.f.MaxPriorityFeePerGas, c.f.MaxFeePerGas, c.tip, c.max)
		}
		if c.f.MaxFeePerGas.Cmp(MinMaxFeePerGas(p.BaseFee, DefaultConfig().BaseFeeMarginPercent)) < 0 {
			t.Errorf("%s: maxFeePerGas %v below the precheck floor", c.name, c.f.MaxFeePerGas)
		}
	}
	if f, _ := SuggestFees(context.Background(), node, cfg); f.MaxFeePerGas.Cmp(p.Slow.MaxFeePerGas) != 0 {
		t.Fatalf("slow %v differs from SuggestFees %v", p.Slow.MaxFeePerGas, f.MaxFeePerGas)
	}

	// Legacy: the gas price scaled, in both fields.
	node["eth_gasPrice"] = `"0x3e8"`
	p, err = SuggestGasPrice(context.Background(), node, FeeConfig{Legacy: true, MinPriorityFeePerGas: big.NewInt(1)})
	if err != nil || p.Fast.MaxFeePerGas.Int64() != 1300 || p.Fast.MaxPriorityFeePerGas.Int64() != 1300 || p.BaseFee.Sign() != 0 {
		t.Fatalf("legacy: %+v %v", p, err)
	}

	// A node failure is an error, not a zero price.
	delete(node, "eth_blockNumber")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := SuggestGasPrice(ctx, node, cfg); err == nil {
		t.Fatal("no error without eth_blockNumber")
	}
}
