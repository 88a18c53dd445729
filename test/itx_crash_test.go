package test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/klaster-dev/klaster/store/redistest"
)

// kill -9 at each step of iTx admission (crash points of the test build):
// after a restart on the same Redis and chains the iTx is whole or absent,
// none of its ops runs unless all of it is admitted, and a resend tells
// the truth (the same hashes, then the iTx executes once).
func TestITxCrashAtEachAdmissionStep(t *testing.T) {
	for _, point := range []string{"itx-created", "itx-inserted-first", "itx-inserted-all", "itx-committed"} {
		t.Run(point, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
			defer cancel()
			srv := redistest.Start(t, redistest.Options{AppendOnly: true})
			args := []string{"--redis-url", "redis://" + srv.Addr() + "/0", "--dev.datadir", t.TempDir()}
			e := newITxEnvWith(ctx, t, []string{"KLASTER_CRASH_AT=" + point}, args...)
			q := twoChainQuote(ctx, e)
			signed := e.signed(q)
			if _, err := e.send(ctx, signed); err == nil {
				t.Fatalf("the send answered although the process died at %s", point)
			}
			select {
			case <-e.p.done:
			case <-ctx.Done():
				t.Fatal("the process did not die at its crash point")
			}

			e2 := newITxEnv(ctx, t, args...)
			st := e2.status(ctx, q.ItxHash)
			switch {
			case point == "itx-committed" && st == nil:
				t.Fatal("an admission committed before the crash is gone")
			case st != nil && len(st.UserOps) != len(q.UserOps):
				t.Fatalf("a partial iTx after the crash: %+v", st)
			case st == nil:
				// Absent: none of its ops may run meanwhile.
				time.Sleep(3 * time.Second)
				for _, op := range q.UserOps {
					c, err := gethrpc.DialContext(ctx, e2.p.URL+"/rpc/"+new(big.Int).SetUint64(chainOf(t, op)).String())
					if err != nil {
						t.Fatal(err)
					}
					var rc map[string]any
					err = c.CallContext(ctx, &rc, "eth_getUserOperationReceipt", op["userOpHash"])
					c.Close()
					if err != nil || rc != nil {
						t.Fatalf("an op of an absent iTx ran: %v %v", rc, err)
					}
				}
			}
			// A resend tells the truth: at once when settled; an admission
			// within its lease answers -32603 until it is settled.
			var res *sendResult
			for {
				r, err := e2.send(ctx, signed)
				if err == nil {
					res = r
					break
				}
				if code, _ := rpcCode(t, err); code != -32603 {
					t.Fatalf("resend after the crash: %v", err)
				}
				select {
				case <-ctx.Done():
					t.Fatalf("the crashed admission was never settled: %v", err)
				case <-time.After(time.Second):
				}
			}
			if res.ItxHash != q.ItxHash || len(res.UserOpHashes) != len(q.UserOps) {
				t.Fatalf("resend answered %+v", res)
			}
			e2.waitStatus(ctx, q.ItxHash, "SUCCESS")
			e2.wantEmptyMempools(ctx)
		})
	}
}

// chainOf is a quoted op's chain id.
func chainOf(t *testing.T, item map[string]any) uint64 {
	t.Helper()
	id, err := hexutil.DecodeUint64(item["chainId"].(string))
	if err != nil {
		t.Fatal(err)
	}
	return id
}
