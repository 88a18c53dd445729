package mempool

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
)

// opt modifies an entry of ruleEntry.
type opt func(e *Entry)

func ruleWithPaymaster(i int, staked bool) opt {
	return func(e *Entry) {
		a := addr(i)
		e.Op.Paymaster = &a
		e.Paymaster = &Entity{Address: a, Staked: staked}
	}
}

func ruleWithFactory(i int) opt {
	return func(e *Entry) {
		a := addr(i)
		e.Op.Factory = &a
		e.Factory = &Entity{Address: a}
	}
}

func withAuth(delegate int) opt {
	return func(e *Entry) {
		e.Op.EIP7702Auth = &entrypoint.EIP7702Auth{ChainID: big.NewInt(1337), Address: addr(delegate), R: big.NewInt(1), S: big.NewInt(1)}
	}
}

func stakedSender(e *Entry) { e.Sender.Staked = true }

func deposit(dep, prefund int64) opt {
	return func(e *Entry) { e.PaymasterDeposit, e.Prefund = big.NewInt(dep), big.NewInt(prefund) }
}

// ruleEntry is an op of sender with nonce key key, fees fixed.
func ruleEntry(sender int, key uint64, opts ...opt) Entry {
	e := entryOf(testOp(sender, key, 0, 1000, 10))
	for _, o := range opts {
		o(&e)
	}
	e.UserOpHash = opHash(e.Op)
	return e
}

// many is n ops of distinct senders from first, with opts.
func many(first, n int, opts ...opt) []Entry {
	out := make([]Entry, n)
	for i := range out {
		out[i] = ruleEntry(first+i, 0, opts...)
	}
	return out
}

// sameSender is n ops of sender on nonce keys 0..n-1.
func sameSender(sender, n int, opts ...opt) []Entry {
	out := make([]Entry, n)
	for i := range out {
		out[i] = ruleEntry(sender, uint64(i), opts...)
	}
	return out
}

