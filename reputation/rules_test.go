package reputation

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/klaster-dev/klaster/erc7769"
	"github.com/klaster-dev/klaster/mempool"
)

var (
	sender    = common.HexToAddress("0xa1")
	factory   = common.HexToAddress("0xf1")
	paymaster = common.HexToAddress("0xb1")
	agg       = common.HexToAddress("0xc1")
)

// TestStatusRules: the status formula behind GREP-010 (BANNED) and GREP-020
// (THROTTLED), and GREP-040 (a bundle crash bans).
func TestStatusRules(t *testing.T) {
	for _, tc := range []struct {
		name           string
		seen, included uint64
		crash          bool
		want           Status
	}{
		{name: "GREP-010 banned: seen/10 > included+50", seen: 510, want: Banned},
		{name: "GREP-010 neighbour: seen/10 = included+50 is throttled", seen: 509, want: Throttled},
		{name: "GREP-020 throttled: seen/10 > included+10", seen: 110, want: Throttled},
		{name: "GREP-020 neighbour: seen/10 = included+10 is OK", seen: 109, want: OK},
		{name: "GREP-020 neighbour: inclusions keep it OK", seen: 600, included: 50, want: OK},
		{name: "GREP-040 bundle crash after second validation bans", seen: 5, included: 5, crash: true, want: Banned},
		{name: "GREP-040 neighbour: no crash", seen: 5, included: 5, want: OK},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, _ := newManager(t)
			m.Set([]Entry{{Address: paymaster, OpsSeen: tc.seen, OpsIncluded: tc.included}})
			if tc.crash {
				m.CrashedHandleOps(paymaster)
				if d := m.Dump()[0]; d.OpsSeen != 10000 || d.OpsIncluded != 0 {
					t.Fatalf("after GREP-040: %+v, want opsSeen 10000, opsIncluded 0", d)
				}
			}
			if got := m.Status(paymaster); got != tc.want {
				t.Fatalf("status %v, want %v", got, tc.want)
			}
		})
	}
}

// TestDecay: the hourly decay (value*23/24) lifts a ban over time; there is
// nothing to reject, so the counters are checked.
func TestDecay(t *testing.T) {
	m, c := newManager(t)
	m.Set([]Entry{{Address: paymaster, OpsSeen: 1000, OpsIncluded: 24}})
	c.add(time.Hour)
	if d := m.Dump()[0]; d.OpsSeen != 958 || d.OpsIncluded != 23 {
		t.Fatalf("after 1 h: %+v, want 958/23", d)
	}
	hours := 1
	for m.Status(paymaster) != OK {
		c.add(time.Hour)
		if hours++; hours > 200 {
			t.Fatal("never decayed to OK")
		}
	}
}

// TestBlame: EREP-020 (a staked factory answers for the account), EREP-030
// (a staked account answers for the paymaster and aggregator), otherwise
// the culprit.
func TestBlame(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  error
		op   Op
		want common.Address
	}{
		{name: "EREP-020 staked factory blamed for account failure", err: aa("AA23", "AA23 reverted"), op: Op{Sender: sender, Factory: factory, FactoryStaked: true}, want: factory},
		{name: "EREP-020 neighbour: unstaked factory, account blamed", err: aa("AA23", "AA23 reverted"), op: Op{Sender: sender, Factory: factory}, want: sender},
		{name: "EREP-020 neighbour: no initCode, account blamed", err: &erc7769.Error{Code: erc7769.CodeInvalidSignature, Message: "AA24 signature error", Entity: erc7769.EntityAccount}, op: Op{Sender: sender}, want: sender},
		{name: "factory failure blames the factory", err: fmt.Errorf("revalidate: %w", aa("AA13", "AA13 initCode failed or OOG")), op: Op{Sender: sender, Factory: factory}, want: factory},
		{name: "EREP-030 staked account blamed for paymaster failure", err: aa("AA33", `FailedOp(0,"AA33 reverted")`), op: Op{Sender: sender, Paymaster: paymaster, SenderStaked: true}, want: sender},
		{name: "EREP-030 staked account blamed for aggregator failure", err: aa("AA96", "AA96 invalid aggregator"), op: Op{Sender: sender, Aggregator: agg, SenderStaked: true}, want: sender},
		{name: "EREP-030 neighbour: unstaked account, paymaster blamed", err: aa("AA33", "AA33 reverted"), op: Op{Sender: sender, Paymaster: paymaster}, want: paymaster},
		{name: "no AA code, nobody blamed", err: errors.New("out of gas"), op: Op{Sender: sender}},
		{name: "an AA code only in the text blames nobody", err: errors.New(`FailedOp(0,"AA23 reverted")`), op: Op{Sender: sender}},
		{name: "an AA code only in an error's message blames nobody", err: erc7769.New(erc7769.CodeRejectedByEntryPoint, "AA23 reverted"), op: Op{Sender: sender}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Blamed(CulpritOf(tc.err), tc.op); got != tc.want {
				t.Fatalf("blamed %s, want %s", got.Hex(), tc.want.Hex())
			}
		})
	}
}

