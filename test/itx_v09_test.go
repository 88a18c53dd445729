package test

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/klaster"
	"github.com/klaster-dev/klaster/merkle"
)

// newAccountOn is newAccount for the KlasterAccountFactory bound to ep.
func (e *itxEnv) newAccountOn(ctx context.Context, chainID uint64, ep common.Address, fund *big.Int) account {
	e.t.Helper()
	a := e.newAccount(ctx, chainID, nil)
	factory, ok := e.contracts.KlasterFactory(ep)
	if !ok {
		e.t.Fatalf("no KlasterAccountFactory for EntryPoint %s", ep)
	}
	out, err := e.nodes[chainID].CallContract(ctx, callMsg(factory, mustPack(e.t, e.abis.factory, "getAddress", e.owner.Address, big.NewInt(e.salt))), nil)
	if err != nil {
		e.t.Fatalf("getAddress: %v", err)
	}
	a.entryPoint, a.factory, a.address = ep, factory, common.BytesToAddress(out)
	if fund != nil {
		e.fund(ctx, chainID, a.address, fund)
	}
	return a
}

// v09Quote quotes a funded 2-op iTx: a v0.7 leaf on 1337 and a v0.9 leaf on
// 1338, both deploying a KlasterAccount bound to their EntryPoint.
func v09Quote(ctx context.Context, e *itxEnv) *quoteResult {
	e.t.Helper()
	a := e.newAccountOn(ctx, 1337, e.contracts.EntryPointV07, ether)
	b := e.newAccountOn(ctx, 1338, e.contracts.EntryPointV09, ether)
	if a.address == b.address {
		e.t.Fatalf("the v0.7 and v0.9 factories give the same account %s", a.address)
	}
	return e.quote(ctx, e.itxItem(a, recipient(1), 0, 0, false), e.itxItem(b, recipient(2), 0, 0, false))
}

// TestITxV09Leaf: an iTx whose leaves are a v0.7 op on chain 1337 and a
// v0.9 op on chain 1338 is quoted (the v0.9 leaf's userOpHash is the v0.9
// EntryPoint's, binding it), sent, and reaches SUCCESS with each op's
// UserOperationEvent emitted by its own EntryPoint.
func TestITxV09Leaf(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	e := newITxEnv(ctx, t)
	q := v09Quote(ctx, e)
	eps := []common.Address{e.contracts.EntryPointV07, e.contracts.EntryPointV09}
	for i, item := range q.UserOps {
		if common.HexToAddress(item["entryPoint"].(string)) != eps[i] {
			t.Fatalf("quoted op %d has entryPoint %v, want %s", i, item["entryPoint"], eps[i])
		}
		chainID := []int64{1337, 1338}[i]
		hasher, err := entrypoint.NewHasher(devVersion(eps[i]), eps[i], big.NewInt(chainID))
		if err != nil {
			t.Fatal(err)
		}
		want, err := hasher.Hash(opOf(t, item))
		if err != nil {
			t.Fatal(err)
		}
		if common.HexToHash(item["userOpHash"].(string)) != want {
			t.Fatalf("quoted op %d userOpHash %v, its EntryPoint's is %s", i, item["userOpHash"], want)
		}
	}
	res, err := e.send(ctx, e.signed(q))
	if err != nil {
		t.Fatalf("send: %v", err)
	}
	st := e.waitStatus(ctx, q.ItxHash, "SUCCESS")
	for i, op := range st.UserOps {
		if op.Status != "MINED_SUCCESS" || op.TransactionHash == nil || op.EntryPoint != eps[i] || op.UserOpHash != res.UserOpHashes[i] {
			t.Fatalf("op %d: %+v", i, op)
		}
		rc, err := e.nodes[uint64(op.ChainID)].TransactionReceipt(ctx, *op.TransactionHash)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, l := range rc.Logs {
			found = found || (l.Address == eps[i] && len(l.Topics) > 1 && l.Topics[1] == op.UserOpHash)
		}
		if !found {
			t.Fatalf("op %d: no log of EntryPoint %s for %s in %s", i, eps[i], op.UserOpHash, op.TransactionHash)
		}
	}
	var receipts []map[string]any
	if err := e.root.CallContext(ctx, &receipts, "klaster_getInterchainTxReceipts", q.ItxHash); err != nil || len(receipts) != 2 {
		t.Fatalf("receipts %v %v", receipts, err)
	}
	if r := receipts[1]; r["success"] != true || common.HexToAddress(r["entryPoint"].(string)) != e.contracts.EntryPointV09 {
		t.Fatalf("v0.9 leaf receipt %v", r)
	}
}

