package test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/klaster-dev/klaster/bindings/testcontracts"
	"github.com/klaster-dev/klaster/devnet"
)

// armedAccountCode is the runtime code of an account for EntryPoint ep.
// Called by anyone else it forwards the call and its value to ep (so it
// can stake itself). Its validateUserOp returns 0, except that an op with
// nonce key 1 sets its storage slot 0, and any later validation that finds
// slot 0 set reverts with Error(message). Two of its ops (keys 1 and 2)
// each pass validation alone and at the second validation; in one bundle
// (a staked sender may have several) the second fails.
func armedAccountCode(t *testing.T, ep common.Address, message string) []byte {
	payload, err := abi.Arguments{{Type: mustType(t, "string")}}.Pack(message)
	if err != nil {
		t.Fatal(err)
	}
	payload = append([]byte{0x08, 0xc3, 0x79, 0xa0}, payload...) // Error(string)
	push20 := func(a common.Address) []byte { return append([]byte{0x73}, a[:]...) }
	// caller == ep: jump to validate (code[24]).
	code := append(push20(ep), 0x33, 0x14, 0x60, 0x00, 0x57)
	// Proxy: calldatacopy(0, 0, calldatasize); call(gas, ep, callvalue, 0, calldatasize, 0, 0); revert on failure.
	code = append(code, 0x36, 0x60, 0x00, 0x60, 0x00, 0x37, 0x60, 0x00, 0x60, 0x00, 0x36, 0x60, 0x00, 0x34)
	code = append(append(code, push20(ep)...), 0x5a, 0xf1)
	okAt := len(code) + 8
	code = append(code, 0x60, byte(okAt), 0x57, 0x60, 0x00, 0x60, 0x00, 0xfd, 0x5b, 0x00)
	validateAt := len(code)
	code[24] = byte(validateAt)
	ret := []byte{0x60, 0x20, 0x60, 0x00, 0xf3} // return 32 zero bytes: validationData 0
	code = append(code, 0x5b,
		0x60, 0x84, 0x35, 0x60, 0x40, 0x1c, // key = calldataload(0x84) >> 64: the op's nonce key
		0x60, 0x01, 0x14, 0x60, 0x00, 0x57, // key == 1: jump to arm
		0x60, 0x00, 0x54, 0x60, 0x00, 0x57, // sload(0) != 0: jump to fail
	)
	armJump, failJump := validateAt+11, validateAt+17
	code = append(code, ret...)
	armAt := len(code)
	code = append(code, 0x5b, 0x60, 0x01, 0x60, 0x00, 0x55) // arm: sstore(0, 1)
	code = append(code, ret...)
	failAt := len(code)
	n := len(payload)
	payloadAt := failAt + 16
	code = append(code, 0x5b, // fail: codecopy(0, payload, n); revert(0, n)
		0x61, byte(n>>8), byte(n), 0x61, byte(payloadAt>>8), byte(payloadAt), 0x60, 0x00, 0x39,
		0x61, byte(n>>8), byte(n), 0x60, 0x00, 0xfd)
	code[armJump], code[failJump] = byte(armAt), byte(failAt)
	return append(code, payload...)
}

// deployRuntime deploys runtime code with a constructor that returns it.
func deployRuntime(ctx context.Context, t *testing.T, opts *bind.TransactOpts, node bind.ContractBackend, runtime []byte) common.Address {
	t.Helper()
	n := len(runtime)
	ctor := []byte{0x61, byte(n >> 8), byte(n), 0x80, 0x60, 0x0c, 0x60, 0x00, 0x39, 0x60, 0x00, 0xf3}
	addr, tx, _, err := bind.DeployContract(opts, abi.ABI{}, append(ctor, runtime...), node)
	if err != nil {
		t.Fatal(err)
	}
	if r, err := bind.WaitMined(ctx, node.(bind.DeployBackend), tx); err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("deploy: %v", err)
	}
	return addr
}

