package test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/klaster-dev/klaster/bindings/klasteraccount"
	"github.com/klaster-dev/klaster/devnet"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/klaster"
	"github.com/klaster-dev/klaster/merkle"
	"github.com/klaster-dev/klaster/witness"
)

// stakeFixture drives KlasterStakeManager and the executed registry on one
// dev chain.
type stakeFixture struct {
	*validatorFixture
	tg    target
	sm    common.Address
	smABI *abi.ABI
}

// customError names the KlasterStakeManager error err carries, or "".
func (f *stakeFixture) customError(err error) string {
	var de interface{ ErrorData() any }
	if !errors.As(err, &de) {
		return ""
	}
	s, _ := de.ErrorData().(string)
	b, _ := hexutil.Decode(s)
	if len(b) < 4 {
		return ""
	}
	for name, e := range f.smABI.Errors {
		if string(e.ID[:4]) == string(b[:4]) {
			return name
		}
	}
	return ""
}

// wantRevert calls the stake manager from `from` and wants error `name`.
func (f *stakeFixture) wantRevert(ctx context.Context, t *testing.T, from common.Address, data []byte, name string) {
	t.Helper()
	_, err := f.tg.client.CallContract(ctx, ethereum.CallMsg{From: from, To: &f.sm, Data: data}, nil)
	if got := f.customError(err); got != name {
		t.Fatalf("want revert %s, got %q (%v)", name, got, err)
	}
}

// send sends data to the stake manager from acc and waits for success.
func (f *stakeFixture) send(ctx context.Context, t *testing.T, acc devnet.Account, value *big.Int, data []byte) *types.Receipt {
	t.Helper()
	s := devnet.NewTxSender(f.tg.client, f.tg.chain.ChainID, acc.Key)
	return sendAndWait(ctx, t, s, f.tg.client, f.sm, value, data)
}

func (f *stakeFixture) stakeOf(t *testing.T, a common.Address) *big.Int {
	t.Helper()
	sm, err := klasteraccount.NewKlasterStakeManager(f.sm, f.tg.client)
	if err != nil {
		t.Fatal(err)
	}
	out, err := sm.StakeOf(nil, a)
	if err != nil {
		t.Fatal(err)
	}
	return out.Amount
}

// waitChainTime mines blocks until the head's timestamp is past ts.
func (f *stakeFixture) waitChainTime(ctx context.Context, t *testing.T, ts uint64) {
	t.Helper()
	s := devnet.NewTxSender(f.tg.client, f.tg.chain.ChainID, f.net.Accounts[2].Key)
	for {
		h, err := f.tg.client.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		if h.Time > ts {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatal(ctx.Err())
		case <-time.After(time.Second):
		}
		sendAndWait(ctx, t, s, f.tg.client, f.net.Accounts[2].Address, big.NewInt(1), nil)
	}
}

