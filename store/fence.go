package store

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/redis/go-redis/v9"
)

// ErrFenced is returned by a write made under a lease (WithFence) that the
// writer no longer holds: another process has taken over, and the write
// did not happen.
var ErrFenced = errors.New("store: fenced: the lease this write was made under is held by another process")

// A fence is a lease key and the value (holder and fencing token) that
// held it when the writer took it.
type fence struct{ key, value string }

type fenceCtxKey struct{}

// WithFence makes every RedisPool write made with ctx conditional on the
// lease at key still holding value (the holder and its fencing token):
// Leader gives its lead function such a context, so a builder that lost its
// lease (paused past the TTL, partitioned) cannot change what the next
// leader owns.
func WithFence(ctx context.Context, key, value string) context.Context {
	return context.WithValue(ctx, fenceCtxKey{}, fence{key, value})
}

func fenceOf(ctx context.Context) (fence, bool) {
	f, ok := ctx.Value(fenceCtxKey{}).(fence)
	return f, ok
}

// fencedWrite runs one hash write only while the lease holds the fence.
var fencedWrite = redis.NewScript(`
if redis.call("GET", KEYS[1]) ~= ARGV[1] then
	return redis.error_reply("FENCED")
end
if ARGV[2] == "set" then
	return redis.call("HSET", KEYS[2], ARGV[3], ARGV[4])
end
return redis.call("HDEL", KEYS[2], ARGV[3])`)

// runFenced performs op ("set" or "del") on field of hash under f.
func runFenced(ctx context.Context, c redis.UniversalClient, f fence, hash, op, field string, value []byte) error {
	err := fencedWrite.Run(ctx, c, []string{f.key, hash}, f.value, op, field, value).Err()
	if err != nil && strings.Contains(err.Error(), "FENCED") {
		return fmt.Errorf("%w (%s)", ErrFenced, f.key)
	}
	return err
}

// hashWrite sets (value non-nil) or deletes field of hash: fenced when ctx
// carries a fence (the builder's writes), plain otherwise.
func hashWrite(ctx context.Context, c redis.UniversalClient, hash, field string, value []byte) error {
	if f, ok := fenceOf(ctx); ok {
		op := "set"
		if value == nil {
			op = "del"
		}
		return runFenced(ctx, c, f, hash, op, field, value)
	}
	if value == nil {
		return c.HDel(ctx, hash, field).Err()
	}
	return c.HSet(ctx, hash, field, value).Err()
}

// NextFenceToken returns the next fencing token of the lease called name
// (INCR): strictly increasing over every term of every holder.
func (r *Redis) NextFenceToken(ctx context.Context, name string) (int64, error) {
	n, err := r.client.Incr(ctx, r.LeaseKey(name)+":token").Result()
	if err != nil {
		return 0, fmt.Errorf("store: fencing token of lease %s: %w", name, err)
	}
	return n, nil
}
