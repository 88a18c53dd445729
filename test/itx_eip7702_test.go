package test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/klaster-dev/klaster/klaster"
)

// eoaITx is a plain EOA (a fresh key, no code) that takes part in iTxs on
// both dev chains through EIP-7702.
type eoaITx struct {
	e   *itxEnv
	key *ecdsa.PrivateKey
	eoa common.Address
}

// newEOA makes a fresh EOA and funds it with native coin on both chains
// (the node paymaster of issue 17 will remove that need). Funding does not
// bump its nonce, so one authorization with nonce 0 serves both chains.
func newEOA(ctx context.Context, e *itxEnv) *eoaITx {
	e.t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		e.t.Fatal(err)
	}
	x := &eoaITx{e: e, key: key, eoa: crypto.PubkeyToAddress(key.PublicKey)}
	for _, id := range []uint64{1337, 1338} {
		e.fund(ctx, id, x.eoa, ether)
	}
	return x
}

// auth is a 7702 authorization signed by signer, delegating to impl on
// chainID (0: every chain) with the EOA's nonce 0.
func (x *eoaITx) auth(signer *ecdsa.PrivateKey, chainID uint64, impl common.Address) map[string]any {
	x.e.t.Helper()
	a, err := types.SignSetCode(signer, types.SetCodeAuthorization{ChainID: *uint256.NewInt(chainID), Address: impl, Nonce: 0})
	if err != nil {
		x.e.t.Fatal(err)
	}
	return map[string]any{
		"chainId": hexutil.Uint64(chainID), "address": a.Address, "nonce": hexutil.Uint64(a.Nonce),
		"yParity": hexutil.Uint64(a.V), "r": (*hexutil.Big)(a.R.ToBig()), "s": (*hexutil.Big)(a.S.ToBig()),
	}
}

// item is a quote request op of the EOA on chainID (EntryPoint v0.8)
// paying 1 wei to to, carrying auth (none when nil).
func (x *eoaITx) item(chainID uint64, to common.Address, auth map[string]any, lower uint64) map[string]any {
	op := map[string]any{
		"sender":    x.eoa,
		"nonce":     "0x0",
		"callData":  hexutil.Bytes(mustPack(x.e.t, x.e.abis.account, "execute", to, big.NewInt(1), []byte{})),
		"signature": "0x",
	}
	if auth != nil {
		op["eip7702Auth"] = auth
	}
	item := map[string]any{"chainId": hexutil.Uint64(chainID), "entryPoint": x.e.contracts.EntryPointV08, "userOp": op}
	if lower != 0 {
		item["lowerBoundTimestamp"] = hexutil.Uint64(lower)
	}
	return item
}

// signedBy is the signedItx of q with key's signature of its root.
func signedBy(t *testing.T, q *quoteResult, key *ecdsa.PrivateKey) map[string]any {
	t.Helper()
	sig, err := klaster.SignRoot(key, q.ItxHash)
	if err != nil {
		t.Fatal(err)
	}
	return map[string]any{"userOps": q.UserOps, "signature": hexutil.Bytes(sig), "commitment": q.Commitment}
}

// wantUntouched checks the EOA still has no code on both
// chains, and that no op of it paid its recipient: nothing ran.
func (x *eoaITx) wantUntouched(ctx context.Context, recipients ...common.Address) {
	x.e.t.Helper()
	for _, id := range []uint64{1337, 1338} {
		node := x.e.nodes[id]
		if code, err := node.CodeAt(ctx, x.eoa, nil); err != nil || len(code) != 0 {
			x.e.t.Fatalf("chain %d: EOA code %x (%v), want none", id, code, err)
		}
		for _, r := range recipients {
			if bal, err := node.BalanceAt(ctx, r, nil); err != nil || bal.Sign() != 0 {
				x.e.t.Fatalf("chain %d: recipient %s holds %v (%v): an op ran", id, r, bal, err)
			}
		}
	}
	x.e.wantEmptyMempools(ctx)
}

