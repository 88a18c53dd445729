package bundler_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/klaster-dev/klaster/bundler"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/receipt"
)

// A scheduled op is not bundled before its window opens, is bundled after,
// and another one expires at the end of its window.
func TestScheduledOpsWaitForTheirWindow(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	f := newFixture(t, ctx, 1)
	senders := f.accounts(t, ctx, 2)
	now := uint64(time.Now().Unix())
	due := f.op(t, ctx, senders[0], false)
	due.WaitForWindow, due.ValidAfter, due.ValidUntil = true, now+4, now+3600
	expiring := f.op(t, ctx, senders[1], false)
	expiring.WaitForWindow, expiring.ValidAfter, expiring.ValidUntil = true, now+3600, now+5
	for _, e := range []mempool.Entry{due, expiring} {
		res, err := f.pool.Add(ctx, e)
		if err != nil || res.Entry.Status != mempool.Scheduled {
			t.Fatalf("add: %v %v", res.Entry.Status, err)
		}
	}
	if res, err := f.builder.SendBundleNow(ctx); err != nil || res.TxHash != (common.Hash{}) {
		t.Fatalf("bundled before the window opened: %v %v", res, err)
	}
	for time.Now().Unix() < int64(now+6) {
		time.Sleep(200 * time.Millisecond)
	}
	res, err := f.builder.SendBundleNow(ctx)
	if err != nil || len(res.UserOpHashes) != 1 || res.UserOpHashes[0] != due.UserOpHash {
		t.Fatalf("after the window opened: %+v %v", res, err)
	}
	if e, _ := f.pool.Get(due.UserOpHash); e.Status != mempool.MinedSuccess {
		t.Fatalf("due op: %s", e.Status)
	}
	if e, _ := f.pool.Get(expiring.UserOpHash); e.Status != mempool.Expired {
		t.Fatalf("expiring op: %s (%s)", e.Status, e.Reason)
	}
}

// A bundle stuck below the miner's tip is replaced with higher fees and the
// replacement is mined.
func TestStuckBundleIsReplaced(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	f := newFixture(t, ctx, 1)
	senders := f.accounts(t, ctx, 1)
	e := f.op(t, ctx, senders[0], false, func(op *entrypoint.UserOperation) {
		op.MaxFeePerGas = new(big.Int).Mul(big.NewInt(params.GWei), big.NewInt(500))
	})
	if _, err := f.pool.Add(ctx, e); err != nil {
		t.Fatal(err)
	}
	// The miner now wants more tip than the bundle pays (1 gwei): the
	// bundle stays pending.
	miner := f.chain.Eth.Miner()
	if err := miner.SetGasTip(big.NewInt(params.GWei * 11 / 10)); err != nil {
		t.Fatal(err)
	}
	res, err := f.builder.SendBundleNow(ctx)
	if err != nil {
		t.Fatal(err)
	}
	_ = res
	entry, _ := f.pool.Get(e.UserOpHash)
	if entry.Status != mempool.MinedSuccess {
		t.Fatalf("op: %s (%s)", entry.Status, entry.Reason)
	}
	first := entry.TxHash
	tx, _, err := f.eth.TransactionByHash(ctx, first)
	if err != nil {
		t.Fatal(err)
	}
	if tx.GasTipCap().Cmp(big.NewInt(params.GWei)) <= 0 {
		t.Fatalf("mined bundle pays tip %s: it is the original, not a replacement", tx.GasTipCap())
	}
	t.Logf("mined replacement %s pays tip %s", first, tx.GasTipCap())
}

