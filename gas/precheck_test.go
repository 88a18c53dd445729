package gas

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
)

// fakeState is an in-memory ChainState.
type fakeState struct {
	code     map[common.Address][]byte
	balance  map[common.Address]*big.Int
	deposit  map[common.Address]*big.Int
	baseFee  *big.Int
	gasLimit uint64
}

func (s *fakeState) CodeAt(_ context.Context, a common.Address) ([]byte, error) {
	return s.code[a], nil
}
func (s *fakeState) BalanceAt(_ context.Context, a common.Address) (*big.Int, error) {
	return orZero(s.balance[a]), nil
}
func (s *fakeState) DepositOf(_ context.Context, _, a common.Address) (*big.Int, error) {
	return orZero(s.deposit[a]), nil
}
func (s *fakeState) BaseFee(context.Context) (*big.Int, error)     { return s.baseFee, nil }
func (s *fakeState) BlockGasLimit(context.Context) (uint64, error) { return s.gasLimit, nil }

var (
	pcSender    = common.HexToAddress("0xaaaa000000000000000000000000000000000001")
	pcFactory   = common.HexToAddress("0xfafa000000000000000000000000000000000002")
	pcPaymaster = common.HexToAddress("0xbaba000000000000000000000000000000000003")
)

func newFakeState() *fakeState {
	return &fakeState{
		code:     map[common.Address][]byte{pcSender: {1}, pcFactory: {1}, pcPaymaster: {1}},
		balance:  map[common.Address]*big.Int{},
		deposit:  map[common.Address]*big.Int{pcSender: big.NewInt(1e18), pcPaymaster: big.NewInt(1e18)},
		baseFee:  big.NewInt(10e9),
		gasLimit: 30_000_000,
	}
}

// goodOp passes every precheck against newFakeState.
func goodOp() *entrypoint.UserOperation {
	op := typicalOp([]byte{0xb6, 0x1d, 0x27, 0xf6})
	op.Sender = pcSender
	op.MaxFeePerGas = big.NewInt(20e9)
	op.PreVerificationGas = big.NewInt(60_000)
	return op
}

