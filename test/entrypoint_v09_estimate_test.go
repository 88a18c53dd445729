package test

import (
	"encoding/json"
	"maps"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/klaster-dev/klaster/erc7769"
)

// TestEntryPointV09EstimatePaymasterSignature: a v0.9 op whose paymaster
// will sign after the user is estimated with a paymasterSignature
// placeholder. The estimate covers a suffix of the final signature's length
// (65 bytes: a 1-byte placeholder and a 65-byte one estimate alike, and
// above the op without a paymaster signature by at least the signature's
// calldata); the user signs the estimated op, the paymaster's 65-byte
// signature goes in afterwards, and the op is mined with the estimated
// limits.
func TestEntryPointV09EstimatePaymasterSignature(t *testing.T) {
	ctx, b, node, funder, accs, contracts, ep := v09Env(t)
	pmAddr := deployRevertingPaymaster(ctx, t, node, accs[3].Key, ep) // paymasterData 0x: it accepts any op

	op, _ := newOp(ctx, t, b, node, funder, accountKinds[1], contracts, ep, accs[6].Key, 9300)
	op["paymaster"] = pmAddr
	op["paymasterData"] = hexutil.Bytes{}
	for _, k := range []string{"preVerificationGas", "verificationGasLimit", "callGasLimit", "paymasterVerificationGasLimit", "paymasterPostOpGasLimit"} {
		op[k] = nil
	}
	estimate := func(pmSig []byte) map[string]hexutil.Uint64 {
		t.Helper()
		o := maps.Clone(op)
		if pmSig != nil {
			o["paymasterSignature"] = hexutil.Bytes(pmSig)
		}
		var est map[string]hexutil.Uint64
		if err := b.call(ctx, &est, "eth_estimateUserOperationGas", o, ep); err != nil {
			t.Fatalf("estimate with paymasterSignature %x: %v", pmSig, err)
		}
		return est
	}
	// Hostile: a paymaster signature without a paymaster, or longer than
	// its uint16 length can say, is refused before any simulation.
	for _, bad := range []struct {
		edit func(o map[string]any)
		want string
	}{
		{func(o map[string]any) {
			delete(o, "paymaster")
			delete(o, "paymasterData")
			o["paymasterSignature"] = hexutil.Bytes{1}
		}, "paymasterSignature"},
		{func(o map[string]any) { o["paymasterSignature"] = hexutil.Bytes(make([]byte, 65536)) }, "paymasterSignature"},
	} {
		o := maps.Clone(op)
		bad.edit(o)
		var est map[string]hexutil.Uint64
		rpcError(t, b.call(ctx, &est, "eth_estimateUserOperationGas", o, ep), erc7769.CodeInvalidParams, bad.want)
	}
	none := estimate(nil)
	short := estimate([]byte{0})
	full := estimate(make([]byte, 65))
	if short["preVerificationGas"] != full["preVerificationGas"] {
		t.Fatalf("a 1-byte placeholder estimates preVerificationGas %d, a 65-byte one %d: the placeholder is not of the final length", short["preVerificationGas"], full["preVerificationGas"])
	}
	// At least the 65 signature bytes as non-zero calldata (16 gas each);
	// the length and magic partly fill ABI padding counted before.
	if sigGas := uint64(65 * 16); uint64(short["preVerificationGas"]) < uint64(none["preVerificationGas"])+sigGas {
		t.Fatalf("preVerificationGas with a paymaster signature %d, without %d: less than the signature's %d gas of calldata", short["preVerificationGas"], none["preVerificationGas"], sigGas)
	}
	t.Logf("preVerificationGas: %d without a paymaster signature, %d with the placeholder", none["preVerificationGas"], short["preVerificationGas"])

	for k, v := range short {
		op[k] = v
	}
	op["paymasterSignature"] = hexutil.Bytes{0} // the placeholder the user signs beside
	userSigned := signOp(t, op, ep, accountKinds[1], accs[6].Key)
	pmSig := make([]byte, 65)
	for i := range pmSig {
		pmSig[i] = byte(0xc0 + i%32)
	}
	op["paymasterSignature"] = hexutil.Bytes(pmSig) // the paymaster signs last
	var got common.Hash
	if err := b.call(ctx, &got, "eth_sendUserOperation", op, ep); err != nil {
		t.Fatalf("send the estimated op with its paymaster signature: %v", err)
	}
	if got != userSigned {
		t.Fatalf("send returned %s, the user signed %s", got, userSigned)
	}
	rec := waitReceipt(ctx, t, b, userSigned)
	if rec["success"] != true || common.HexToAddress(rec["paymaster"].(string)) != pmAddr {
		t.Fatalf("receipt: %v", rec)
	}
}

