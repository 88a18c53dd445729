package store

import (
	"context"
	"encoding/json"
	"math/big"
	"sort"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/store/redistest"
)

var ep = common.HexToAddress("0x0000000071727De22E5E9d8BAf0edAc6f37da032")

// fullEntry sets every field of an Entry, the op included.
func fullEntry(i int64) mempool.Entry {
	pm, f := common.HexToAddress("0x9000"), common.HexToAddress("0x9001")
	op := &entrypoint.UserOperation{
		Sender: common.BigToAddress(big.NewInt(0x1000 + i)), Nonce: new(big.Int).Lsh(big.NewInt(i), 64),
		Factory: &f, FactoryData: []byte{1, 2}, CallData: []byte{3},
		CallGasLimit: big.NewInt(1), VerificationGasLimit: big.NewInt(2), PreVerificationGas: big.NewInt(3),
		MaxFeePerGas: big.NewInt(4), MaxPriorityFeePerGas: big.NewInt(5),
		Paymaster: &pm, PaymasterVerificationGasLimit: big.NewInt(6), PaymasterPostOpGasLimit: big.NewInt(7),
		PaymasterData: []byte{8}, Signature: []byte{9, 10},
	}
	return mempool.Entry{
		Op: op, UserOpHash: common.BigToHash(big.NewInt(0xabc0 + i)), EntryPoint: ep, ChainID: 1337,
		Sender: mempool.Entity{Address: op.Sender, Staked: true}, Factory: &mempool.Entity{Address: f},
		Paymaster: &mempool.Entity{Address: pm, Staked: true}, ValidAfter: 100, ValidUntil: 200,
		Prefund: big.NewInt(1234), PaymasterDeposit: big.NewInt(5678),
		Source:              mempool.Source{Kind: mempool.SourceITx, ITxHash: common.Hash{0x11}},
		RetryUntilWindowEnd: true, WaitForWindow: true, Status: mempool.Submitted, Reason: "r",
		AddedAt: time.Unix(10, 11), UpdatedAt: time.Unix(12, 13), TxHash: common.Hash{0x22},
		BlockNumber: 14, BlockHash: common.Hash{0x33}, LogIndex: 15, Seq: uint64(i),
	}
}

