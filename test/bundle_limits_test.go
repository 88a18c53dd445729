package test

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/klaster-dev/klaster/bindings/testcontracts"
	"github.com/klaster-dev/klaster/bundler"
	"github.com/klaster-dev/klaster/devnet"
	"github.com/klaster-dev/klaster/validation"
)

// Twenty valid ops of about 7.5 KB each (150 KB together, over geth's
// 128 KiB transaction limit) are all mined within a few blocks, split over
// bundles that each stay within the node's transaction size and LIM-040.
func TestBundleLimitsLargeOps(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	f := newBeaconFixture(ctx, t)
	opts, helper := f.opts, f.helper
	// Twenty unstaked senders, one op each, so that one bundle could take
	// them all. The deployments and deposits go out back to back.
	senders := []common.Address{f.account}
	var txs []*types.Transaction
	for len(senders) < 20 {
		addr, tx, acct, err := testcontracts.DeployRuleAccount(opts, f.node, f.ep, helper)
		if err != nil {
			t.Fatal(err)
		}
		deposit := *opts
		deposit.Value = big.NewInt(1e18)
		deposit.GasLimit = 200_000 // the account is not deployed yet: no estimate
		dtx, err := acct.Deposit(&deposit)
		if err != nil {
			t.Fatal(err)
		}
		txs = append(txs, tx, dtx)
		senders = append(senders, addr)
	}
	for _, tx := range txs {
		if r, err := devnet.WaitReceipt(ctx, f.node, tx.Hash()); err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("setup tx %s: %v", tx.Hash(), err)
		}
	}
	start, err := f.node.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// All twenty wait in the mempool, then one bundling pass takes them.
	var ok string
	if err := f.rpc.CallContext(ctx, &ok, "debug_bundler_setBundlingMode", "manual"); err != nil {
		t.Fatal(err)
	}
	var hashes []common.Hash
	for i := 0; i < 20; i++ {
		op := baseOp(ctx, t, f.node, senders[i], new(big.Int), nil)
		pad := make([]byte, 7400)
		rand.Read(pad)
		op.Signature = append(ruleSignature(t, 0, new(big.Int)), pad...)
		op.PreVerificationGas = big.NewInt(300_000)
		op.VerificationGasLimit = big.NewInt(300_000)
		size, err := validation.PackedSize(op)
		if err != nil || size < 7500 || size > 8192 {
			t.Fatalf("op size %d: %v", size, err)
		}
		raw, _ := json.Marshal(op)
		var h common.Hash
		if err := f.rpc.CallContext(ctx, &h, "eth_sendUserOperation", json.RawMessage(raw), f.ep); err != nil {
			t.Fatalf("op %d refused: %v", i, err)
		}
		hashes = append(hashes, h)
	}
	var bundle json.RawMessage
	if err := f.rpc.CallContext(ctx, &bundle, "debug_bundler_sendBundleNow"); err != nil {
		t.Fatalf("sendBundleNow: %v", err)
	}
	if err := f.rpc.CallContext(ctx, &ok, "debug_bundler_setBundlingMode", "auto"); err != nil {
		t.Fatal(err)
	}
	b := bundlerClient{t: t, rpc: f.rpc}
	last := uint64(0)
	for _, h := range hashes {
		rec := waitReceipt(ctx, t, b, h)
		if rec["success"] != true {
			t.Fatalf("op %s: %v", h, rec)
		}
		var n uint64
		if s, ok := rec["receipt"].(map[string]any)["blockNumber"].(string); ok {
			n = new(big.Int).SetBytes(common.FromHex(s)).Uint64()
		}
		last = max(last, n)
	}
	bundles := f.bundlesSince(ctx, t, start)
	for _, tx := range bundles {
		if tx.Size() > bundler.DefaultMaxTxSize || len(tx.Data()) > validation.DefaultConfig().MaxBundleSize {
			t.Fatalf("bundle %s: %d bytes encoded, %d calldata", tx.Hash(), tx.Size(), len(tx.Data()))
		}
		t.Logf("bundle %s: %d bytes", tx.Hash(), tx.Size())
	}
	if len(bundles) < 2 || len(bundles) > 4 {
		t.Fatalf("%d bundles carried 150 KB of ops", len(bundles))
	}
	t.Logf("20 ops mined in %d bundles, blocks %d..%d", len(bundles), start, last)
}
