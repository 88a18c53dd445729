package chaintracker

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"

	"github.com/klaster-dev/klaster/receipt"
)

var (
	fakeEP    = common.HexToAddress("0x4337084D9E255Ff0702461CF8895CE9E3b5Ff108")
	otherAddr = common.HexToAddress("0x00000000000000000000000000000000000000ee")
)

// fakeNode is a chain of headers with forks; head is what the node calls
// latest.
type fakeNode struct {
	mu     sync.Mutex
	byHash map[common.Hash]*types.Header
	logs   map[common.Hash][]types.Log
	head   *types.Header
	fail   error
	reads  int
}

func newFakeNode() (*fakeNode, *types.Header) {
	genesis := &types.Header{Number: big.NewInt(0), BaseFee: big.NewInt(7)}
	n := &fakeNode{byHash: map[common.Hash]*types.Header{genesis.Hash(): genesis}, logs: map[common.Hash][]types.Log{}, head: genesis}
	return n, genesis
}

// block adds a child of parent (fork tells siblings apart) whose logs are
// UserOperationEvents of ops (and one foreign log first, to move the log
// index), and makes it the head.
func (n *fakeNode) block(parent *types.Header, fork byte, ops ...common.Hash) *types.Header {
	n.mu.Lock()
	defer n.mu.Unlock()
	h := &types.Header{Number: new(big.Int).Add(parent.Number, common.Big1), ParentHash: parent.Hash(), Extra: []byte{fork}, BaseFee: big.NewInt(int64(fork) + 10)}
	hash := h.Hash()
	n.byHash[hash] = h
	logs := []types.Log{{Address: otherAddr, Topics: []common.Hash{receipt.TopicUserOperationEvent}, BlockHash: hash, Index: 0}}
	for i, op := range ops {
		data := make([]byte, 128)
		data[63] = 1 // success
		logs = append(logs, types.Log{Address: fakeEP, BlockHash: hash, Index: uint(i + 1), TxHash: common.Hash{fork, byte(i)},
			Topics: []common.Hash{receipt.TopicUserOperationEvent, op, common.BytesToHash([]byte{0xaa, byte(i)}), {}}, Data: data})
	}
	n.logs[hash] = logs
	n.head = h
	return h
}

func (n *fakeNode) HeaderByNumber(_ context.Context, number *big.Int) (*types.Header, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.reads++
	if n.fail != nil {
		return nil, n.fail
	}
	if number != nil {
		return nil, errors.New("the tracker reads only the latest header by number")
	}
	return n.head, nil
}

func (n *fakeNode) HeaderByHash(_ context.Context, hash common.Hash) (*types.Header, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if h, ok := n.byHash[hash]; ok {
		return h, nil
	}
	return nil, ethereum.NotFound
}

func (n *fakeNode) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if q.BlockHash == nil {
		return nil, errors.New("the tracker reads logs by block hash")
	}
	var out []types.Log
	for _, l := range n.logs[*q.BlockHash] {
		for _, a := range q.Addresses {
			if l.Address == a {
				out = append(out, l)
			}
		}
	}
	return out, nil
}

