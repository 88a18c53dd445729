package mempool

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/klaster-dev/klaster/erc7769"
)

func TestTickScheduledAndExpiry(t *testing.T) {
	p, c := newTestPool(t, nil)
	now := uint64(c.now().Unix())
	e := entryOf(testOp(1, 0, 0, 1000, 100))
	e.ValidAfter, e.ValidUntil, e.WaitForWindow = now+10, now+100, true
	s := mustAdd(t, p, e).Entry
	e = entryOf(testOp(2, 0, 0, 1000, 100))
	e.ValidUntil = now + 50
	x := mustAdd(t, p, e).Entry

	r, err := p.Tick(testCtx, c.now().Add(5*time.Second))
	if err != nil || len(r.Due) != 0 || len(r.Expired) != 0 {
		t.Fatalf("early tick: %+v %v", r, err)
	}
	r, _ = p.Tick(testCtx, c.now().Add(10*time.Second))
	if len(r.Due) != 1 || r.Due[0].UserOpHash != s.UserOpHash {
		t.Fatalf("due: %+v", r.Due)
	}
	// Still Scheduled until re-validated; returned again.
	if g, _ := p.Get(s.UserOpHash); g.Status != Scheduled {
		t.Fatal(g.Status)
	}
	if r, _ = p.Tick(testCtx, c.now().Add(11*time.Second)); len(r.Due) != 1 {
		t.Fatal("due not returned again")
	}
	if err := p.MarkPending(testCtx, s.UserOpHash); err != nil {
		t.Fatal(err)
	}
	r, _ = p.Tick(testCtx, c.now().Add(50*time.Second))
	if len(r.Expired) != 1 || r.Expired[0].UserOpHash != x.UserOpHash {
		t.Fatalf("expired: %+v", r.Expired)
	}
	if g, ok := p.Get(x.UserOpHash); !ok || g.Status != Expired {
		t.Fatalf("status %v", g.Status)
	}
	r, _ = p.Tick(testCtx, c.now().Add(100*time.Second))
	if len(r.Expired) != 1 || p.Len() != 0 {
		t.Fatalf("expired %d len %d", len(r.Expired), p.Len())
	}
	if n := p.Counts()[Expired]; n != 2 {
		t.Fatal(n)
	}
}

func TestDropRetryUntilWindowEnd(t *testing.T) {
	p, c := newTestPool(t, nil)
	now := uint64(c.now().Unix())
	e := entryOf(testOp(1, 0, 0, 1000, 100))
	e.ValidUntil, e.RetryUntilWindowEnd = now+30, true
	h := mustAdd(t, p, e).Entry.UserOpHash
	dropped, err := p.Drop(testCtx, h, "AA21 didn't pay prefund")
	if err != nil || dropped {
		t.Fatalf("dropped=%v err=%v", dropped, err)
	}
	if g, _ := p.Get(h); g.Status != Pending || g.Reason != "AA21 didn't pay prefund" {
		t.Fatalf("%s %q", g.Status, g.Reason)
	}
	c.advance(30 * time.Second)
	if dropped, _ = p.Drop(testCtx, h, "again"); !dropped {
		t.Fatal("not dropped after window end")
	}
	// A plain op is dropped at once.
	h2 := mustAdd(t, p, entryOf(testOp(2, 0, 0, 1000, 100))).Entry.UserOpHash
	if dropped, _ = p.Drop(testCtx, h2, "x"); !dropped {
		t.Fatal("plain op kept")
	}
	if g, _ := p.Get(h2); g.Status != Failed {
		t.Fatal(g.Status)
	}
}

