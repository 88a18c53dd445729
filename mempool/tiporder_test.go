package mempool

import (
	"math/big"
	"math/rand"
	"sort"
	"testing"
)

// TestBestMatchesBruteForce checks the merged-heap order against a full sort
// by effective tip, at base fees that price out none, some and most ops,
// with many ties.
func TestBestMatchesBruteForce(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	p, _ := newTestPool(t, func(c *Config) { c.MaxOps = 1 << 20 })
	var all []Entry
	for i := 0; i < 2000; i++ {
		fee := 1 + r.Int63n(60)
		all = append(all, mustAdd(t, p, entryOf(testOp(i, 0, 0, fee, r.Int63n(fee+20)))).Entry)
	}
	for _, base := range []int64{0, 1, 10, 30, 55, 59, 60, 100} {
		bf := big.NewInt(base)
		var want []Entry
		for _, e := range all {
			if e.Op.MaxFeePerGas.Cmp(bf) >= 0 {
				want = append(want, e)
			}
		}
		eff := func(e Entry) int64 {
			return min(e.Op.MaxPriorityFeePerGas.Int64(), e.Op.MaxFeePerGas.Int64()-base)
		}
		sort.SliceStable(want, func(i, j int) bool {
			if a, b := eff(want[i]), eff(want[j]); a != b {
				return a > b
			}
			return want[i].Seq < want[j].Seq
		})
		got := p.Best(BundleParams{BaseFee: bf})
		if !equalHashes(hashesOf(got), hashesOf(want)) {
			t.Fatalf("base fee %d: got %d ops, want %d (order differs)", base, len(got), len(want))
		}
	}
}