// TestStakeManagerSlash: the executed registry records ops that ran (also
// one whose execution reverted), slash reverts on every broken
// precondition, and the votes of two witnesses reach the threshold (half of
// all stake) and slash half of the node's stake.
func TestStakeManagerSlash(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	vf := newValidatorFixture(ctx, t)
	smABI, err := klasteraccount.KlasterStakeManagerMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	f := &stakeFixture{validatorFixture: vf, tg: vf.targets[0], sm: vf.net.Contracts.StakeManager, smABI: smABI}
	node, w1, w2, stranger := vf.net.Accounts[5], vf.net.Accounts[6], vf.net.Accounts[7], vf.net.Accounts[4]
	oneEth := big.NewInt(params.Ether)
	for _, a := range []devnet.Account{node, w1, w2} {
		f.send(ctx, t, a, oneEth, mustPack(t, smABI, "stake"))
	}

	// Three ops of one iTx: op 0 runs, op 1 is missed, op 2 runs and
	// reverts in execution (it sends more than the account has).
	head, err := f.tg.client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	lower, upper := uint64(0), head.Time+6
	calls := [][]byte{
		mustPack(t, vf.abis.account, "execute", recipient(1), big.NewInt(1), []byte{}),
		mustPack(t, vf.abis.account, "execute", recipient(2), big.NewInt(1), []byte{}),
		mustPack(t, vf.abis.account, "execute", recipient(3), new(big.Int).Mul(oneEth, big.NewInt(1000)), []byte{}),
	}
	ops := make([]*entrypoint.UserOperation, len(calls))
	hashes := make([]common.Hash, len(calls))
	leaves := make([]common.Hash, len(calls))
	for i, call := range calls {
		ops[i] = baseOp(ctx, t, f.tg.client, f.tg.account, new(big.Int).Lsh(big.NewInt(int64(900+i)), 64), call)
		hashes[i], _ = entrypoint.Hash(ops[i], f.tg.entryPoint, new(big.Int).SetUint64(f.tg.chain.ChainID))
		leaves[i] = klaster.Leaf(hashes[i], lower, upper)
	}
	tree, err := merkle.New(leaves)
	if err != nil {
		t.Fatal(err)
	}
	userSig, _ := klaster.SignRoot(vf.owner.Key, tree.Root())
	commitment, _ := klaster.SignRoot(node.Key, tree.Root())
	rec := &witness.Record{ItxHash: tree.Root(), Node: node.Address, Commitment: commitment, UserSignature: userSig}
	for i, op := range ops {
		proof, _ := tree.ProofAt(i)
		op.Signature = klaster.EncodeSignature(klaster.MerkleSignature{ItxHash: tree.Root(), LowerBound: lower, UpperBound: upper, Proof: proof, UserSignature: userSig})
		rec.Ops = append(rec.Ops, witness.OpState{ChainID: f.tg.chain.ChainID, EntryPoint: f.tg.entryPoint, Op: op, UserOpHash: hashes[i], Proof: proof, Lower: lower, Upper: upper})
	}
	slashData := func(r *witness.Record, i int) []byte {
		ev, err := witness.EvidenceOf(r, i)
		if err != nil {
			t.Fatal(err)
		}
		data, err := ev.SlashCalldata()
		if err != nil {
			t.Fatal(err)
		}
		return data
	}

	receipt := sendAndWait(ctx, t, f.tg.sender, f.tg.client, f.tg.entryPoint, nil,
		mustPack(t, vf.abis.entryPoint, "handleOps", packForABI(t, []*entrypoint.UserOperation{ops[0], ops[2]}), vf.net.Accounts[1].Address))
	events := userOpEvents(t, vf.abis, receipt)
	if len(events) != 2 || !events[0].Success || events[1].Success {
		t.Fatalf("want op 0 to succeed and op 2 to revert in execution, got %+v", events)
	}
	validator, err := klasteraccount.NewKlasterMerkleValidator(vf.net.Contracts.KlasterValidator, f.tg.client)
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []int64{1, 0, 1} {
		at, err := validator.ExecutedAt(nil, f.tg.account, hashes[i])
		if err != nil || at.Int64() != want {
			t.Fatalf("executedAt(op %d) = %v, %v; want %d", i, at, err, want)
		}
	}

	// Before the deadline.
	f.wantRevert(ctx, t, w1.Address, slashData(rec, 1), "TooEarly")
	f.waitChainTime(ctx, t, upper+devnet.DevStakeManager.ChallengeDelay)

	// Wrong proof.
	bad := *rec
	bad.Ops = append([]witness.OpState{}, rec.Ops...)
	bad.Ops[1].Proof = append([]common.Hash{}, rec.Ops[1].Proof...)
	bad.Ops[1].Proof[0][0] ^= 0xff
	f.wantRevert(ctx, t, w1.Address, slashData(&bad, 1), "BadProof")
	// A commitment that recovers to nobody, and one by an unstaked node.
	bad = *rec
	bad.Commitment = make([]byte, 65)
	f.wantRevert(ctx, t, w1.Address, slashData(&bad, 1), "BadCommitment")
	bad.Commitment, _ = klaster.SignRoot(stranger.Key, tree.Root())
	f.wantRevert(ctx, t, w1.Address, slashData(&bad, 1), "NodeNotStaked")
	// Ops that ran, also the one that reverted in execution.
	f.wantRevert(ctx, t, w1.Address, slashData(rec, 0), "OpExecuted")
	f.wantRevert(ctx, t, w1.Address, slashData(rec, 2), "OpExecuted")
	// Callers without stake, and the node itself.
	f.wantRevert(ctx, t, stranger.Address, slashData(rec, 1), "NotAWitness")
	f.wantRevert(ctx, t, node.Address, slashData(rec, 1), "NotAWitness")

	// First vote: a third of all stake, below the threshold.
	r := f.send(ctx, t, w1, nil, slashData(rec, 1))
	if n := countEvents(r, smABI, "Slashed"); n != 0 || countEvents(r, smABI, "SlashVote") != 1 {
		t.Fatalf("first vote: %d Slashed events, want 0 and one SlashVote", n)
	}
	if got := f.stakeOf(t, node.Address); got.Cmp(oneEth) != 0 {
		t.Fatalf("node stake after one vote = %s, want 1 ETH", got)
	}
	// A double vote.
	f.wantRevert(ctx, t, w1.Address, slashData(rec, 1), "AlreadyVoted")
	// Second vote: two thirds >= half, slashed.
	r = f.send(ctx, t, w2, nil, slashData(rec, 1))
	var slashed []any
	for _, l := range r.Logs {
		if l.Topics[0] == smABI.Events["Slashed"].ID {
			if common.BytesToAddress(l.Topics[1].Bytes()) != node.Address || l.Topics[2] != tree.Root() || l.Topics[3] != hashes[1] {
				t.Fatalf("Slashed topics %v", l.Topics)
			}
			slashed, _ = smABI.Events["Slashed"].Inputs.NonIndexed().Unpack(l.Data)
		}
	}
	half := new(big.Int).Div(oneEth, big.NewInt(2))
	if len(slashed) != 1 || slashed[0].(*big.Int).Cmp(half) != 0 {
		t.Fatalf("Slashed amount %v, want 0.5 ETH", slashed)
	}
	if got := f.stakeOf(t, node.Address); got.Cmp(half) != 0 {
		t.Fatalf("node stake after the slash = %s, want 0.5 ETH", got)
	}
	// The op is settled: a fresh witness cannot slash it again.
	f.send(ctx, t, stranger, oneEth, mustPack(t, smABI, "stake"))
	f.wantRevert(ctx, t, stranger.Address, slashData(rec, 1), "AlreadySlashed")

	// Unlock, and no withdrawal before the delay.
	f.send(ctx, t, node, nil, mustPack(t, smABI, "unlock"))
	f.wantRevert(ctx, t, node.Address, mustPack(t, smABI, "withdraw"), "StillLocked")
	f.wantRevert(ctx, t, w1.Address, mustPack(t, smABI, "withdraw"), "NotUnlocking")
}

func countEvents(r *types.Receipt, a *abi.ABI, name string) int {
	n := 0
	for _, l := range r.Logs {
		if len(l.Topics) > 0 && l.Topics[0] == a.Events[name].ID {
			n++
		}
	}
	return n
}
