package gas

import (
	"context"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// countingState counts reads and answers from a block-dependent value.
type countingState struct {
	block *atomic.Uint64
	reads atomic.Int64
}

func (c *countingState) CodeAt(context.Context, common.Address) ([]byte, error) {
	c.reads.Add(1)
	return []byte{byte(c.block.Load())}, nil
}
func (c *countingState) BalanceAt(context.Context, common.Address) (*big.Int, error) {
	c.reads.Add(1)
	return new(big.Int).SetUint64(c.block.Load()), nil
}
func (c *countingState) DepositOf(context.Context, common.Address, common.Address) (*big.Int, error) {
	c.reads.Add(1)
	return new(big.Int).SetUint64(c.block.Load()), nil
}
func (c *countingState) BaseFee(context.Context) (*big.Int, error) {
	c.reads.Add(1)
	return big.NewInt(7), nil
}
func (c *countingState) BlockGasLimit(context.Context) (uint64, error) {
	c.reads.Add(1)
	return 60_000_000, nil
}

func TestCachedStateOncePerBlock(t *testing.T) {
	var block atomic.Uint64
	block.Store(1)
	inner := &countingState{block: &block}
	s := NewCachedState(inner, func(context.Context) (uint64, error) { return block.Load(), nil })
	ctx := context.Background()
	a, b := common.HexToAddress("0xa"), common.HexToAddress("0xb")
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _ = s.CodeAt(ctx, a)
			_, _ = s.BalanceAt(ctx, a)
			_, _ = s.DepositOf(ctx, b, a)
			_, _ = s.BaseFee(ctx)
			_, _ = s.BlockGasLimit(ctx)
		}()
	}
	wg.Wait()
	if n := inner.reads.Load(); n != 5 {
		t.Fatalf("inner reads in one block = %d, want 5", n)
	}
	bal, _ := s.BalanceAt(ctx, a)
	bal.SetInt64(99) // a copy: the cache must not change
	if again, _ := s.BalanceAt(ctx, a); again.Int64() != 1 {
		t.Fatalf("cached balance changed through a returned value: %v", again)
	}
	block.Store(2)
	if code, _ := s.CodeAt(ctx, a); code[0] != 2 {
		t.Fatalf("code after a new block = %x, want the new block's", code)
	}
	if n := inner.reads.Load(); n != 6 {
		t.Fatalf("inner reads = %d, want 6", n)
	}
}

func BenchmarkCachedStateHit(b *testing.B) {
	var block atomic.Uint64
	block.Store(1)
	s := NewCachedState(&countingState{block: &block}, func(context.Context) (uint64, error) { return block.Load(), nil })
	ctx := context.Background()
	addr := common.HexToAddress("0xa")
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := s.DepositOf(ctx, addr, addr); err != nil {
				b.Fatal(err)
			}
		}
	})
}
