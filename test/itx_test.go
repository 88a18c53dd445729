package test

import (
	"context"
	"encoding/json"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/klaster-dev/klaster/bindings/testcontracts"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/klaster"
	"github.com/klaster-dev/klaster/merkle"
	"github.com/klaster-dev/klaster/store/redistest"
)

var ether = big.NewInt(params.Ether)

// twoChainQuote quotes a funded 3-op iTx: two ops on 1337, one on 1338.
func twoChainQuote(ctx context.Context, e *itxEnv) *quoteResult {
	e.t.Helper()
	a := e.newAccount(ctx, 1337, ether)
	b := e.newAccount(ctx, 1337, ether)
	c := e.newAccount(ctx, 1338, ether)
	return e.quote(ctx, e.itxItem(a, recipient(1), 0, 0, false), e.itxItem(b, recipient(2), 0, 0, false), e.itxItem(c, recipient(3), 0, 0, false))
}

func TestITxTwoChainsSuccess(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	e := newITxEnv(ctx, t)
	q := twoChainQuote(ctx, e)
	if got, err := klaster.RecoverRootSigner(q.ItxHash, q.Commitment); err != nil || got != q.Node {
		t.Fatalf("commitment recovers to %s (%v), node is %s", got, err, q.Node)
	}
	if len(q.Cost) != 2 || q.Cost[0].ChainID != 1337 || q.Cost[0].MaxCost.ToInt().Sign() <= 0 {
		t.Fatalf("cost: %+v", q.Cost)
	}
	res, err := e.send(ctx, e.signed(q))
	if err != nil {
		t.Fatalf("send: %v", err)
	}
	if res.ItxHash != q.ItxHash || len(res.UserOpHashes) != 3 {
		t.Fatalf("send result %+v", res)
	}
	st := e.waitStatus(ctx, q.ItxHash, "SUCCESS")

	var receipts []map[string]any
	if err := e.root.CallContext(ctx, &receipts, "klaster_getInterchainTxReceipts", q.ItxHash); err != nil {
		t.Fatal(err)
	}
	if len(receipts) != 3 {
		t.Fatalf("%d receipts", len(receipts))
	}
	for i, op := range st.UserOps {
		if op.Status != "MINED_SUCCESS" || op.TransactionHash == nil || op.BlockHash == nil {
			t.Fatalf("op %d: %+v", i, op)
		}
		if receipts[i] == nil || receipts[i]["success"] != true || receipts[i]["userOpHash"] != res.UserOpHashes[i].Hex() {
			t.Fatalf("receipt %d: %v", i, receipts[i])
		}
		// On the chain itself: the bundle holds the op's UserOperationEvent.
		rc, err := e.nodes[uint64(op.ChainID)].TransactionReceipt(ctx, *op.TransactionHash)
		if err != nil {
			t.Fatalf("op %d: receipt from chain %d: %v", i, op.ChainID, err)
		}
		if rc.BlockHash != *op.BlockHash {
			t.Fatalf("op %d: block %s on chain, %s in status", i, rc.BlockHash, op.BlockHash)
		}
		found := false
		for _, ev := range userOpEvents(t, e.abis, rc) {
			found = found || (ev.UserOpHash == op.UserOpHash && ev.Success)
		}
		if !found {
			t.Fatalf("op %d: no successful UserOperationEvent in %s on chain %d", i, op.TransactionHash, op.ChainID)
		}
	}
}

