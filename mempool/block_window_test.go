package mempool

import (
	"strings"
	"testing"

	"github.com/klaster-dev/klaster/erc7769"
)

// TestBlockWindows: a v0.9 block-number window is judged against the block
// a bundle lands in next (head+1): refused when closed, parked until due,
// due once the head passes validAfterBlock, expired past validUntilBlock.
func TestBlockWindows(t *testing.T) {
	p, c := newTestPool(t, nil)
	p.ObserveHead(100) // next block: 101

	closed := entryOf(testOp(1, 0, 0, 1000, 100))
	closed.ValidAfterBlock, closed.ValidUntilBlock = 90, 100
	_, err := p.Add(testCtx, closed)
	wantCode(t, err, ErrExpired, erc7769.CodeOutOfTimeRange)

	empty := entryOf(testOp(1, 0, 0, 1000, 100))
	empty.ValidAfterBlock, empty.ValidUntilBlock = 200, 200
	_, err = p.Add(testCtx, empty)
	wantCode(t, err, ErrExpired, erc7769.CodeOutOfTimeRange)

	ahead := entryOf(testOp(2, 0, 0, 1000, 100))
	ahead.ValidAfterBlock, ahead.ValidUntilBlock = 105, 110 // valid in 106..110
	_, err = p.Add(testCtx, ahead)
	wantCode(t, err, ErrNotDue, erc7769.CodeOutOfTimeRange)
	ahead.WaitForWindow = true
	if res := mustAdd(t, p, ahead); res.Entry.Status != Scheduled {
		t.Fatalf("status %v, want Scheduled", res.Entry.Status)
	}
	if got := p.Best(BundleParams{MaxGas: 30_000_000}); len(got) != 0 {
		t.Fatal("a parked op is offered for a bundle")
	}
	// Due once the head itself is past validAfterBlock: the bundle is
	// simulated at the head (block.number = head) before it lands.
	p.ObserveHead(105) // next 106, but a simulation at 105 is not yet inside
	if r, _ := p.Tick(testCtx, c.now()); len(r.Due) != 0 || len(r.Expired) != 0 {
		t.Fatalf("head 105: %+v", r)
	}
	p.ObserveHead(103) // the head never goes back
	p.ObserveHead(106) // due
	r, _ := p.Tick(testCtx, c.now())
	if len(r.Due) != 1 || r.Due[0].UserOpHash != opHash(ahead.Op) {
		t.Fatalf("head 106: %+v", r)
	}
	if err := p.MarkPending(testCtx, opHash(ahead.Op)); err != nil {
		t.Fatal(err)
	}
	if got := p.Best(BundleParams{MaxGas: 30_000_000}); len(got) != 1 {
		t.Fatalf("open window: Best returned %d ops", len(got))
	}
	p.ObserveHead(110) // next 111: closed
	if got := p.Best(BundleParams{MaxGas: 30_000_000}); len(got) != 0 {
		t.Fatal("an op past its block window is offered")
	}
	r, _ = p.Tick(testCtx, c.now())
	if len(r.Expired) != 1 {
		t.Fatalf("head 110: %+v", r)
	}
	e, ok := p.Get(opHash(ahead.Op))
	if !ok || e.Status != Expired {
		t.Fatalf("status %v (%v), want Expired", e.Status, ok)
	}
	if e.Reason == "" || !strings.Contains(e.Reason, "block window closed: valid until block 110, next block 111") {
		t.Fatalf("reason %q", e.Reason)
	}
}
