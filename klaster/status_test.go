package klaster

import (
	"testing"

	"github.com/klaster-dev/klaster/mempool"
)

func TestAggregate(t *testing.T) {
	const (
		sc = mempool.Scheduled
		pe = mempool.Pending
		su = mempool.Submitted
		ok = mempool.MinedSuccess
		mf = mempool.MinedFail
		fa = mempool.Failed
		ex = mempool.Expired
	)
	for _, c := range []struct {
		ops  []mempool.Status
		want string
	}{
		{[]mempool.Status{ok, ok}, StatusSuccess},
		{[]mempool.Status{ok, mf}, StatusFailed},
		{[]mempool.Status{pe, fa}, StatusFailed},
		{[]mempool.Status{ex, fa}, StatusFailed},
		{[]mempool.Status{ok, ex}, StatusExpired},
		{[]mempool.Status{pe, ex}, StatusExpired},
		{[]mempool.Status{ok, pe}, StatusExecuting},
		{[]mempool.Status{su, sc}, StatusExecuting},
		{[]mempool.Status{pe, sc}, StatusPending},
	} {
		ops := make([]OpRecord, len(c.ops))
		for i, s := range c.ops {
			ops[i].Status = s
		}
		if got := aggregate(ops); got != c.want {
			t.Errorf("%v: %s, want %s", c.ops, got, c.want)
		}
	}
}