func TestPrecheck(t *testing.T) {
	ep := entrypoint.V08.EntryPoint()
	ctx := context.Background()
	if err := Precheck(ctx, newFakeState(), goodOp(), ep, DefaultConfig()); err != nil {
		t.Fatalf("good op: %v", err)
	}
	gas := func(v int64) *big.Int { return big.NewInt(v) }
	cases := []struct {
		name   string
		op     func(*entrypoint.UserOperation)
		state  func(*fakeState)
		cfg    func(*Config)
		code   int
		substr string
	}{
		{name: "missing field", op: func(o *entrypoint.UserOperation) { o.CallGasLimit = nil }, code: -32602, substr: "Missing userOp field: callGasLimit"},
		{name: "callData size", op: func(o *entrypoint.UserOperation) { o.CallData = make([]byte, 64<<10+1) }, code: -32602, substr: "callData too large"},
		{name: "initCode size", op: func(o *entrypoint.UserOperation) { o.Factory, o.FactoryData = &pcFactory, make([]byte, 32<<10) }, code: -32602, substr: "initCode too large"},
		{name: "paymasterData size", op: func(o *entrypoint.UserOperation) { o.Paymaster, o.PaymasterData = &pcPaymaster, make([]byte, 8<<10+1) }, code: -32602, substr: "paymasterData too large"},
		{name: "signature size", op: func(o *entrypoint.UserOperation) { o.Signature = make([]byte, 8<<10+1) }, code: -32602, substr: "signature too large"},
		{name: "verificationGasLimit cap", op: func(o *entrypoint.UserOperation) { o.VerificationGasLimit = gas(5_000_001) }, code: -32602, substr: "verificationGasLimit too high"},
		{name: "callGasLimit cap", op: func(o *entrypoint.UserOperation) { o.CallGasLimit = gas(10_000_001) }, code: -32602, substr: "callGasLimit too high"},
		{name: "paymaster verification cap", op: func(o *entrypoint.UserOperation) {
			o.Paymaster, o.PaymasterVerificationGasLimit = &pcPaymaster, gas(5_000_001)
		}, code: -32602, substr: "paymasterVerificationGasLimit too high"},
		{name: "EIP-7825 total", op: func(o *entrypoint.UserOperation) {
			o.VerificationGasLimit, o.CallGasLimit = gas(5_000_000), gas(10_000_000)
			o.Paymaster, o.PaymasterVerificationGasLimit = &pcPaymaster, gas(2_000_000)
		}, code: -32602, substr: "the limit is 16777216"},
		{name: "block gas limit", state: func(s *fakeState) { s.gasLimit = 150_000 }, code: -32602, substr: "the limit is 150000"},
		{name: "priority above max fee", op: func(o *entrypoint.UserOperation) { o.MaxPriorityFeePerGas = gas(21e9) }, code: -32602, substr: "maxPriorityFeePerGas (21000000000) is higher"},
		{name: "priority floor", cfg: func(c *Config) { c.MinPriorityFeePerGas = gas(2e9) }, code: -32602, substr: "maxPriorityFeePerGas too low: expected at least 2000000000"},
		{name: "base fee margin", state: func(s *fakeState) { s.baseFee = gas(19e9) }, code: -32602, substr: "maxFeePerGas too low: expected at least 20900000000"},
		{name: "preVerificationGas", op: func(o *entrypoint.UserOperation) { o.PreVerificationGas = gas(30_000) }, code: -32602, substr: "preVerificationGas too low: expected at least"},
		{name: "sender constructed", op: func(o *entrypoint.UserOperation) { o.Factory = &pcFactory }, code: -32500, substr: "AA10 sender already constructed"},
		{name: "not deployed", state: func(s *fakeState) { delete(s.code, pcSender) }, code: -32500, substr: "AA20 account not deployed"},
		{name: "factory without code", op: func(o *entrypoint.UserOperation) { o.Factory = &pcFactory },
			state: func(s *fakeState) { delete(s.code, pcSender); delete(s.code, pcFactory) }, code: -32500, substr: "AA13"},
		{name: "paymaster not deployed", op: func(o *entrypoint.UserOperation) { o.Paymaster = &pcPaymaster },
			state: func(s *fakeState) { delete(s.code, pcPaymaster) }, code: -32500, substr: "AA30 paymaster not deployed"},
		{name: "paymaster deposit", op: func(o *entrypoint.UserOperation) { o.Paymaster = &pcPaymaster },
			state: func(s *fakeState) { s.deposit[pcPaymaster] = gas(1000) }, code: -32508, substr: "AA31 paymaster deposit too low"},
		{name: "sender prefund", state: func(s *fakeState) { s.deposit[pcSender] = gas(1000); s.balance[pcSender] = gas(1000) },
			code: -32500, substr: "AA21 didn't pay prefund"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			op, st, cfg := goodOp(), newFakeState(), DefaultConfig()
			if tc.op != nil {
				tc.op(op)
			}
			if tc.state != nil {
				tc.state(st)
			}
			if tc.cfg != nil {
				tc.cfg(&cfg)
			}
			err := Precheck(ctx, st, op, ep, cfg)
			var ge *erc7769.Error
			if !errors.As(err, &ge) {
				t.Fatalf("got %v, want a *gas.Error", err)
			}
			if ge.ErrorCode() != tc.code || !strings.Contains(ge.Error(), tc.substr) {
				t.Fatalf("got %d %q, want %d containing %q", ge.ErrorCode(), ge.Error(), tc.code, tc.substr)
			}
			if tc.code == -32508 {
				if d, ok := ge.ErrorData().(PaymasterData); !ok || d.Paymaster != pcPaymaster {
					t.Errorf("data %#v", ge.ErrorData())
				}
			}
		})
	}

	// The sender's balance counts towards its prefund.
	st := newFakeState()
	st.deposit[pcSender], st.balance[pcSender] = new(big.Int), big.NewInt(1e18)
	if err := Precheck(ctx, st, goodOp(), ep, DefaultConfig()); err != nil {
		t.Errorf("balance-funded sender: %v", err)
	}
	// Slack lowers the PVG requirement.
	op := goodOp()
	need, _ := PreVerificationGas(op, entrypoint.V08, DefaultPVGConfig())
	op.PreVerificationGas = new(big.Int).SetUint64(need * 96 / 100)
	cfg := DefaultConfig()
	cfg.PVGSlackPercent = 5
	if err := Precheck(ctx, newFakeState(), op, ep, cfg); err != nil {
		t.Errorf("with 5%% slack: %v", err)
	}
}

