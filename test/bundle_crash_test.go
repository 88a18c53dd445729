package test

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/devnet"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/receipt"
	"github.com/klaster-dev/klaster/store/redistest"
)

// Attack on crash safety: the process that builds bundles dies (kill -9,
// from a crash point of the test build) between recording a bundle and
// sending it, or between sending it and tracking it, with the bundle
// pending. Another process on the same Redis takes the builder lease and
// reconciles: every op is on chain exactly once, with a successful receipt
// and a by-hash answer naming the transaction that mined it. The failover
// time is measured and logged.
func TestBundleCrashBetweenRecordAndSendFailover(t *testing.T) {
	for _, point := range []string{"bundle-recorded", "bundle-sent"} {
		t.Run(point, func(t *testing.T) { bundleCrashFailover(t, point) })
	}
}

func bundleCrashFailover(t *testing.T, point string) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	net := startDevnet(t, devnet.Config{ChainIDs: []uint64{1337}, Period: 1})
	redisSrv := redistest.Start(t, redistest.Options{})
	run := func(signer int, env ...string) *klasterProcess {
		return runKlaster(t, append([]string{"TEST_SIGNER=" + net.Accounts[signer].KeyHex()}, env...),
			"--rpc-url", net.Chains[0].HTTPURL, "--signer-keys", "env:TEST_SIGNER", "--redis-url", "redis://"+redisSrv.Addr()+"/0")
	}
	leads := func(p *klasterProcess) bool {
		return strings.Contains(p.stderr.String(), "this process builds bundles")
	}
	a := run(8, "KLASTER_CRASH_AT="+point)
	for !leads(a) {
		select {
		case <-ctx.Done():
			t.Fatal("the first process never took the builder lease")
		case <-time.After(50 * time.Millisecond):
		}
	}
	b := run(9)

	node := net.Chains[0].Client()
	defer node.Close()
	owner := net.Accounts[2]
	funder := devnet.NewTxSender(node, 1337, net.Accounts[0].Key)
	ep := net.Contracts.EntryPointV08
	const n = 4
	accts := fundedAccounts(ctx, t, node, funder, net.Contracts.KlasterFactoryV08, ep, owner.Address, n, 9100)
	call := mustPack(t, loadABIs(t).account, "execute", common.HexToAddress("0x000000000000000000000000000000000000c4a5"), big.NewInt(0), []byte{})
	client := dialT(ctx, t, b.URL+"/rpc/1337")
	hashes := make([]common.Hash, n)
	for i, sender := range accts {
		op := baseOp(ctx, t, node, sender, big.NewInt(0), call)
		op.MaxFeePerGas.Mul(op.MaxFeePerGas, big.NewInt(3)) // room for base fee growth across the failover
		hashes[i], _ = entrypoint.Hash(op, ep, big.NewInt(1337))
		var h common.Hash
		if err := client.CallContext(ctx, &h, "eth_sendUserOperation", signedOp(t, op, ep, owner.Key), ep); err != nil || h != hashes[i] {
			t.Fatalf("send op %d via the follower: %s %v", i, h, err)
		}
	}

	// The leader bundles, reaches the crash point and dies.
	select {
	case <-a.done:
	case <-ctx.Done():
		t.Fatalf("the leader never reached crash point %s\n%s", point, a.stderr.String())
	}
	died := time.Now()
	if !strings.Contains(a.stderr.String(), "this process builds bundles") {
		t.Fatal("the crashed process was not the leader")
	}
	for !leads(b) {
		select {
		case <-ctx.Done():
			t.Fatal("the surviving process never took the builder lease")
		case <-time.After(20 * time.Millisecond):
		}
	}
	t.Logf("crash at %s: the other process took the builder lease %.2fs after the kill -9", point, time.Since(died).Seconds())

	bc := bundlerClient{t: t, rpc: client}
	for i, h := range hashes {
		rec := waitReceipt(ctx, t, bc, h)
		if rec["success"] != true {
			t.Fatalf("op %d: receipt %v", i, rec)
		}
		var byHash map[string]any
		if err := client.CallContext(ctx, &byHash, "eth_getUserOperationByHash", h); err != nil || byHash == nil {
			t.Fatalf("op %d by hash: %v %v", i, byHash, err)
		}
		txHash := rec["receipt"].(map[string]any)["transactionHash"]
		if byHash["transactionHash"] != txHash {
			t.Fatalf("op %d: by hash names transaction %v, the receipt %v", i, byHash["transactionHash"], txHash)
		}
	}
	t.Logf("crash at %s: every op mined %.1fs after the kill", point, time.Since(died).Seconds())
	if point == "bundle-recorded" && !strings.Contains(b.stderr.String(), "bundle transaction unknown to the node") {
		t.Fatalf("the new leader did not reconcile the recorded, never-sent bundle:\n%s", b.stderr.String())
	}

	// Exactly once on chain.
	logs, err := node.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{ep}, Topics: [][]common.Hash{{receipt.TopicUserOperationEvent}}})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[common.Hash]int{}
	for _, l := range logs {
		seen[l.Topics[1]]++
	}
	for i, h := range hashes {
		if seen[h] != 1 {
			t.Fatalf("op %d has %d UserOperationEvents", i, seen[h])
		}
	}
}
