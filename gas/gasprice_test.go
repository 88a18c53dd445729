package gas

import (
	"context"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"
	"time"
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

// countingNode counts calls per method.
type countingNode struct {
	fakeNode
	mu    sync.Mutex
	calls map[string]int
}

func (n *countingNode) CallContext(ctx context.Context, result any, method string, args ...any) error {
	n.mu.Lock()
	n.calls[method]++
	n.mu.Unlock()
	return n.fakeNode.CallContext(ctx, result, method, args...)
}

func (n *countingNode) count(method string) int {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.calls[method]
}

// A flood of gas price requests in one block reads the fee history once;
// a new block reads it again; a failure is not cached.
func TestGasPriceCacheOneComputationPerBlock(t *testing.T) {
	node := &countingNode{fakeNode: fakeNode{
		"eth_feeHistory": `{"oldestBlock":"0x1","baseFeePerGas":["0x3e8","0x3e8"],"gasUsedRatio":[0.5],"reward":[["0x64"]]}`,
	}, calls: map[string]int{}}
	var head atomic.Uint64
	head.Store(7)
	cfg := FeeConfig{BaseFeeMultiplierPercent: 150, RewardPercentile: 50, HistoryBlocks: 1}
	c := NewGasPriceCache(node, func() FeeConfig { return cfg }, func(context.Context) (uint64, error) { return head.Load(), nil })

	var wg sync.WaitGroup
	for i := 0; i < 64; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p, err := c.Get(context.Background())
			if err != nil || p.BlockNumber != 7 || p.Standard.MaxPriorityFeePerGas.Int64() != 115 {
				t.Errorf("Get: %+v %v", p, err)
			}
		}()
	}
	wg.Wait()
	if n := node.count("eth_feeHistory"); n != 1 {
		t.Fatalf("64 requests in one block read the fee history %d times, want 1", n)
	}
	head.Store(8)
	if p, err := c.Get(context.Background()); err != nil || p.BlockNumber != 8 || node.count("eth_feeHistory") != 2 {
		t.Fatalf("next block: %+v %v, %d reads", p, err, node.count("eth_feeHistory"))
	}
	// A failing node: the error reaches the caller and the next call retries.
	head.Store(9)
	node.mu.Lock()
	delete(node.fakeNode, "eth_feeHistory")
	delete(node.fakeNode, "eth_maxPriorityFeePerGas")
	node.mu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := c.Get(ctx); err == nil {
		t.Fatal("no error from a failing node")
	}
}