// TestSuggestFees checks the node-derived fees pass the precheck's fee
// rules.
func TestSuggestFees(t *testing.T) {
	f := getFixture(t)
	ctx := context.Background()
	fees, err := SuggestFees(ctx, f.rpc, FeeConfig{BaseFeeMultiplierPercent: 150, MinPriorityFeePerGas: big.NewInt(3e9)})
	if err != nil {
		t.Fatal(err)
	}
	if fees.MaxPriorityFeePerGas.Cmp(big.NewInt(3e9)) < 0 || fees.MaxFeePerGas.Cmp(MinMaxFeePerGas(fees.BaseFee, 10)) < 0 {
		t.Fatalf("fees %+v", fees)
	}
	op := &entrypoint.UserOperation{MaxFeePerGas: big.NewInt(7)}
	FillFees(op, fees)
	if op.MaxFeePerGas.Int64() != 7 || op.MaxPriorityFeePerGas.Cmp(fees.MaxPriorityFeePerGas) != 0 {
		t.Fatalf("FillFees: %v %v", op.MaxFeePerGas, op.MaxPriorityFeePerGas)
	}
}

// TestPrecheckV06PaymasterPrefund: with a paymaster, EntryPoint v0.6
// reserves verificationGasLimit three times, so a deposit that covers the
// op once is enough on v0.8 and too low on v0.6 (AA31, as its EntryPoint).
func TestPrecheckV06PaymasterPrefund(t *testing.T) {
	ctx := context.Background()
	op := goodOp()
	op.Paymaster = &pcPaymaster
	op.PaymasterVerificationGasLimit, op.PaymasterPostOpGasLimit = new(big.Int), new(big.Int)
	op.PreVerificationGas = big.NewInt(100_000)
	once := RequiredPrefund(op)
	want := new(big.Int).Add(once, new(big.Int).Mul(new(big.Int).Mul(op.VerificationGasLimit, big.NewInt(2)), op.MaxFeePerGas))
	if got := RequiredPrefundFor(op, entrypoint.V06); got.Cmp(want) != 0 {
		t.Fatalf("v0.6 prefund %v, want %v", got, want)
	}
	st := newFakeState()
	st.deposit[pcPaymaster] = once
	cfg := DefaultConfig()
	cfg.EntryPoints = entrypoint.Canonical()
	if err := Precheck(ctx, st, op, entrypoint.V08.EntryPoint(), cfg); err != nil {
		t.Fatalf("v0.8: %v", err)
	}
	err := Precheck(ctx, st, op, entrypoint.V06.EntryPoint(), cfg)
	var ge *erc7769.Error
	if !errors.As(err, &ge) || ge.ErrorCode() != erc7769.CodePaymasterDepositTooLow || !strings.Contains(ge.Error(), "AA31") {
		t.Fatalf("v0.6: %v", err)
	}
	st.deposit[pcPaymaster] = want
	if err := Precheck(ctx, st, op, entrypoint.V06.EntryPoint(), cfg); err != nil {
		t.Fatalf("v0.6 with the whole prefund: %v", err)
	}
}
