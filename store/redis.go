package store

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"

	"github.com/klaster-dev/klaster/mempool"
)

// DefaultPrefix is the default key prefix.
const DefaultPrefix = "klaster"

// Redis holds klaster's state in Redis. Keys are
// "{prefix}:{chainId}:{entryPoint}:pool" for a mempool and
// "{prefix}:lease:{name}" for a lease; entryPoint is lowercase hex.
type Redis struct {
	client redis.UniversalClient
	prefix string
}

// NewRedis returns a Redis store on client with the given key prefix (empty:
// DefaultPrefix).
func NewRedis(client redis.UniversalClient, prefix string) *Redis {
	if prefix == "" {
		prefix = DefaultPrefix
	}
	return &Redis{client: client, prefix: prefix}
}

// PoolKey returns the key of the hash holding a pool's ops.
func (r *Redis) PoolKey(chainID uint64, entryPoint common.Address) string {
	return fmt.Sprintf("%s:%d:%s:pool", r.prefix, chainID, strings.ToLower(entryPoint.Hex()))
}

// Pool returns the mempool.Store of one (chain, EntryPoint) pool.
func (r *Redis) Pool(chainID uint64, entryPoint common.Address) *RedisPool {
	return &RedisPool{client: r.client, key: r.PoolKey(chainID, entryPoint)}
}

// RedisPool is the mempool.Store of one pool: a Redis hash from userOpHash
// to the entry's JSON.
type RedisPool struct {
	client redis.UniversalClient
	key    string
}

var _ mempool.Store = (*RedisPool)(nil)

// Key returns the Redis key of the pool's hash.
func (s *RedisPool) Key() string { return s.key }

// Save implements mempool.Store.
func (s *RedisPool) Save(ctx context.Context, e mempool.Entry) error {
	b, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("store: encode %s: %w", e.UserOpHash, err)
	}
	if err := hashWrite(ctx, s.client, s.key, e.UserOpHash.Hex(), b); err != nil {
		return fmt.Errorf("store: HSET %s %s: %w", s.key, e.UserOpHash, err)
	}
	return nil
}

// Delete implements mempool.Store.
func (s *RedisPool) Delete(ctx context.Context, hash common.Hash) error {
	if err := hashWrite(ctx, s.client, s.key, hash.Hex(), nil); err != nil {
		return fmt.Errorf("store: HDEL %s %s: %w", s.key, hash, err)
	}
	return nil
}

// LoadAll implements mempool.Store. It reads the hash with HSCAN so a large
// pool does not block Redis.
func (s *RedisPool) LoadAll(ctx context.Context) ([]mempool.Entry, error) {
	var (
		out    []mempool.Entry
		cursor uint64
	)
	for {
		kv, next, err := s.client.HScan(ctx, s.key, cursor, "", 1000).Result()
		if err != nil {
			return nil, fmt.Errorf("store: HSCAN %s: %w", s.key, err)
		}
		for i := 0; i+1 < len(kv); i += 2 {
			var e mempool.Entry
			if err := json.Unmarshal([]byte(kv[i+1]), &e); err != nil {
				return nil, fmt.Errorf("store: %s field %s: %w", s.key, kv[i], err)
			}
			out = append(out, e)
		}
		if cursor = next; cursor == 0 {
			return out, nil
		}
	}
}

// Clear deletes the pool's hash.
func (s *RedisPool) Clear(ctx context.Context) error {
	if err := s.client.Del(ctx, s.key).Err(); err != nil {
		return fmt.Errorf("store: DEL %s: %w", s.key, err)
	}
	return nil
}
