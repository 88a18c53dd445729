package klaster

import (
	"context"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"

	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/store/redistest"
)

func testFeed(t *testing.T, r Records) {
	ctx := context.Background()
	item := func(n byte) FeedItem {
		return FeedItem{ItxHash: common.Hash{n}, Status: StatusSuccess, Executions: []Execution{}}
	}
	// A completed record is saved together with its item.
	done := &Record{ItxHash: common.Hash{0x42}, CompletedAt: 77}
	if _, err := r.Create(ctx, &Record{ItxHash: common.Hash{0x42}}); err != nil {
		t.Fatal(err)
	}
	if _, err := r.PutExecuted(ctx, item(0x42), done); err != nil {
		t.Fatal(err)
	}
	if got, err := r.Get(ctx, common.Hash{0x42}); err != nil || got == nil || got.CompletedAt != 77 {
		t.Fatalf("record saved with its item: %+v %v", got, err)
	}
	if err := r.RemoveExecuted(ctx, common.Hash{0x42}); err != nil {
		t.Fatal(err)
	}
	if err := r.Delete(ctx, common.Hash{0x42}); err != nil {
		t.Fatal(err)
	}
	for n := byte(1); n <= 5; n++ {
		if fresh, err := r.PutExecuted(ctx, item(n), nil); err != nil || !fresh {
			t.Fatalf("put %d: %v %v", n, fresh, err)
		}
	}
	// An update keeps its place; a removal (reorg) leaves a gap; a re-add
	// goes to the end.
	up := item(2)
	up.Status = StatusFailed
	if fresh, err := r.PutExecuted(ctx, up, nil); err != nil || fresh {
		t.Fatalf("update: %v %v", fresh, err)
	}
	if err := r.RemoveExecuted(ctx, common.Hash{3}); err != nil {
		t.Fatal(err)
	}
	if _, err := r.PutExecuted(ctx, item(1), nil); err != nil {
		t.Fatal(err)
	}
	var got []byte
	var after uint64
	for {
		items, last, more, err := r.Executed(ctx, after, 2)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range items {
			got = append(got, it.ItxHash[0])
			if it.ItxHash[0] == 2 && it.Status != StatusFailed {
				t.Fatalf("item 2 not updated: %+v", it)
			}
		}
		after = last
		if !more {
			break
		}
	}
	if string(got) != "\x01\x02\x04\x05" {
		t.Fatalf("feed order %v, want [1 2 4 5]", got)
	}

	rec := &Record{ItxHash: common.Hash{9}, Ops: []OpRecord{{UserOpHash: common.Hash{1}, Status: mempool.Pending}}}
	if ok, err := r.Create(ctx, rec); err != nil || !ok {
		t.Fatalf("create: %v %v", ok, err)
	}
	if ok, err := r.Create(ctx, rec); err != nil || ok {
		t.Fatalf("create again: %v %v", ok, err)
	}
	if g, err := r.Get(ctx, common.Hash{9}); err != nil || g == nil || g.Ops[0].UserOpHash != (common.Hash{1}) {
		t.Fatalf("get: %+v %v", g, err)
	}
	if err := r.Delete(ctx, common.Hash{9}); err != nil {
		t.Fatal(err)
	}
	if g, err := r.Get(ctx, common.Hash{9}); err != nil || g != nil {
		t.Fatalf("get after delete: %+v %v", g, err)
	}
}

func TestMemoryRecords(t *testing.T) { testFeed(t, NewMemoryRecords()) }

func TestRedisRecords(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	testFeed(t, NewRedisRecords(srv.Client(), "t"))
}

// Two processes sharing one Redis apply status changes of the same iTx at
// the same time: each has its own connection and service, and no update is
// lost (Records.Update is atomic across them).
func TestTwoProcessesApplyingOneITxLoseNoUpdate(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	ctx := context.Background()
	const n = 40
	rec := &Record{ItxHash: common.Hash{0x17}, Ops: make([]OpRecord, n)}
	for i := range rec.Ops {
		rec.Ops[i] = OpRecord{ChainID: 1337, UserOpHash: common.Hash{0xaa, byte(i)}, Status: mempool.Pending}
	}
	procs := make([]*Service, 2)
	for i := range procs {
		client := redis.NewClient(&redis.Options{Addr: srv.Addr()})
		t.Cleanup(func() { client.Close() })
		s, err := New(Config{Records: NewRedisRecords(client, "two")}, nil)
		if err != nil {
			t.Fatal(err)
		}
		procs[i] = s
	}
	if ok, err := procs[0].records.Create(ctx, rec); err != nil || !ok {
		t.Fatalf("create: %v %v", ok, err)
	}
	var wg sync.WaitGroup
	for p, s := range procs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := p; i < n; i += 2 { // each process its own half of the ops
				e := mempool.Entry{UserOpHash: rec.Ops[i].UserOpHash, ChainID: 1337, Status: mempool.Submitted,
					TxHash: common.Hash{byte(p + 1)}, Source: mempool.Source{Kind: mempool.SourceITx, ITxHash: rec.ItxHash}}
				if err := s.apply(ctx, e); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	got, err := procs[1].records.Get(ctx, rec.ItxHash)
	if err != nil {
		t.Fatal(err)
	}
	for i, op := range got.Ops {
		if op.Status != mempool.Submitted || op.TxHash != (common.Hash{byte(i%2 + 1)}) {
			t.Errorf("op %d: %s in %s: an update was lost", i, op.Status, op.TxHash)
		}
	}
}
