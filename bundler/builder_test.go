package bundler_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/rs/zerolog"

	"github.com/klaster-dev/klaster/bindings/klasteraccount"
	v08 "github.com/klaster-dev/klaster/bindings/v08"
	"github.com/klaster-dev/klaster/bundler"
	"github.com/klaster-dev/klaster/devnet"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/receipt"
)

// fixture is one dev chain with a Builder over the v0.8 EntryPoint's pool.
type fixture struct {
	net     *devnet.Devnet
	chain   *devnet.Chain
	eth     *ethclient.Client
	pool    *mempool.Pool
	index   *receipt.MemoryIndex
	builder *bundler.Builder
	ep      common.Address
	owner   devnet.Account
	abis    struct{ factory, account, ep *abi.ABI }
}

func newFixture(t *testing.T, ctx context.Context, period uint64) *fixture {
	t.Helper()
	net, err := devnet.Start(ctx, devnet.Config{ChainIDs: []uint64{1337}, Period: period})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { net.Close() })
	f := &fixture{net: net, chain: net.Chains[0], ep: net.Contracts.EntryPointV08, owner: net.Accounts[3]}
	f.eth = f.chain.Client()
	f.abis.factory, _ = klasteraccount.KlasterAccountFactoryMetaData.GetAbi()
	f.abis.account, _ = klasteraccount.KlasterAccountMetaData.GetAbi()
	f.abis.ep, _ = v08.EntryPointMetaData.GetAbi()
	f.pool = mempool.New(mempool.Config{ChainID: 1337, EntryPoint: f.ep})
	f.index = receipt.NewMemoryIndex(1000)
	f.builder = f.runBuilder(t, bundler.Config{
		ChainID: 1337, Mode: bundler.ModeManual,
		Signers:      []*ecdsa.PrivateKey{net.Accounts[8].Key},
		PollInterval: 50 * time.Millisecond,
	}, bundler.Deps{
		Sources: []bundler.Source{{EntryPoint: f.ep, Version: entrypoint.V08, Pool: f.pool}},
		Index:   f.index,
	})
	return f
}

// runBuilder creates a Builder on the fixture's chain and runs it until
// the test ends.
func (f *fixture) runBuilder(t *testing.T, cfg bundler.Config, deps bundler.Deps) *bundler.Builder {
	t.Helper()
	b, err := bundler.New(cfg, f.chain.RPC(), deps, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	runCtx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { b.Run(runCtx); close(done) }()
	t.Cleanup(func() { cancel(); <-done })
	return b
}

func (f *fixture) pack(t *testing.T, a *abi.ABI, m string, args ...any) []byte {
	t.Helper()
	b, err := a.Pack(m, args...)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// accounts deploys n KlasterAccounts owned by f.owner and gives each an
// EntryPoint deposit, sending every transaction before waiting for any.
func (f *fixture) accounts(t *testing.T, ctx context.Context, n int) []common.Address {
	t.Helper()
	sender := devnet.NewTxSender(f.eth, 1337, f.net.Accounts[0].Key)
	var txs []*types.Transaction
	out := make([]common.Address, n)
	for i := range out {
		res, err := f.eth.CallContract(ctx, callTo(f.net.Contracts.KlasterFactoryV08, f.pack(t, f.abis.factory, "getAddress", f.owner.Address, big.NewInt(int64(i)))), nil)
		if err != nil {
			t.Fatal(err)
		}
		out[i] = common.BytesToAddress(res)
		tx, err := sender.Send(ctx, f.net.Contracts.KlasterFactoryV08, nil, f.pack(t, f.abis.factory, "createAccount", f.owner.Address, big.NewInt(int64(i))))
		if err != nil {
			t.Fatal(err)
		}
		txs = append(txs, tx)
		tx, err = sender.Send(ctx, f.ep, big.NewInt(params.Ether/10), f.pack(t, f.abis.ep, "depositTo", out[i]))
		if err != nil {
			t.Fatal(err)
		}
		txs = append(txs, tx)
	}
	if err := devnet.WaitMined(ctx, f.eth, txs); err != nil {
		t.Fatal(err)
	}
	return out
}

// op is a minimal op of account with tight limits and a plain ECDSA
// signature (the validator's fallback mode); bad signs it with another key.
func (f *fixture) op(t *testing.T, ctx context.Context, account common.Address, bad bool, edits ...func(*entrypoint.UserOperation)) mempool.Entry {
	t.Helper()
	head, err := f.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	op := &entrypoint.UserOperation{
		Sender: account, Nonce: big.NewInt(0), CallData: []byte{},
		CallGasLimit: big.NewInt(5_000), VerificationGasLimit: big.NewInt(62_000), PreVerificationGas: big.NewInt(10_000),
		MaxFeePerGas:         new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(3)), big.NewInt(params.GWei)),
		MaxPriorityFeePerGas: big.NewInt(params.GWei),
	}
	for _, edit := range edits {
		edit(op)
	}
	hash, err := entrypoint.Hash(op, f.ep, big.NewInt(1337))
	if err != nil {
		t.Fatal(err)
	}
	key := f.owner.Key
	if bad {
		key = f.net.Accounts[4].Key
	}
	sig, err := crypto.Sign(accounts.TextHash(hash.Bytes()), key)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	op.Signature = sig
	return mempool.Entry{Op: op, UserOpHash: hash, Sender: mempool.Entity{Address: account}}
}

