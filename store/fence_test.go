package store

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/store/redistest"
)

// A builder write made under a lease term it no longer holds (its lease
// expired and another process took it) is refused by Redis itself and
// changes nothing: neither a status change through the pool nor a delete.
func TestFencedWritesAfterTakeover(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	ctx := context.Background()
	r := NewRedis(srv.Client(), "test")
	st := r.Pool(1, ep)
	e := fullEntry(1)
	e.ChainID, e.ValidAfter, e.ValidUntil, e.Sender.Staked = 1, 0, 0, false
	shared := mempool.New(mempool.Config{ChainID: 1, EntryPoint: ep, Store: st})
	res, err := shared.Add(ctx, e)
	if err != nil {
		t.Fatal(err)
	}

	tokA, _ := r.NextFenceToken(ctx, "builder:1")
	termA := fmt.Sprintf("a:%d", tokA)
	if ok, err := r.AcquireLease(ctx, "builder:1", termA, 200*time.Millisecond); !ok || err != nil {
		t.Fatalf("A acquires: %v %v", ok, err)
	}
	ctxA := WithFence(ctx, r.LeaseKey("builder:1"), termA)
	// While A holds the lease, its writes go through.
	if err := st.Save(ctxA, res.Entry); err != nil {
		t.Fatalf("write under the held lease: %v", err)
	}
	time.Sleep(300 * time.Millisecond) // A stalls past its TTL
	tokB, _ := r.NextFenceToken(ctx, "builder:1")
	if tokB <= tokA {
		t.Fatalf("fencing tokens %d then %d", tokA, tokB)
	}
	if ok, err := r.AcquireLease(ctx, "builder:1", "b:x", time.Minute); !ok || err != nil {
		t.Fatalf("B acquires: %v %v", ok, err)
	}
	before := loadSorted(t, st)

	poolA := mempool.New(mempool.Config{ChainID: 1, EntryPoint: ep, Store: st})
	if _, err := poolA.Load(ctx); err != nil {
		t.Fatal(err)
	}
	err = poolA.MarkSubmitted(ctxA, []common.Hash{res.Entry.UserOpHash}, common.Hash{0xaa})
	if !errors.Is(err, ErrFenced) {
		t.Fatalf("stale builder's MarkSubmitted: %v", err)
	}
	if err := st.Delete(ctxA, res.Entry.UserOpHash); !errors.Is(err, ErrFenced) {
		t.Fatalf("stale builder's delete: %v", err)
	}
	after := loadSorted(t, st)
	if len(after) != 1 || encode(t, after[0]) != encode(t, before[0]) || after[0].Status != mempool.Pending {
		t.Fatalf("the stale builder changed the store: %+v", after)
	}
	// The new holder's writes go through.
	ctxB := WithFence(ctx, r.LeaseKey("builder:1"), "b:x")
	if err := st.Delete(ctxB, res.Entry.UserOpHash); err != nil {
		t.Fatalf("the holder's delete: %v", err)
	}
}
