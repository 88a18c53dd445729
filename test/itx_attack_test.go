package test

import (
	"context"
	"encoding/json"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
)

// The attack suite of issue 12: waiting iTx ops are the node's risk, so
// nobody may use one to make the node or other users pay. Each case sends
// real requests to the real binary and checks that honest users keep being
// served and nothing is lost.

// sameOpItem is a quote item carrying a quoted op exactly as quoted (every
// gas and fee field set, so the node fills nothing) with its bounds.
func sameOpItem(t *testing.T, quoted map[string]any) map[string]any {
	t.Helper()
	raw, _ := json.Marshal(quoted)
	var item map[string]any
	if err := json.Unmarshal(raw, &item); err != nil {
		t.Fatal(err)
	}
	return map[string]any{"chainId": item["chainId"], "entryPoint": item["entryPoint"], "userOp": item["userOp"],
		"lowerBoundTimestamp": item["lowerBoundTimestamp"], "upperBoundTimestamp": item["upperBoundTimestamp"]}
}

// bundleNow has chain id bundle what is ready (manual bundling).
func (e *itxEnv) bundleNow(ctx context.Context, id uint64) {
	e.t.Helper()
	c, err := gethrpc.DialContext(ctx, e.p.URL+"/rpc/"+big.NewInt(int64(id)).String())
	if err != nil {
		e.t.Fatal(err)
	}
	defer c.Close()
	var res json.RawMessage
	if err := c.CallContext(ctx, &res, "debug_bundler_sendBundleNow"); err != nil {
		e.t.Fatalf("sendBundleNow on %d: %v", id, err)
	}
}

// An iTx that fails on its last leaf, whose first leaf equals a victim's
// pending op: the rollback removes only what the iTx added, so the victim's
// op stays and is mined.
func TestITxAttackRollbackKeepsVictimsOp(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	e := newITxEnv(ctx, t, "--bundling.mode", "manual")
	victim := e.newAccount(ctx, 1337, ether)
	qv := e.quote(ctx, e.itxItem(victim, recipient(1), 0, 0, false))
	if _, err := e.send(ctx, e.signed(qv)); err != nil {
		t.Fatalf("victim's iTx: %v", err)
	}
	other := e.newAccount(ctx, 1337, ether)
	qo := e.quote(ctx, e.itxItem(other, recipient(2), 0, 0, false))
	if _, err := e.send(ctx, e.signed(qo)); err != nil {
		t.Fatalf("the nonce-holding iTx: %v", err)
	}
	if n := e.mempoolSize(ctx); n != 2 {
		t.Fatalf("%d ops pending, want 2", n)
	}

	// Leaf 0 is the victim's op as it sits in the mempool; leaf 1 takes the
	// nonce slot of the other pending op without a fee bump, so its insert
	// fails after leaf 0's.
	clash := sameOpItem(t, qo.UserOps[0])
	clash["userOp"].(map[string]any)["callData"] = hexutil.Bytes(mustPack(t, e.abis.account, "execute", recipient(3), big.NewInt(1), []byte{}))
	qa := e.quote(ctx, sameOpItem(t, qv.UserOps[0]), clash)
	if qa.UserOps[0]["userOpHash"] != qv.UserOps[0]["userOpHash"] {
		t.Fatalf("leaf 0 is not the victim's op: %v vs %v", qa.UserOps[0]["userOpHash"], qv.UserOps[0]["userOpHash"])
	}
	_, err := e.send(ctx, e.signed(qa))
	wantRejected(t, err, -32602, 1, 1337)
	if st := e.status(ctx, qa.ItxHash); st != nil {
		t.Fatalf("the refused iTx has a status: %+v", st)
	}
	if n := e.mempoolSize(ctx); n != 2 {
		t.Fatalf("%d ops pending after the refused iTx, want the 2 that were there", n)
	}
	if st := e.status(ctx, qv.ItxHash); st.UserOps[0].Status != "PENDING" {
		t.Fatalf("victim's op is %s after the refused iTx, want PENDING", st.UserOps[0].Status)
	}
	e.bundleNow(ctx, 1337)
	e.waitStatus(ctx, qv.ItxHash, "SUCCESS")
	e.waitStatus(ctx, qo.ItxHash, "SUCCESS")
}