// TestITxV09AttackWrongEntryPointHash: the leaf binds its EntryPoint
// through the userOpHash. A v0.9 leaf whose userOpHash was computed for the
// v0.7 EntryPoint (a root the user signed over the wrong hash), and a leaf
// moved to another EntryPoint than the one it was quoted for, are refused
// with -32507 naming the op; the mempools stay empty and the genuine iTx is
// accepted afterwards.
func TestITxV09AttackWrongEntryPointHash(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	e := newITxEnv(ctx, t)
	q := v09Quote(ctx, e)

	t.Run("userOpHash of the v0.7 EntryPoint", func(t *testing.T) {
		ops := cloneOps(t, q.UserOps)
		lower := uint64(hexutilQuantity(t, ops[1]["lowerBoundTimestamp"]))
		upper := uint64(hexutilQuantity(t, ops[1]["upperBoundTimestamp"]))
		wrong, err := entrypoint.Hash(opOf(t, ops[1]), e.contracts.EntryPointV07, big.NewInt(1338))
		if err != nil {
			t.Fatal(err)
		}
		leaves := []common.Hash{common.HexToHash(ops[0]["leaf"].(string)), klaster.Leaf(wrong, lower, upper)}
		tree, err := merkle.New(leaves)
		if err != nil {
			t.Fatal(err)
		}
		for i := range ops {
			proof, _ := tree.ProofAt(i)
			ops[i]["leaf"], ops[i]["proof"] = leaves[i], proof
		}
		ops[1]["userOpHash"] = wrong
		sig, _ := klaster.SignRoot(e.owner.Key, tree.Root())
		_, err = e.send(ctx, map[string]any{"userOps": ops, "signature": hexutil.Bytes(sig)})
		wantRejected(t, err, -32507, 1, 1338)
		if !strings.Contains(err.Error(), "userOpHash") {
			t.Fatalf("the refusal does not name the userOpHash: %v", err)
		}
		// Without the client's hashes the node builds the tree itself: its
		// root is not the one the user signed.
		for _, o := range ops {
			delete(o, "userOpHash")
			delete(o, "leaf")
			delete(o, "proof")
		}
		_, err = e.send(ctx, map[string]any{"userOps": ops, "signature": hexutil.Bytes(sig)})
		wantRejected(t, err, -32507, -1, 0)
		e.wantEmptyMempools(ctx)
	})
	t.Run("leaf moved to the v0.8 EntryPoint", func(t *testing.T) {
		s := e.signed(q)
		ops := cloneOps(t, q.UserOps)
		ops[1]["entryPoint"] = e.contracts.EntryPointV08
		s["userOps"] = ops
		_, err := e.send(ctx, s)
		wantRejected(t, err, -32507, 1, 1338)
		e.wantEmptyMempools(ctx)
	})
	if _, err := e.send(ctx, e.signed(q)); err != nil {
		t.Fatalf("the genuine iTx: %v", err)
	}
	e.waitStatus(ctx, q.ItxHash, "SUCCESS")
}

func hexutilQuantity(t *testing.T, v any) hexutil.Uint64 {
	t.Helper()
	s, _ := v.(string)
	n, err := hexutil.DecodeUint64(s)
	if err != nil {
		t.Fatalf("quantity %v: %v", v, err)
	}
	return hexutil.Uint64(n)
}
