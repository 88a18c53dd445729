package test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/klaster-dev/klaster/bindings/testcontracts"
	"github.com/klaster-dev/klaster/devnet"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/klaster"
)

// rpcError asserts err is a JSON-RPC error with code whose message contains
// every fragment.
func rpcError(t *testing.T, err error, code int, fragments ...string) {
	t.Helper()
	var re gethrpc.Error
	if !errors.As(err, &re) {
		t.Fatalf("want JSON-RPC error %d, got %v", code, err)
	}
	if re.ErrorCode() != code {
		t.Fatalf("want code %d, got %d: %s", code, re.ErrorCode(), re.Error())
	}
	for _, f := range fragments {
		if !strings.Contains(re.Error(), f) {
			t.Fatalf("error %q does not mention %q", re.Error(), f)
		}
	}
}

// signedOp signs op (KlasterAccount ECDSA mode: EIP-191 of the userOpHash)
// and returns its JSON.
func signedOp(t *testing.T, op *entrypoint.UserOperation, ep common.Address, key *ecdsa.PrivateKey) json.RawMessage {
	t.Helper()
	h, err := entrypoint.Hash(op, ep, big.NewInt(1337))
	if err != nil {
		t.Fatal(err)
	}
	if len(op.Signature) == 0 {
		sig, err := crypto.Sign(accounts.TextHash(h.Bytes()), key)
		if err != nil {
			t.Fatal(err)
		}
		sig[64] += 27
		op.Signature = sig
	}
	raw, err := json.Marshal(op)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func TestBundlerErrorCodes(t *testing.T) {
	env := newDevEnv(t, 3*time.Minute)
	ctx, contracts, client, node, funder, accs := env.ctx, env.contracts, env.bundler, env.node, env.funder, env.accs
	ep := contracts.EntryPointV08
	owner := accs[2]
	a := loadABIs(t)
	account := klasterAccount(ctx, t, a, funder, node, contracts.KlasterFactoryV08, ep, owner.Address, 77)
	transfer := mustPack(t, a.account, "execute", common.HexToAddress("0x00000000000000000000000000000000000e2e01"), big.NewInt(1), []byte{})
	op := func() *entrypoint.UserOperation {
		return baseOp(ctx, t, node, account, big.NewInt(0), transfer)
	}
	send := func(raw json.RawMessage) error {
		var h common.Hash
		return client.CallContext(ctx, &h, "eth_sendUserOperation", raw, ep)
	}

	t.Run("-32602 malformed field", func(t *testing.T) {
		raw := signedOp(t, op(), ep, owner.Key)
		var m map[string]any
		json.Unmarshal(raw, &m)
		m["callGasLimit"] = "0xzz"
		bad, _ := json.Marshal(m)
		rpcError(t, send(bad), -32602, "callGasLimit")
	})
	t.Run("-32602 unsupported EntryPoint", func(t *testing.T) {
		var h common.Hash
		err := client.CallContext(ctx, &h, "eth_sendUserOperation", signedOp(t, op(), ep, owner.Key), common.HexToAddress("0x1111111111111111111111111111111111111111"))
		rpcError(t, err, -32602, "not supported", ep.Hex())
	})
	t.Run("-32602 preVerificationGas too low", func(t *testing.T) {
		o := op()
		o.PreVerificationGas = big.NewInt(1000)
		rpcError(t, send(signedOp(t, o, ep, owner.Key)), -32602, "preVerificationGas too low")
	})
	t.Run("-32602 invalid hash", func(t *testing.T) {
		var out any
		rpcError(t, client.CallContext(ctx, &out, "eth_getUserOperationReceipt", "0x1234"), -32602, "userOpHash")
	})
	t.Run("-32500 account reverts on a wrong nonce", func(t *testing.T) {
		o := op()
		o.Nonce = big.NewInt(5) // sequence 5 of key 0: AA25
		rpcError(t, send(signedOp(t, o, ep, owner.Key)), -32500, "AA25")
	})
	t.Run("-32500 unfunded counterfactual account", func(t *testing.T) {
		o := op()
		fresh := common.HexToAddress("0x00000000000000000000000000000000000f0001")
		o.Sender = fresh
		rpcError(t, send(signedOp(t, o, ep, owner.Key)), -32500, "AA2")
	})
	t.Run("-32507 wrong signer", func(t *testing.T) {
		rpcError(t, send(signedOp(t, op(), ep, accs[3].Key)), -32507)
	})
	t.Run("-32503 expired window", func(t *testing.T) {
		o := op()
		now := uint64(time.Now().Unix())
		lower, upper := now-7200, now-3600
		h, _ := entrypoint.Hash(o, ep, big.NewInt(1337))
		root := klaster.Leaf(h, lower, upper)
		userSig, _ := klaster.SignRoot(owner.Key, root)
		o.Signature = klaster.EncodeSignature(klaster.MerkleSignature{ItxHash: root, LowerBound: lower, UpperBound: upper, UserSignature: userSig})
		rpcError(t, send(signedOp(t, o, ep, owner.Key)), -32503)
	})
	t.Run("-32501 paymaster reverts", func(t *testing.T) {
		pm := deployRevertingPaymaster(ctx, t, node, accs[1].Key, ep)
		o := op()
		o.Paymaster = &pm
		o.PaymasterVerificationGasLimit = big.NewInt(200_000)
		o.PaymasterPostOpGasLimit = big.NewInt(50_000)
		args := abi.Arguments{{Type: mustType(t, "uint8")}, {Type: mustType(t, "bool")}, {Type: mustType(t, "uint256")}}
		o.PaymasterData, _ = args.Pack(uint8(46), false, big.NewInt(0)) // RuleModes.REVERT
		err := send(signedOp(t, o, ep, owner.Key))
		rpcError(t, err, -32501, "AA33")
		var de gethrpc.DataError
		if !errors.As(err, &de) || !strings.Contains(strings.ToLower(jsonString(de.ErrorData())), strings.ToLower(pm.Hex())) {
			t.Fatalf("-32501 data does not name the paymaster: %v", err)
		}
	})
	t.Run("-32521 execution reverts in estimation", func(t *testing.T) {
		o := op()
		// The account calls the factory's owner-only unlockStake: it reverts.
		o.CallData = mustPack(t, a.account, "execute", contracts.KlasterFactoryV08, big.NewInt(0), mustPack(t, a.factory, "unlockStake"))
		var est map[string]any
		err := client.CallContext(ctx, &est, "eth_estimateUserOperationGas", signedOp(t, o, ep, owner.Key), ep)
		rpcError(t, err, -32521)
	})
}

func mustType(t *testing.T, s string) abi.Type {
	t.Helper()
	typ, err := abi.NewType(s, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	return typ
}

func jsonString(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// deployRevertingPaymaster deploys the rule-test paymaster (its
// paymasterData selects what its validation does) with a deposit.
func deployRevertingPaymaster(ctx context.Context, t *testing.T, node *ethclient.Client, key *ecdsa.PrivateKey, ep common.Address) common.Address {
	t.Helper()
	opts, err := bind.NewKeyedTransactorWithChainID(key, big.NewInt(1337))
	if err != nil {
		t.Fatal(err)
	}
	opts.Context = ctx
	wait := func(tx interface{ Hash() common.Hash }) {
		if _, err := devnet.WaitReceipt(ctx, node, tx.Hash()); err != nil {
			t.Fatal(err)
		}
	}
	helper, tx, _, err := testcontracts.DeployRuleHelper(opts, node, ep)
	if err != nil {
		t.Fatal(err)
	}
	wait(tx)
	pm, tx, pmc, err := testcontracts.DeployRulePaymaster(opts, node, ep, helper)
	if err != nil {
		t.Fatal(err)
	}
	wait(tx)
	opts.Value = big.NewInt(params.Ether)
	tx, err = pmc.Deposit(opts)
	if err != nil {
		t.Fatal(err)
	}
	wait(tx)
	return pm
}

// Batches and WebSocket on the real binary, and the body and batch limits.
func TestBundlerTransport(t *testing.T) {
	p := startKlaster(t, "--rpc.max-body", "4096", "--rpc.max-batch", "5")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()

	ws, err := gethrpc.DialContext(ctx, strings.Replace(p.URL, "http://", "ws://", 1)+"/rpc/1338")
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	var id string
	if err := ws.CallContext(ctx, &id, "eth_chainId"); err != nil || id != "0x53a" {
		t.Fatalf("websocket eth_chainId: %q %v", id, err)
	}

	client, err := gethrpc.DialContext(ctx, p.URL+"/rpc/1337")
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	var chainID string
	var eps []string
	batch := []gethrpc.BatchElem{
		{Method: "eth_chainId", Result: &chainID},
		{Method: "eth_supportedEntryPoints", Result: &eps},
	}
	if err := client.BatchCallContext(ctx, batch); err != nil || batch[0].Error != nil || batch[1].Error != nil {
		t.Fatalf("batch: %v %v %v", err, batch[0].Error, batch[1].Error)
	}
	if chainID != "0x539" || len(eps) != 4 { // v0.7, v0.8, v0.9 and v0.6
		t.Fatalf("batch results: %s %v", chainID, eps)
	}

	big := make([]gethrpc.BatchElem, 6)
	for i := range big {
		big[i] = gethrpc.BatchElem{Method: "eth_chainId", Result: new(string)}
	}
	err = client.BatchCallContext(ctx, big)
	if err == nil && big[0].Error == nil {
		t.Fatal("a batch of 6 with --rpc.max-batch 5 was served")
	}
	if err == nil {
		err = big[0].Error
	}
	if !strings.Contains(err.Error(), "batch too large") || !strings.Contains(err.Error(), "5") {
		t.Fatalf("oversized batch: %v", err)
	}

	var out any
	err = client.CallContext(ctx, &out, "eth_getUserOperationReceipt", strings.Repeat("a", 5000))
	var he gethrpc.HTTPError
	if !errors.As(err, &he) || he.StatusCode != 413 || !strings.Contains(string(he.Body), "request body too large") || !strings.Contains(string(he.Body), "4096") {
		t.Fatalf("oversized body: %v", err)
	}
}
