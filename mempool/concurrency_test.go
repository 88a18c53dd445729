package mempool

import (
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// TestConcurrentAddReplace races adders, replacers, Best, lifecycle calls and
// a subscriber, then checks the indices agree with the ops.
func TestConcurrentAddReplace(t *testing.T) {
	p, _ := newTestPool(t, func(c *Config) { c.MaxOps = 300 })
	var (
		evMu sync.Mutex
		last = map[common.Hash]Status{}
	)
	p.OnChange(func(e Entry) {
		evMu.Lock()
		last[e.UserOpHash] = e.Status
		evMu.Unlock()
	})
	const workers, senders = 8, 40
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 300; i++ {
				s := (w*7 + i) % senders
				fee := int64(1000 + i*50 + w)
				res, err := p.Add(testCtx, entryOf(testOp(s, 0, uint64(i%6), fee, fee/10)))
				if err == nil && i%5 == 0 {
					_ = p.MarkSubmitted(testCtx, []common.Hash{res.Entry.UserOpHash}, common.Hash{byte(w)})
					_, _ = p.Requeue(testCtx, []common.Hash{res.Entry.UserOpHash})
				}
				if i%17 == 0 {
					for _, e := range p.Best(BundleParams{BaseFee: big.NewInt(int64(i)), MaxGas: 3_000_000}) {
						_ = p.MarkMined(testCtx, e.UserOpHash, true, common.Hash{}, 1, common.Hash{})
					}
				}
				p.Get(res.Entry.UserOpHash)
			}
		}(w)
	}
	wg.Wait()

	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.live) > 300 {
		t.Fatalf("cap exceeded: %d", len(p.live))
	}
	perSender := map[common.Address]int{}
	for _, it := range p.live {
		if p.byNonce[it.nonce] != it {
			t.Fatal("nonce index out of sync")
		}
		perSender[it.nonce.sender]++
	}
	for s, n := range perSender {
		if n > SameSenderMempoolCount || p.senders[s] != n {
			t.Fatalf("sender %s: %d ops, index %d", s, n, p.senders[s])
		}
	}
	if len(p.byNonce) != len(p.live) || p.heaps[evictHeap].len() != len(p.live)-p.counts[Submitted] {
		t.Fatal("index sizes disagree")
	}
	evMu.Lock()
	defer evMu.Unlock()
	for h, it := range p.live {
		if last[h] != it.Status {
			t.Fatalf("last event %s for %s, status %s", last[h], h, it.Status)
		}
	}
}
