package bundler_test

import (
	"context"
	"crypto/ecdsa"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/klaster-dev/klaster/bundler"
	"github.com/klaster-dev/klaster/chaintracker"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/receipt"
)

// updates records what a tracker reported.
type updates struct {
	mu  sync.Mutex
	all []chaintracker.Update
}

func (u *updates) add(_ context.Context, up chaintracker.Update) {
	u.mu.Lock()
	u.all = append(u.all, up)
	u.mu.Unlock()
}

// find returns the first op with hash that a reported block added (or, with
// removed, took away).
func (u *updates) find(hash common.Hash, removed bool) (chaintracker.MinedOp, bool) {
	u.mu.Lock()
	defer u.mu.Unlock()
	for _, up := range u.all {
		blocks := up.Added
		if removed {
			blocks = up.Removed
		}
		for _, b := range blocks {
			for _, op := range b.Ops {
				if op.UserOpHash == hash {
					return op, true
				}
			}
		}
	}
	return chaintracker.MinedOp{}, false
}

// track starts a tracker of f's chain that feeds f's pool and index (as
// package app wires it) and records its updates; it has read the head.
func (f *fixture) track(t *testing.T, ctx context.Context) (*chaintracker.Tracker, *updates) {
	t.Helper()
	tr := chaintracker.New(f.eth, chaintracker.Config{EntryPoints: []common.Address{f.ep}}, zerolog.Nop())
	seen := &updates{}
	tr.Subscribe(chaintracker.PoolFeed(map[common.Address]*mempool.Pool{f.ep: f.pool}, f.index, zerolog.Nop()))
	tr.Subscribe(seen.add)
	if _, err := tr.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	return tr, seen
}

// trackUntil polls tr until done holds.
func trackUntil(t *testing.T, ctx context.Context, tr *chaintracker.Tracker, what string, done func() bool) {
	t.Helper()
	for !done() {
		if _, err := tr.Poll(ctx); err != nil {
			t.Fatal(err)
		}
		select {
		case <-ctx.Done():
			t.Fatalf("%s: %v", what, ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// Another bundler (its own signer and pool) includes an op our pool also
// holds. Our bundler never sends it; the tracker sees the
// UserOperationEvent and the op leaves our pool in the block that mined
// it, with the log index of its event, and is indexed there.
func TestOpMinedByAnotherBundlerLeavesThePool(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	f := newFixture(t, ctx, 0)
	senders := f.accounts(t, ctx, 1)
	e := f.op(t, ctx, senders[0], false)
	if _, err := f.pool.Add(ctx, e); err != nil {
		t.Fatal(err)
	}
	tr, seen := f.track(t, ctx)

	otherPool := mempool.New(mempool.Config{ChainID: 1337, EntryPoint: f.ep})
	other := f.runBuilder(t, bundler.Config{ChainID: 1337, Mode: bundler.ModeManual, Signers: []*ecdsa.PrivateKey{f.net.Accounts[9].Key}, PollInterval: 50 * time.Millisecond},
		bundler.Deps{Sources: []bundler.Source{{EntryPoint: f.ep, Version: entrypoint.V08, Pool: otherPool}}})
	if _, err := otherPool.Add(ctx, e); err != nil {
		t.Fatal(err)
	}
	res, err := other.SendBundleNow(ctx)
	if err != nil || len(res.UserOpHashes) != 1 {
		t.Fatalf("the other bundler: %+v %v", res, err)
	}
	r, err := f.eth.TransactionReceipt(ctx, res.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	events := receipt.OpEvents(r, f.ep)
	if len(events) != 1 {
		t.Fatalf("%d UserOperationEvents", len(events))
	}

	trackUntil(t, ctx, tr, "our pool never saw the op mined", func() bool {
		got, _ := f.pool.Get(e.UserOpHash)
		return got.Status != mempool.Pending
	})
	got, _ := f.pool.Get(e.UserOpHash)
	if got.Status != mempool.MinedSuccess || got.BlockHash != r.BlockHash || got.BlockNumber != r.BlockNumber.Uint64() || got.TxHash != res.TxHash || got.LogIndex != uint64(events[0].Log.Index) {
		t.Fatalf("our pool: %s in block %d %s tx %s; mined in %d %s tx %s", got.Status, got.BlockNumber, got.BlockHash, got.TxHash, r.BlockNumber, r.BlockHash, res.TxHash)
	}
	op, ok := seen.find(e.UserOpHash, false)
	if !ok || op.LogIndex != events[0].Log.Index || op.BlockHash != r.BlockHash {
		t.Fatalf("tracker reported %+v (%v); the event is log %d of block %s", op, ok, events[0].Log.Index, r.BlockHash)
	}
	if loc, ok, _ := f.index.Get(ctx, e.UserOpHash); !ok || loc.TxHash != res.TxHash {
		t.Fatalf("receipt index: %+v %v", loc, ok)
	}
	// Our bundler finds nothing to send.
	if mine, err := f.builder.SendBundleNow(ctx); err != nil || mine.TxHash != (common.Hash{}) {
		t.Fatalf("our bundler sent %+v %v", mine, err)
	}
}

// A reorg on the embedded chain removes the block that mined a bundle: the
// tracker reports that block's ops as removed and the new block that mines
// the transaction again as added; pool and index end at the new block.
func TestTrackerSeesAReorgOnTheEmbeddedChain(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	f := newFixture(t, ctx, 0)
	senders := f.accounts(t, ctx, 1)
	hashes := f.addOps(t, ctx, senders)
	tr, seen := f.track(t, ctx)
	if res, err := f.builder.SendBundleNow(ctx); err != nil || len(res.UserOpHashes) != 1 {
		t.Fatalf("bundle: %+v %v", res, err)
	}
	var first chaintracker.MinedOp
	trackUntil(t, ctx, tr, "the tracker never saw the bundle", func() bool {
		var ok bool
		first, ok = seen.find(hashes[0], false)
		return ok
	})
	minedBlock, err := f.eth.BlockByHash(ctx, first.BlockHash)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.chain.Beacon.Fork(minedBlock.ParentHash()); err != nil {
		t.Fatal(err)
	}
	var again chaintracker.MinedOp
	trackUntil(t, ctx, tr, "no reorg reported", func() bool {
		removed, ok := seen.find(hashes[0], true)
		if !ok || removed.BlockHash != first.BlockHash {
			return false
		}
		seen.mu.Lock()
		last := seen.all[len(seen.all)-1]
		seen.mu.Unlock()
		for _, b := range last.Added {
			for _, op := range b.Ops {
				if op.UserOpHash == hashes[0] && op.BlockHash != first.BlockHash {
					again = op
				}
			}
		}
		return again.BlockHash != (common.Hash{})
	})
	canon, err := f.eth.HeaderByNumber(ctx, minedBlock.Number())
	if err != nil || canon.Hash() != again.BlockHash {
		t.Fatalf("new block %s is not canonical at %d (%v)", again.BlockHash, minedBlock.Number(), err)
	}
	got, _ := f.pool.Get(hashes[0])
	if got.Status != mempool.MinedSuccess || got.BlockHash != again.BlockHash {
		t.Fatalf("pool after the reorg: %s in %s, want %s", got.Status, got.BlockHash, again.BlockHash)
	}
	if loc, ok, _ := f.index.Get(ctx, hashes[0]); !ok || loc.BlockHash != again.BlockHash {
		t.Fatalf("index after the reorg: %+v %v", loc, ok)
	}
	t.Logf("op moved from block %s (log %d) to %s (log %d)", first.BlockHash, first.LogIndex, again.BlockHash, again.LogIndex)
}
