package test

import (
	"context"
	"encoding/json"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/klaster-dev/klaster/klaster"
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

// deployedAccount deploys a fresh KlasterAccount of env.owner on chainID,
// funded, and returns it.
func (e *itxEnv) deployedAccount(ctx context.Context, chainID uint64) account {
	e.t.Helper()
	a := e.newAccount(ctx, chainID, nil)
	klasterAccount(ctx, e.t, e.abis, e.funders[chainID], e.nodes[chainID], a.factory, a.entryPoint, e.owner.Address, e.salt)
	a.factory, a.factoryData = common.Address{}, nil
	return a
}

// opItem is an item for a's op with the given nonce (no factory once
// deployed), fixed gas, and the window [lower, upper].
func (e *itxEnv) opItem(a account, nonce uint64, to common.Address, lower, upper uint64) map[string]any {
	item := e.itxItem(a, to, lower, upper, true)
	op := item["userOp"].(map[string]any)
	op["nonce"] = hexutil.Uint64(nonce)
	if a.factory == (common.Address{}) {
		delete(op, "factory")
		delete(op, "factoryData")
	}
	return item
}

// Four parked ops naming a victim's account, signed by someone else, are
// refused (-32507), scheduled ops included, whether the account is deployed
// (its ERC-1271 check refuses the signer) or not (its factory data deploys
// it for its owner, not the signer); the victim's own op is then accepted
// and mined.
func TestITxAttackForeignSignerRefused(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	e := newITxEnv(ctx, t)
	victim := e.deployedAccount(ctx, 1337)
	attacker := e.accounts[6]
	lower := now() + 600
	var items []map[string]any
	for n := uint64(0); n < 4; n++ {
		items = append(items, e.opItem(victim, n, recipient(int64(n)), lower, lower+600))
	}
	q := e.quote(ctx, items...)
	sig, err := klaster.SignRoot(attacker.Key, q.ItxHash)
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.send(ctx, map[string]any{"userOps": q.UserOps, "signature": hexutil.Bytes(sig)})
	wantRejected(t, err, -32507, 0, 1337)
	if !strings.Contains(err.Error(), victim.address.Hex()) {
		t.Fatalf("the error does not name the victim's account: %v", err)
	}

	// Open windows: validation runs at admission, and the victim's account
	// refuses the mee-v1 signature that carries the attacker's root
	// signature (no separate entitlement call is made for a validated op).
	qNow := e.quote(ctx, e.opItem(victim, 0, recipient(9), 0, 0))
	if sig, err = klaster.SignRoot(attacker.Key, qNow.ItxHash); err != nil {
		t.Fatal(err)
	}
	_, err = e.send(ctx, map[string]any{"userOps": qNow.UserOps, "signature": hexutil.Bytes(sig)})
	wantRejected(t, err, -32507, 0, 1337)
	e.wantEmptyMempools(ctx)

	undeployed := e.newAccount(ctx, 1338, ether) // counterfactual, owned by env.owner
	qu := e.quote(ctx, e.itxItem(undeployed, recipient(5), lower, lower+600, true))
	if sig, err = klaster.SignRoot(attacker.Key, qu.ItxHash); err != nil {
		t.Fatal(err)
	}
	_, err = e.send(ctx, map[string]any{"userOps": qu.UserOps, "signature": hexutil.Bytes(sig)})
	wantRejected(t, err, -32507, 0, 1338)
	e.wantEmptyMempools(ctx)

	// The victim is not locked out: its own op, now.
	own := e.quote(ctx, e.opItem(victim, 0, recipient(7), 0, 0))
	if _, err := e.send(ctx, e.signed(own)); err != nil {
		t.Fatalf("the victim's own op: %v", err)
	}
	e.waitStatus(ctx, own.ItxHash, "SUCCESS")
	ownU := e.quote(ctx, e.itxItem(undeployed, recipient(8), 0, 0, false))
	if _, err := e.send(ctx, e.signed(ownU)); err != nil {
		t.Fatalf("the undeployed victim's own op: %v", err)
	}
	e.waitStatus(ctx, ownU.ItxHash, "SUCCESS")
}

// A parked op with the largest gas the caps allow (within a bundle's gas)
// and the top fee, whose sender has no code, is not a bundle candidate: an
// honest op sent after it is mined within 2 blocks, and the parked op still
// waits, not lost.
func TestITxAttackParkedGasHogDoesNotStall(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	e := newITxEnv(ctx, t)
	ghost := e.newAccount(ctx, 1337, nil)
	ghost.factory, ghost.factoryData = common.Address{}, nil // no code, and nothing deploys it
	item := e.opItem(ghost, 0, recipient(1), 0, 0)
	op := item["userOp"].(map[string]any)
	op["verificationGasLimit"] = hexutil.Uint64(5_000_000) // the precheck's caps
	op["callGasLimit"] = hexutil.Uint64(9_000_000)
	op["preVerificationGas"] = hexutil.Uint64(900_000) // 14.9M in all, under a bundle's 15M
	top := hexutil.Big(*new(big.Int).Mul(big.NewInt(10_000), big.NewInt(1e9)))
	op["maxFeePerGas"], op["maxPriorityFeePerGas"] = &top, &top
	hog := e.quote(ctx, item)
	if _, err := e.send(ctx, e.signed(hog)); err != nil {
		t.Fatalf("the parked op: %v", err)
	}
	if st := e.status(ctx, hog.ItxHash); st.UserOps[0].Status != "PENDING" {
		t.Fatalf("the parked op is %s, want PENDING (waiting)", st.UserOps[0].Status)
	}
	time.Sleep(3 * time.Second) // a few blocks of its re-simulation failing

	honest := e.quote(ctx, e.itxItem(e.newAccount(ctx, 1337, ether), recipient(2), 0, 0, false))
	sent, err := e.nodes[1337].BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.send(ctx, e.signed(honest)); err != nil {
		t.Fatalf("the honest op: %v", err)
	}
	st := e.waitStatus(ctx, honest.ItxHash, "SUCCESS")
	if mined := uint64(*st.UserOps[0].BlockNumber); mined > sent+2 {
		t.Fatalf("the honest op was mined in block %d, sent at head %d: more than 2 blocks", mined, sent)
	}
	if st := e.status(ctx, hog.ItxHash); st.UserOps[0].Status != "PENDING" || st.UserOps[0].Reason == "" {
		t.Fatalf("the parked op after: %+v, want still PENDING with its last failure", st.UserOps[0])
	}
}

// A root signer over its waiting-op cap is refused with -32504 naming the
// cap; its ops that do not wait, and other signers, are unaffected.
func TestITxAttackWaitingCapPerSigner(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	e := newITxEnv(ctx, t, "--itx.max-waiting-per-signer", "2")
	lower := now() + 600
	a, b := e.newAccount(ctx, 1337, ether), e.newAccount(ctx, 1338, ether)
	full := e.quote(ctx, e.itxItem(a, recipient(1), lower, lower+600, true), e.itxItem(b, recipient(2), lower, lower+600, true))
	if _, err := e.send(ctx, e.signed(full)); err != nil {
		t.Fatalf("two waiting ops, at the cap: %v", err)
	}
	over := e.quote(ctx, e.itxItem(e.newAccount(ctx, 1337, ether), recipient(3), lower, lower+600, true))
	_, err := e.send(ctx, e.signed(over))
	wantRejected(t, err, -32504, -1, 0)
	if !strings.Contains(err.Error(), "max-waiting-per-signer") {
		t.Fatalf("the error does not name the cap: %v", err)
	}
	if st := e.status(ctx, over.ItxHash); st != nil {
		t.Fatalf("the refused iTx has a status: %+v", st)
	}
	// Its ops that do not wait are still served.
	now1 := e.quote(ctx, e.itxItem(e.newAccount(ctx, 1338, ether), recipient(4), 0, 0, false))
	if _, err := e.send(ctx, e.signed(now1)); err != nil {
		t.Fatalf("an op that does not wait: %v", err)
	}
	e.waitStatus(ctx, now1.ItxHash, "SUCCESS")

	// Another signer: its own waiting ops and its ops now.
	e.owner = e.accounts[7]
	c := e.newAccount(ctx, 1337, ether)
	d := e.newAccount(ctx, 1338, ether)
	other := e.quote(ctx, e.itxItem(c, recipient(5), lower, lower+600, true), e.itxItem(d, recipient(6), 0, 0, false))
	if _, err := e.send(ctx, e.signed(other)); err != nil {
		t.Fatalf("another signer: %v", err)
	}
	for {
		st := e.status(ctx, other.ItxHash)
		if st.UserOps[1].Status == "MINED_SUCCESS" {
			if st.UserOps[0].Status != "SCHEDULED" {
				t.Fatalf("the other signer's scheduled op is %s", st.UserOps[0].Status)
			}
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("the other signer's op was not mined: %+v", st.UserOps)
		case <-time.After(250 * time.Millisecond):
		}
	}
}
