package validation

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/klaster-dev/klaster/erc7769"
)

// Bundle-level limits (LIM-040, LIM-050) and the context recheck (EREP-055)
// need no chain: the bundler calls them with the bundle it built.
func TestBundleLimits(t *testing.T) {
	cfg := DefaultConfig()
	ctx := func(n int) []byte { return make([]byte, n) }
	for _, tc := range []struct {
		name     string
		calldata int
		contexts [][]byte
		rule     string // "": accepted
	}{
		{name: "LIM-040 calldata over MAX_BUNDLE_SIZE", calldata: 262145, rule: "LIM-040"},
		{name: "LIM-040 calldata at MAX_BUNDLE_SIZE", calldata: 262144},
		{name: "LIM-050 contexts over MAX_BUNDLE_CONTEXT_SIZE", calldata: 1000, contexts: [][]byte{ctx(40000), ctx(25537)}, rule: "LIM-050"},
		{name: "LIM-050 contexts at MAX_BUNDLE_CONTEXT_SIZE", calldata: 1000, contexts: [][]byte{ctx(40000), ctx(25536)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := cfg.CheckBundleLimits(tc.calldata, tc.contexts)
			if tc.rule == "" {
				checkOutcome(t, err, 0, "", "")
				return
			}
			checkOutcome(t, err, erc7769.CodeOpcodeValidation, tc.rule+": ", "")
		})
	}
}

func TestRecheckContext(t *testing.T) {
	pm := common.HexToAddress("0xbeef")
	res := func(n int) *Result {
		r := &Result{Entities: Entities{Paymaster: &EntityInfo{Address: pm, Staked: true}}}
		r.ReturnInfo.PaymasterContext = make([]byte, n)
		return r
	}
	checkOutcome(t, RecheckContext(res(9), res(10)), erc7769.CodeOpcodeValidation, "EREP-055: paymaster "+pm.Hex()+" context size changed from 9 to 10 bytes", "")
	checkOutcome(t, RecheckContext(res(9), res(9)), 0, "", "")
}

// SREP-010: staked means both thresholds are met.
func TestIsStaked(t *testing.T) {
	cfg := DefaultConfig()
	eth := big.NewInt(1e18)
	for _, tc := range []struct {
		stake *big.Int
		delay uint64
		want  bool
	}{
		{eth, 86400, true},
		{eth, 86399, false},
		{new(big.Int).Sub(eth, big.NewInt(1)), 86400, false},
		{nil, 86400, false},
	} {
		if got := cfg.IsStaked(StakeInfo{Stake: tc.stake, UnstakeDelay: tc.delay}); got != tc.want {
			t.Errorf("IsStaked(%v, %d) = %v, want %v", tc.stake, tc.delay, got, tc.want)
		}
	}
}
