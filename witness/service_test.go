package witness

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"github.com/klaster-dev/klaster/erc7769"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/klaster-dev/klaster/bindings/klasteraccount"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/klaster"
)

// scriptedChain is a Chain whose answers the test sets. The real chain is
// exercised end to end in test/witness_network_test.go; this one pins the
// verdict rules.
type scriptedChain struct {
	now       uint64
	baseFee   *big.Int
	simErr    error
	simulated int
	executed  map[common.Hash]bool
	stake     *big.Int
	slashErr  error
	slashes   [][]byte
}

func (c *scriptedChain) ChainID() uint64 { return 1337 }
func (c *scriptedChain) Head(context.Context) (uint64, *big.Int, error) {
	return c.now, c.baseFee, nil
}
func (c *scriptedChain) Simulate(context.Context, *entrypoint.UserOperation, common.Address, common.Hash) error {
	c.simulated++
	return c.simErr
}
func (c *scriptedChain) ExecutedAt(_ context.Context, _ common.Address, h common.Hash) (*big.Int, error) {
	if c.executed[h] {
		return big.NewInt(1), nil
	}
	return new(big.Int), nil
}
func (c *scriptedChain) ChallengeDelay(context.Context) (uint64, error) { return 4, nil }
func (c *scriptedChain) StakeOf(context.Context, common.Address) (*big.Int, error) {
	return c.stake, nil
}
func (c *scriptedChain) Slash(_ context.Context, data []byte) (common.Hash, error) {
	if c.slashErr != nil {
		return common.Hash{}, c.slashErr
	}
	c.slashes = append(c.slashes, data)
	return common.Hash{byte(len(c.slashes))}, nil
}

func newScripted(t *testing.T) (*Service, *scriptedChain, *ecdsa.PrivateKey) {
	t.Helper()
	key, _ := crypto.GenerateKey()
	ch := &scriptedChain{now: 10, baseFee: big.NewInt(1), executed: map[common.Hash]bool{}, stake: big.NewInt(1)}
	return New(Config{Key: key, Chains: []Chain{ch}, Margin: 30}), ch, key
}

// add stores a one-op record with window [0, 100].
func add(t *testing.T, s *Service, h byte) *Record {
	t.Helper()
	r := testRecord(h, common.Address{0xaa}, 1)
	if _, err := s.store.Add(context.Background(), r); err != nil {
		t.Fatal(err)
	}
	return r
}

func verdict(t *testing.T, s *Service, r *Record) OpState {
	t.Helper()
	got, err := s.store.Get(context.Background(), r.ItxHash)
	if err != nil {
		t.Fatal(err)
	}
	return got.Ops[0]
}

func tick(t *testing.T, s *Service) {
	t.Helper()
	if err := s.Tick(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func TestVerdictMissedSlashesOnce(t *testing.T) {
	s, ch, _ := newScripted(t)
	r := add(t, s, 1)
	tick(t, s) // inside the window: simulates
	if ch.simulated != 1 || !verdict(t, s, r).Simulated || verdict(t, s, r).Verdict != Pending {
		t.Fatalf("inside the window: %+v", verdict(t, s, r))
	}
	ch.now = 104 // == upper + delay: not yet past
	tick(t, s)
	if v := verdict(t, s, r); v.Verdict != Pending || ch.simulated != 1 {
		t.Fatalf("at the deadline: %+v (simulated %d times, want once)", v, ch.simulated)
	}
	ch.now = 105
	tick(t, s)
	tick(t, s)
	v := verdict(t, s, r)
	if v.Verdict != Missed || v.SlashTx == (common.Hash{}) || len(ch.slashes) != 1 {
		t.Fatalf("after the deadline: %+v with %d slash calls, want MISSED and one", v, len(ch.slashes))
	}
	a, _ := klasteraccount.KlasterStakeManagerMetaData.GetAbi()
	args, err := a.Methods["slash"].Inputs.Unpack(ch.slashes[0][4:])
	if err != nil || args[1].([32]byte) != r.ItxHash || args[3].(*big.Int).Uint64() != 100 {
		t.Fatalf("slash calldata %v, %v", args, err)
	}
	if act, _ := s.store.Active(context.Background()); len(act) != 0 {
		t.Fatal("a settled iTx is still active")
	}
}

func TestVerdictsThatAreNeverSlashed(t *testing.T) {
	cases := []struct {
		name    string
		setup   func(ch *scriptedChain, r *Record)
		verdict Verdict
	}{
		{"never simulates", func(ch *scriptedChain, _ *Record) { ch.simErr = errors.New("AA21") }, Unexecutable},
		{"ran although the witness's simulation failed", func(ch *scriptedChain, r *Record) {
			ch.simErr = errors.New("AA25 invalid account nonce")
			ch.executed[r.Ops[0].UserOpHash] = true
		}, Executed},
		{"simulates only inside the bundlers' margin", func(ch *scriptedChain, _ *Record) { ch.now = 80 }, Unexecutable},
		{"fees below the base fee", func(ch *scriptedChain, _ *Record) { ch.baseFee = big.NewInt(2) }, Unexecutable},
	}
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, ch, _ := newScripted(t)
			r := add(t, s, byte(20+i))
			tc.setup(ch, r)
			tick(t, s)
			ch.now = 200
			tick(t, s)
			if v := verdict(t, s, r); v.Verdict != tc.verdict || len(ch.slashes) != 0 {
				t.Fatalf("%+v with %d slash calls; want %s and none", v, len(ch.slashes), tc.verdict)
			}
		})
	}
}

