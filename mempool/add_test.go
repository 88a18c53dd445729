package mempool

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/klaster-dev/klaster/erc7769"
)

func TestReplacementBump(t *testing.T) {
	cases := []struct {
		name      string
		fee, prio int64
		ok        bool
	}{
		{"both +10%", 1100, 110, true},
		{"both +9%", 1090, 109, false},
		{"fee +9% only", 1090, 110, false},
		{"prio +9% only", 1100, 109, false},
		{"fee +10% prio same", 1100, 100, false},
		{"both +50%", 1500, 150, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, _ := newTestPool(t, nil)
			first := mustAdd(t, p, entryOf(testOp(1, 0, 0, 1000, 100)))
			e := entryOf(testOp(1, 0, 0, c.fee, c.prio))
			res, err := p.Add(testCtx, e)
			if !c.ok {
				pe := wantCode(t, err, ErrReplacementUnderpriced, erc7769.CodeInvalidParams)
				if !strings.Contains(pe.Error(), "maxFeePerGas >= 1100") || !strings.Contains(pe.Error(), "maxPriorityFeePerGas >= 110") {
					t.Fatalf("message does not name both required values: %v", pe)
				}
				if _, ok := p.Get(first.Entry.UserOpHash); !ok || p.Len() != 1 {
					t.Fatal("original op lost")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if res.Replaced == nil || res.Replaced.UserOpHash != first.Entry.UserOpHash {
				t.Fatalf("Replaced = %v", res.Replaced)
			}
			if old, _ := p.Get(first.Entry.UserOpHash); old.Status != Failed || !strings.Contains(old.Reason, "replaced") {
				t.Fatalf("old op: %s %q", old.Status, old.Reason)
			}
			if p.Len() != 1 {
				t.Fatalf("Len = %d", p.Len())
			}
		})
	}
}

func TestReplacementRoundsUp(t *testing.T) {
	p, _ := newTestPool(t, nil)
	mustAdd(t, p, entryOf(testOp(1, 0, 0, 15, 15)))
	// 15*1.1 = 16.5: 16 is refused, 17 accepted.
	_, err := p.Add(testCtx, entryOf(testOp(1, 0, 0, 16, 16)))
	wantCode(t, err, ErrReplacementUnderpriced, erc7769.CodeInvalidParams)
	mustAdd(t, p, entryOf(testOp(1, 0, 0, 17, 17)))
}

func TestReplaceSubmittedRefused(t *testing.T) {
	p, _ := newTestPool(t, nil)
	r := mustAdd(t, p, entryOf(testOp(1, 0, 0, 1000, 100)))
	if err := p.MarkSubmitted(testCtx, []common.Hash{r.Entry.UserOpHash}, common.Hash{1}); err != nil {
		t.Fatal(err)
	}
	_, err := p.Add(testCtx, entryOf(testOp(1, 0, 0, 5000, 500)))
	wantCode(t, err, ErrAlreadySubmitted, erc7769.CodeInvalidParams)
}

func TestDuplicateIsNoop(t *testing.T) {
	p, _ := newTestPool(t, nil)
	e := entryOf(testOp(1, 0, 0, 1000, 100))
	mustAdd(t, p, e)
	res := mustAdd(t, p, e)
	if !res.Duplicate || p.Len() != 1 || res.Entry.Seq != 1 {
		t.Fatalf("duplicate: %+v len %d", res, p.Len())
	}
}

func TestSenderLimit(t *testing.T) {
	p, _ := newTestPool(t, nil)
	for i := uint64(0); i < SameSenderMempoolCount; i++ {
		mustAdd(t, p, entryOf(testOp(1, 0, i, 1000, 100)))
	}
	_, err := p.Add(testCtx, entryOf(testOp(1, 0, 9, 1000, 100)))
	wantCode(t, err, ErrSenderLimit, erc7769.CodeStakeTooLow)
	// A replacement does not count against the limit.
	mustAdd(t, p, entryOf(testOp(1, 0, 0, 2000, 200)))

	// Staked: unlimited by default, or the configured raise.
	e := entryOf(testOp(2, 0, 0, 1000, 100))
	e.Sender.Staked = true
	for i := uint64(0); i < 20; i++ {
		e := entryOf(testOp(2, 0, i, 1000, 100))
		e.Sender.Staked = true
		mustAdd(t, p, e)
	}
	p2, _ := newTestPool(t, func(c *Config) { c.StakedSenderLimit = 6 })
	for i := uint64(0); i < 7; i++ {
		e := entryOf(testOp(2, 0, i, 1000, 100))
		e.Sender.Staked = true
		_, err := p2.Add(testCtx, e)
		if i < 6 && err != nil {
			t.Fatal(err)
		}
		if i == 6 {
			wantCode(t, err, ErrSenderLimit, erc7769.CodeStakeTooLow)
		}
	}
}

func withPaymaster(e Entry, pm common.Address, staked bool) Entry {
	e.Op.Paymaster = &pm
	e.Op.PaymasterVerificationGasLimit = big.NewInt(30_000)
	e.Op.PaymasterPostOpGasLimit = big.NewInt(20_000)
	e.UserOpHash = opHash(e.Op)
	e.Paymaster = &Entity{Address: pm, Staked: staked}
	return e
}

func withFactory(e Entry, f common.Address, staked bool) Entry {
	e.Op.Factory = &f
	e.Op.FactoryData = []byte{9}
	e.UserOpHash = opHash(e.Op)
	e.Factory = &Entity{Address: f, Staked: staked}
	return e
}

func TestUnstakedEntityLimit(t *testing.T) {
	pm, fac := addr(900), addr(901)
	for _, tc := range []struct {
		name string
		with func(Entry, bool) Entry
	}{
		{"paymaster", func(e Entry, s bool) Entry { return withPaymaster(e, pm, s) }},
		{"factory", func(e Entry, s bool) Entry { return withFactory(e, fac, s) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, _ := newTestPool(t, nil)
			for i := 0; i < SameUnstakedEntityMempoolCount; i++ {
				mustAdd(t, p, tc.with(entryOf(testOp(i, 0, 0, 1000, 100)), false))
			}
			_, err := p.Add(testCtx, tc.with(entryOf(testOp(50, 0, 0, 1000, 100)), false))
			pe := wantCode(t, err, ErrEntityLimit, erc7769.CodeStakeTooLow)
			if !strings.Contains(pe.Error(), tc.name) {
				t.Fatalf("message %q does not name the %s", pe, tc.name)
			}
			// Staked: no limit.
			for i := 0; i < 20; i++ {
				mustAdd(t, p, tc.with(entryOf(testOp(100+i, 0, 0, 1000, 100)), true))
			}
		})
	}
}

type quotaRep struct{ fakeRep }

func (quotaRep) OpsAllowed(common.Address, int) int { return 12 }

func TestEntityQuotaFromReputation(t *testing.T) {
	pm := addr(900)
	p, _ := newTestPool(t, func(c *Config) { c.Reputation = quotaRep{fakeRep{}} })
	for i := 0; i < 12; i++ {
		mustAdd(t, p, withPaymaster(entryOf(testOp(i, 0, 0, 1000, 100)), pm, false))
	}
	_, err := p.Add(testCtx, withPaymaster(entryOf(testOp(50, 0, 0, 1000, 100)), pm, false))
	wantCode(t, err, ErrEntityLimit, erc7769.CodeStakeTooLow)
}

func TestThrottledAndBanned(t *testing.T) {
	pm, bad := addr(900), addr(901)
	rep := fakeRep{pm: ReputationThrottled, bad: ReputationBanned}
	p, _ := newTestPool(t, func(c *Config) { c.Reputation = rep })
	for i := 0; i < ThrottledEntityMempoolCount; i++ {
		mustAdd(t, p, withPaymaster(entryOf(testOp(i, 0, 0, 1000, 100)), pm, true))
	}
	_, err := p.Add(testCtx, withPaymaster(entryOf(testOp(50, 0, 0, 1000, 100)), pm, true))
	pe := wantCode(t, err, ErrThrottled, erc7769.CodeThrottledOrBanned)
	if d, _ := pe.ErrorData().(map[string]any); d["paymaster"] != pm {
		t.Fatalf("data = %v", pe.ErrorData())
	}
	_, err = p.Add(testCtx, withFactory(entryOf(testOp(51, 0, 0, 1000, 100)), bad, true))
	wantCode(t, err, ErrBanned, erc7769.CodeThrottledOrBanned)
	// A throttled sender too.
	rep[addr(60)] = ReputationThrottled
	for i := uint64(0); i < 4; i++ {
		e := entryOf(testOp(60, 0, i, 1000, 100))
		e.Sender.Staked = true
		_, err = p.Add(testCtx, e)
		if err != nil {
			t.Fatal(err)
		}
	}
	e := entryOf(testOp(60, 0, 4, 1000, 100))
	e.Sender.Staked = true
	_, err = p.Add(testCtx, e)
	wantCode(t, err, ErrThrottled, erc7769.CodeThrottledOrBanned)
}

func TestPaymasterDeposit(t *testing.T) {
	pm := addr(900)
	p, _ := newTestPool(t, nil)
	add := func(sender int, fee int64, prefund, deposit int64) error {
		e := withPaymaster(entryOf(testOp(sender, 0, 0, fee, fee/10)), pm, true)
		e.Prefund, e.PaymasterDeposit = big.NewInt(prefund), big.NewInt(deposit)
		_, err := p.Add(testCtx, e)
		return err
	}
	if err := add(1, 1000, 600, 1000); err != nil {
		t.Fatal(err)
	}
	if err := add(2, 1000, 400, 1000); err != nil { // exactly the deposit
		t.Fatal(err)
	}
	pe := wantCode(t, add(3, 1000, 1, 1000), ErrDepositTooLow, erc7769.CodePaymasterDepositTooLow)
	if !strings.Contains(pe.Error(), "paymaster deposit too low for all mempool UserOps") {
		t.Fatal(pe)
	}
	// Replacing sender 1's op swaps its prefund instead of adding to it.
	if err := add(1, 1100, 600, 1000); err != nil {
		t.Fatal(err)
	}
	wantCode(t, add(1, 1300, 601, 1000), ErrDepositTooLow, erc7769.CodePaymasterDepositTooLow)
}

func TestEvictionAtCap(t *testing.T) {
	p, _ := newTestPool(t, func(c *Config) { c.MaxOps = 3 })
	low := mustAdd(t, p, entryOf(testOp(1, 0, 0, 1000, 10)))
	mustAdd(t, p, entryOf(testOp(2, 0, 0, 1000, 20)))
	mustAdd(t, p, entryOf(testOp(3, 0, 0, 1000, 30)))
	// A new lowest op is refused; equal to the lowest too (earlier insertion wins).
	_, err := p.Add(testCtx, entryOf(testOp(4, 0, 0, 1000, 5)))
	wantCode(t, err, ErrPoolFull, erc7769.CodeInvalidParams)
	_, err = p.Add(testCtx, entryOf(testOp(4, 0, 0, 1000, 10)))
	wantCode(t, err, ErrPoolFull, erc7769.CodeInvalidParams)
	res := mustAdd(t, p, entryOf(testOp(4, 0, 0, 1000, 15)))
	if res.Evicted == nil || res.Evicted.UserOpHash != low.Entry.UserOpHash {
		t.Fatalf("evicted %v", res.Evicted)
	}
	if e, _ := p.Get(low.Entry.UserOpHash); e.Status != Failed || !strings.Contains(e.Reason, "evicted") {
		t.Fatalf("evicted op: %s %q", e.Status, e.Reason)
	}
	if p.Len() != 3 {
		t.Fatal(p.Len())
	}
	// A replacement at the cap needs no eviction.
	mustAdd(t, p, entryOf(testOp(4, 0, 0, 1100, 17)))
	if p.Len() != 3 {
		t.Fatal(p.Len())
	}
}

func TestWindowsAtAdmission(t *testing.T) {
	p, c := newTestPool(t, nil)
	now := uint64(c.now().Unix())
	e := entryOf(testOp(1, 0, 0, 1000, 100))
	e.ValidUntil = now
	_, err := p.Add(testCtx, e)
	wantCode(t, err, ErrExpired, erc7769.CodeOutOfTimeRange)

	e = entryOf(testOp(1, 0, 0, 1000, 100))
	e.ValidAfter = now + 60
	_, err = p.Add(testCtx, e)
	wantCode(t, err, ErrNotDue, erc7769.CodeOutOfTimeRange)

	e.WaitForWindow = true
	if res := mustAdd(t, p, e); res.Entry.Status != Scheduled {
		t.Fatal(res.Entry.Status)
	}
	p2, _ := newTestPool(t, func(c *Config) { c.AllowScheduled = true })
	e.WaitForWindow = false
	if res := mustAdd(t, p2, e); res.Entry.Status != Scheduled {
		t.Fatal(res.Entry.Status)
	}
}

func TestInvalidInput(t *testing.T) {
	p, _ := newTestPool(t, nil)
	e := entryOf(testOp(1, 0, 0, 1000, 100))
	e.Sender.Address = addr(2)
	_, err := p.Add(testCtx, e)
	wantCode(t, err, ErrInvalid, erc7769.CodeInvalidParams)
	e = entryOf(testOp(1, 0, 0, 1000, 100))
	e.ChainID = 5
	_, err = p.Add(testCtx, e)
	wantCode(t, err, ErrInvalid, erc7769.CodeInvalidParams)
	e = entryOf(testOp(1, 0, 0, 1000, 100))
	e.Op.MaxFeePerGas = new(big.Int).Lsh(big.NewInt(1), 130)
	_, err = p.Add(testCtx, e)
	wantCode(t, err, ErrInvalid, erc7769.CodeInvalidParams)
}