// Attack: an account's validation reverts, inside a bundle, with a message
// naming an innocent paymaster as "AA33 reverted ... 0x<paymaster>" (the
// node's error text carries it). The culprit comes from the EntryPoint's
// typed FailedOpWithRevert (AA23: the account), never from the text: the
// staked account is banned (GREP-040: it passed the second validation and
// then failed the bundle) and the paymaster both of its ops use stays OK.
func TestBlameIgnoresAddressInRevertMessage(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	f := newBeaconFixture(ctx, t)
	pm, tx, pmc, err := testcontracts.DeployRulePaymaster(f.opts, f.node, f.ep, f.helper)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := devnet.WaitReceipt(ctx, f.node, tx.Hash()); err != nil {
		t.Fatal(err)
	}
	deposit := *f.opts
	deposit.Value = big.NewInt(1e18)
	if tx, err = pmc.Deposit(&deposit); err != nil {
		t.Fatal(err)
	}
	if r, err := devnet.WaitReceipt(ctx, f.node, tx.Hash()); err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("paymaster deposit: %v", err)
	}
	message := fmt.Sprintf("AA33 reverted: paymaster %s refused (AA31 paymaster deposit too low %s)", pm.Hex(), pm.Hex())
	account := deployRuntime(ctx, t, f.opts, f.node, armedAccountCode(t, f.ep, message))
	// Staked (1 ETH, one day): the bundle may carry both of its ops.
	stake := *f.opts
	stake.Value = big.NewInt(1e18)
	stakeCall, err := abi.JSON(strings.NewReader(`[{"type":"function","name":"addStake","inputs":[{"name":"d","type":"uint32"}],"outputs":[],"stateMutability":"payable"}]`))
	if err != nil {
		t.Fatal(err)
	}
	if tx, err = bind.NewBoundContract(account, stakeCall, f.node, f.node, f.node).Transact(&stake, "addStake", uint32(86400)); err != nil {
		t.Fatal(err)
	}
	if r, err := devnet.WaitReceipt(ctx, f.node, tx.Hash()); err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("account stake: %v", err)
	}

	var ok string
	if err := f.rpc.CallContext(ctx, &ok, "debug_bundler_setBundlingMode", "manual"); err != nil {
		t.Fatal(err)
	}
	send := func(key int64, tipPercent int64) common.Hash {
		t.Helper()
		op := baseOp(ctx, t, f.node, account, new(big.Int).Lsh(big.NewInt(key), 64), nil)
		op.VerificationGasLimit = big.NewInt(100_000)
		op.Paymaster = &pm
		op.PaymasterData = ruleSignature(t, 0, new(big.Int))
		op.PaymasterVerificationGasLimit = big.NewInt(100_000)
		op.PaymasterPostOpGasLimit = big.NewInt(50_000)
		op.PreVerificationGas = big.NewInt(100_000)
		op.MaxPriorityFeePerGas = new(big.Int).Mul(op.MaxPriorityFeePerGas, big.NewInt(tipPercent))
		op.MaxPriorityFeePerGas.Div(op.MaxPriorityFeePerGas, big.NewInt(100))
		op.MaxFeePerGas.Add(op.MaxFeePerGas, op.MaxPriorityFeePerGas)
		raw, _ := json.Marshal(op)
		var h common.Hash
		if err := f.rpc.CallContext(ctx, &h, "eth_sendUserOperation", json.RawMessage(raw), f.ep); err != nil {
			t.Fatalf("op with nonce key %d refused: %v", key, err)
		}
		return h
	}
	arming := send(1, 300) // the higher tip puts it first in the bundle
	victim := send(2, 100)
	var sent map[string]any
	if err := f.rpc.CallContext(ctx, &sent, "debug_bundler_sendBundleNow"); err != nil {
		t.Fatalf("sendBundleNow: %v", err)
	}
	logs := f.p.stderr.String()
	var rec map[string]any
	if err := f.rpc.CallContext(ctx, &rec, "eth_getUserOperationReceipt", victim); err != nil || rec != nil {
		t.Fatalf("the op that failed in the bundle has a receipt: %v %v", rec, err)
	}
	env := &devEnv{ctx: ctx, bundler: f.rpc}
	pmStatus, pmSeen := reputationOf(t, env, f.ep, pm)
	accStatus, _ := reputationOf(t, env, f.ep, account)
	t.Logf("after the bundle: paymaster %s status %d opsSeen %d; account %s status %d; arming op %s", pm.Hex(), pmStatus, pmSeen, account.Hex(), accStatus, arming)
	// The victim failed in the bundle simulation (not at its second
	// validation), with the message naming the paymaster.
	if !strings.Contains(logs, `"userOpHash":"`+victim.Hex()+`"`) || !strings.Contains(logs, "op dropped from bundle") || !strings.Contains(logs, "AA33 reverted: paymaster") {
		t.Fatalf("the second op did not fail in the bundle with the crafted message:\n%s", logs)
	}
	if pmStatus != 0 {
		t.Fatalf("the innocent paymaster named in the revert message has status %d, want 0 (ok)\n%s", pmStatus, logs)
	}
	if accStatus != 2 {
		t.Fatalf("the account that failed the bundle after its second validation has status %d, want 2 (banned, GREP-040)\n%s", accStatus, logs)
	}
}
