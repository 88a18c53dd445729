package mempool

import (
	"runtime"
	"testing"
)

// BenchmarkPoolMemory reports the heap that 10,000 pooled ops hold, with
// op shapes close to real ones (a 65-byte signature and ~230 bytes of
// callData, as a SimpleAccount execute carries).
func BenchmarkPoolMemory(b *testing.B) {
	const n = 10_000
	entries := benchEntries(n)
	for i := range entries {
		op := entries[i].Op
		op.Signature = make([]byte, 65)
		op.CallData = make([]byte, 228)
	}
	var bytesPer10k float64
	for i := 0; i < b.N; i++ {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		p, _ := newTestPool(b, func(c *Config) { c.MaxOps = 1 << 30 })
		for _, e := range entries {
			e.Op = e.Op.Copy()
			mustAdd(b, p, e)
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		bytesPer10k = float64(after.HeapAlloc) - float64(before.HeapAlloc)
		if got := p.Len(); got != n {
			b.Fatalf("pool holds %d ops, want %d", got, n)
		}
		runtime.KeepAlive(p)
	}
	b.ReportMetric(bytesPer10k/(1<<20), "MiB/10k-ops")
}