// TestITxRefusesBadSignatures: a signature by another key, an op changed
// after quoting and a wrong proof are each refused with -32507, leaving
// nothing in any mempool.
func TestITxRefusesBadSignatures(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	e := newITxEnv(ctx, t)
	q := twoChainQuote(ctx, e)

	t.Run("wrong user signature", func(t *testing.T) {
		s := e.signed(q)
		sig, _ := klaster.SignRoot(e.accounts[4].Key, q.ItxHash) // not the accounts' owner
		s["signature"] = hexutil.Bytes(sig)
		_, err := e.send(ctx, s)
		wantRejected(t, err, -32507, 0, 1337) // the first op whose validation runs: all are open
		e.wantEmptyMempools(ctx)
	})
	t.Run("tampered op", func(t *testing.T) {
		s := e.signed(q)
		ops := cloneOps(t, q.UserOps)
		op := ops[1]["userOp"].(map[string]any)
		cd, _ := hexutil.Decode(op["callData"].(string))
		cd[len(cd)-1] ^= 0x01
		op["callData"] = hexutil.Encode(cd)
		s["userOps"] = ops
		_, err := e.send(ctx, s)
		wantRejected(t, err, -32507, 1, 1337)
		e.wantEmptyMempools(ctx)
	})
	t.Run("tampered op without hashes", func(t *testing.T) {
		// Without the client's userOpHash, leaf and proof the tree is
		// rebuilt from the ops; the user's signature is then of another
		// root, which the account's validator refuses during tracing.
		s := e.signed(q)
		ops := cloneOps(t, q.UserOps)
		for _, o := range ops {
			delete(o, "userOpHash")
			delete(o, "leaf")
			delete(o, "proof")
		}
		op := ops[1]["userOp"].(map[string]any)
		cd, _ := hexutil.Decode(op["callData"].(string))
		cd[len(cd)-1] ^= 0x01
		op["callData"] = hexutil.Encode(cd)
		s["userOps"] = ops
		delete(s, "commitment")
		_, err := e.send(ctx, s)
		wantRejected(t, err, -32507, 0, 1337)
		e.wantEmptyMempools(ctx)
	})
	t.Run("wrong proof", func(t *testing.T) {
		s := e.signed(q)
		ops := cloneOps(t, q.UserOps)
		proof := ops[0]["proof"].([]any)
		if len(proof) == 0 {
			t.Fatal("op 0 has an empty proof")
		}
		h := common.HexToHash(proof[0].(string))
		h[0] ^= 0xff
		proof[0] = h.Hex()
		s["userOps"] = ops
		_, err := e.send(ctx, s)
		wantRejected(t, err, -32507, 0, 1337)
		e.wantEmptyMempools(ctx)
	})
	// The untouched iTx is still accepted afterwards.
	if _, err := e.send(ctx, e.signed(q)); err != nil {
		t.Fatalf("the genuine iTx: %v", err)
	}
	e.waitStatus(ctx, q.ItxHash, "SUCCESS")
}

