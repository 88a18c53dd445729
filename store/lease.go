package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
)

// renewScript extends a lease only if holderID still holds it.
var renewScript = redis.NewScript(`
if redis.call("GET", KEYS[1]) == ARGV[1] then
	return redis.call("PEXPIRE", KEYS[1], ARGV[2])
end
return 0`)

// releaseScript deletes a lease only if holderID holds it.
var releaseScript = redis.NewScript(`
if redis.call("GET", KEYS[1]) == ARGV[1] then
	return redis.call("DEL", KEYS[1])
end
return 0`)

// LeaseKey returns the key of the lease called name.
func (r *Redis) LeaseKey(name string) string { return r.prefix + ":lease:" + name }

// AcquireLease takes the lease called name for holderID for ttl (SET NX PX).
// It returns true if holderID now holds it, including when it already held
// it (the lease is then renewed), and false if another holder does.
func (r *Redis) AcquireLease(ctx context.Context, name, holderID string, ttl time.Duration) (bool, error) {
	if ttl < time.Millisecond {
		return false, fmt.Errorf("store: lease %s: ttl %s below 1ms", name, ttl)
	}
	key := r.LeaseKey(name)
	err := r.client.SetArgs(ctx, key, holderID, redis.SetArgs{Mode: "NX", TTL: ttl}).Err()
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, redis.Nil):
		return r.RenewLease(ctx, name, holderID, ttl)
	default:
		return false, fmt.Errorf("store: acquire lease %s: %w", key, err)
	}
}

// RenewLease extends the lease for ttl if holderID holds it, atomically
// (compare-and-renew). It returns false if the lease expired or another
// holder has it.
func (r *Redis) RenewLease(ctx context.Context, name, holderID string, ttl time.Duration) (bool, error) {
	key := r.LeaseKey(name)
	n, err := renewScript.Run(ctx, r.client, []string{key}, holderID, ttl.Milliseconds()).Int()
	if err != nil {
		return false, fmt.Errorf("store: renew lease %s: %w", key, err)
	}
	return n == 1, nil
}

// ReleaseLease gives the lease up if holderID holds it and reports whether
// it did.
func (r *Redis) ReleaseLease(ctx context.Context, name, holderID string) (bool, error) {
	key := r.LeaseKey(name)
	n, err := releaseScript.Run(ctx, r.client, []string{key}, holderID).Int()
	if err != nil {
		return false, fmt.Errorf("store: release lease %s: %w", key, err)
	}
	return n == 1, nil
}