// TestMempoolRules: every mempool-level rule rejects with its code and rule
// id, and the neighbouring case is accepted.
func TestMempoolRules(t *testing.T) {
	pm := addr(900)
	for _, tc := range []struct {
		name  string
		rep   fakeRep
		cfg   func(*Config)
		setup []Entry
		add   Entry
		kind  error // nil: accepted
		code  int
		rule  string
	}{
		{name: "UREP-010 fifth op of an unstaked sender", setup: sameSender(1, 4), add: ruleEntry(1, 4), kind: ErrSenderLimit, code: erc7769.CodeStakeTooLow, rule: "UREP-010: account " + addr(1).Hex() + " already has 4 ops in the mempool (limit 4 for an unstaked sender)"},
		{name: "UREP-010 fourth op of an unstaked sender", setup: sameSender(1, 3), add: ruleEntry(1, 3)},
		{name: "SREP-040 staked sender is unlimited", setup: sameSender(1, 9, stakedSender), add: ruleEntry(1, 9, stakedSender)},
		{name: "SREP-040 staked sender over a configured limit", cfg: func(c *Config) { c.StakedSenderLimit = 5 }, setup: sameSender(1, 5, stakedSender), add: ruleEntry(1, 5, stakedSender), kind: ErrSenderLimit, code: erc7769.CodeStakeTooLow, rule: "SREP-040"},
		{name: "UREP-020 eleventh op of an unstaked paymaster", setup: many(1, 10, ruleWithPaymaster(900, false)), add: ruleEntry(20, 0, ruleWithPaymaster(900, false)), kind: ErrEntityLimit, code: erc7769.CodeStakeTooLow, rule: "UREP-020: paymaster " + pm.Hex() + " is unstaked"},
		{name: "UREP-020 tenth op of an unstaked paymaster", setup: many(1, 9, ruleWithPaymaster(900, false)), add: ruleEntry(20, 0, ruleWithPaymaster(900, false))},
		{name: "UREP-020 neighbour: staked paymaster is unlimited (SREP-040)", setup: many(1, 10, ruleWithPaymaster(900, true)), add: ruleEntry(20, 0, ruleWithPaymaster(900, true))},
		{name: "UREP-020 unstaked factory", setup: many(1, 10, ruleWithFactory(901)), add: ruleEntry(20, 0, ruleWithFactory(901)), kind: ErrEntityLimit, code: erc7769.CodeStakeTooLow, rule: "UREP-020: factory"},
		{name: "GREP-010 banned paymaster", rep: fakeRep{pm: ReputationBanned}, add: ruleEntry(1, 0, ruleWithPaymaster(900, true)), kind: ErrBanned, code: erc7769.CodeThrottledOrBanned, rule: "GREP-010: paymaster " + pm.Hex() + " is banned"},
		{name: "GREP-010 neighbour: same paymaster OK", rep: fakeRep{}, add: ruleEntry(1, 0, ruleWithPaymaster(900, true))},
		{name: "GREP-020 fifth op of a throttled paymaster", rep: fakeRep{pm: ReputationThrottled}, setup: many(1, 4, ruleWithPaymaster(900, true)), add: ruleEntry(20, 0, ruleWithPaymaster(900, true)), kind: ErrThrottled, code: erc7769.CodeThrottledOrBanned, rule: "GREP-020: paymaster " + pm.Hex() + " is throttled"},
		{name: "GREP-020 fourth op of a throttled paymaster", rep: fakeRep{pm: ReputationThrottled}, setup: many(1, 3, ruleWithPaymaster(900, true)), add: ruleEntry(20, 0, ruleWithPaymaster(900, true))},
		{name: "EREP-010 deposit below all pending prefunds", setup: many(1, 1, ruleWithPaymaster(900, true), deposit(100, 60)), add: ruleEntry(20, 0, ruleWithPaymaster(900, true), deposit(100, 60)), kind: ErrDepositTooLow, code: erc7769.CodePaymasterDepositTooLow, rule: "EREP-010: paymaster deposit too low for all mempool UserOps"},
		{name: "EREP-010 deposit covers all pending prefunds", setup: many(1, 1, ruleWithPaymaster(900, true), deposit(120, 60)), add: ruleEntry(20, 0, ruleWithPaymaster(900, true), deposit(120, 60))},
		{name: "STO-040 paymaster is another op's sender", setup: many(900, 1), add: ruleEntry(1, 0, ruleWithPaymaster(900, true)), kind: ErrEntityRole, code: erc7769.CodeOpcodeValidation, rule: "STO-040: A Paymaster at " + pm.Hex() + " in this UserOperation is used as a sender entity"},
		{name: "STO-040 factory is another op's sender", setup: many(901, 1), add: ruleEntry(1, 0, ruleWithFactory(901)), kind: ErrEntityRole, code: erc7769.CodeOpcodeValidation, rule: "STO-040: A Factory at"},
		{name: "STO-040 sender is another op's paymaster", setup: many(1, 1, ruleWithPaymaster(900, true)), add: ruleEntry(900, 0), kind: ErrEntityRole, code: erc7769.CodeOpcodeValidation, rule: `STO-040: The sender address "` + pm.Hex() + `" is used as a different entity`},
		{name: "STO-040 neighbour: paymaster that is no sender", setup: many(2, 1), add: ruleEntry(1, 0, ruleWithPaymaster(900, true))},
		{name: "AUTH-040 second op of a sender delegating elsewhere", setup: sameSender(1, 1, withAuth(700)), add: ruleEntry(1, 1, withAuth(701)), kind: ErrInvalid, code: erc7769.CodeInvalidParams, rule: "AUTH-040: sender " + addr(1).Hex()},
		{name: "AUTH-040 second op of a sender, same delegate", setup: sameSender(1, 1, withAuth(700)), add: ruleEntry(1, 1, withAuth(700))},
		{name: "AUTH-040 replacement may change the delegate", setup: sameSender(1, 1, withAuth(700)), add: func() Entry {
			e := ruleEntry(1, 0, withAuth(701))
			e.Op.MaxFeePerGas, e.Op.MaxPriorityFeePerGas = big.NewInt(2000), big.NewInt(20)
			e.UserOpHash = opHash(e.Op)
			return e
		}()},
		{name: "STO-040 neighbour: sender's own second op", setup: many(900, 1), add: ruleEntry(900, 1)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, _ := newTestPool(t, func(c *Config) {
				if tc.rep != nil {
					c.Reputation = tc.rep
				}
				if tc.cfg != nil {
					tc.cfg(c)
				}
			})
			for _, e := range tc.setup {
				mustAdd(t, p, e)
			}
			_, err := p.Add(testCtx, tc.add)
			if tc.kind == nil {
				if err != nil {
					t.Fatalf("rejected: %v", err)
				}
				return
			}
			pe := wantCode(t, err, tc.kind, tc.code)
			if !strings.Contains(pe.Error(), tc.rule) {
				t.Fatalf("message %q does not contain %q", pe.Error(), tc.rule)
			}
		})
	}
}