func cloneOps(t *testing.T, ops []map[string]any) []map[string]any {
	t.Helper()
	raw, _ := json.Marshal(ops)
	var out []map[string]any
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestITxRuleViolationRejectsAll: one op of the iTx is paid by a paymaster
// whose validatePaymasterUserOp reads tx.gasprice, an opcode ERC-7562 bans
// in validation (OP-011). The op's account and its Merkle signature are
// fine; the rule violation alone must reject the whole iTx.
func TestITxRuleViolationRejectsAll(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	e := newITxEnv(ctx, t)
	ep := e.contracts.EntryPointV07
	node := e.nodes[1337]
	opts, err := bind.NewKeyedTransactorWithChainID(e.accounts[1].Key, big.NewInt(1337))
	if err != nil {
		t.Fatal(err)
	}
	helper, tx, _, err := testcontracts.DeployRuleHelper(opts, node, ep)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitMined(ctx, node, tx); err != nil {
		t.Fatal(err)
	}
	pm, tx, pmc, err := testcontracts.DeployRulePaymaster(opts, node, ep, helper)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitMined(ctx, node, tx); err != nil {
		t.Fatal(err)
	}
	opts.Value = ether
	if tx, err = pmc.Deposit(opts); err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitMined(ctx, node, tx); err != nil {
		t.Fatal(err)
	}

	good := e.newAccount(ctx, 1338, ether)
	bad := e.newAccount(ctx, 1337, nil) // the paymaster pays
	badItem := e.itxItem(bad, recipient(9), 0, 0, true)
	u8, _ := abi.NewType("uint8", "", nil)
	b, _ := abi.NewType("bool", "", nil)
	u256, _ := abi.NewType("uint256", "", nil)
	const modeGasPrice = 7 // RuleModes.GASPRICE in contracts/test/RuleContracts.sol
	pmData, err := abi.Arguments{{Type: u8}, {Type: b}, {Type: u256}}.Pack(uint8(modeGasPrice), false, new(big.Int))
	if err != nil {
		t.Fatal(err)
	}
	op := badItem["userOp"].(map[string]any)
	op["paymaster"] = pm
	op["paymasterData"] = hexutil.Bytes(pmData)
	op["paymasterVerificationGasLimit"] = hexutil.Uint64(200_000)
	op["paymasterPostOpGasLimit"] = hexutil.Uint64(50_000)
	q := e.quote(ctx, e.itxItem(good, recipient(8), 0, 0, false), badItem)
	_, err = e.send(ctx, e.signed(q))
	wantRejected(t, err, -32502, 1, 1337)
	e.wantEmptyMempools(ctx)
	if st := e.status(ctx, q.ItxHash); st != nil {
		t.Fatalf("a rejected iTx has a status: %+v", st)
	}
}

func TestITxScheduledOpWaitsForItsWindow(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	e := newITxEnv(ctx, t)
	a := e.newAccount(ctx, 1337, ether)
	b := e.newAccount(ctx, 1338, ether)
	lower := now() + 20
	q := e.quote(ctx, e.itxItem(a, recipient(1), 0, 0, false), e.itxItem(b, recipient(2), lower, lower+600, false))
	if _, err := e.send(ctx, e.signed(q)); err != nil {
		t.Fatal(err)
	}
	if st := e.status(ctx, q.ItxHash); st.UserOps[1].Status != "SCHEDULED" {
		t.Fatalf("op 1 is %s before its window, want SCHEDULED", st.UserOps[1].Status)
	}
	// Before the window: op 0 executes, op 1 does not.
	for now() < lower-3 {
		st := e.status(ctx, q.ItxHash)
		if s := st.UserOps[1].Status; s != "SCHEDULED" {
			t.Fatalf("op 1 is %s at %d, before its lower bound %d", s, now(), lower)
		}
		time.Sleep(time.Second)
	}
	st := e.waitStatus(ctx, q.ItxHash, "SUCCESS")
	head, err := e.nodes[1338].HeaderByHash(ctx, *st.UserOps[1].BlockHash)
	if err != nil {
		t.Fatal(err)
	}
	if head.Time < lower {
		t.Fatalf("op 1 mined in a block of time %d, before its lower bound %d", head.Time, lower)
	}
}

func TestITxOpRetriedUntilFundsArrive(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	e := newITxEnv(ctx, t)
	a := e.newAccount(ctx, 1337, ether)
	poor := e.newAccount(ctx, 1338, nil) // funded later, as a bridge would
	q := e.quote(ctx, e.itxItem(a, recipient(1), 0, 0, false), e.itxItem(poor, recipient(2), 0, now()+600, true))
	if _, err := e.send(ctx, e.signed(q)); err != nil {
		t.Fatalf("an op waiting for funds must not reject the iTx: %v", err)
	}
	time.Sleep(4 * time.Second) // a few blocks of failed retries
	st := e.status(ctx, q.ItxHash)
	if st.UserOps[1].Status != "PENDING" || st.Status == "SUCCESS" {
		t.Fatalf("unfunded op: %+v (iTx %s)", st.UserOps[1], st.Status)
	}
	e.fund(ctx, 1338, poor.address, ether)
	e.waitStatus(ctx, q.ItxHash, "SUCCESS")
}

func TestITxOpExpiresWithoutFunds(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	e := newITxEnv(ctx, t)
	a := e.newAccount(ctx, 1337, ether)
	poor := e.newAccount(ctx, 1338, nil)
	upper := now() + 15
	q := e.quote(ctx, e.itxItem(a, recipient(1), 0, 0, false), e.itxItem(poor, recipient(2), 0, upper, true))
	if _, err := e.send(ctx, e.signed(q)); err != nil {
		t.Fatal(err)
	}
	st := e.waitStatus(ctx, q.ItxHash, "EXPIRED")
	if st.UserOps[0].Status != "MINED_SUCCESS" || st.UserOps[1].Status != "EXPIRED" {
		t.Fatalf("ops: %+v", st.UserOps)
	}
	if now() < upper {
		t.Fatalf("expired at %d, before its upper bound %d", now(), upper)
	}
}

func TestITxResendIsIdempotent(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	// Manual bundling keeps the ops in the mempool while we count them.
	e := newITxEnv(ctx, t, "--bundling.mode", "manual")
	q := twoChainQuote(ctx, e)
	s := e.signed(q)
	first, err := e.send(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		again, err := e.send(ctx, s)
		if err != nil {
			t.Fatalf("resend %d: %v", i, err)
		}
		if again.ItxHash != first.ItxHash || len(again.UserOpHashes) != len(first.UserOpHashes) {
			t.Fatalf("resend %d answered %+v, first %+v", i, again, first)
		}
		for j := range first.UserOpHashes {
			if again.UserOpHashes[j] != first.UserOpHashes[j] {
				t.Fatalf("resend %d: op %d hash %s, first %s", i, j, again.UserOpHashes[j], first.UserOpHashes[j])
			}
		}
	}
	if n := e.mempoolSize(ctx); n != 3 {
		t.Fatalf("%d ops in the mempools after resends, want 3", n)
	}
}

func TestITxWitnessFeed(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	e := newITxEnv(ctx, t)
	ws, err := gethrpc.DialContext(ctx, "ws"+e.p.URL[len("http"):])
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	feed := make(chan json.RawMessage, 16)
	sub, err := ws.Subscribe(ctx, "klaster", feed, "executedInterchainTxs")
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()

	q := twoChainQuote(ctx, e)
	if _, err := e.send(ctx, e.signed(q)); err != nil {
		t.Fatal(err)
	}
	e.waitStatus(ctx, q.ItxHash, "SUCCESS")

	var page struct {
		Items      []feedItem `json:"items"`
		NextCursor *string    `json:"nextCursor"`
	}
	if err := e.root.CallContext(ctx, &page, "klaster_getExecutedInterchainTxs", map[string]any{"limit": 10}); err != nil {
		t.Fatal(err)
	}
	if len(page.Items) != 1 || page.NextCursor != nil {
		t.Fatalf("feed: %+v", page)
	}
	item := page.Items[0]
	if item.ItxHash != q.ItxHash || item.Status != "SUCCESS" || len(item.Executions) != 3 {
		t.Fatalf("feed item: %+v", item)
	}
	select {
	case raw := <-feed:
		var pushed feedItem
		if err := json.Unmarshal(raw, &pushed); err != nil || pushed.ItxHash != q.ItxHash {
			t.Fatalf("pushed feed item %s (%v)", raw, err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no feed item pushed")
	}
	var onlyOther struct {
		Items []feedItem `json:"items"`
	}
	if err := e.root.CallContext(ctx, &onlyOther, "klaster_getExecutedInterchainTxs", map[string]any{"chainId": "0x2a"}); err == nil {
		t.Fatal("an unserved chainId filter was accepted")
	}

	// Verify, without trusting the node: each execution against the chain's
	// logs, and each op's proof and the user's signature against itxHash.
	var info struct {
		Node common.Address `json:"node"`
	}
	if err := e.root.CallContext(ctx, &info, "klaster_getInfo"); err != nil {
		t.Fatal(err)
	}
	for i, ex := range item.Executions {
		rc, err := e.nodes[uint64(ex.ChainID)].TransactionReceipt(ctx, ex.TransactionHash)
		if err != nil {
			t.Fatalf("execution %d: %v", i, err)
		}
		if rc.BlockHash != ex.BlockHash || rc.BlockNumber.Uint64() != uint64(ex.BlockNumber) {
			t.Fatalf("execution %d: block %s/%d on chain, %s/%d in the feed", i, rc.BlockHash, rc.BlockNumber, ex.BlockHash, ex.BlockNumber)
		}
		var ok bool
		for _, l := range rc.Logs {
			if l.Index != uint(ex.LogIndex) {
				continue
			}
			evs := userOpEvents(t, e.abis, &types.Receipt{Logs: []*types.Log{l}})
			ok = l.Address == ex.EntryPoint && len(evs) == 1 && evs[0].UserOpHash == ex.UserOpHash && evs[0].Success == ex.Success
		}
		if !ok {
			t.Fatalf("execution %d: log %d of %s is not the op's UserOperationEvent", i, ex.LogIndex, ex.TransactionHash)
		}

		var proof struct {
			ItxHash       common.Hash    `json:"itxHash"`
			ChainID       hexutil.Uint64 `json:"chainId"`
			EntryPoint    common.Address `json:"entryPoint"`
			UserOpHash    common.Hash    `json:"userOpHash"`
			Leaf          common.Hash    `json:"leaf"`
			Proof         []common.Hash  `json:"proof"`
			Lower         hexutil.Uint64 `json:"lowerBoundTimestamp"`
			Upper         hexutil.Uint64 `json:"upperBoundTimestamp"`
			UserSignature hexutil.Bytes  `json:"userSignature"`
			Commitment    hexutil.Bytes  `json:"commitment"`
			Node          common.Address `json:"node"`
		}
		if err := e.root.CallContext(ctx, &proof, "klaster_getInterchainTxProof", q.ItxHash, ex.UserOpHash); err != nil {
			t.Fatal(err)
		}
		// The userOpHash from the op itself, the leaf from it, the path to
		// the root, and the two signatures of the root.
		var quoted map[string]any
		for _, o := range q.UserOps {
			if common.HexToHash(o["userOpHash"].(string)) == ex.UserOpHash {
				quoted = o
			}
		}
		local, err := entrypoint.Hash(opOf(t, quoted), proof.EntryPoint, new(big.Int).SetUint64(uint64(proof.ChainID)))
		if err != nil || local != ex.UserOpHash {
			t.Fatalf("execution %d: local userOpHash %s (%v)", i, local, err)
		}
		leaf := klaster.Leaf(local, uint64(proof.Lower), uint64(proof.Upper))
		if leaf != proof.Leaf || !merkle.Verify(q.ItxHash, leaf, proof.Proof) {
			t.Fatalf("execution %d: the proof does not lead to itxHash", i)
		}
		if !klaster.VerifyRootSignature(q.ItxHash, proof.UserSignature, e.owner.Address) {
			t.Fatalf("execution %d: the user signature is not the owner's", i)
		}
		if got, err := klaster.RecoverRootSigner(q.ItxHash, proof.Commitment); err != nil || got != info.Node || proof.Node != info.Node {
			t.Fatalf("execution %d: commitment by %s (%v), node %s", i, got, err, info.Node)
		}
	}
}

type feedItem struct {
	ItxHash     common.Hash    `json:"itxHash"`
	Status      string         `json:"status"`
	CompletedAt hexutil.Uint64 `json:"completedAt"`
	Executions  []struct {
		ChainID         hexutil.Uint64 `json:"chainId"`
		EntryPoint      common.Address `json:"entryPoint"`
		UserOpHash      common.Hash    `json:"userOpHash"`
		TransactionHash common.Hash    `json:"transactionHash"`
		BlockNumber     hexutil.Uint64 `json:"blockNumber"`
		BlockHash       common.Hash    `json:"blockHash"`
		LogIndex        hexutil.Uint64 `json:"logIndex"`
		Success         bool           `json:"success"`
	} `json:"executions"`
}

func TestITxSubscriptionSeesEveryTransition(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	e := newITxEnv(ctx, t)
	q := twoChainQuote(ctx, e)
	ws, err := gethrpc.DialContext(ctx, "ws"+e.p.URL[len("http"):])
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	ch := make(chan itxStatus, 64)
	sub, err := ws.Subscribe(ctx, "klaster", ch, "interchainTxs", map[string]any{"itxHash": q.ItxHash})
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()
	if _, err := e.send(ctx, e.signed(q)); err != nil {
		t.Fatal(err)
	}
	var seen []itxStatus
	for done := false; !done; {
		select {
		case st := <-ch:
			seen = append(seen, st)
			done = st.Status == "SUCCESS"
		case err := <-sub.Err():
			t.Fatalf("subscription ended: %v", err)
		case <-ctx.Done():
			t.Fatalf("no SUCCESS pushed; saw %d notifications", len(seen))
		}
	}
	// Every op goes PENDING → SUBMITTED → MINED_SUCCESS, and each push
	// differs from the one before it.
	want := []string{"PENDING", "SUBMITTED", "MINED_SUCCESS"}
	for i := range q.UserOps {
		var got []string
		for _, st := range seen {
			s := st.UserOps[i].Status
			if len(got) == 0 || got[len(got)-1] != s {
				got = append(got, s)
			}
		}
		if len(got) != len(want) {
			t.Fatalf("op %d went through %v, want %v", i, got, want)
		}
		for j := range want {
			if got[j] != want[j] {
				t.Fatalf("op %d went through %v, want %v", i, got, want)
			}
		}
	}
	for k := 1; k < len(seen); k++ {
		same := seen[k].Status == seen[k-1].Status
		for i := range seen[k].UserOps {
			same = same && seen[k].UserOps[i].Status == seen[k-1].UserOps[i].Status
		}
		if same {
			t.Fatalf("push %d repeats push %d", k, k-1)
		}
	}
	if seen[0].Status != "PENDING" {
		t.Fatalf("first push is %s", seen[0].Status)
	}
}

// TestITxFeedSurvivesKill9: with --redis-url the witness feed and the iTx
// records outlive a kill -9 of the process.
func TestITxFeedSurvivesKill9(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	srv := redistest.Start(t, redistest.Options{AppendOnly: true})
	args := []string{"--redis-url", "redis://" + srv.Addr() + "/0", "--dev.datadir", t.TempDir()}
	e := newITxEnv(ctx, t, args...)
	q := twoChainQuote(ctx, e)
	if _, err := e.send(ctx, e.signed(q)); err != nil {
		t.Fatal(err)
	}
	e.waitStatus(ctx, q.ItxHash, "SUCCESS")
	before := e.feed(ctx)
	if len(before) != 1 || before[0].ItxHash != q.ItxHash {
		t.Fatalf("feed before the kill: %+v", before)
	}

	e.p.cmd.Process.Kill() // SIGKILL: no shutdown path runs
	<-e.p.done

	e2 := newITxEnv(ctx, t, args...)
	after := e2.feed(ctx)
	if len(after) != 1 || after[0].ItxHash != q.ItxHash || len(after[0].Executions) != len(before[0].Executions) {
		t.Fatalf("feed after the kill: %+v, before: %+v", after, before)
	}
	for i := range after[0].Executions {
		if after[0].Executions[i] != before[0].Executions[i] {
			t.Fatalf("execution %d changed across the restart: %+v → %+v", i, before[0].Executions[i], after[0].Executions[i])
		}
	}
	if st := e2.status(ctx, q.ItxHash); st == nil || st.Status != "SUCCESS" {
		t.Fatalf("status after the kill: %+v", st)
	}
}

func (e *itxEnv) feed(ctx context.Context) []feedItem {
	e.t.Helper()
	var page struct {
		Items []feedItem `json:"items"`
	}
	if err := e.root.CallContext(ctx, &page, "klaster_getExecutedInterchainTxs", map[string]any{}); err != nil {
		e.t.Fatal(err)
	}
	return page.Items
}
