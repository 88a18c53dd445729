package mempool

import (
	"fmt"
	"math/big"
	"math/rand"
	"testing"

	"github.com/klaster-dev/klaster/entrypoint"
)

func benchEntries(n int) []Entry {
	r := rand.New(rand.NewSource(1))
	out := make([]Entry, n)
	for i := range out {
		fee := 1_000_000_000 + r.Int63n(50_000_000_000)
		op := testOp(i, 0, 0, fee, r.Int63n(fee/2+1))
		e := Entry{Op: op, Sender: Entity{Address: op.Sender}}
		e.UserOpHash[0], e.UserOpHash[1], e.UserOpHash[2], e.UserOpHash[3] = byte(i>>24), byte(i>>16), byte(i>>8), byte(i)
		e.UserOpHash[31] = 1
		out[i] = e
	}
	return out
}

func BenchmarkAdd(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("pool=%d", n), func(b *testing.B) {
			entries := benchEntries(n + b.N)
			p, _ := newTestPool(b, func(c *Config) { c.MaxOps = 1 << 30 })
			for _, e := range entries[:n] {
				mustAdd(b, p, e)
			}
			extra := entries[n:]
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := p.Add(testCtx, extra[i]); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkBest(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		p, _ := newTestPool(b, func(c *Config) { c.MaxOps = 1 << 30 })
		for _, e := range benchEntries(n) {
			mustAdd(b, p, e)
		}
		baseFee := big.NewInt(2_000_000_000)
		per := Gas(&entrypoint.UserOperation{CallGasLimit: big.NewInt(50_000), VerificationGasLimit: big.NewInt(100_000), PreVerificationGas: big.NewInt(50_000)})
		b.Run(fmt.Sprintf("pool=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if got := p.Best(BundleParams{BaseFee: baseFee, MaxGas: 30_000_000}); uint64(len(got)) != 30_000_000/per {
					b.Fatalf("got %d ops", len(got))
				}
			}
		})
		b.Run(fmt.Sprintf("pool=%d/newBaseFee", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				p.Best(BundleParams{BaseFee: big.NewInt(2_000_000_000 + int64(i%2)), MaxGas: 30_000_000})
			}
		})
		b.Run(fmt.Sprintf("pool=%d/baseFeePricesOutMost", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				p.Best(BundleParams{BaseFee: big.NewInt(45_000_000_000), MaxGas: 30_000_000})
			}
		})
	}
}
