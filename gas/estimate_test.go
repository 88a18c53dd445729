package gas

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
)

func versionsAndEntryPoints(f *fixture) []struct {
	v  entrypoint.Version
	ep common.Address
} {
	return []struct {
		v  entrypoint.Version
		ep common.Address
	}{{entrypoint.V07, f.net.Contracts.EntryPointV07}, {entrypoint.V08, f.net.Contracts.EntryPointV08}}
}

// TestEstimateIsTight estimates ops of deployed and initCode-deployed
// KlasterAccounts on both EntryPoints, then checks that the estimate passes
// the prechecks and executes in a real handleOps, while 10% less
// verification gas makes handleOps revert.
func TestEstimateIsTight(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	f := getFixture(t)
	owner := f.net.Accounts[3]
	fees, err := SuggestFees(ctx, f.rpc, DefaultFeeConfig())
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range versionsAndEntryPoints(f) {
		for _, deployed := range []bool{true, false} {
			name := fmt.Sprintf("%v/deployed=%v", e.v, deployed)
			t.Run(name, func(t *testing.T) {
				acc := f.newAccount(ctx, t, e.ep, owner.Address, deployed, true)
				to := common.BigToAddress(big.NewInt(0xbeef))
				op := &entrypoint.UserOperation{
					Sender:    acc.addr,
					Nonce:     new(big.Int),
					CallData:  mustPack(t, f.account, "execute", to, big.NewInt(1), []byte{}),
					Signature: strangerSignature(t),
				}
				if !deployed {
					op.Factory, op.FactoryData = &acc.factory, acc.factoryData
				}
				FillFees(op, fees)
				est, err := f.estimator().Estimate(ctx, op, e.ep, nil)
				if err != nil {
					t.Fatalf("estimate: %v", err)
				}
				t.Logf("estimate %+v in %d simulations", est, est.Simulations)
				if est.Simulations > 2+2*20 {
					t.Errorf("%d simulations", est.Simulations)
				}
				if est.PaymasterVerificationGasLimit != nil || est.PaymasterPostOpGasLimit != nil {
					t.Errorf("paymaster fields without paymaster")
				}
				est.Apply(op)
				op.PaymasterVerificationGasLimit, op.PaymasterPostOpGasLimit = new(big.Int), new(big.Int)
				f.signRaw(t, op, e.ep, owner.Key)

				if err := Precheck(ctx, NodeState{RPC: f.rpc}, op, e.ep, DefaultConfig()); err != nil {
					t.Errorf("precheck of the estimated op: %v", err)
				}

				less := op.Copy()
				less.VerificationGasLimit = new(big.Int).SetUint64(uint64(est.VerificationGasLimit) * 9 / 10)
				f.signRaw(t, less, e.ep, owner.Key)
				_, err = f.call(ctx, e.ep, f.handleOpsData(t, less))
				rev, ok := entrypoint.DecodeRevertError(err)
				if !ok || rev.OpIndex != 0 || !strings.HasPrefix(rev.Code, "AA") {
					t.Errorf("handleOps with 10%% less verification gas: %v (decoded %v)", err, rev)
				} else {
					t.Logf("10%% less verification gas: %v", rev)
				}

				r := f.send(ctx, t, e.ep, nil, f.handleOpsData(t, op))
				if ok, found := f.userOpSuccess(t, r); !ok || !found {
					t.Errorf("UserOperationEvent success=%v found=%v", ok, found)
				}
				if bal, _ := f.client.BalanceAt(ctx, to, nil); bal.Sign() == 0 {
					t.Errorf("recipient not paid")
				}
			})
		}
	}
}

// revertCode is runtime code that reverts with Error(msg).
func revertCode(msg string) []byte {
	data := append([]byte{0x08, 0xc3, 0x79, 0xa0}, common.LeftPadBytes([]byte{0x20}, 32)...)
	data = append(data, common.LeftPadBytes(big.NewInt(int64(len(msg))).Bytes(), 32)...)
	padded := make([]byte, (len(msg)+31)/32*32)
	copy(padded, msg)
	data = append(data, padded...)
	n := byte(len(data))
	// PUSH1 n PUSH1 12 PUSH1 0 CODECOPY PUSH1 n PUSH1 0 REVERT
	code := []byte{0x60, n, 0x60, 12, 0x60, 0, 0x39, 0x60, n, 0x60, 0, 0xfd}
	return append(code, data...)
}

