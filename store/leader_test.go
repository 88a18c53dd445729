package store

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/klaster-dev/klaster/store/redistest"
)

// Two processes share a lease: one leads at a time, every process ticks
// (leader or not), and when the leader stops the other takes over (a
// crash, where the lease expires instead of being released, is
// test/failover_test.go's kill -9).
func TestLeaderOneAtATimeAndTakeover(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	var leading atomic.Int32
	var took [2]atomic.Bool
	var ticks [2]atomic.Int32
	run := func(ctx context.Context, i int, r *Redis) {
		l := Leader{Redis: r, Name: "builder:1", TTL: 600 * time.Millisecond, Renew: 150 * time.Millisecond, Role: "test", Log: zerolog.Nop()}
		l.Run(ctx, func(context.Context) {}, func(ctx context.Context) {
			if leading.Add(1) != 1 {
				t.Errorf("process %d leads while another does", i)
			}
			took[i].Store(true)
			<-ctx.Done()
			leading.Add(-1)
		}, func(context.Context) { ticks[i].Add(1) }, 50*time.Millisecond)
	}
	ctx0, stop0 := context.WithCancel(context.Background())
	ctx1, stop1 := context.WithCancel(context.Background())
	defer stop1()
	done0 := make(chan struct{})
	go func() { run(ctx0, 0, NewRedis(srv.Client(), "")); close(done0) }()
	waitFor(t, "process 0 leads", func() bool { return took[0].Load() })
	done1 := make(chan struct{})
	go func() { run(ctx1, 1, NewRedis(srv.Client(), "")); close(done1) }()
	waitFor(t, "process 1 ticks as a follower", func() bool { return ticks[1].Load() > 3 })
	if took[1].Load() {
		t.Fatal("process 1 led while process 0 held the lease")
	}
	stop0() // releases the lease

	<-done0
	waitFor(t, "process 1 takes over", func() bool { return took[1].Load() })
	stop1()
	<-done1
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within 30 s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