func encode(t *testing.T, e mempool.Entry) string {
	t.Helper()
	b, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func loadSorted(t *testing.T, s mempool.Store) []mempool.Entry {
	t.Helper()
	got, err := s.LoadAll(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	sort.Slice(got, func(i, j int) bool { return got[i].Seq < got[j].Seq })
	return got
}

func TestRedisPoolRoundTripAndRestart(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{AppendOnly: true})
	ctx := context.Background()
	r := NewRedis(srv.Client(), "")
	s := r.Pool(1337, ep)
	if want := "klaster:1337:0x0000000071727de22e5e9d8baf0edac6f37da032:pool"; s.Key() != want {
		t.Fatalf("key %s, want %s", s.Key(), want)
	}
	var want []mempool.Entry
	for i := int64(1); i <= 3; i++ {
		e := fullEntry(i)
		if err := s.Save(ctx, e); err != nil {
			t.Fatal(err)
		}
		want = append(want, e)
	}
	if err := s.Delete(ctx, want[1].UserOpHash); err != nil {
		t.Fatal(err)
	}
	want = append(want[:1], want[2])
	check := func(s mempool.Store) {
		got := loadSorted(t, s)
		if len(got) != len(want) {
			t.Fatalf("loaded %d, want %d", len(got), len(want))
		}
		for i := range got {
			if encode(t, got[i]) != encode(t, want[i]) || got[i].Op.Nonce.Cmp(want[i].Op.Nonce) != 0 ||
				!got[i].AddedAt.Equal(want[i].AddedAt) || got[i].Prefund.Cmp(want[i].Prefund) != 0 {
				t.Fatalf("entry %d differs:\n%s\n%s", i, encode(t, got[i]), encode(t, want[i]))
			}
		}
	}
	check(s)
	// Another pool's key is separate.
	if got := loadSorted(t, r.Pool(1338, ep)); len(got) != 0 {
		t.Fatal("pools share a key")
	}

	srv.Restart()
	check(NewRedis(srv.Client(), "").Pool(1337, ep))
}

func TestRedisWithPool(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	ctx := context.Background()
	st := NewRedis(srv.Client(), "test").Pool(1, ep)
	p := mempool.New(mempool.Config{ChainID: 1, EntryPoint: ep, Store: st})
	e := fullEntry(1)
	e.ChainID, e.ValidAfter, e.ValidUntil = 1, 0, 0
	e.Sender.Staked = false
	res, err := p.Add(ctx, e)
	if err != nil {
		t.Fatal(err)
	}
	p2 := mempool.New(mempool.Config{ChainID: 1, EntryPoint: ep, Store: st})
	if n, err := p2.Load(ctx); err != nil || n != 1 {
		t.Fatalf("load %d %v", n, err)
	}
	got, ok := p2.Get(res.Entry.UserOpHash)
	if !ok || got.Status != mempool.Pending || encode(t, got) != encode(t, res.Entry) {
		t.Fatalf("restored %+v", got)
	}
	if err := p2.MarkMined(ctx, got.UserOpHash, true, common.Hash{1}, 2, common.Hash{3}); err != nil {
		t.Fatal(err)
	}
	if left := loadSorted(t, st); len(left) != 0 {
		t.Fatalf("%d entries left after mined", len(left))
	}
	// Redis down: Add fails with the internal error code and admits nothing.
	srv.Stop()
	e2 := fullEntry(2)
	e2.ChainID, e2.ValidAfter, e2.ValidUntil, e2.Sender.Staked = 1, 0, 0, false
	cctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	_, err = p2.Add(cctx, e2)
	var pe *erc7769.Error
	if err == nil || !asError(err, &pe) || pe.ErrorCode() != erc7769.CodeInternal {
		t.Fatalf("add with redis down: %v", err)
	}
	if p2.Len() != 0 {
		t.Fatal("op admitted without being persisted")
	}
}

func asError(err error, target **erc7769.Error) bool {
	e, ok := err.(*erc7769.Error)
	*target = e
	return ok
}

func TestLease(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	ctx := context.Background()
	r := NewRedis(srv.Client(), "")
	const ttl = 300 * time.Millisecond
	ok, err := r.AcquireLease(ctx, "bundler:1337", "a", ttl)
	if err != nil || !ok {
		t.Fatalf("a acquire: %v %v", ok, err)
	}
	if ok, _ = r.AcquireLease(ctx, "bundler:1337", "b", ttl); ok {
		t.Fatal("b acquired a held lease")
	}
	if ok, _ = r.RenewLease(ctx, "bundler:1337", "b", ttl); ok {
		t.Fatal("non-holder renewed")
	}
	if ok, _ = r.ReleaseLease(ctx, "bundler:1337", "b"); ok {
		t.Fatal("non-holder released")
	}
	if ok, _ = r.AcquireLease(ctx, "bundler:1337", "a", ttl); !ok {
		t.Fatal("holder re-acquire failed")
	}
	// Renewal keeps it past the original ttl.
	for i := 0; i < 3; i++ {
		time.Sleep(ttl / 2)
		if ok, err = r.RenewLease(ctx, "bundler:1337", "a", ttl); !ok || err != nil {
			t.Fatalf("renew %d: %v %v", i, ok, err)
		}
	}
	if ok, _ = r.AcquireLease(ctx, "bundler:1337", "b", ttl); ok {
		t.Fatal("b took a renewed lease")
	}
	// Expiry lets b take it; a can no longer renew.
	time.Sleep(ttl + 100*time.Millisecond)
	if ok, _ = r.AcquireLease(ctx, "bundler:1337", "b", ttl); !ok {
		t.Fatal("b could not take an expired lease")
	}
	if ok, _ = r.RenewLease(ctx, "bundler:1337", "a", ttl); ok {
		t.Fatal("old holder renewed after expiry")
	}
	if ok, _ = r.ReleaseLease(ctx, "bundler:1337", "b"); !ok {
		t.Fatal("holder release failed")
	}
	if ok, _ = r.AcquireLease(ctx, "bundler:1337", "a", ttl); !ok {
		t.Fatal("acquire after release failed")
	}
	// Concurrent contenders: exactly one wins.
	wins := make(chan bool, 8)
	for i := 0; i < 8; i++ {
		go func(i int) {
			ok, _ := r.AcquireLease(ctx, "race", string(rune('a'+i)), time.Minute)
			wins <- ok
		}(i)
	}
	n := 0
	for i := 0; i < 8; i++ {
		if <-wins {
			n++
		}
	}
	if n != 1 {
		t.Fatalf("%d winners", n)
	}
}