func TestPruneTTL(t *testing.T) {
	p, c := newTestPool(t, func(c *Config) { c.TTL = time.Minute; c.FinishedTTL = 2 * time.Minute })
	a := mustAdd(t, p, entryOf(testOp(1, 0, 0, 1000, 100))).Entry
	e := entryOf(testOp(2, 0, 0, 1000, 100))
	e.RetryUntilWindowEnd = true
	keep := mustAdd(t, p, e).Entry
	c.advance(30 * time.Second)
	b := mustAdd(t, p, entryOf(testOp(3, 0, 0, 1000, 100))).Entry
	out, err := p.Prune(testCtx, testT0.Add(time.Minute))
	if err != nil || len(out) != 1 || out[0].UserOpHash != a.UserOpHash {
		t.Fatalf("pruned %v %v", out, err)
	}
	if g, _ := p.Get(a.UserOpHash); g.Status != Expired {
		t.Fatal(g.Status)
	}
	if _, ok := p.Get(keep.UserOpHash); !ok {
		t.Fatal("retry op pruned")
	}
	p.Prune(testCtx, testT0.Add(90*time.Second))
	if g, _ := p.Get(b.UserOpHash); g.Status != Expired {
		t.Fatal(g.Status)
	}
	// Finished ops are forgotten after FinishedTTL.
	p.Prune(testCtx, testT0.Add(4*time.Minute))
	if _, ok := p.Get(a.UserOpHash); ok {
		t.Fatal("finished op kept past FinishedTTL")
	}
	if n := p.Counts()[Expired]; n != 0 {
		t.Fatal(n)
	}
}

func TestFinishedBounded(t *testing.T) {
	p, _ := newTestPool(t, func(c *Config) { c.MaxFinished = 3 })
	var hs []common.Hash
	for i := 0; i < 5; i++ {
		h := mustAdd(t, p, entryOf(testOp(i, 0, 0, 1000, 100))).Entry.UserOpHash
		hs = append(hs, h)
		if err := p.MarkFailed(testCtx, h, "x"); err != nil {
			t.Fatal(err)
		}
	}
	if _, ok := p.Get(hs[1]); ok {
		t.Fatal("oldest finished kept")
	}
	if _, ok := p.Get(hs[4]); !ok {
		t.Fatal("newest finished lost")
	}
	if n := p.Counts()[Failed]; n != 3 {
		t.Fatal(n)
	}
}

func TestLifecycleAndEvents(t *testing.T) {
	p, _ := newTestPool(t, nil)
	var (
		mu  sync.Mutex
		got []string
	)
	cancel := p.OnChange(func(e Entry) {
		mu.Lock()
		got = append(got, e.Status.String())
		mu.Unlock()
		p.Get(e.UserOpHash) // re-entrancy must not deadlock
	})
	h1 := mustAdd(t, p, entryOf(testOp(1, 0, 0, 1000, 100))).Entry.UserOpHash
	h2 := mustAdd(t, p, entryOf(testOp(2, 0, 0, 1000, 100))).Entry.UserOpHash
	tx := common.Hash{0xaa}
	if err := p.MarkSubmitted(testCtx, []common.Hash{h1, h2}, tx); err != nil {
		t.Fatal(err)
	}
	if err := p.MarkSubmitted(testCtx, []common.Hash{h1}, tx); !errors.Is(err, ErrBadState) {
		t.Fatalf("double submit: %v", err)
	}
	if err := p.MarkMined(testCtx, h1, true, tx, 42, common.Hash{0xbb}); err != nil {
		t.Fatal(err)
	}
	g, _ := p.Get(h1)
	if g.Status != MinedSuccess || g.TxHash != tx || g.BlockNumber != 42 || g.BlockHash != (common.Hash{0xbb}) {
		t.Fatalf("%+v", g)
	}
	// Reorg: both back to Pending.
	done, err := p.Requeue(testCtx, []common.Hash{h1, h2})
	if err != nil || len(done) != 2 {
		t.Fatalf("requeue %v %v", done, err)
	}
	if g, _ = p.Get(h1); g.Status != Pending || g.TxHash != (common.Hash{}) {
		t.Fatalf("%+v", g)
	}
	if len(p.Best(BundleParams{})) != 2 {
		t.Fatal("requeued ops not selectable")
	}
	if err := p.MarkMined(testCtx, h2, false, tx, 43, common.Hash{}); err != nil {
		t.Fatal(err)
	}
	if ok, _ := p.Remove(testCtx, h1); !ok {
		t.Fatal("remove")
	}
	if _, ok := p.Get(h1); ok {
		t.Fatal("removed op still there")
	}
	cancel()
	mustAdd(t, p, entryOf(testOp(3, 0, 0, 1000, 100)))
	want := []string{"PENDING", "PENDING", "SUBMITTED", "SUBMITTED", "MINED_SUCCESS", "PENDING", "PENDING", "MINED_FAIL"}
	mu.Lock()
	defer mu.Unlock()
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("events %v, want %v", got, want)
	}
	c := p.Counts()
	if c[Pending] != 1 || c[MinedFail] != 1 || c[MinedSuccess] != 0 {
		t.Fatalf("counts %v", c)
	}
	if err := p.Clear(testCtx); err != nil || p.Len() != 0 || p.Counts()[MinedFail] != 0 {
		t.Fatal("clear")
	}
}

