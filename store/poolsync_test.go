package store

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/store/redistest"
)

// A follower that merges the leader's ops from a real Redis keeps an op in
// the leader's bundle Submitted (with its transaction), moves its own
// Pending copy of such an op to Submitted, never offers either for a
// bundle, and writes nothing back: the leader's record stays as it was.
func TestSyncPoolKeepsTheLeadersBundle(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	ctx := context.Background()
	st := NewRedis(srv.Client(), "test").Pool(1, ep)
	leader := mempool.New(mempool.Config{ChainID: 1, EntryPoint: ep, Store: st})
	follower := mempool.New(mempool.Config{ChainID: 1, EntryPoint: ep})

	var hashes []common.Hash
	for i := int64(1); i <= 2; i++ {
		e := fullEntry(i)
		e.ChainID, e.ValidAfter, e.ValidUntil, e.Sender.Staked = 1, 0, 0, false
		res, err := leader.Add(ctx, e)
		if err != nil {
			t.Fatal(err)
		}
		hashes = append(hashes, res.Entry.UserOpHash)
	}
	// The follower saw op 2 while it was still Pending.
	if err := SyncPool(ctx, follower, st, 0, zerolog.Nop()); err != nil {
		t.Fatal(err)
	}
	if best := follower.Best(mempool.BundleParams{MaxGas: 1 << 40}); len(best) != 2 {
		t.Fatalf("the follower offers %d of its 2 Pending ops", len(best))
	}
	bundleTx := common.Hash{0xbb}
	if err := leader.MarkSubmitted(ctx, hashes, bundleTx); err != nil {
		t.Fatal(err)
	}
	before := loadSorted(t, st)
	if err := SyncPool(ctx, follower, st, 0, zerolog.Nop()); err != nil {
		t.Fatal(err)
	}
	for _, h := range hashes {
		e, ok := follower.Get(h)
		if !ok || e.Status != mempool.Submitted || e.TxHash != bundleTx {
			t.Fatalf("follower's copy of %s: %v %s %s", h, ok, e.Status, e.TxHash)
		}
	}
	if best := follower.Best(mempool.BundleParams{MaxGas: 1 << 40}); len(best) != 0 {
		t.Fatalf("the follower would bundle %d ops of the leader's bundle", len(best))
	}
	after := loadSorted(t, st)
	if len(after) != len(before) {
		t.Fatalf("store has %d entries, had %d", len(after), len(before))
	}
	for i := range after {
		if encode(t, after[i]) != encode(t, before[i]) {
			t.Fatalf("the follower changed the leader's record:\n%s\n%s", encode(t, before[i]), encode(t, after[i]))
		}
	}
}
