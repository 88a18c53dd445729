package witness

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/store/redistest"
)

// testRecord is a record of n ops by node, every op PENDING.
func testRecord(h byte, node common.Address, n int) *Record {
	r := &Record{ItxHash: common.Hash{h}, Node: node, Commitment: make([]byte, 65), UserSignature: make([]byte, 65)}
	for i := 0; i < n; i++ {
		r.Ops = append(r.Ops, OpState{
			ChainID: 1337, EntryPoint: common.Address{0xee}, UserOpHash: common.Hash{h, byte(i)}, Upper: 100, Verdict: Pending,
			Op: &entrypoint.UserOperation{
				Sender: common.Address{h}, Nonce: big.NewInt(int64(i)), CallData: []byte{1},
				CallGasLimit: big.NewInt(1), VerificationGasLimit: big.NewInt(1), PreVerificationGas: big.NewInt(1),
				MaxFeePerGas: big.NewInt(1), MaxPriorityFeePerGas: big.NewInt(1),
			},
		})
	}
	return r
}

func testStores(t *testing.T) map[string]func() Store {
	srv := redistest.Start(t, redistest.Options{AppendOnly: true})
	return map[string]func() Store{
		"memory": func() Store { return NewMemoryStore() },
		"redis":  func() Store { return NewRedisStore(srv.Client(), "t") },
	}
}

func TestStoreAddIsIdempotentAndUpdateRetires(t *testing.T) {
	ctx := context.Background()
	for name, mk := range testStores(t) {
		t.Run(name, func(t *testing.T) {
			s := mk()
			r := testRecord(1, common.Address{0xaa}, 2)
			for i, want := range []bool{true, false} {
				added, err := s.Add(ctx, r)
				if err != nil || added != want {
					t.Fatalf("Add #%d = %v, %v; want %v", i+1, added, err, want)
				}
			}
			entries, total, err := s.Log(ctx, 0, 10)
			if err != nil || total != 2 || len(entries) != 2 || entries[1] != (LogEntry{ItxHash: r.ItxHash, Index: 1}) {
				t.Fatalf("Log = %v, %d, %v; want the 2 ops once", entries, total, err)
			}
			// A second Add of another record with the same hash must not
			// overwrite the stored one.
			other := testRecord(1, common.Address{0xbb}, 1)
			if added, _ := s.Add(ctx, other); added {
				t.Fatal("a record with a stored hash was added again")
			}
			got, err := s.Get(ctx, r.ItxHash)
			if err != nil || got.Node != r.Node || len(got.Ops) != 2 {
				t.Fatalf("Get = %+v, %v", got, err)
			}
			// One op final, one not: still active. Both final: retired.
			got.Ops[0].Verdict = Executed
			if err := s.Update(ctx, got); err != nil {
				t.Fatal(err)
			}
			if act, _ := s.Active(ctx); len(act) != 1 {
				t.Fatalf("active %v, want the record", act)
			}
			got.Ops[1].Verdict = Missed // not final until a vote is sent or given up
			_ = s.Update(ctx, got)
			if act, _ := s.Active(ctx); len(act) != 1 {
				t.Fatalf("active %v: a MISSED op without its vote is still work", act)
			}
			got.Ops[1].SlashTx = common.Hash{9}
			_ = s.Update(ctx, got)
			if act, _ := s.Active(ctx); len(act) != 0 {
				t.Fatalf("active %v, want none", act)
			}
			if err := s.Update(ctx, testRecord(7, common.Address{}, 1)); name == "memory" && err == nil {
				t.Fatal("updating an unknown record succeeded")
			}
		})
	}
}

// TestRedisStoreSurvivesRestart: the records, the log and the active set
// come back after Redis restarts (AOF, fsync always).
func TestRedisStoreSurvivesRestart(t *testing.T) {
	ctx := context.Background()
	srv := redistest.Start(t, redistest.Options{AppendOnly: true})
	s := NewRedisStore(srv.Client(), "t")
	r := testRecord(3, common.Address{0xaa}, 3)
	if _, err := s.Add(ctx, r); err != nil {
		t.Fatal(err)
	}
	srv.Restart()
	s = NewRedisStore(srv.Client(), "t")
	got, err := s.Get(ctx, r.ItxHash)
	if err != nil || got == nil || len(got.Ops) != 3 || got.Ops[2].Op.Nonce.Int64() != 2 {
		t.Fatalf("after restart: %+v, %v", got, err)
	}
	if act, _ := s.Active(ctx); len(act) != 1 || act[0] != r.ItxHash {
		t.Fatalf("after restart active = %v", act)
	}
	if _, total, _ := s.Log(ctx, 0, 10); total != 3 {
		t.Fatalf("after restart log has %d entries, want 3", total)
	}
}

func TestReportsPagingAndFilters(t *testing.T) {
	ctx := context.Background()
	s := New(Config{})
	nodeA, nodeB := common.Address{0xa}, common.Address{0xb}
	for i := 0; i < 5; i++ {
		node := nodeA
		if i%2 == 1 {
			node = nodeB
		}
		r := testRecord(byte(10+i), node, 2)
		r.Ops[1].Verdict = Executed
		if _, err := s.store.Add(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	// All 10 reports in pages of 3, in order, no duplicates.
	seen := map[common.Hash]bool{}
	cursor := ""
	for page := 0; ; page++ {
		got, err := s.Reports(ctx, ReportFilter{Cursor: cursor, Limit: 3})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range got.Items {
			if seen[r.UserOpHash] {
				t.Fatalf("report %s twice", r.UserOpHash)
			}
			seen[r.UserOpHash] = true
			if r.Evidence == nil || r.Evidence.ItxHash != r.ItxHash || len(r.Evidence.Op.AccountGasLimits) != 32 {
				t.Fatalf("report without its evidence: %+v", r)
			}
		}
		if got.NextCursor == nil {
			break
		}
		cursor = *got.NextCursor
		if page > 5 {
			t.Fatal("paging does not end")
		}
	}
	if len(seen) != 10 {
		t.Fatalf("%d reports, want 10", len(seen))
	}
	v := Executed
	got, err := s.Reports(ctx, ReportFilter{Node: &nodeB, Verdict: &v})
	if err != nil || len(got.Items) != 2 {
		t.Fatalf("node B EXECUTED = %d items, %v; want 2", len(got.Items), err)
	}
	for _, bad := range []ReportFilter{{Cursor: "x"}, {Cursor: "-1"}, {Limit: 1001}} {
		if _, err := s.Reports(ctx, bad); err == nil {
			t.Fatalf("filter %+v accepted", bad)
		}
	}
	if _, err := ParseVerdict("SLASHED"); err == nil {
		t.Fatal("an unknown verdict parsed")
	}
}
