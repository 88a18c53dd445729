package mempool

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

func hashesOf(es []Entry) []common.Hash {
	out := make([]common.Hash, len(es))
	for i, e := range es {
		out[i] = e.UserOpHash
	}
	return out
}

func TestBestEffectiveTipOrder(t *testing.T) {
	p, _ := newTestPool(t, nil)
	// base fee 100: tips are min(prio, maxFee-100).
	a := mustAdd(t, p, entryOf(testOp(1, 0, 0, 1000, 50))).Entry // 50
	b := mustAdd(t, p, entryOf(testOp(2, 0, 0, 130, 90))).Entry  // 30
	c := mustAdd(t, p, entryOf(testOp(3, 0, 0, 200, 500))).Entry // 100
	d := mustAdd(t, p, entryOf(testOp(4, 0, 0, 90, 90))).Entry   // below base fee
	e := mustAdd(t, p, entryOf(testOp(5, 0, 0, 150, 50))).Entry  // 50, inserted after a
	got := p.Best(BundleParams{BaseFee: big.NewInt(100)})
	want := []common.Hash{c.UserOpHash, a.UserOpHash, e.UserOpHash, b.UserOpHash}
	if g := hashesOf(got); !equalHashes(g, want) {
		t.Fatalf("order %v, want %v", g, want)
	}
	// With base fee 0, d is included and order changes.
	got = p.Best(BundleParams{BaseFee: big.NewInt(0)})
	want = []common.Hash{c.UserOpHash, b.UserOpHash, d.UserOpHash, a.UserOpHash, e.UserOpHash}
	if g := hashesOf(got); !equalHashes(g, want) {
		t.Fatalf("order at base fee 0: %v, want %v", g, want)
	}
}

func equalHashes(a, b []common.Hash) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestBestOnePerUnstakedSender(t *testing.T) {
	p, _ := newTestPool(t, nil)
	// Two nonce keys of sender 1: only the better one is taken.
	x := mustAdd(t, p, entryOf(testOp(1, 0, 0, 1000, 100))).Entry
	mustAdd(t, p, entryOf(testOp(1, 7, 0, 1000, 50)))
	y := mustAdd(t, p, entryOf(testOp(2, 0, 0, 1000, 10))).Entry
	got := hashesOf(p.Best(BundleParams{}))
	if !equalHashes(got, []common.Hash{x.UserOpHash, y.UserOpHash}) {
		t.Fatalf("got %v", got)
	}
}

func TestBestStakedSenderSeveralInNonceOrder(t *testing.T) {
	p, _ := newTestPool(t, nil)
	var hs []common.Hash
	// Later nonces pay more, but must follow their predecessor.
	for i := uint64(0); i < 3; i++ {
		e := entryOf(testOp(1, 0, i, 1000, int64(10+i*10)))
		e.Sender.Staked = true
		hs = append(hs, mustAdd(t, p, e).Entry.UserOpHash)
	}
	got := hashesOf(p.Best(BundleParams{}))
	// seq 1 and 2 outrank seq 0, so the walk reaches them first and skips
	// them; only seq 0 is bundled this time.
	if len(got) == 0 || got[0] != hs[0] {
		t.Fatalf("got %v, want %v first", got, hs[0])
	}
	// Increasing-fee order lets all three in.
	p2, _ := newTestPool(t, nil)
	hs = hs[:0]
	for i := uint64(0); i < 3; i++ {
		e := entryOf(testOp(1, 0, i, 1000, int64(30-i*10)))
		e.Sender.Staked = true
		hs = append(hs, mustAdd(t, p2, e).Entry.UserOpHash)
	}
	if got := hashesOf(p2.Best(BundleParams{})); !equalHashes(got, hs) {
		t.Fatalf("got %v, want %v", got, hs)
	}
	// Staked via the hook.
	p3, _ := newTestPool(t, nil)
	mustAdd(t, p3, entryOf(testOp(1, 0, 0, 1000, 30)))
	mustAdd(t, p3, entryOf(testOp(1, 1, 0, 1000, 20)))
	if got := p3.Best(BundleParams{StakedSenders: func(common.Address) bool { return true }}); len(got) != 2 {
		t.Fatalf("got %d ops", len(got))
	}
}