// addOps adds one valid op per sender to the pool and returns their hashes.
func (f *fixture) addOps(t *testing.T, ctx context.Context, senders []common.Address) []common.Hash {
	t.Helper()
	hashes := make([]common.Hash, 0, len(senders))
	for _, s := range senders {
		e := f.op(t, ctx, s, false)
		if _, err := f.pool.Add(ctx, e); err != nil {
			t.Fatal(err)
		}
		hashes = append(hashes, e.UserOpHash)
	}
	return hashes
}

func TestBundleOf200OpsFrom200Senders(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	f := newFixture(t, ctx, 0)
	senders := f.accounts(t, ctx, 200)
	hashes := f.addOps(t, ctx, senders)
	tx, err := f.builder.SendBundleNow(ctx)
	if err != nil {
		t.Fatal(err)
	}
	r, err := f.eth.TransactionReceipt(ctx, tx.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	events := receipt.OpEvents(r, f.ep)
	if len(events) != 200 {
		counts := map[string]int{}
		for _, h := range hashes {
			e, _ := f.pool.Get(h)
			counts[e.Status.String()+" "+e.Reason]++
		}
		t.Logf("statuses: %v", counts)
		t.Fatalf("bundle %s holds %d UserOperationEvents, want 200 (gas used %d)", tx.TxHash, len(events), r.GasUsed)
	}
	for _, h := range hashes {
		e, ok := f.pool.Get(h)
		if !ok || e.Status != mempool.MinedSuccess || e.TxHash != tx.TxHash {
			t.Fatalf("op %s: %+v", h, e.Status)
		}
		if loc, ok, _ := f.index.Get(ctx, h); !ok || loc.TxHash != tx.TxHash {
			t.Fatalf("op %s not indexed", h)
		}
	}
	t.Logf("200 ops in one transaction: gas used %d", r.GasUsed)
}

func TestBundleSimulationDropsOnlyTheBadOp(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	f := newFixture(t, ctx, 0)
	senders := f.accounts(t, ctx, 3)
	good1, bad, good2 := f.op(t, ctx, senders[0], false), f.op(t, ctx, senders[1], true), f.op(t, ctx, senders[2], false)
	for _, e := range []mempool.Entry{good1, bad, good2} {
		if _, err := f.pool.Add(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	tx, err := f.builder.SendBundleNow(ctx)
	if err != nil || tx.TxHash == (common.Hash{}) {
		t.Fatalf("sendBundleNow: %v %v", tx, err)
	}
	r, _ := f.eth.TransactionReceipt(ctx, tx.TxHash)
	if n := len(receipt.OpEvents(r, f.ep)); n != 2 {
		t.Fatalf("bundle holds %d ops, want the 2 good ones", n)
	}
	e, _ := f.pool.Get(bad.UserOpHash)
	if e.Status != mempool.Failed || e.Reason == "" {
		t.Fatalf("bad op: status %s reason %q", e.Status, e.Reason)
	}
	for _, g := range []mempool.Entry{good1, good2} {
		if e, _ := f.pool.Get(g.UserOpHash); e.Status != mempool.MinedSuccess {
			t.Fatalf("good op %s: %s", g.UserOpHash, e.Status)
		}
	}
	t.Logf("bad op dropped: %s", e.Reason)
}