// A plain EOA with no code signs one EIP-7702 authorization with chainId 0
// (to the eip7702Account klaster_getInfo lists) and one iTx root: its ops
// run on both dev chains (one without, one with the 0x7702 marker), each
// bundled in a type-4 transaction that carries the authorization, and the
// EOA ends delegated on both.
func TestITxEIP7702EOATwoChains(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	e := newITxEnv(ctx, t)
	impl := eip7702AccountOf(ctx, t, e)
	if impl != e.contracts.Klaster7702Account {
		t.Fatalf("klaster_getInfo lists eip7702Account %s, the dev chains have %s", impl, e.contracts.Klaster7702Account)
	}
	x := newEOA(ctx, e)
	auth := x.auth(x.key, 0, impl)
	r1, r2 := recipient(7701), recipient(7702)
	// The op on 1338 also carries the v0.8 0x7702 initCode marker (as viem's
	// 7702 accounts send it), so its userOpHash binds the delegate.
	marked := x.item(1338, r2, auth, 0)
	marked["userOp"].(map[string]any)["factory"] = "0x7702"
	q := e.quote(ctx, x.item(1337, r1, auth, 0), marked)
	for i, item := range q.UserOps {
		op := opOf(t, item)
		if op.EIP7702Auth == nil || op.EIP7702Auth.Address != impl || op.EIP7702Auth.ChainID.Sign() != 0 {
			t.Fatalf("quoted op %d lost its authorization: %+v", i, op.EIP7702Auth)
		}
		if op.VerificationGasLimit == nil || op.VerificationGasLimit.Sign() == 0 || op.CallGasLimit.Sign() == 0 {
			t.Fatalf("quoted op %d has no gas filled: %+v", i, op)
		}
	}
	res, err := e.send(ctx, signedBy(t, q, x.key))
	if err != nil {
		t.Fatalf("send: %v", err)
	}
	st := e.waitStatus(ctx, res.ItxHash, "SUCCESS")
	designator := append([]byte{0xef, 0x01, 0x00}, impl.Bytes()...)
	for i, op := range st.UserOps {
		node := e.nodes[uint64(op.ChainID)]
		tx, _, err := node.TransactionByHash(ctx, *op.TransactionHash)
		if err != nil {
			t.Fatal(err)
		}
		if tx.Type() != types.SetCodeTxType || len(tx.SetCodeAuthorizations()) != 1 || tx.SetCodeAuthorizations()[0].Address != impl {
			t.Fatalf("op %d: bundle is type %d with authorizations %+v, want a type-4 delegating to %s", i, tx.Type(), tx.SetCodeAuthorizations(), impl)
		}
		if code, err := node.CodeAt(ctx, x.eoa, nil); err != nil || !bytes.Equal(code, designator) {
			t.Fatalf("chain %d: EOA code %x (%v), want %x", op.ChainID, code, err, designator)
		}
	}
	for id, r := range map[uint64]common.Address{1337: r1, 1338: r2} {
		if bal, err := e.nodes[id].BalanceAt(ctx, r, nil); err != nil || bal.Cmp(big.NewInt(1)) != 0 {
			t.Fatalf("chain %d: recipient holds %v (%v), want 1 wei", id, bal, err)
		}
	}
}

// Hostile clients: an authorization for the other chain, one to a foreign
// implementation, one signed by another key, and a root signed by someone
// other than the EOA are each refused, at quote and at send; nothing runs.
func TestITxEIP7702EOAAttacks(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	e := newITxEnv(ctx, t)
	impl := eip7702AccountOf(ctx, t, e)
	x := newEOA(ctx, e)
	attacker := e.accounts[4]
	r1, r2 := recipient(7711), recipient(7712)
	good := x.auth(x.key, 0, impl)
	// A valid quote and root the attacks start from: the authorization is
	// not part of the userOpHash (no 0x7702 marker), so swapping it keeps
	// the root and the EOA's signature valid.
	q := e.quote(ctx, x.item(1337, r1, good, 0), x.item(1338, r2, good, 0))

	swapped := func(auth map[string]any) map[string]any {
		s := signedBy(t, q, x.key)
		ops := cloneOps(t, q.UserOps)
		ops[0]["userOp"].(map[string]any)["eip7702Auth"] = auth
		s["userOps"] = ops
		return s
	}
	for _, c := range []struct {
		name string
		auth map[string]any
		code int
		msg  string
	}{
		{"auth for the other chain", x.auth(x.key, 1338, impl), -32602, "chainId"},
		{"auth to a foreign implementation", x.auth(x.key, 0, e.contracts.Simple7702Account), -32602, "eip7702Account"},
		{"auth signed by another key", x.auth(attacker.Key, 0, impl), -32507, "not by the op's sender"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := e.send(ctx, swapped(c.auth))
			wantRejected(t, err, c.code, 0, 1337)
			if !strings.Contains(err.Error(), c.msg) {
				t.Fatalf("send: message %q does not name %q", err, c.msg)
			}
			var out quoteResult
			err = e.root.CallContext(ctx, &out, "klaster_getQuote", map[string]any{"userOps": []any{x.item(1337, r1, c.auth, 0)}})
			wantRejected(t, err, c.code, 0, 1337)
			x.wantUntouched(ctx, r1, r2)
		})
	}
	t.Run("root signed by another key", func(t *testing.T) {
		_, err := e.send(ctx, signedBy(t, q, attacker.Key))
		wantRejected(t, err, -32507, -1, 0)
		x.wantUntouched(ctx, r1, r2)
	})
	t.Run("scheduled op, root signed by another key", func(t *testing.T) {
		// Its window has not opened, so no validation runs at admission:
		// the root signer is refused all the same.
		qs := e.quote(ctx, x.item(1337, r1, good, now()+600), x.item(1338, r2, good, now()+600))
		_, err := e.send(ctx, signedBy(t, qs, attacker.Key))
		wantRejected(t, err, -32507, -1, 0)
		x.wantUntouched(ctx, r1, r2)
	})
}

// eip7702AccountOf is chain 1337's eip7702Account from klaster_getInfo
// (both dev chains list the same one).
func eip7702AccountOf(ctx context.Context, t *testing.T, e *itxEnv) common.Address {
	t.Helper()
	var info struct {
		Chains []struct {
			ChainID        hexutil.Uint64  `json:"chainId"`
			EIP7702Account *common.Address `json:"eip7702Account"`
		} `json:"chains"`
	}
	if err := e.root.CallContext(ctx, &info, "klaster_getInfo"); err != nil {
		t.Fatal(err)
	}
	if len(info.Chains) != 2 {
		t.Fatalf("klaster_getInfo lists %d chains", len(info.Chains))
	}
	for _, c := range info.Chains {
		if c.EIP7702Account == nil || *c.EIP7702Account != *info.Chains[0].EIP7702Account {
			t.Fatalf("chain %d lists eip7702Account %v", c.ChainID, c.EIP7702Account)
		}
	}
	return *info.Chains[0].EIP7702Account
}
