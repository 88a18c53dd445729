package mempool

import (
	"encoding/json"
	"runtime"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func withFacts(e Entry, i int) Entry {
	e.Facts = &ValidationFacts{
		StorageOwners: []common.Address{addr(i), addr(i + 1)},
		CodeHashes:    map[common.Address]common.Hash{addr(i): {byte(i)}, addr(i + 1): {byte(i + 1)}},
		ContextSize:   i % 64,
	}
	return e
}

// The facts are persisted with the entry (the stores' JSON) and come back
// with it.
func TestValidationFactsPersisted(t *testing.T) {
	e := withFacts(entryOf(testOp(1, 0, 0, 1000, 100)), 7)
	e.Status = Pending
	b, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	var back Entry
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.Facts == nil || back.Facts.ContextSize != 7 || len(back.Facts.CodeHashes) != 2 || !back.Facts.TouchesStorageOf(addr(8)) || back.Facts.TouchesStorageOf(addr(9)) {
		t.Fatalf("facts after a round trip: %+v", back.Facts)
	}
}

// 10,000 ops admitted with their validation facts, then mined, failed,
// dropped, replaced or evicted: no entry, live or finished, keeps facts,
// and the heap returns to about its starting size.
func TestValidationFactsLiveAndDieWithTheOp(t *testing.T) {
	const n = 10_000
	p, _ := newTestPool(t, func(c *Config) { c.MaxOps = n })
	heap := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	start := heap()
	hashes := make([]common.Hash, n)
	for i := 0; i < n; i++ {
		hashes[i] = mustAdd(t, p, withFacts(entryOf(testOp(i, 0, 0, 1000, 100)), i)).Entry.UserOpHash
	}
	if got := p.FactsHeld(); got != n {
		t.Fatalf("%d of %d entries hold facts", got, n)
	}
	if fc := p.FactsCounts(); fc["entries"] != n || fc["bytes"] <= 0 {
		t.Fatalf("FactsCounts with %d ops: %v", n, fc)
	}
	full := heap()
	for i, h := range hashes {
		var err error
		switch i % 5 {
		case 0, 1:
			if err = p.MarkSubmitted(testCtx, []common.Hash{h}, common.Hash{1}); err == nil {
				err = p.MarkMined(testCtx, h, i%5 == 0, common.Hash{1}, 10, common.Hash{2})
			}
		case 2:
			err = p.MarkFailed(testCtx, h, "test")
		case 3:
			_, err = p.Drop(testCtx, h, "test")
		case 4: // replaced by an op with higher fees, which then is mined
			r := mustAdd(t, p, withFacts(entryOf(testOp(i, 0, 0, 2000, 200)), i))
			if r.Replaced == nil {
				t.Fatalf("op %d not replaced", i)
			}
			if err = p.MarkSubmitted(testCtx, []common.Hash{r.Entry.UserOpHash}, common.Hash{1}); err == nil {
				err = p.MarkMined(testCtx, r.Entry.UserOpHash, true, common.Hash{1}, 10, common.Hash{2})
			}
		}
		if err != nil {
			t.Fatalf("op %d: %v", i, err)
		}
	}
	if got := p.FactsHeld(); got != 0 || p.Len() != 0 {
		t.Fatalf("after every op left: %d entries hold facts, %d live", got, p.Len())
	}
	if fc := p.FactsCounts(); fc["entries"] != 0 || fc["bytes"] != 0 {
		t.Fatalf("FactsCounts after every op left: %v", fc)
	}
	end := heap()
	perOp := float64(full-start) / n
	t.Logf("heap: start %d, 10k live %d (%.0f B/op), all finished %d", start, full, perOp, end)
}
