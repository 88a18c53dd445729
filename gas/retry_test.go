package gas

import (
	"context"
	"errors"
	"testing"
	"time"
)

type codedErr struct{}

func (codedErr) Error() string  { return "execution reverted" }
func (codedErr) ErrorCode() int { return 3 }

func TestRetry(t *testing.T) {
	p := RetryPolicy{Attempts: 4, Initial: time.Millisecond, Max: 4 * time.Millisecond}
	calls := 0
	err := Retry(context.Background(), p, func(context.Context) error {
		calls++
		if calls < 3 {
			return errors.New("connection reset by peer")
		}
		return nil
	})
	if err != nil || calls != 3 {
		t.Fatalf("transient failures: err %v after %d calls", err, calls)
	}

	calls = 0
	err = Retry(context.Background(), p, func(context.Context) error { calls++; return codedErr{} })
	if calls != 1 || err == nil {
		t.Fatalf("a node's JSON-RPC error is retried: %d calls", calls)
	}

	calls = 0
	err = Retry(context.Background(), p, func(context.Context) error { calls++; return errors.New("down") })
	if calls != 4 || err == nil {
		t.Fatalf("attempts: %d calls, %v", calls, err)
	}

	// A hung try is cut by PerCall and retried; the caller's deadline wins.
	p.PerCall = 20 * time.Millisecond
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	calls = 0
	err = Retry(ctx, p, func(ctx context.Context) error { calls++; <-ctx.Done(); return ctx.Err() })
	if err == nil || calls < 2 || time.Since(start) > time.Second {
		t.Fatalf("hung node: %v after %d calls in %v", err, calls, time.Since(start))
	}
}