func TestMissedWithoutStakeOrWithFailingVotes(t *testing.T) {
	s, ch, _ := newScripted(t)
	ch.stake = new(big.Int)
	r := add(t, s, 30)
	tick(t, s)
	ch.now = 200
	tick(t, s)
	if v := verdict(t, s, r); v.Verdict != Missed || v.SlashError == "" || len(ch.slashes) != 0 {
		t.Fatalf("without stake: %+v", v)
	}

	s, ch, _ = newScripted(t)
	ch.slashErr = errors.New("node down")
	r = add(t, s, 31)
	tick(t, s)
	ch.now = 200
	for i := 0; i < maxSlashAttempts-1; i++ {
		tick(t, s)
		if v := verdict(t, s, r); v.SlashError != "" {
			t.Fatalf("gave up after %d attempts", i+1)
		}
	}
	tick(t, s)
	if v := verdict(t, s, r); v.SlashError == "" || v.SlashAttempts != maxSlashAttempts {
		t.Fatalf("after %d failed attempts: %+v", maxSlashAttempts, v)
	}
}

func TestNeverWitnessesItself(t *testing.T) {
	s, _, key := newScripted(t)
	self := crypto.PubkeyToAddress(key.PublicKey)
	r := testRecord(40, self, 1)
	c := &klaster.Committed{ItxHash: r.ItxHash, Node: self, Commitment: r.Commitment, UserSignature: r.UserSignature,
		Ops: []klaster.CommittedOp{{ChainID: 1337, Op: r.Ops[0].Op, UserOpHash: r.Ops[0].UserOpHash, Upper: 100}}}
	if err := s.Accept(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.store.Get(context.Background(), r.ItxHash); got != nil {
		t.Fatal("the node stored its own iTx for witnessing")
	}
	c.Node = common.Address{0xbb}
	if err := s.Accept(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.store.Get(context.Background(), r.ItxHash); got == nil {
		t.Fatal("another node's iTx was not stored")
	}
}

// TestWitnessCapacity: past MaxActive, a new iTx is refused with -32504,
// one already stored is still fine, and a settled one frees a place.
func TestWitnessCapacity(t *testing.T) {
	ctx := context.Background()
	s := New(Config{MaxActive: 1})
	committed := func(h byte) *klaster.Committed {
		r := testRecord(h, common.Address{0xbb}, 1)
		return &klaster.Committed{ItxHash: r.ItxHash, Node: r.Node, Commitment: r.Commitment, UserSignature: r.UserSignature,
			Ops: []klaster.CommittedOp{{ChainID: 1337, Op: r.Ops[0].Op, UserOpHash: r.Ops[0].UserOpHash, Upper: 100}}}
	}
	if err := s.Accept(ctx, committed(1)); err != nil {
		t.Fatal(err)
	}
	var kerr *erc7769.Error
	if err := s.Accept(ctx, committed(2)); !errors.As(err, &kerr) || kerr.Code != erc7769.CodeThrottledOrBanned {
		t.Fatalf("over capacity: %v, want -32504", err)
	}
	if err := s.Accept(ctx, committed(1)); err != nil {
		t.Fatalf("an iTx already stored: %v", err)
	}
	rec, _ := s.store.Get(ctx, common.Hash{1})
	rec.Ops[0].Verdict = Executed
	if err := s.store.Update(ctx, rec); err != nil {
		t.Fatal(err)
	}
	if err := s.Accept(ctx, committed(2)); err != nil {
		t.Fatalf("after a verdict freed a place: %v", err)
	}
}
