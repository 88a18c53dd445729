package test

import (
	"maps"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	v09 "github.com/klaster-dev/klaster/bindings/v09"
	"github.com/klaster-dev/klaster/erc7769"
)

// TestEntryPointV09IgnoredInitCode: v0.9 executes an op whose initCode names
// a sender that is already deployed, ignoring the initCode (IgnoredInitCode)
// where v0.8 fails it with AA10. Through the binary: the account's first op
// deploys it; its second op carries the same factory and factoryData, is
// estimated, sent, and mined successfully, and the bundle's logs hold the
// v0.9 EntryPoint's IgnoredInitCode for it naming the unused factory. The
// same second op on v0.8 is refused with -32500 AA10.
func TestEntryPointV09IgnoredInitCode(t *testing.T) {
	ctx, b, node, funder, accs, contracts, ep := v09Env(t)
	owner := accs[6].Key
	first, h1 := newOp(ctx, t, b, node, funder, accountKinds[1], contracts, ep, owner, 9500)
	var got common.Hash
	if err := b.call(ctx, &got, "eth_sendUserOperation", first, ep); err != nil || got != h1 {
		t.Fatalf("deploying op: %s %v", got, err)
	}
	if rec := waitReceipt(ctx, t, b, h1); rec["success"] != true {
		t.Fatalf("deploying op receipt %v", rec)
	}
	if code, err := node.CodeAt(ctx, first["sender"].(common.Address), nil); err != nil || len(code) == 0 {
		t.Fatalf("the sender has no code after its first op (%v)", err)
	}

	second := maps.Clone(first)
	second["nonce"] = "0x1" // factory and factoryData kept: the account exists
	for _, k := range []string{"preVerificationGas", "verificationGasLimit", "callGasLimit"} {
		second[k] = nil
	}
	var est map[string]hexutil.Uint64
	if err := b.call(ctx, &est, "eth_estimateUserOperationGas", second, ep); err != nil {
		t.Fatalf("estimate an op with initCode for a deployed sender: %v", err)
	}
	for k, v := range est {
		second[k] = v
	}
	h2 := signOp(t, second, ep, accountKinds[1], owner)
	if err := b.call(ctx, &got, "eth_sendUserOperation", second, ep); err != nil || got != h2 {
		t.Fatalf("send an op with initCode for a deployed sender: %s %v", got, err)
	}
	rec := waitReceipt(ctx, t, b, h2)
	if rec["success"] != true {
		t.Fatalf("receipt %v", rec)
	}
	txHash := common.HexToHash(rec["receipt"].(map[string]any)["transactionHash"].(string))
	receipt, err := node.TransactionReceipt(ctx, txHash)
	if err != nil {
		t.Fatal(err)
	}
	filterer, err := v09.NewEntryPointFilterer(ep, node)
	if err != nil {
		t.Fatal(err)
	}
	ignored := false
	for _, l := range receipt.Logs {
		if l.Address != ep {
			continue
		}
		if ev, err := filterer.ParseIgnoredInitCode(*l); err == nil {
			ignored = ev.UserOpHash == h2 && ev.Sender == second["sender"].(common.Address) && ev.UnusedFactory == second["factory"].(common.Address)
		}
	}
	if !ignored {
		t.Fatalf("no IgnoredInitCode(%s) of EntryPoint %s in %s", h2, ep, txHash)
	}

	// v0.8 refuses the same shape: its own account, deployed, with initCode.
	ep08 := contracts.EntryPointV08
	first08, h08 := newOp(ctx, t, b, node, funder, accountKinds[1], contracts, ep08, owner, 9501)
	if err := b.call(ctx, &got, "eth_sendUserOperation", first08, ep08); err != nil {
		t.Fatalf("v0.8 deploying op: %v", err)
	}
	waitReceipt(ctx, t, b, h08)
	second08 := maps.Clone(first08)
	second08["nonce"] = "0x1"
	second08["preVerificationGas"] = hexutil.Uint64(100_000) // room for the non-zero nonce byte: only the initCode is wrong
	signOp(t, second08, ep08, accountKinds[1], owner)
	rpcError(t, b.call(ctx, &got, "eth_sendUserOperation", second08, ep08), erc7769.CodeRejectedByEntryPoint, "AA10")
}
