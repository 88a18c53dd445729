package test

import (
	"context"
	"encoding/json"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/klaster-dev/klaster/bindings/testcontracts"
	"github.com/klaster-dev/klaster/devnet"
)

// EREP-070 through the binary: two staked paymasters read the same slot of
// another contract (STO-033, allowed when staked). Alone, at its second
// validation, the second paymaster pays for the cold account and slot; in
// the bundle the first paymaster already warmed them, so its validation
// uses far more than 10% less gas. It is throttled and the first is not;
// both ops are still mined (the rule throttles, it does not drop).
func TestValidationGasReducedThrottlesStakedEntity(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	f := newBeaconFixture(ctx, t)
	mined := func(tx *types.Transaction, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		if r, err := devnet.WaitReceipt(ctx, f.node, tx.Hash()); err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("tx %s: %v", tx.Hash(), err)
		}
	}
	stakedPaymaster := func() common.Address {
		pm, tx, pmc, err := testcontracts.DeployRulePaymaster(f.opts, f.node, f.ep, f.helper)
		mined(tx, err)
		v := *f.opts
		v.Value = big.NewInt(1e18)
		mined(pmc.Deposit(&v))
		mined(pmc.Stake(&v, 86400))
		return pm
	}
	p1, p2 := stakedPaymaster(), stakedPaymaster()
	sender2, tx, _, err := testcontracts.DeployRuleAccount(f.opts, f.node, f.ep, f.helper)
	mined(tx, err)

	var ok string
	if err := f.rpc.CallContext(ctx, &ok, "debug_bundler_setBundlingMode", "manual"); err != nil {
		t.Fatal(err)
	}
	send := func(sender, pm common.Address, tipPercent int64) common.Hash {
		t.Helper()
		op := baseOp(ctx, t, f.node, sender, new(big.Int), nil)
		op.Signature = ruleSignature(t, 0, new(big.Int))
		op.Paymaster = &pm
		op.PaymasterData = ruleSignature(t, modeReadExternal, new(big.Int))
		op.PaymasterVerificationGasLimit = big.NewInt(100_000)
		op.PaymasterPostOpGasLimit = big.NewInt(50_000)
		op.PreVerificationGas = big.NewInt(100_000)
		op.MaxPriorityFeePerGas = new(big.Int).Div(new(big.Int).Mul(op.MaxPriorityFeePerGas, big.NewInt(tipPercent)), big.NewInt(100))
		op.MaxFeePerGas.Add(op.MaxFeePerGas, op.MaxPriorityFeePerGas)
		raw, _ := json.Marshal(op)
		var h common.Hash
		if err := f.rpc.CallContext(ctx, &h, "eth_sendUserOperation", json.RawMessage(raw), f.ep); err != nil {
			t.Fatalf("op with paymaster %s refused: %v", pm.Hex(), err)
		}
		return h
	}
	first := send(f.account, p1, 300) // the higher tip puts it first
	second := send(sender2, p2, 100)
	var sent map[string]any
	if err := f.rpc.CallContext(ctx, &sent, "debug_bundler_sendBundleNow"); err != nil {
		t.Fatalf("sendBundleNow: %v", err)
	}
	bc := bundlerClient{t: t, rpc: f.rpc}
	ra, rb := waitReceipt(ctx, t, bc, first), waitReceipt(ctx, t, bc, second)
	if ra["success"] != true || rb["success"] != true {
		t.Fatalf("receipts %v %v", ra, rb)
	}
	if ra["receipt"].(map[string]any)["transactionHash"] != rb["receipt"].(map[string]any)["transactionHash"] {
		t.Fatal("the two ops were not bundled together")
	}
	logs := f.p.stderr.String()
	env := &devEnv{ctx: ctx, bundler: f.rpc}
	s1, _ := reputationOf(t, env, f.ep, p1)
	s2, _ := reputationOf(t, env, f.ep, p2)
	var line string
	for _, l := range strings.Split(logs, "\n") {
		if strings.Contains(l, "EREP-070") {
			line = l
		}
	}
	t.Logf("paymaster 1 status %d, paymaster 2 status %d; %s", s1, s2, line)
	if s2 != 1 {
		t.Fatalf("the paymaster whose validation gas fell in the bundle has status %d, want 1 (throttled)\n%s", s2, logs)
	}
	if s1 != 0 {
		t.Fatalf("the first paymaster has status %d, want 0", s1)
	}
}
