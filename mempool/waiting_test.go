package mempool

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/klaster-dev/klaster/erc7769"
)

func waitingOf(op int, seq uint64, fee int64, signer common.Address) Entry {
	e := entryOf(testOp(op, 0, seq, fee, fee))
	e.Waiting, e.RetryUntilWindowEnd, e.WaitForWindow = true, true, true
	e.Source = Source{Kind: SourceITx, Signer: signer}
	return e
}

// Waiting ops count against no limit, never displace a candidate and are
// never picked; they join the candidates only through MarkPending, under
// every ordinary rule.
func TestWaitingOpsAreFencedOff(t *testing.T) {
	p, _ := newTestPool(t, func(c *Config) { c.MaxOps = 3 })
	attacker := common.HexToAddress("0xa11ce")
	for seq := uint64(0); seq < 6; seq++ { // more than UREP-010 and MaxOps, top fee
		mustAdd(t, p, waitingOf(1, seq, 1_000_000, attacker))
	}
	if by, total := p.Waiting(attacker); by != 6 || total != 6 {
		t.Fatalf("Waiting = %d, %d", by, total)
	}
	honest := make([]Entry, 3)
	for i := range honest {
		honest[i] = entryOf(testOp(1, 0, uint64(i), 10, 10)) // the victim's own slots, low fees
		if res := mustAdd(t, p, honest[i]); res.Replaced != nil || res.Evicted != nil {
			t.Fatalf("an honest op replaced or evicted a waiting one: %+v", res)
		}
	}
	best := p.Best(BundleParams{})
	if len(best) != 1 || best[0].UserOpHash != honest[0].UserOpHash {
		t.Fatalf("Best = %v, want only the honest op", best)
	}
	// A waiting op that passes re-simulation meets the ordinary rules: its
	// slot is held by an honest op with lower fees, so it replaces it.
	w := waitingOf(1, 0, 1_000_000, attacker)
	if err := p.MarkPending(testCtx, w.UserOpHash); err != nil {
		t.Fatalf("promote: %v", err)
	}
	if got, _ := p.Get(honest[0].UserOpHash); got.Status != Failed {
		t.Fatalf("the promoted op did not follow the replacement rule: %s", got.Status)
	}
	if by, _ := p.Waiting(attacker); by != 5 {
		t.Fatalf("waiting after promote: %d", by)
	}
	// The pool now has 3 candidates (MaxOps): a waiting op that cannot
	// out-pay the lowest stays waiting, with the refusal as its reason.
	w3 := waitingOf(2, 0, 1, attacker)
	mustAdd(t, p, w3)
	if err := p.MarkPending(testCtx, w3.UserOpHash); err == nil {
		t.Fatal("a waiting op joined a full pool without out-paying anyone")
	}
	if got, _ := p.Get(w3.UserOpHash); !got.Waiting || got.Reason == "" {
		t.Fatalf("refused promotion: %+v", got)
	}
	// A candidate whose re-simulation fails becomes waiting again.
	if _, err := p.Drop(testCtx, w.UserOpHash, "AA21 didn't pay prefund"); err != nil {
		t.Fatal(err)
	}
	if got, _ := p.Get(w.UserOpHash); !got.Waiting || got.Status != Pending {
		t.Fatalf("dropped retry op: waiting %v status %s", got.Waiting, got.Status)
	}
	for _, e := range p.Best(BundleParams{}) {
		if e.Waiting {
			t.Fatalf("Best picked waiting op %s", e.UserOpHash)
		}
	}
}

// Tick hands out waiting ops within the chain's budget per block, oldest
// attempt first, and the budget renews with each head.
func TestWaitingResimBudget(t *testing.T) {
	head := &types.Header{Number: big.NewInt(1)}
	budget := NewResimBudget(2, func() *types.Header { return head })
	p1, clk := newTestPool(t, func(c *Config) { c.Resims = budget })
	p2, _ := newTestPool(t, func(c *Config) { c.Resims = budget; c.Now = clk.now })
	for i := 0; i < 3; i++ {
		mustAdd(t, p1, waitingOf(10+i, 0, 5, common.Address{}))
		clk.advance(time.Second)
	}
	mustAdd(t, p2, waitingOf(20, 0, 5, common.Address{}))
	r1, _ := p1.Tick(testCtx, clk.now())
	r2, _ := p2.Tick(testCtx, clk.now())
	if len(r1.Due) != 2 || len(r2.Due) != 0 {
		t.Fatalf("block 1: %d + %d due, want 2 + 0 (one budget of 2 per chain)", len(r1.Due), len(r2.Due))
	}
	for _, e := range r1.Due {
		if _, err := p1.Drop(testCtx, e.UserOpHash, "still failing"); err != nil {
			t.Fatal(err)
		}
	}
	if r, _ := p1.Tick(testCtx, clk.now()); len(r.Due) != 0 {
		t.Fatalf("same block: %d more due", len(r.Due))
	}
	head = &types.Header{Number: big.NewInt(2)}
	r1, _ = p1.Tick(testCtx, clk.now())
	if len(r1.Due) != 2 || (r1.Due[0].Op.Sender != addr(12) && r1.Due[1].Op.Sender != addr(12)) {
		t.Fatalf("block 2: %d due, without the op not tried yet", len(r1.Due))
	}
}

// A waiting op joins the candidates with what its passed re-simulation
// found (Config.Refresh), so EREP-010 judges its paymaster's deposit then.
func TestWaitingPromotionUsesRefreshedFacts(t *testing.T) {
	pm := common.HexToAddress("0x9a9")
	p, _ := newTestPool(t, func(c *Config) {
		c.Refresh = func(e *Entry) {
			e.Paymaster = &Entity{Address: pm}
			e.Prefund, e.PaymasterDeposit = big.NewInt(1000), big.NewInt(10)
		}
	})
	w := waitingOf(1, 0, 5, common.Address{})
	w.Op.Paymaster = &pm
	mustAdd(t, p, w)
	err := p.MarkPending(testCtx, w.UserOpHash)
	wantCode(t, err, ErrDepositTooLow, erc7769.CodePaymasterDepositTooLow)
	if got, _ := p.Get(w.UserOpHash); !got.Waiting {
		t.Fatal("a refused promotion left the waiting set")
	}
}