func TestDumpInsertionOrder(t *testing.T) {
	p, _ := newTestPool(t, nil)
	var want []common.Hash
	for i := 0; i < 20; i++ {
		want = append(want, mustAdd(t, p, entryOf(testOp(i, 0, 0, 1000, int64(i*7%13+1)))).Entry.UserOpHash)
	}
	if got := hashesOf(p.Dump()); !equalHashes(got, want) {
		t.Fatal("dump not in insertion order")
	}
}

func fullEntry() Entry {
	op := testOp(1, 3, 5, 1000, 100)
	pm, f := addr(900), addr(901)
	op.Paymaster, op.Factory = &pm, &f
	op.FactoryData, op.PaymasterData = []byte{1}, []byte{2, 3}
	op.PaymasterVerificationGasLimit, op.PaymasterPostOpGasLimit = big.NewInt(7), big.NewInt(8)
	return Entry{
		Op: op, UserOpHash: opHash(op), EntryPoint: testEP, ChainID: 1337,
		Sender: Entity{Address: op.Sender, Staked: true}, Factory: &Entity{Address: f}, Paymaster: &Entity{Address: pm, Staked: true},
		ValidAfter: 11, ValidUntil: 22, Prefund: big.NewInt(12345), PaymasterDeposit: big.NewInt(99999),
		Source: Source{Kind: SourceITx, ITxHash: common.Hash{0x17}}, RetryUntilWindowEnd: true, WaitForWindow: true,
		Status: Submitted, Reason: "why", AddedAt: time.Unix(5, 6), UpdatedAt: time.Unix(7, 8),
		TxHash: common.Hash{1}, BlockNumber: 9, BlockHash: common.Hash{2}, Seq: 77,
	}
}

func TestEntryJSONRoundTrip(t *testing.T) {
	e := fullEntry()
	b, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	var d Entry
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatal(err)
	}
	b2, _ := json.Marshal(d)
	if string(b) != string(b2) {
		t.Fatalf("not stable:\n%s\n%s", b, b2)
	}
	if !d.AddedAt.Equal(e.AddedAt) || !d.UpdatedAt.Equal(e.UpdatedAt) {
		t.Fatal("times")
	}
	d.AddedAt, d.UpdatedAt = e.AddedAt, e.UpdatedAt
	if !reflect.DeepEqual(normalize(d), normalize(e)) {
		t.Fatalf("round trip differs:\n%+v\n%+v", d, e)
	}
}

// normalize makes big.Ints comparable with DeepEqual.
func normalize(e Entry) string {
	b, _ := json.Marshal(e)
	return string(b) + e.Op.Nonce.String() + e.Prefund.String()
}

type memStore struct {
	mu   sync.Mutex
	m    map[common.Hash]Entry
	fail bool
}

