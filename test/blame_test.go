package test

import (
	"context"
	"encoding/json"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/klaster-dev/klaster/bindings/testcontracts"
	"github.com/klaster-dev/klaster/devnet"
)

// reputationOf returns addr's entry of debug_bundler_dumpReputation (zero
// values when it has none).
func reputationOf(t *testing.T, env *devEnv, ep, addr common.Address) (status int, opsSeen uint64) {
	t.Helper()
	var rep []struct {
		Address common.Address `json:"address"`
		OpsSeen hexutil.Uint64 `json:"opsSeen"`
		Status  int            `json:"status"`
	}
	if err := env.bundler.CallContext(env.ctx, &rep, "debug_bundler_dumpReputation", ep); err != nil {
		t.Fatal(err)
	}
	for _, r := range rep {
		if r.Address == addr {
			return r.Status, uint64(r.OpsSeen)
		}
	}
	return 0, 0
}

// deployingOp is a signed op of owner accs[2] that deploys its KlasterAccount
// through factory with salt (its prefund deposited) and makes call.
func (env *devEnv) deployingOp(t *testing.T, a abis, ep, factory common.Address, call []byte, salt int64) (json.RawMessage, common.Address) {
	t.Helper()
	ctx, node, owner := env.ctx, env.node, env.accs[2]
	out, _ := node.CallContract(ctx, callMsg(factory, mustPack(t, a.factory, "getAddress", owner.Address, big.NewInt(salt))), nil)
	sender := common.BytesToAddress(out)
	sendAndWait(ctx, t, env.funder, node, ep, big.NewInt(1e17), mustPack(t, a.entryPoint, "depositTo", sender))
	op := baseOp(ctx, t, node, sender, big.NewInt(0), call)
	op.Factory, op.FactoryData = &factory, mustPack(t, a.factory, "createAccount", owner.Address, big.NewInt(salt))
	op.VerificationGasLimit = big.NewInt(400_000)
	return signedOp(t, op, ep, owner.Key), sender
}

// Attack: an op deploying its account through the shared factory is
// admitted, then someone deploys that account directly before the bundle
// is built. The op fails its second validation (AA10) and is dropped; the
// factory is neither throttled nor banned (ERC-7562 does not penalize at
// second validation), and the next deploy through it is accepted and mined.
func TestFactoryFrontRunNotBlamed(t *testing.T) {
	env := newDevEnv(t, 3*time.Minute)
	ctx, contracts, c, node, funder := env.ctx, env.contracts, env.bundler, env.node, env.funder
	ep := contracts.EntryPointV08
	factory := contracts.KlasterFactoryV08
	owner := env.accs[2]
	a := loadABIs(t)
	call := mustPack(t, a.account, "execute", common.HexToAddress("0x00000000000000000000000000000000000d0b06"), big.NewInt(0), []byte{})
	var ok string
	mustOK := func(method string, args ...any) {
		t.Helper()
		if err := c.CallContext(ctx, &ok, method, args...); err != nil || ok != "ok" {
			t.Fatalf("%s: %q %v", method, ok, err)
		}
	}
	deployingOp := func(salt int64) (json.RawMessage, common.Address) {
		return env.deployingOp(t, a, ep, factory, call, salt)
	}

	mustOK("debug_bundler_setBundlingMode", "manual")
	raw, sender := deployingOp(900)
	var h common.Hash
	if err := c.CallContext(ctx, &h, "eth_sendUserOperation", raw, ep); err != nil {
		t.Fatalf("deploy op refused: %v", err)
	}
	// The front-run: the account is created outside the bundle.
	sendAndWait(ctx, t, funder, node, factory, nil, mustPack(t, a.factory, "createAccount", owner.Address, big.NewInt(900)))
	if code, _ := node.CodeAt(ctx, sender, nil); len(code) == 0 {
		t.Fatal("front-run did not deploy the account")
	}
	mustOK("debug_bundler_sendBundleNow") // the op fails its second validation: nothing to send
	var rec map[string]any
	if err := c.CallContext(ctx, &rec, "eth_getUserOperationReceipt", h); err != nil || rec != nil {
		t.Fatalf("front-run op has a receipt: %v %v", rec, err)
	}
	var dump []map[string]any
	if err := c.CallContext(ctx, &dump, "debug_bundler_dumpMempool", ep); err != nil || len(dump) != 0 {
		t.Fatalf("front-run op still in the mempool: %v %v", dump, err)
	}
	if status, _ := reputationOf(t, env, ep, factory); status != 0 {
		t.Fatalf("factory status %d after a front-run, want 0 (ok)", status)
	}

	raw, _ = deployingOp(901)
	if err := c.CallContext(ctx, &h, "eth_sendUserOperation", raw, ep); err != nil {
		t.Fatalf("next deploy through the factory refused: %v", err)
	}
	mustOK("debug_bundler_setBundlingMode", "auto")
	rec = waitReceipt(ctx, t, bundlerClient{t: t, rpc: c}, h)
	if rec["success"] != true {
		t.Fatalf("next deploy: %v", rec)
	}
	if status, _ := reputationOf(t, env, ep, factory); status != 0 {
		t.Fatalf("factory status %d, want 0", status)
	}
}

// A replacement op (same sender and nonce, higher fees) that keeps its
// paymaster leaves that paymaster with opsSeen 1: the entity counters are
// those of the replacement alone.
func TestReplacementKeepsPaymasterSeenOnce(t *testing.T) {
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
	tx, err = pmc.Deposit(&deposit)
	if err != nil {
		t.Fatal(err)
	}
	if r, err := devnet.WaitReceipt(ctx, f.node, tx.Hash()); err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("paymaster deposit: %v", err)
	}
	var ok string
	if err := f.rpc.CallContext(ctx, &ok, "debug_bundler_setBundlingMode", "manual"); err != nil {
		t.Fatal(err)
	}
	send := func(bump int64) common.Hash {
		t.Helper()
		op := baseOp(ctx, t, f.node, f.account, new(big.Int), nil)
		op.Signature = ruleSignature(t, 0, new(big.Int))
		op.Paymaster = &pm
		op.PaymasterVerificationGasLimit = big.NewInt(100_000)
		op.PaymasterPostOpGasLimit = big.NewInt(50_000)
		op.PreVerificationGas = big.NewInt(100_000)
		for _, fee := range []*big.Int{op.MaxFeePerGas, op.MaxPriorityFeePerGas} {
			fee.Mul(fee, big.NewInt(100+bump)).Div(fee, big.NewInt(100))
		}
		raw, _ := json.Marshal(op)
		var h common.Hash
		if err := f.rpc.CallContext(ctx, &h, "eth_sendUserOperation", json.RawMessage(raw), f.ep); err != nil {
			t.Fatalf("op (fees +%d%%) refused: %v", bump, err)
		}
		return h
	}
	first := send(0)
	second := send(50)
	if first == second {
		t.Fatal("the replacement has the same hash")
	}
	env := &devEnv{ctx: ctx, bundler: f.rpc}
	if _, seen := reputationOf(t, env, f.ep, pm); seen != 1 {
		t.Fatalf("paymaster opsSeen %d after a replacement that keeps it, want 1", seen)
	}
	var dump []map[string]any
	if err := f.rpc.CallContext(ctx, &dump, "debug_bundler_dumpMempool", f.ep); err != nil || len(dump) != 1 {
		t.Fatalf("mempool after the replacement: %v %v", dump, err)
	}
}