// TestBestThrottledBundleCount: GREP-020 limits a throttled entity to
// THROTTLED_ENTITY_BUNDLE_COUNT ops per bundle; an OK one is not limited.
func TestBestThrottledBundleCount(t *testing.T) {
	for _, tc := range []struct {
		status ReputationStatus
		want   int
	}{{ReputationOK, 6}, {ReputationThrottled, ThrottledEntityBundleCount}} {
		rep := fakeRep{}
		p, _ := newTestPool(t, func(c *Config) { c.Reputation = rep })
		for _, e := range many(1, 6, ruleWithPaymaster(900, true)) {
			mustAdd(t, p, e)
		}
		rep[addr(900)] = tc.status
		if got := len(p.Best(BundleParams{})); got != tc.want {
			t.Fatalf("status %d: %d ops in the bundle, want %d", tc.status, got, tc.want)
		}
	}
}

// TestBestStorageConflict: STO-041 is enforced at bundle time through
// BundleParams.Conflicts: an op whose validation touched another chosen op's
// sender storage is left out of the bundle; an op touching only its own
// storage is not.
func TestBestStorageConflict(t *testing.T) {
	a, b, c := ruleEntry(1, 0), ruleEntry(2, 0), ruleEntry(3, 0)
	a.Op.MaxPriorityFeePerGas, b.Op.MaxPriorityFeePerGas = big.NewInt(30), big.NewInt(20)
	a.UserOpHash, b.UserOpHash = opHash(a.Op), opHash(b.Op)
	// touched: the storage owners each op's validation accessed.
	touched := map[common.Hash][]common.Address{
		a.UserOpHash: {addr(1)},
		b.UserOpHash: {addr(2), addr(1)}, // b touched a's sender storage
		c.UserOpHash: {addr(3)},
	}
	touches := func(e *Entry, owner common.Address) bool {
		for _, o := range touched[e.UserOpHash] {
			if o == owner {
				return true
			}
		}
		return false
	}
	conflicts := func(cand, chosen *Entry) bool {
		return cand.Op.Sender != chosen.Op.Sender && (touches(cand, chosen.Op.Sender) || touches(chosen, cand.Op.Sender))
	}
	p, _ := newTestPool(t, nil)
	for _, e := range []Entry{a, b, c} {
		mustAdd(t, p, e)
	}
	got := hashesOf(p.Best(BundleParams{Conflicts: conflicts}))
	if !equalHashes(got, []common.Hash{a.UserOpHash, c.UserOpHash}) {
		t.Fatalf("bundle %v, want a and c (b touches a's sender storage)", got)
	}
	if got := p.Best(BundleParams{}); len(got) != 3 {
		t.Fatalf("without the hook: %d ops, want 3", len(got))
	}
}

// GREP-020: an op naming a throttled entity stays in the pool at most
// THROTTLED_ENTITY_LIVE_BLOCKS blocks; ops of entities in good standing stay.
func TestThrottledEntityLiveBlocks(t *testing.T) {
	pm, other := addr(900), addr(901)
	rep := fakeRep{pm: ReputationThrottled}
	p, clk := newTestPool(t, func(c *Config) { c.Reputation = rep })
	p.SetHead(100)
	mustAdd(t, p, withPaymaster(entryOf(testOp(1, 0, 0, 1000, 100)), pm, false))
	fine := mustAdd(t, p, withPaymaster(entryOf(testOp(2, 0, 0, 1000, 100)), other, false))
	p.SetHead(109)
	res, err := p.Tick(testCtx, clk.now())
	if err != nil || len(res.Expired) != 0 {
		t.Fatalf("after 9 blocks: expired %d, %v", len(res.Expired), err)
	}
	p.SetHead(110)
	res, err = p.Tick(testCtx, clk.now())
	if err != nil || len(res.Expired) != 1 || res.Expired[0].Op.Sender != addr(1) {
		t.Fatalf("after 10 blocks: expired %+v, %v", res.Expired, err)
	}
	e, _ := p.Get(res.Expired[0].UserOpHash)
	if e.Status != Expired || !strings.Contains(e.Reason, "GREP-020") || !strings.Contains(e.Reason, "THROTTLED_ENTITY_LIVE_BLOCKS") {
		t.Fatalf("throttled op: %s %q", e.Status, e.Reason)
	}
	if e, _ := p.Get(fine.Entry.UserOpHash); e.Status != Pending {
		t.Fatalf("op of an entity in good standing: %s", e.Status)
	}
}
