package test

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/klaster-dev/klaster/devnet"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/klaster"
	"github.com/klaster-dev/klaster/merkle"
)

// target is one (chain, EntryPoint) pair with a deployed, funded
// KlasterAccount.
type target struct {
	chain      *devnet.Chain
	client     *ethclient.Client
	sender     *devnet.TxSender
	entryPoint common.Address
	account    common.Address
}

func (tg target) String() string {
	v, _ := entrypoint.VersionOf(tg.entryPoint)
	return fmt.Sprintf("chain %d EntryPoint %s", tg.chain.ChainID, v)
}

// validatorFixture has one KlasterAccount per chain and EntryPoint version,
// all owned by the same key.
type validatorFixture struct {
	net     *devnet.Devnet
	abis    abis
	owner   devnet.Account
	targets []target // ordered so that any two consecutive ones differ in chain and version
	nextKey int64    // the next unused 2D nonce key (and recipient number)
}

func newValidatorFixture(ctx context.Context, t *testing.T) *validatorFixture {
	net := startDevnet(t, devnet.Config{Period: 0})
	f := &validatorFixture{net: net, abis: loadABIs(t), owner: net.Accounts[3]}
	c := net.Contracts
	order := []struct {
		chain      uint64
		entryPoint common.Address
	}{
		{1337, c.EntryPointV07}, {1338, c.EntryPointV08}, {1337, c.EntryPointV08}, {1338, c.EntryPointV07},
	}
	senders := map[uint64]*devnet.TxSender{}
	for _, o := range order {
		chain, _ := net.Chain(o.chain)
		client := chain.Client()
		t.Cleanup(client.Close)
		if senders[o.chain] == nil {
			senders[o.chain] = devnet.NewTxSender(client, o.chain, net.Accounts[0].Key)
		}
		factory, _ := c.KlasterFactory(o.entryPoint)
		account := klasterAccount(ctx, t, f.abis, senders[o.chain], client, factory, o.entryPoint, f.owner.Address, 0)
		f.targets = append(f.targets, target{chain: chain, client: client, sender: senders[o.chain], entryPoint: o.entryPoint, account: account})
	}
	return f
}

// leafOp is one op of an interchain tree.
type leafOp struct {
	target target
	op     *entrypoint.UserOperation
	hash   common.Hash
	to     common.Address
}

// buildTree makes n ops spread round-robin over the targets, each sending
// 1 wei to its own fresh address, and signs them as one Merkle tree with the
// window [lower, upper].
func (f *validatorFixture) buildTree(ctx context.Context, t *testing.T, n int, lower, upper uint64) ([]leafOp, *merkle.Tree) {
	t.Helper()
	ops := make([]leafOp, n)
	leaves := make([]common.Hash, n)
	for i := range ops {
		tg := f.targets[i%len(f.targets)]
		f.nextKey++
		to := common.BigToAddress(big.NewInt(0xbeef0000 + f.nextKey))
		call := mustPack(t, f.abis.account, "execute", to, big.NewInt(1), []byte{})
		// A distinct 2D nonce key per op, so ops of one account are independent.
		nonce := new(big.Int).Lsh(big.NewInt(f.nextKey), 64)
		op := baseOp(ctx, t, tg.client, tg.account, nonce, call)
		hash, err := entrypoint.Hash(op, tg.entryPoint, new(big.Int).SetUint64(tg.chain.ChainID))
		if err != nil {
			t.Fatal(err)
		}
		ops[i] = leafOp{target: tg, op: op, hash: hash, to: to}
		leaves[i] = klaster.Leaf(hash, lower, upper)
	}
	tree, err := merkle.New(leaves)
	if err != nil {
		t.Fatal(err)
	}
	return ops, tree
}

// sign fills each op's mee-v1 signature with the owner's single signature of
// the root.
func (f *validatorFixture) sign(t *testing.T, ops []leafOp, tree *merkle.Tree, lower, upper uint64) {
	t.Helper()
	userSig, err := klaster.SignRoot(f.owner.Key, tree.Root())
	if err != nil {
		t.Fatal(err)
	}
	for i := range ops {
		proof, err := tree.ProofAt(i)
		if err != nil {
			t.Fatal(err)
		}
		ops[i].op.Signature = klaster.EncodeSignature(klaster.MerkleSignature{
			ItxHash: tree.Root(), LowerBound: lower, UpperBound: upper, Proof: proof, UserSignature: userSig,
		})
	}
}

