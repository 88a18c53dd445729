package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/klaster-dev/klaster/reputation"
)

// ReputationStore is reputation.Store in a Redis hash per chain
// ("{prefix}:{chainId}:reputation"): address → entry JSON.
type ReputationStore struct {
	client  redis.UniversalClient
	key     string
	timeout time.Duration
}

var _ reputation.Store = (*ReputationStore)(nil)

// Reputation returns a chain's reputation store.
func (r *Redis) Reputation(chainID uint64) *ReputationStore {
	return &ReputationStore{client: r.client, key: fmt.Sprintf("%s:%d:reputation", r.prefix, chainID), timeout: 5 * time.Second}
}

// The reputation.Store interface carries no context: each call is bounded by
// the store's own timeout.
func (s *ReputationStore) ctx() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), s.timeout)
}

// Load implements reputation.Store.
func (s *ReputationStore) Load() ([]reputation.Entry, error) {
	ctx, cancel := s.ctx()
	defer cancel()
	m, err := s.client.HGetAll(ctx, s.key).Result()
	if err != nil {
		return nil, fmt.Errorf("store: HGETALL %s: %w", s.key, err)
	}
	out := make([]reputation.Entry, 0, len(m))
	for field, v := range m {
		var e reputation.Entry
		if err := json.Unmarshal([]byte(v), &e); err != nil {
			return nil, fmt.Errorf("store: decode reputation of %s: %w", field, err)
		}
		out = append(out, e)
	}
	return out, nil
}

// Save implements reputation.Store.
func (s *ReputationStore) Save(e reputation.Entry, deleted bool) error {
	ctx, cancel := s.ctx()
	defer cancel()
	field := e.Address.Hex()
	if deleted {
		return s.client.HDel(ctx, s.key, field).Err()
	}
	b, err := json.Marshal(e)
	if err != nil {
		return err
	}
	return s.client.HSet(ctx, s.key, field, b).Err()
}

// Clear implements reputation.Store.
func (s *ReputationStore) Clear() error {
	ctx, cancel := s.ctx()
	defer cancel()
	return s.client.Del(ctx, s.key).Err()
}
