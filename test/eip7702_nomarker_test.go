package test

import (
	"bytes"
	"encoding/json"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/klaster-dev/klaster/devnet"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/gas"
)

// signAuth signs an EIP-7702 authorization of eoa for delegate on chainID at
// the given nonce.
func signAuth(t *testing.T, eoa devnet.Account, chainID uint64, delegate common.Address, nonce uint64) *entrypoint.EIP7702Auth {
	t.Helper()
	auth, err := types.SignSetCode(eoa.Key, types.SetCodeAuthorization{ChainID: *uint256.NewInt(chainID), Address: delegate, Nonce: nonce})
	if err != nil {
		t.Fatal(err)
	}
	return entrypoint.EIP7702AuthFrom(auth)
}

// estimateAndSign estimates op through the bundler, applies the estimate
// and signs the userOpHash raw with key (Simple7702Account's scheme).
func estimateAndSign(e *devEnv, t *testing.T, op *entrypoint.UserOperation, ep common.Address, eoa devnet.Account) json.RawMessage {
	t.Helper()
	op.Signature = gas.DummySignature()
	raw, _ := json.Marshal(op)
	var est gas.Estimate
	if err := e.bundler.CallContext(e.ctx, &est, "eth_estimateUserOperationGas", json.RawMessage(raw), ep); err != nil {
		t.Fatalf("estimate: %v", err)
	}
	if est.VerificationGasLimit == 0 || est.CallGasLimit == 0 || est.PreVerificationGas == 0 {
		t.Fatalf("estimate has zero limits: %+v", est)
	}
	est.Apply(op)
	op.VerificationGasLimit.Add(op.VerificationGasLimit, big.NewInt(20_000)) // a wallet's margin
	hash, err := entrypoint.Hash(op, ep, big.NewInt(1337))
	if err != nil {
		t.Fatal(err)
	}
	sig, err := crypto.Sign(hash.Bytes(), eoa.Key)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	op.Signature = sig
	raw, _ = json.Marshal(op)
	return raw
}

// An EOA op with eip7702Auth and no 0x7702 factory marker (ERC-7769 applies
// the authorization whenever the tuple is present) is estimated, sent and
// mined in a type-4 bundle that delegates the EOA; a second op of the same
// EOA, re-sent with the now used tuple, is estimated and mined through the
// delegation already in place. An authorization naming another chain is
// refused, by estimation and by send, with a message naming both chains.
func TestEIP7702WithoutMarker(t *testing.T) {
	env := newDevEnv(t, 3*time.Minute)
	ctx, contracts, node := env.ctx, env.contracts, env.node
	ep := contracts.EntryPointV08
	eoa := env.accs[5]
	b := bundlerClient{t: t, rpc: env.bundler}
	account := loadABIs(t).account

	nonce, err := node.NonceAt(ctx, eoa.Address, nil)
	if err != nil {
		t.Fatal(err)
	}
	auth := signAuth(t, eoa, 1337, contracts.Simple7702Account, nonce)
	recipient := common.HexToAddress("0x0000000000000000000000000000000000770301")

	// 1. A fresh delegation: the EOA has no code yet.
	op := baseOp(ctx, t, node, eoa.Address, big.NewInt(0), mustPack(t, account, "execute", recipient, big.NewInt(1), []byte{}))
	op.EIP7702Auth = auth
	raw := estimateAndSign(env, t, op, ep, eoa)
	var h1 common.Hash
	if err := env.bundler.CallContext(ctx, &h1, "eth_sendUserOperation", raw, ep); err != nil {
		t.Fatalf("send (fresh delegation): %v", err)
	}
	rec := waitReceipt(ctx, t, b, h1)
	if rec["success"] != true {
		t.Fatalf("receipt: %v", rec)
	}
	tx, _, err := node.TransactionByHash(ctx, common.HexToHash(rec["receipt"].(map[string]any)["transactionHash"].(string)))
	if err != nil {
		t.Fatal(err)
	}
	if tx.Type() != types.SetCodeTxType || len(tx.SetCodeAuthorizations()) != 1 {
		t.Fatalf("bundle is type %d with %d authorizations, want a type-4 with one", tx.Type(), len(tx.SetCodeAuthorizations()))
	}
	wantCode := append([]byte{0xef, 0x01, 0x00}, contracts.Simple7702Account.Bytes()...)
	if code, err := node.CodeAt(ctx, eoa.Address, nil); err != nil || !bytes.Equal(code, wantCode) {
		t.Fatalf("EOA code after the bundle: %x (%v)", code, err)
	}

	// 2. Re-sent after the delegation, still carrying the (now used) tuple.
	op2 := baseOp(ctx, t, node, eoa.Address, big.NewInt(1), mustPack(t, account, "execute", recipient, big.NewInt(1), []byte{}))
	op2.EIP7702Auth = auth
	raw = estimateAndSign(env, t, op2, ep, eoa)
	var h2 common.Hash
	if err := env.bundler.CallContext(ctx, &h2, "eth_sendUserOperation", raw, ep); err != nil {
		t.Fatalf("send (already delegated): %v", err)
	}
	if rec := waitReceipt(ctx, t, b, h2); rec["success"] != true {
		t.Fatalf("receipt of the re-sent op: %v", rec)
	}
	if bal, _ := node.BalanceAt(ctx, recipient, nil); bal.Cmp(big.NewInt(2)) != 0 {
		t.Fatalf("recipient balance %v, want 2 (both calls ran)", bal)
	}

	// 3. An authorization for chain 5 is refused by estimation and send.
	other := env.accs[6]
	foreign := baseOp(ctx, t, node, other.Address, big.NewInt(0), mustPack(t, account, "execute", recipient, big.NewInt(1), []byte{}))
	foreign.EIP7702Auth = signAuth(t, other, 5, contracts.Simple7702Account, 0)
	foreign.Signature = gas.DummySignature()
	raw, _ = json.Marshal(foreign)
	var est gas.Estimate
	err = env.bundler.CallContext(ctx, &est, "eth_estimateUserOperationGas", json.RawMessage(raw), ep)
	rpcError(t, err, -32602, "chain 5", "chain 1337")
	var h3 common.Hash
	err = env.bundler.CallContext(ctx, &h3, "eth_sendUserOperation", json.RawMessage(raw), ep)
	rpcError(t, err, -32602, "chain 5", "chain 1337")
	if code, _ := node.CodeAt(ctx, other.Address, nil); len(code) != 0 {
		t.Fatalf("the refused authorization delegated the EOA: code %x", code)
	}
}