func (s *memStore) Save(_ context.Context, e Entry) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fail {
		return errors.New("disk on fire")
	}
	s.m[e.UserOpHash] = e
	return nil
}

func (s *memStore) Delete(_ context.Context, h common.Hash) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.m, h)
	return nil
}

func (s *memStore) LoadAll(context.Context) ([]Entry, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Entry
	for _, e := range s.m {
		out = append(out, e)
	}
	return out, nil
}

func TestStoreHookAndLoad(t *testing.T) {
	st := &memStore{m: map[common.Hash]Entry{}}
	p, _ := newTestPool(t, func(c *Config) { c.Store = st })
	a := mustAdd(t, p, entryOf(testOp(1, 0, 0, 1000, 100))).Entry
	mustAdd(t, p, entryOf(testOp(2, 0, 0, 1000, 100)))
	r := mustAdd(t, p, entryOf(testOp(2, 0, 0, 2000, 200))).Entry // replaces
	if err := p.MarkSubmitted(testCtx, []common.Hash{a.UserOpHash}, common.Hash{5}); err != nil {
		t.Fatal(err)
	}
	if len(st.m) != 2 || st.m[a.UserOpHash].Status != Submitted {
		t.Fatalf("store: %d entries", len(st.m))
	}
	st.fail = true
	_, err := p.Add(testCtx, entryOf(testOp(3, 0, 0, 1000, 100)))
	wantCode(t, err, ErrStore, erc7769.CodeInternal)
	if p.Len() != 2 {
		t.Fatal("op admitted although not persisted")
	}
	st.fail = false

	p2, _ := newTestPool(t, func(c *Config) { c.Store = st })
	n, err := p2.Load(testCtx)
	if err != nil || n != 2 {
		t.Fatalf("load %d %v", n, err)
	}
	if g, _ := p2.Get(a.UserOpHash); g.Status != Submitted {
		t.Fatal(g.Status)
	}
	got := p2.Best(BundleParams{})
	if len(got) != 1 || got[0].UserOpHash != r.UserOpHash {
		t.Fatalf("best after load %v", hashesOf(got))
	}
	if s := mustAdd(t, p2, entryOf(testOp(4, 0, 0, 1000, 100))).Entry.Seq; s <= r.Seq {
		t.Fatalf("seq %d not after loaded %d", s, r.Seq)
	}
}

// A rolled-back replacement puts the replaced op back as it was, and a
// Restore never displaces what holds the slot now.
func TestRestoreUndoesReplacement(t *testing.T) {
	p, _ := newTestPool(t, nil)
	first := mustAdd(t, p, entryOf(testOp(1, 0, 0, 1000, 100)))
	bump := entryOf(testOp(1, 0, 0, 2000, 200))
	res := mustAdd(t, p, bump)
	if res.Replaced == nil || res.Replaced.Status != Pending {
		t.Fatalf("Replaced = %+v, want the op as it was (Pending)", res.Replaced)
	}
	if err := p.Restore(testCtx, *res.Replaced); err != nil {
		t.Fatal(err)
	}
	if got, _ := p.Get(first.Entry.UserOpHash); got.Status == Pending {
		t.Fatal("Restore displaced the op holding the nonce slot")
	}
	if _, err := p.Remove(testCtx, bump.UserOpHash); err != nil {
		t.Fatal(err)
	}
	if err := p.Restore(testCtx, *res.Replaced); err != nil {
		t.Fatal(err)
	}
	got, ok := p.Get(first.Entry.UserOpHash)
	if !ok || got.Status != Pending || p.Len() != 1 {
		t.Fatalf("restored op: %+v (len %d)", got, p.Len())
	}
	if best := p.Best(BundleParams{}); len(best) != 1 || best[0].UserOpHash != first.Entry.UserOpHash {
		t.Fatalf("Best after restore: %v", best)
	}
}