func TestBestGasCap(t *testing.T) {
	p, _ := newTestPool(t, nil)
	per := Gas(testOp(0, 0, 0, 1, 1)) // 200k
	for i := 0; i < 10; i++ {
		mustAdd(t, p, entryOf(testOp(i, 0, 0, 1000, int64(100-i))))
	}
	big1 := testOp(50, 0, 0, 1000, 1000)
	big1.CallGasLimit = big.NewInt(5_000_000)
	bigE := mustAdd(t, p, entryOf(big1)).Entry
	got := p.Best(BundleParams{MaxGas: 3*per + per/2})
	if len(got) != 3 || got[0].UserOpHash == bigE.UserOpHash {
		t.Fatalf("got %d ops", len(got))
	}
	var total uint64
	for _, e := range got {
		total += e.Gas()
	}
	if total > 3*per+per/2 {
		t.Fatal(total)
	}
	// Enough room for the big op: it comes first.
	got = p.Best(BundleParams{MaxGas: 10_000_000})
	if got[0].UserOpHash != bigE.UserOpHash || len(got) != 11 {
		t.Fatalf("got %d ops", len(got))
	}
}

func TestBestWindowsAndStatus(t *testing.T) {
	p, c := newTestPool(t, nil)
	now := uint64(c.now().Unix())
	open := mustAdd(t, p, entryOf(testOp(1, 0, 0, 1000, 100))).Entry
	e := entryOf(testOp(2, 0, 0, 1000, 100))
	e.ValidAfter, e.WaitForWindow = now+10, true
	sched := mustAdd(t, p, e).Entry
	e = entryOf(testOp(3, 0, 0, 1000, 100))
	e.ValidUntil = now + 5
	closing := mustAdd(t, p, e).Entry
	sub := mustAdd(t, p, entryOf(testOp(4, 0, 0, 1000, 100))).Entry
	if err := p.MarkSubmitted(testCtx, []common.Hash{sub.UserOpHash}, common.Hash{9}); err != nil {
		t.Fatal(err)
	}
	got := hashesOf(p.Best(BundleParams{}))
	if !equalHashes(got, []common.Hash{open.UserOpHash, closing.UserOpHash}) {
		t.Fatalf("got %v", got)
	}
	// At validUntil the closing op is out; the scheduled op needs MarkPending.
	got = hashesOf(p.Best(BundleParams{Now: c.now().Add(20 * time.Second)}))
	if !equalHashes(got, []common.Hash{open.UserOpHash}) {
		t.Fatalf("got %v", got)
	}
	if err := p.MarkPending(testCtx, sched.UserOpHash); err != nil {
		t.Fatal(err)
	}
	if got := p.Best(BundleParams{Now: c.now().Add(20 * time.Second)}); len(got) != 2 {
		t.Fatalf("got %d", len(got))
	}
}

func TestBestConflictsAndThrottled(t *testing.T) {
	pm := addr(900)
	rep := fakeRep{}
	p, _ := newTestPool(t, func(c *Config) { c.Reputation = rep })
	for i := 0; i < 8; i++ {
		mustAdd(t, p, withPaymaster(entryOf(testOp(i, 0, 0, 1000, int64(100-i))), pm, true))
	}
	rep[pm] = ReputationThrottled
	if got := p.Best(BundleParams{}); len(got) != ThrottledEntityBundleCount {
		t.Fatalf("throttled: got %d", len(got))
	}
	rep[pm] = ReputationOK
	// Reject any op whose sender is addr(1) if addr(0) is chosen.
	conf := func(cand, chosen *Entry) bool { return cand.Op.Sender == addr(1) && chosen.Op.Sender == addr(0) }
	got := p.Best(BundleParams{Conflicts: conf})
	if len(got) != 7 {
		t.Fatalf("conflicts: got %d", len(got))
	}
	for _, e := range got {
		if e.Op.Sender == addr(1) {
			t.Fatal("conflicting op chosen")
		}
	}
}

func TestSetBaseFeeDefault(t *testing.T) {
	p, _ := newTestPool(t, nil)
	mustAdd(t, p, entryOf(testOp(1, 0, 0, 100, 10)))
	p.SetBaseFee(big.NewInt(101))
	if got := p.Best(BundleParams{}); len(got) != 0 {
		t.Fatal("op below the recorded base fee selected")
	}
	if got := p.Best(BundleParams{BaseFee: big.NewInt(50)}); len(got) != 1 {
		t.Fatal("explicit base fee ignored")
	}
}
