package store

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/rs/zerolog"
)

// Leader runs work that one process at a time may do among processes
// sharing one Redis (a chain's bundle builder): whoever holds the lease
// Name runs it, renewing every Renew, and another process takes over within
// TTL when the holder dies.
type Leader struct {
	Redis      *Redis
	Name       string
	TTL, Renew time.Duration
	// Role says in the logs what the holder does ("builds bundles for the
	// chain").
	Role string
	Log  zerolog.Logger
}

// Run takes the lease whenever it is free and, while holding it, runs lead
// (whose context ends when the lease is lost or ctx ends); onAcquire runs
// right before lead starts. tick runs every `every` in every process,
// leader or not. Run returns when ctx ends, after releasing the lease.
func (l Leader) Run(ctx context.Context, onAcquire, lead, tick func(context.Context), every time.Duration) {
	holder := newHolderID()
	term := holder // the lease value of the current term: holder and fencing token
	ticks := time.NewTicker(every)
	renew := time.NewTicker(l.Renew)
	defer ticks.Stop()
	defer renew.Stop()

	var (
		stop context.CancelFunc
		done chan struct{}
	)
	start := func() {
		// Every store write of lead is fenced by this term (WithFence).
		lctx, cancel := context.WithCancel(WithFence(ctx, l.Redis.LeaseKey(l.Name), term))
		stop, done = cancel, make(chan struct{})
		go func() { defer close(done); lead(lctx) }()
		l.Log.Info().Str("holder", term).Str("lease", l.Name).Msg("this process " + l.Role)
	}
	yield := func() {
		if stop != nil {
			stop()
			<-done
			stop = nil
			l.Log.Warn().Str("lease", l.Name).Msg("lost the lease; another process " + l.Role)
		}
	}
	try := func() {
		var ok bool
		var err error
		if stop == nil {
			var token int64
			if token, err = l.Redis.NextFenceToken(ctx, l.Name); err != nil {
				l.Log.Warn().Err(err).Str("lease", l.Name).Msg("lease")
				return
			}
			term = fmt.Sprintf("%s:%d", holder, token)
			ok, err = l.Redis.AcquireLease(ctx, l.Name, term, l.TTL)
			if ok {
				onAcquire(ctx)
				start()
			}
		} else {
			ok, err = l.Redis.RenewLease(ctx, l.Name, term, l.TTL)
			if !ok {
				yield()
			}
		}
		if err != nil {
			l.Log.Warn().Err(err).Str("lease", l.Name).Msg("lease")
		}
	}
	try()
	for {
		select {
		case <-ctx.Done():
			yield()
			rctx, cancel := context.WithTimeout(context.Background(), time.Second)
			l.Redis.ReleaseLease(rctx, l.Name, term)
			cancel()
			return
		case <-renew.C:
			try()
		case <-ticks.C:
			tick(ctx)
		}
	}
}

func newHolderID() string {
	b := make([]byte, 8)
	rand.Read(b)
	return hex.EncodeToString(b)
}