// A reorg that removes a mined bundle's block puts its ops back; the
// transaction is mined again in the new chain and the receipts follow.
func TestReorgPutsOpsBackAndReceiptsFollow(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	f := newFixture(t, ctx, 0)
	senders := f.accounts(t, ctx, 2)
	hashes := f.addOps(t, ctx, senders)
	res, err := f.builder.SendBundleNow(ctx)
	if err != nil || len(res.UserOpHashes) != 2 {
		t.Fatalf("bundle: %+v %v", res, err)
	}
	before, _ := f.pool.Get(hashes[0])
	minedBlock, err := f.eth.BlockByHash(ctx, before.BlockHash)
	if err != nil {
		t.Fatal(err)
	}
	// Fork away the bundle's block: the simulated beacon makes the parent
	// the head; the node puts the bundle transaction back in its pool and
	// mines it again in a new block.
	if err := f.chain.Beacon.Fork(minedBlock.ParentHash()); err != nil {
		t.Fatal(err)
	}
	forked := time.Now()
	deadline := forked.Add(30 * time.Second)
	for {
		after, _ := f.pool.Get(hashes[0])
		loc, ok, _ := f.index.Get(ctx, hashes[0])
		if after.Status == mempool.MinedSuccess && after.BlockHash != before.BlockHash && ok && loc.BlockHash == after.BlockHash {
			canon, err := f.eth.HeaderByNumber(ctx, new(big.Int).SetUint64(after.BlockNumber))
			if err != nil || canon.Hash() != after.BlockHash {
				t.Fatalf("recorded block %s is not canonical (%v)", after.BlockHash, err)
			}
			lookup := receipt.NewLookup(f.chain.RPC(), []common.Address{f.ep}, f.index, 0)
			rec, err := lookup.Receipt(ctx, hashes[0])
			if err != nil || rec == nil || rec.BlockHash != after.BlockHash {
				t.Fatalf("receipt after the reorg: %+v %v", rec, err)
			}
			t.Logf("op moved from block %s to %s", before.BlockHash, after.BlockHash)
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("after the fork: status %s block %s (was %s), index %v %s", after.Status, after.BlockHash, before.BlockHash, ok, loc.BlockHash)
		}
		f.builder.Notify()
		if time.Since(forked) > 2*time.Second {
			// The on-demand dev chain seals when a transaction arrives; a
			// re-injected one may not wake it, so seal a block to mine it.
			f.chain.Beacon.Commit()
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// A max-ops trigger that fires before the builder has seen any head (its
// heads come from a tracker that has not delivered one yet) reads a head
// and bundles, instead of dereferencing a nil head.
func TestMaxOpsTriggerBeforeFirstHead(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	f := newFixture(t, ctx, 1)
	senders := f.accounts(t, ctx, 1)
	heads := make(chan *types.Header) // never delivers
	b := f.runBuilder(t, bundler.Config{
		ChainID: 1337, Mode: bundler.ModeAuto, MaxOpsTrigger: 1, Heads: heads,
		Interval: time.Hour, PollInterval: time.Hour,
		Signers: []*ecdsa.PrivateKey{f.net.Accounts[9].Key},
	}, bundler.Deps{
		Sources: []bundler.Source{{EntryPoint: f.ep, Version: entrypoint.V08, Pool: f.pool}},
		Index:   f.index,
	})

	e := f.op(t, ctx, senders[0], false)
	if _, err := f.pool.Add(ctx, e); err != nil {
		t.Fatal(err)
	}
	b.Notify()
	for {
		if got, _ := f.pool.Get(e.UserOpHash); got.Status != mempool.Pending {
			if got.TxHash == (common.Hash{}) {
				t.Fatalf("op left Pending without a bundle: %s (%s)", got.Status, got.Reason)
			}
			break
		}
		select {
		case <-ctx.Done():
			t.Fatal("the max-ops trigger sent no bundle")
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// kill -9 between a bundle's record and its send: the op is Submitted with
// a transaction the node never saw. A builder starting on that pool (a
// restart, or the next leader) reconciles it with the node, puts it back
// to Pending and bundles it: it is mined exactly once.
func TestReconcileRecordedButNeverSent(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	f := newFixture(t, ctx, 1)
	senders := f.accounts(t, ctx, 1)
	e := f.op(t, ctx, senders[0], false)
	if _, err := f.pool.Add(ctx, e); err != nil {
		t.Fatal(err)
	}
	lost := common.Hash{0xde, 0xad}
	if err := f.pool.MarkSubmitted(ctx, []common.Hash{e.UserOpHash}, lost); err != nil {
		t.Fatal(err)
	}
	b := f.runBuilder(t, bundler.Config{
		ChainID: 1337, Mode: bundler.ModeManual,
		Signers:      []*ecdsa.PrivateKey{f.net.Accounts[9].Key},
		PollInterval: 50 * time.Millisecond,
	}, bundler.Deps{
		Sources: []bundler.Source{{EntryPoint: f.ep, Version: entrypoint.V08, Pool: f.pool}},
		Index:   f.index,
	})
	res, err := b.SendBundleNow(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.UserOpHashes) != 1 || res.UserOpHashes[0] != e.UserOpHash {
		t.Fatalf("bundle after reconcile: %+v", res)
	}
	got, _ := f.pool.Get(e.UserOpHash)
	if got.Status != mempool.MinedSuccess || got.TxHash == lost {
		t.Fatalf("op: %s in %s", got.Status, got.TxHash)
	}
	// Exactly once on chain: one UserOperationEvent for it.
	rec, err := f.eth.TransactionReceipt(ctx, res.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	events := 0
	for _, l := range rec.Logs {
		if len(l.Topics) > 1 && l.Topics[0] == f.abis.ep.Events["UserOperationEvent"].ID && l.Topics[1] == e.UserOpHash {
			events++
		}
	}
	if events != 1 {
		t.Fatalf("%d UserOperationEvents for the op", events)
	}
}