// TestEntryPointV09EstimateBlockWindows: an op whose v0.9 window counts
// blocks is estimated by the binary. A window that opens 5 blocks ahead
// estimates like an open one, and the estimated op, sent, is parked and
// mined inside its window; a window that closed is refused by the estimate
// with -32503 and the message eth_sendUserOperation gives.
func TestEntryPointV09EstimateBlockWindows(t *testing.T) {
	f := newV09RuleAccount(t)
	ctx, b, node, ep, account := f.ctx, f.b, f.node, f.ep, f.account
	headNow := func() uint64 { return f.head(t) }
	// opJSON is the op of nonce key with the window's signature, its gas
	// fields left to the estimate.
	opJSON := func(key uint64, sig []byte) map[string]any {
		op := baseOp(ctx, t, node, account, new(big.Int).Lsh(new(big.Int).SetUint64(key), 64), nil)
		op.Signature = sig
		raw, _ := json.Marshal(op)
		var m map[string]any
		if err := json.Unmarshal(raw, &m); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"preVerificationGas", "verificationGasLimit", "callGasLimit"} {
			delete(m, k)
		}
		return m
	}

	// Closed: the estimate refuses it as send does.
	h := headNow()
	closed := opJSON(1, blockWindowSignature(t, h-10, h-2))
	var est map[string]hexutil.Uint64
	err := b.call(ctx, &est, "eth_estimateUserOperationGas", closed, ep)
	rpcError(t, err, erc7769.CodeOutOfTimeRange, "block window closed", "valid until block")
	estMsg := err.Error()
	closed["preVerificationGas"], closed["verificationGasLimit"], closed["callGasLimit"] = hexutil.Uint64(100_000), hexutil.Uint64(400_000), hexutil.Uint64(100_000)
	var hash common.Hash
	err = b.call(ctx, &hash, "eth_sendUserOperation", closed, ep)
	rpcError(t, err, erc7769.CodeOutOfTimeRange, "block window closed")
	if cut := func(s string) string { return s[:strings.Index(s, ", next block")] }; cut(estMsg) != cut(err.Error()) {
		t.Fatalf("estimate says %q, send says %q", estMsg, err.Error())
	}

	// Opens 5 blocks ahead: estimated now, sent with the estimate, parked
	// and mined inside the window.
	h = headNow()
	after, until := h+5, h+200
	ahead := opJSON(2, blockWindowSignature(t, after, until))
	if err := b.call(ctx, &est, "eth_estimateUserOperationGas", ahead, ep); err != nil {
		t.Fatalf("estimate of an op whose block window opens at %d (head %d): %v", after+1, h, err)
	}
	for k, v := range est {
		ahead[k] = v
	}
	if err := b.call(ctx, &hash, "eth_sendUserOperation", ahead, ep); err != nil {
		t.Fatalf("send the estimated op: %v", err)
	}
	rec := waitReceipt(ctx, t, b, hash)
	if rec["success"] != true {
		t.Fatalf("receipt %v", rec)
	}
	minedIn, err := hexutil.DecodeUint64(rec["receipt"].(map[string]any)["blockNumber"].(string))
	if err != nil || minedIn <= after || minedIn > until {
		t.Fatalf("mined in block %d (%v), outside its window (%d, %d]", minedIn, err, after, until)
	}
	t.Logf("estimated at head %d: %v; mined in block %d of (%d, %d]", h, est, minedIn, after, until)
}