func TestMerkleValidatorExecutesEveryLeaf(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	f := newValidatorFixture(ctx, t)

	for _, n := range []int{1, 2, 5, 64} {
		t.Run(fmt.Sprintf("%d leaves", n), func(t *testing.T) {
			upper := uint64(time.Now().Add(time.Hour).Unix())
			ops, tree := f.buildTree(ctx, t, n, 0, upper)
			f.sign(t, ops, tree, 0, upper)

			// One handleOps per (chain, EntryPoint), as a bundler would.
			byTarget := map[target][]leafOp{}
			for _, o := range ops {
				byTarget[o.target] = append(byTarget[o.target], o)
			}
			for tg, group := range byTarget {
				var batch []*entrypoint.UserOperation
				for _, o := range group {
					batch = append(batch, o.op)
				}
				call := mustPack(t, f.abis.entryPoint, "handleOps", packForABI(t, batch), f.net.Accounts[1].Address)
				receipt := sendAndWait(ctx, t, tg.sender, tg.client, tg.entryPoint, nil, call)
				events := userOpEvents(t, f.abis, receipt)
				if len(events) != len(group) {
					t.Fatalf("%s: %d UserOperationEvents for %d ops", tg, len(events), len(group))
				}
				for i, ev := range events {
					if ev.UserOpHash != group[i].hash || !ev.Success {
						t.Errorf("%s op %d: event %+v, want hash %s and success; logs: %s", tg, i, ev, group[i].hash, revertReasons(t, f.abis, receipt))
					}
					bal, err := tg.client.BalanceAt(ctx, group[i].to, nil)
					if err != nil || bal.Cmp(big.NewInt(1)) != 0 {
						t.Errorf("%s op %d: recipient balance %v (%v), want 1 wei", tg, i, bal, err)
					}
				}
			}
		})
	}
}

func TestMerkleValidatorRejects(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	f := newValidatorFixture(ctx, t)
	now := uint64(time.Now().Unix())
	stranger := f.net.Accounts[4]

	cases := []struct {
		name         string
		lower, upper uint64
		tamper       func(ops []leafOp, tree *merkle.Tree) // changes op 0's signature
		wantCode     string
	}{
		{
			name: "wrong proof", upper: now + 3600, wantCode: "AA24",
			tamper: func(ops []leafOp, tree *merkle.Tree) {
				sig, _ := klaster.DecodeSignature(ops[0].op.Signature)
				sig.Proof[0][0] ^= 0xff
				ops[0].op.Signature = klaster.EncodeSignature(sig)
			},
		},
		{
			name: "wrong signer", upper: now + 3600, wantCode: "AA24",
			tamper: func(ops []leafOp, tree *merkle.Tree) {
				sig, _ := klaster.DecodeSignature(ops[0].op.Signature)
				sig.UserSignature, _ = klaster.SignRoot(stranger.Key, tree.Root())
				ops[0].op.Signature = klaster.EncodeSignature(sig)
			},
		},
		{name: "before its window", lower: now + 3600, upper: now + 7200, wantCode: "AA22"},
		{name: "after its window", lower: now - 7200, upper: now - 3600, wantCode: "AA22"},
	}
	for _, tc := range cases {
		for _, tg := range f.targets[:2] { // both chains, both EntryPoint versions
			t.Run(fmt.Sprintf("%s/%s", tc.name, tg), func(t *testing.T) {
				ops, tree := f.buildTree(ctx, t, 2, tc.lower, tc.upper)
				f.sign(t, ops, tree, tc.lower, tc.upper)
				if tc.tamper != nil {
					tc.tamper(ops, tree)
				}
				ops[0].target, ops[0].op.Sender = tg, tg.account
				// Re-sign is not needed for a wrong-case op: its hash only
				// matters to the leaf, which the tampering already breaks, and
				// for the window cases the leaf commits to the window.
				if tc.tamper == nil {
					ops, tree = f.buildTreeFor(ctx, t, tg, tc.lower, tc.upper)
					f.sign(t, ops, tree, tc.lower, tc.upper)
				}
				call := mustPack(t, f.abis.entryPoint, "handleOps", packForABI(t, []*entrypoint.UserOperation{ops[0].op}), f.net.Accounts[1].Address)
				_, err := tg.client.CallContract(ctx, ethereum.CallMsg{From: f.net.Accounts[0].Address, To: &tg.entryPoint, Data: call}, nil)
				rev, ok := entrypoint.DecodeRevertError(err)
				if !ok {
					t.Fatalf("handleOps: want a FailedOp revert with %s, got %v", tc.wantCode, err)
				}
				if rev.Code != tc.wantCode || rev.OpIndex != 0 {
					t.Fatalf("handleOps: want %s on op 0, got %q on op %d", tc.wantCode, rev.Reason, rev.OpIndex)
				}
			})
		}
	}
}

// buildTreeFor is buildTree with every op on one target.
func (f *validatorFixture) buildTreeFor(ctx context.Context, t *testing.T, tg target, lower, upper uint64) ([]leafOp, *merkle.Tree) {
	saved := f.targets
	f.targets = []target{tg}
	defer func() { f.targets = saved }()
	return f.buildTree(ctx, t, 2, lower, upper)
}
