package bundler

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/reputation"
	"github.com/klaster-dev/klaster/validation"
)

func frame(to common.Address, sel [4]byte, gas uint64, calls ...callFrame) callFrame {
	return callFrame{To: to, GasUsed: hexutil.Uint64(gas), Input: append(sel[:], 1, 2, 3), Calls: calls}
}

// EREP-070: a staked entity whose validation used more than 10% less gas
// at bundle creation than at the second validation is throttled; its later
// ops in the same bundle (warm storage) are not compared, and unstaked
// entities are not compared at all.
func TestValidationGasReducedInBundle(t *testing.T) {
	var (
		a1, a2, a3 = common.HexToAddress("0xa1"), common.HexToAddress("0xa2"), common.HexToAddress("0xa3")
		pm, pm2    = common.HexToAddress("0xb1"), common.HexToAddress("0xb2")
		factory    = common.HexToAddress("0xf1")
		creator    = common.HexToAddress("0xc1")
		ep         = common.HexToAddress("0xe1")
	)
	entry := func(sender common.Address, paymaster, fac *common.Address, h byte) mempool.Entry {
		return mempool.Entry{UserOpHash: common.Hash{h}, Op: &entrypoint.UserOperation{Sender: sender, Paymaster: paymaster, Factory: fac}}
	}
	ops := []mempool.Entry{entry(a1, &pm, nil, 1), entry(a2, &pm, &factory, 2), entry(a3, &pm2, nil, 3)}
	// handleOps: validation of each op in order, then execution frames.
	root := &callFrame{To: ep, Calls: []callFrame{
		frame(a1, validation.SelectorValidateUserOp, 5_000),
		frame(pm, validation.SelectorValidatePaymasterUserOp, 20_000),
		frame(creator, [4]byte{0x57, 0x0e, 0x1a, 0x36}, 60_000, frame(factory, [4]byte{1}, 50_000)),
		frame(a2, validation.SelectorValidateUserOp, 6_000),
		frame(pm, validation.SelectorValidatePaymasterUserOp, 2_000), // warm: pm's second op
		frame(a3, validation.SelectorValidateUserOp, 4_000),
		frame(pm2, validation.SelectorValidatePaymasterUserOp, 17_900),
		frame(ep, [4]byte{0x11}, 90_000, frame(a1, [4]byte{0x22}, 1_000)), // innerHandleOp
	}}
	got := bundleValidationGas(root, ops)
	want := []map[common.Address]uint64{{a1: 5_000, pm: 20_000}, {a2: 6_000, pm: 2_000, factory: 50_000}, {a3: 4_000, pm2: 17_900}}
	for i := range want {
		for a, g := range want[i] {
			if got[i][a] != g {
				t.Fatalf("op %d entity %s: gas %d, want %d (all: %v)", i, a.Hex(), got[i][a], g, got)
			}
		}
		if len(got[i]) != len(want[i]) {
			t.Fatalf("op %d: %v, want %v", i, got[i], want[i])
		}
	}

	second := map[common.Hash]map[common.Address]uint64{
		{1}: {pm: 21_000},                  // 20,000 is 4.8% less: fine
		{2}: {pm: 20_000, factory: 56_000}, // pm's second op is not compared; factory 10.7% less
		{3}: {pm2: 19_900},                 // 10.05% less: throttled
		// a1, a2, a3 are unstaked: not compared though their gas is traced.
	}
	red := reducedValidationGas(ops, second, got)
	if len(red) != 2 || red[0].entity != factory || red[1].entity != pm2 {
		t.Fatalf("reductions %+v, want the factory and pm2", red)
	}

	m, err := reputation.New(reputation.BundlerParams())
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range red {
		if !m.ValidationGasReduced(r.entity, r.secondValidation, r.used, 1) {
			t.Fatalf("%s not throttled", r.entity.Hex())
		}
		m.IncludedOp(r.entity) // the bundle lands: still throttled
	}
	for a, want := range map[common.Address]reputation.Status{factory: reputation.Throttled, pm2: reputation.Throttled, pm: reputation.OK} {
		if got := m.Status(a); got != want {
			t.Fatalf("%s status %v, want %v", a.Hex(), got, want)
		}
	}
}