func asGasError(t *testing.T, err error) *erc7769.Error {
	t.Helper()
	var ge *erc7769.Error
	if !errors.As(err, &ge) {
		t.Fatalf("error %v (%T) is not a *gas.Error", err, err)
	}
	return ge
}

// TestEstimateExecutionRevert: callData calling a contract (given by state
// override) that reverts with a string answers -32521 with the reason.
func TestEstimateExecutionRevert(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	f := getFixture(t)
	target := common.HexToAddress("0x000000000000000000000000000000000000dead")
	code := hexutil.Bytes(revertCode("target says no"))
	for _, e := range versionsAndEntryPoints(f) {
		t.Run(e.v.String(), func(t *testing.T) {
			acc := f.newAccount(ctx, t, e.ep, f.net.Accounts[3].Address, true, false)
			op := &entrypoint.UserOperation{
				Sender: acc.addr, Nonce: new(big.Int),
				CallData:  mustPack(t, f.account, "execute", target, new(big.Int), []byte{0x12, 0x34}),
				Signature: strangerSignature(t),
			}
			_, err := f.estimator().Estimate(ctx, op, e.ep, StateOverride{target: {Code: &code}})
			ge := asGasError(t, err)
			if ge.ErrorCode() != erc7769.CodeExecutionReverted || !strings.Contains(ge.Error(), "target says no") {
				t.Fatalf("got %d %q", ge.ErrorCode(), ge.Error())
			}
			d, ok := ge.ErrorData().(*RevertData)
			if !ok || d.Reason != "target says no" || len(d.RevertData) < 4 {
				t.Fatalf("data %#v", ge.ErrorData())
			}
		})
	}
}

// TestEstimateWithStateOverride: an unfunded counterfactual account fails
// with AA21 unless a state override gives it a balance.
func TestEstimateWithStateOverride(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	f := getFixture(t)
	for _, e := range versionsAndEntryPoints(f) {
		t.Run(e.v.String(), func(t *testing.T) {
			acc := f.newAccount(ctx, t, e.ep, f.net.Accounts[3].Address, false, false)
			op := &entrypoint.UserOperation{
				Sender: acc.addr, Nonce: new(big.Int), Factory: &acc.factory, FactoryData: acc.factoryData,
				CallData:             mustPack(t, f.account, "execute", common.Address{1}, new(big.Int), []byte{}),
				MaxFeePerGas:         big.NewInt(10e9),
				MaxPriorityFeePerGas: big.NewInt(1e9),
			}
			_, err := f.estimator().Estimate(ctx, op, e.ep, nil)
			if ge := asGasError(t, err); ge.Code != erc7769.CodeRejectedByEntryPoint || !strings.Contains(ge.Message, "AA21") {
				t.Fatalf("without override: %d %q", ge.Code, ge.Message)
			}
			bal := (*hexutil.Big)(big.NewInt(1e18))
			est, err := f.estimator().Estimate(ctx, op, e.ep, StateOverride{acc.addr: {Balance: bal}})
			if err != nil {
				t.Fatalf("with override: %v", err)
			}
			if est.VerificationGasLimit < 50_000 || est.CallGasLimit == 0 || est.PreVerificationGas < 21_000 {
				t.Fatalf("implausible estimate %+v", est)
			}
		})
	}
}

// TestEstimateValidationRevert maps EntryPoint validation failures to -32500
// with the AA reason.
func TestEstimateValidationRevert(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	f := getFixture(t)
	ep := f.net.Contracts.EntryPointV08
	acc := f.newAccount(ctx, t, ep, f.net.Accounts[3].Address, true, false)
	undeployed := common.BytesToAddress(crypto.Keccak256([]byte("nobody"))[:20])
	for _, tc := range []struct {
		name   string
		sender common.Address
		nonce  int64
		want   string
	}{
		{"bad nonce", acc.addr, 5, "AA25"},
		{"not deployed", undeployed, 0, "AA20"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			op := &entrypoint.UserOperation{Sender: tc.sender, Nonce: big.NewInt(tc.nonce), CallData: []byte{}}
			_, err := f.estimator().Estimate(ctx, op, ep, nil)
			ge := asGasError(t, err)
			if ge.Code != erc7769.CodeRejectedByEntryPoint || !strings.Contains(ge.Message, tc.want) {
				t.Fatalf("got %d %q, want -32500 %s", ge.Code, ge.Message, tc.want)
			}
		})
	}
}