func poll(t *testing.T, tr *Tracker) Update {
	t.Helper()
	u, err := tr.Poll(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func numbers(bs []Block) []uint64 {
	out := make([]uint64, len(bs))
	for i, b := range bs {
		out[i] = b.Header.Number.Uint64()
	}
	return out
}

func TestTrackerFollowsHeadsAndGaps(t *testing.T) {
	node, genesis := newFakeNode()
	tr := New(node, Config{EntryPoints: []common.Address{fakeEP}}, zerolog.Nop())
	var got []Update
	tr.Subscribe(func(_ context.Context, u Update) { got = append(got, u) })

	if u := poll(t, tr); len(u.Added) != 1 || u.Added[0].Header.Hash() != genesis.Hash() || u.Reorg() {
		t.Fatalf("first poll: %+v", u)
	}
	if u := poll(t, tr); u.Head != nil || len(got) != 1 {
		t.Fatalf("an unchanged head was reported: %+v", u)
	}
	op1, op2 := common.Hash{1}, common.Hash{2}
	b1 := node.block(genesis, 0)
	b2 := node.block(b1, 0, op1)
	b3 := node.block(b2, 0, op2)
	u := poll(t, tr)
	if n := numbers(u.Added); len(n) != 3 || n[0] != 1 || n[2] != 3 || u.Reorg() || u.Head.Hash() != b3.Hash() {
		t.Fatalf("gap of three blocks: added %v, removed %d", n, len(u.Removed))
	}
	ops := u.Added[1].Ops
	if len(ops) != 1 || ops[0].UserOpHash != op1 || ops[0].LogIndex != 1 || ops[0].BlockHash != b2.Hash() || !ops[0].Success || ops[0].EntryPoint != fakeEP {
		t.Fatalf("op of block 2: %+v", ops)
	}
	if len(u.Added[0].Ops) != 0 {
		t.Fatalf("another contract's log was taken for an op: %+v", u.Added[0].Ops)
	}
	if tr.Head().Hash() != b3.Hash() || len(got) != 2 {
		t.Fatalf("head %v, %d updates delivered", tr.Head().Number, len(got))
	}
}

func TestTrackerReportsAReorgWithTheOpsItUnmined(t *testing.T) {
	node, genesis := newFakeNode()
	tr := New(node, Config{EntryPoints: []common.Address{fakeEP}}, zerolog.Nop())
	op, moved := common.Hash{1}, common.Hash{2}
	poll(t, tr)
	b1 := node.block(genesis, 0)
	poll(t, tr)
	b2 := node.block(b1, 0, op, moved)
	poll(t, tr)
	node.block(b2, 0)
	poll(t, tr)
	// A sibling of block 2 takes over, with only one of the two ops, and
	// the chain grows to 4.
	c2 := node.block(b1, 1, moved)
	c3 := node.block(c2, 1)
	c4 := node.block(c3, 1)
	u := poll(t, tr)
	if !u.Reorg() {
		t.Fatal("no reorg reported")
	}
	if rm := numbers(u.Removed); len(rm) != 2 || rm[0] != 3 || rm[1] != 2 {
		t.Fatalf("removed %v, want [3 2] (newest first)", rm)
	}
	if ops := u.Removed[1].Ops; len(ops) != 2 || ops[0].UserOpHash != op || ops[0].BlockHash != b2.Hash() {
		t.Fatalf("ops of the removed block 2: %+v", ops)
	}
	if ad := numbers(u.Added); len(ad) != 3 || ad[0] != 2 || ad[2] != 4 || u.Added[0].Header.Hash() != c2.Hash() || u.Head.Hash() != c4.Hash() {
		t.Fatalf("added %v", ad)
	}
	if ops := u.Added[0].Ops; len(ops) != 1 || ops[0].UserOpHash != moved || ops[0].BlockHash != c2.Hash() {
		t.Fatalf("ops of the new block 2: %+v", ops)
	}
	// A reorg to a shorter chain: the head goes back to a sibling of 3.
	d3 := node.block(c2, 2)
	u = poll(t, tr)
	if rm, ad := numbers(u.Removed), numbers(u.Added); len(rm) != 2 || rm[0] != 4 || len(ad) != 1 || u.Added[0].Header.Hash() != d3.Hash() {
		t.Fatalf("shorter chain: removed %v added %v", rm, ad)
	}
}

func TestTrackerRecoversFromNodeErrorsAndBoundsItsWalk(t *testing.T) {
	node, genesis := newFakeNode()
	tr := New(node, Config{EntryPoints: []common.Address{fakeEP}, Depth: 4}, zerolog.Nop())
	poll(t, tr)
	node.fail = errors.New("node down")
	if _, err := tr.Poll(context.Background()); err == nil {
		t.Fatal("a node error was swallowed")
	}
	node.fail = nil
	h := genesis
	for i := 0; i < 10; i++ {
		h = node.block(h, 0)
	}
	u := poll(t, tr)
	if len(u.Added) != 4 || u.Head.Hash() != h.Hash() {
		t.Fatalf("a gap of 10 with depth 4: added %v", numbers(u.Added))
	}
	if u.Reorg() {
		t.Fatalf("a gap longer than the depth was taken for a reorg: removed %v", numbers(u.Removed))
	}
	if h2 := node.block(h, 0); poll(t, tr).Added[0].Header.Hash() != h2.Hash() {
		t.Fatal("did not continue after the gap")
	}
}

// Heads holds the latest head: a slow consumer gets the newest, not a
// backlog.
func TestHeadsKeepsOnlyTheLatest(t *testing.T) {
	node, genesis := newFakeNode()
	tr := New(node, Config{EntryPoints: []common.Address{fakeEP}}, zerolog.Nop())
	heads := tr.Heads()
	poll(t, tr)
	b1 := node.block(genesis, 0)
	poll(t, tr)
	b2 := node.block(b1, 0)
	poll(t, tr)
	if h := <-heads; h.Hash() != b2.Hash() {
		t.Fatalf("got head %d, want the latest (2)", h.Number)
	}
	select {
	case h := <-heads:
		t.Fatalf("a stale head %d was kept", h.Number)
	default:
	}
}

// A reorg deeper than the remembered window: the heights the new chain
// covers are reported removed, the older remembered blocks are kept.
func TestTrackerReorgDeeperThanItsDepth(t *testing.T) {
	node, genesis := newFakeNode()
	tr := New(node, Config{EntryPoints: []common.Address{fakeEP}, Depth: 3}, zerolog.Nop())
	h := genesis
	for i := 0; i < 6; i++ { // remembers blocks 4..6
		h = node.block(h, 0)
		poll(t, tr)
	}
	fork := genesis
	for i := 0; i < 7; i++ { // a sibling chain from genesis, to height 7
		fork = node.block(fork, 9)
	}
	u := poll(t, tr)
	if !u.Reorg() || u.Head.Hash() != fork.Hash() {
		t.Fatalf("no reorg reported: removed %v added %v", numbers(u.Removed), numbers(u.Added))
	}
	if rm, ad := numbers(u.Removed), numbers(u.Added); len(ad) != 3 || ad[0] != 5 || len(rm) != 2 || rm[0] != 6 || rm[1] != 5 {
		t.Fatalf("removed %v added %v (the walk stops at depth 3: heights 5..7)", rm, ad)
	}
}

// Latest is how other parts read the current head: it polls, so the head
// it returns is the node's latest and every subscriber has seen it first;
// concurrent readers never run overlapping polls (each block reaches the
// subscribers once, in order). A node error reaches the reader.
func TestLatestPollsThroughTheTracker(t *testing.T) {
	node, genesis := newFakeNode()
	tr := New(node, Config{EntryPoints: []common.Address{fakeEP}}, zerolog.Nop())
	var (
		mu   sync.Mutex
		seen []uint64
	)
	tr.Subscribe(func(_ context.Context, u Update) {
		mu.Lock()
		defer mu.Unlock()
		seen = append(seen, numbers(u.Added)...)
	})
	b1 := node.block(genesis, 1)
	h, err := tr.Latest(context.Background())
	if err != nil || h.Hash() != b1.Hash() {
		t.Fatalf("Latest = %v, %v; want block 1", h, err)
	}
	mu.Lock()
	if len(seen) != 1 || seen[0] != 1 {
		t.Fatalf("subscribers saw %v before Latest returned, want [1]", seen)
	}
	mu.Unlock()

	b2 := node.block(b1, 1)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if n, err := tr.HeadNumber(context.Background()); err != nil || n != 2 {
				t.Errorf("HeadNumber = %d, %v; want 2", n, err)
			}
		}()
	}
	wg.Wait()
	mu.Lock()
	if len(seen) != 2 || seen[1] != b2.Number.Uint64() {
		t.Fatalf("subscribers saw blocks %v, want [1 2] (each once)", seen)
	}
	mu.Unlock()

	node.mu.Lock()
	node.fail = errors.New("node down")
	node.mu.Unlock()
	if _, err := tr.Latest(context.Background()); err == nil {
		t.Fatal("Latest hid the node's error")
	}
}
