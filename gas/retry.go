package gas

import (
	"context"
	"errors"
	"net"
	"time"

	gethrpc "github.com/ethereum/go-ethereum/rpc"
)

// RetryPolicy retries idempotent node reads with exponential backoff.
type RetryPolicy struct {
	Attempts int           // total tries, at least 1
	Initial  time.Duration // first pause; doubled after each failure
	Max      time.Duration // longest pause
	// PerCall bounds one try (0: only ctx bounds it), so one hung request
	// does not use up the caller's whole deadline.
	PerCall time.Duration
}

// DefaultRetry: 3 tries, 100ms then 200ms apart, 5 s per try.
var DefaultRetry = RetryPolicy{Attempts: 3, Initial: 100 * time.Millisecond, Max: time.Second, PerCall: 5 * time.Second}

// Retry runs read until it succeeds, returns a non-transient error, the
// attempts run out or ctx ends. Only transport failures and timeouts of a
// single try are retried: a JSON-RPC error from the node (it answered) is
// returned at once. Use it only for idempotent reads.
func Retry(ctx context.Context, p RetryPolicy, read func(ctx context.Context) error) error {
	pause := p.Initial
	var err error
	for attempt := 1; ; attempt++ {
		err = tryOnce(ctx, p.PerCall, read)
		if err == nil || attempt >= max(p.Attempts, 1) || !transient(ctx, err) {
			return err
		}
		t := time.NewTimer(pause)
		select {
		case <-ctx.Done():
			t.Stop()
			return err
		case <-t.C:
		}
		pause = min(2*pause, max(p.Max, p.Initial))
	}
}

func tryOnce(ctx context.Context, perCall time.Duration, read func(ctx context.Context) error) error {
	if perCall <= 0 {
		return read(ctx)
	}
	cctx, cancel := context.WithTimeout(ctx, perCall)
	defer cancel()
	return read(cctx)
}

// transient reports whether err is worth another try: not when the caller's
// context ended, nor when the node answered with a JSON-RPC error or an
// HTTP error status below 500 other than 429.
func transient(ctx context.Context, err error) bool {
	if ctx.Err() != nil {
		return false
	}
	var rpcErr gethrpc.Error
	if errors.As(err, &rpcErr) {
		return false
	}
	var httpErr gethrpc.HTTPError
	if errors.As(err, &httpErr) {
		return httpErr.StatusCode >= 500 || httpErr.StatusCode == 429
	}
	var netErr net.Error
	if errors.As(err, &netErr) || errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	// Connection resets, EOF, "connection refused", a closed client: go-ethereum
	// wraps these in plain errors.
	return true
}

// call is NodeState's read: one JSON-RPC call retried with DefaultRetry
// (every NodeState read is idempotent).
func (s NodeState) call(ctx context.Context, result any, method string, args ...any) error {
	return Retry(ctx, DefaultRetry, func(ctx context.Context) error {
		return s.RPC.CallContext(ctx, result, method, args...)
	})
}