// TestSecondValidationFailed: EREP-015 (the paymaster's opsSeen is given
// back when the factory or account failed) and EREP-016 (the same for the
// aggregator, also for paymaster failures).
func TestSecondValidationFailed(t *testing.T) {
	op := Op{Sender: sender, Factory: factory, Paymaster: paymaster, Aggregator: agg}
	for _, tc := range []struct {
		name            string
		culprit         Culprit
		wantPM, wantAgg uint64 // opsSeen after, from 5
	}{
		{name: "EREP-015 account failure spares the paymaster", culprit: CulpritAccount, wantPM: 4, wantAgg: 4},
		{name: "EREP-015 factory failure spares the paymaster", culprit: CulpritFactory, wantPM: 4, wantAgg: 4},
		{name: "EREP-016 paymaster failure spares the aggregator only", culprit: CulpritPaymaster, wantPM: 5, wantAgg: 4},
		{name: "EREP-016 neighbour: aggregator failure spares nobody", culprit: CulpritAggregator, wantPM: 5, wantAgg: 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, _ := newManager(t)
			m.Set([]Entry{{Address: paymaster, OpsSeen: 5}, {Address: agg, OpsSeen: 5}})
			m.SecondValidationFailed(tc.culprit, op)
			seen := map[common.Address]uint64{}
			for _, d := range m.Dump() {
				seen[d.Address] = d.OpsSeen
			}
			if seen[paymaster] != tc.wantPM || seen[agg] != tc.wantAgg {
				t.Fatalf("opsSeen paymaster %d aggregator %d, want %d %d", seen[paymaster], seen[agg], tc.wantPM, tc.wantAgg)
			}
		})
	}
}

// TestValidationGasReduced: EREP-070 throttles a staked entity whose
// validation gas fell by more than 10% in bundle creation.
func TestValidationGasReduced(t *testing.T) {
	for _, tc := range []struct {
		name           string
		second, bundle uint64
		want           Status
	}{
		{name: "EREP-070 11% less gas throttles", second: 100_000, bundle: 89_000, want: Throttled},
		{name: "EREP-070 neighbour: 10% less gas is fine", second: 100_000, bundle: 90_000, want: OK},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, _ := newManager(t)
			m.Set([]Entry{{Address: paymaster, OpsSeen: 40, OpsIncluded: 4}})
			m.ValidationGasReduced(paymaster, tc.second, tc.bundle, 0)
			if got := m.Status(paymaster); got != tc.want {
				t.Fatalf("status %v, want %v", got, tc.want)
			}
		})
	}
}

// aa is an EntryPoint rejection with its AAxx code as the rule.
func aa(code, msg string) error {
	return &erc7769.Error{Code: erc7769.CodeRejectedByEntryPoint, Message: msg, Rule: code}
}

// UREP-020: an unstaked entity's mempool quota is
// SAME_UNSTAKED_ENTITY_MEMPOOL_COUNT plus floor(10·opsIncluded/opsSeen)
// plus min(opsIncluded, 10000); the mempool sees it through ForMempool.
func TestUnstakedEntityQuota(t *testing.T) {
	m, err := New(BundlerParams())
	if err != nil {
		t.Fatal(err)
	}
	pm := common.HexToAddress("0xb1")
	if got := m.OpsAllowed(pm, 10); got != 10 {
		t.Fatalf("unknown entity: %d", got)
	}
	m.Set([]Entry{{Address: pm, OpsSeen: 40, OpsIncluded: 20}})
	if got := m.OpsAllowed(pm, 10); got != 10+5+20 {
		t.Fatalf("40 seen, 20 included: %d, want 35", got)
	}
	m.Set([]Entry{{Address: pm, OpsSeen: 30000, OpsIncluded: 30000}})
	if got := m.OpsAllowed(pm, 10); got != 10+10+10000 {
		t.Fatalf("30000 included: %d, want 10020", got)
	}
	q, ok := ForMempool(m).(mempool.EntityQuota)
	if !ok || q.OpsAllowed(pm, 10) != 10020 {
		t.Fatal("the mempool view does not apply the quota")
	}
}
