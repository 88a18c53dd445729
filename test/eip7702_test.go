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

	"github.com/klaster-dev/klaster/entrypoint"
)

// An EOA delegated through eip7702Auth (EntryPoint v0.8) sends an op: it is
// validated with the authorization applied and bundled in a type-4
// transaction that carries the authorization.
func TestEIP7702DelegatedEOAOp(t *testing.T) {
	env := newDevEnv(t, 2*time.Minute)
	ctx, contracts, client, node := env.ctx, env.contracts, env.bundler, env.node
	ep := contracts.EntryPointV08
	eoa := env.accs[4]

	nonce, err := node.NonceAt(ctx, eoa.Address, nil)
	if err != nil {
		t.Fatal(err)
	}
	auth, err := types.SignSetCode(eoa.Key, types.SetCodeAuthorization{
		ChainID: *uint256.NewInt(1337), Address: contracts.Simple7702Account, Nonce: nonce,
	})
	if err != nil {
		t.Fatal(err)
	}
	marker := entrypoint.EIP7702Marker()
	recipient := common.HexToAddress("0x0000000000000000000000000000000000770201")
	op := baseOp(ctx, t, node, eoa.Address, big.NewInt(0), mustPack(t, loadABIs(t).account, "execute", recipient, big.NewInt(1), []byte{}))
	op.Factory = &marker
	op.EIP7702Auth = entrypoint.EIP7702AuthFrom(auth)
	op.PreVerificationGas = big.NewInt(100_000)
	hash, err := entrypoint.Hash(op, ep, big.NewInt(1337))
	if err != nil {
		t.Fatal(err)
	}
	// Simple7702Account checks a raw signature of the userOpHash by the EOA.
	sig, err := crypto.Sign(hash.Bytes(), eoa.Key)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	op.Signature = sig
	raw, _ := json.Marshal(op)

	var got common.Hash
	if err := client.CallContext(ctx, &got, "eth_sendUserOperation", json.RawMessage(raw), ep); err != nil {
		t.Fatalf("send: %v", err)
	}
	if got != hash {
		t.Fatalf("userOpHash %s, want %s", got, hash)
	}
	rec := waitReceipt(ctx, t, bundlerClient{t: t, rpc: client}, hash)
	if rec["success"] != true {
		t.Fatalf("receipt: %v", rec)
	}
	txHash := common.HexToHash(rec["receipt"].(map[string]any)["transactionHash"].(string))
	tx, _, err := node.TransactionByHash(ctx, txHash)
	if err != nil {
		t.Fatal(err)
	}
	if tx.Type() != types.SetCodeTxType || len(tx.SetCodeAuthorizations()) != 1 {
		t.Fatalf("bundle is type %d with %d authorizations, want a type-4 with one", tx.Type(), len(tx.SetCodeAuthorizations()))
	}
	code, err := node.CodeAt(ctx, eoa.Address, nil)
	if err != nil || !bytes.Equal(code, append([]byte{0xef, 0x01, 0x00}, contracts.Simple7702Account.Bytes()...)) {
		t.Fatalf("EOA code after the bundle: %x (%v)", code, err)
	}
	if bal, _ := node.BalanceAt(ctx, recipient, nil); bal.Cmp(big.NewInt(1)) != 0 {
		t.Fatalf("the op's call did not run: recipient balance %v", bal)
	}
}
