package witness

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"
)

// Store keeps witnessed iTxs and the order their ops were reported in.
// Implementations are safe for concurrent use.
type Store interface {
	// Add stores r unless an iTx with its hash is stored; it reports
	// whether r was added. Adding is atomic: after a crash r is wholly
	// present (record, report log and active set) or absent.
	Add(ctx context.Context, r *Record) (bool, error)
	Get(ctx context.Context, itxHash common.Hash) (*Record, error)
	// Update replaces a stored record; once every op is final it leaves
	// the active set.
	Update(ctx context.Context, r *Record) error
	// Active lists the iTxs with an op that still needs work.
	Active(ctx context.Context) ([]common.Hash, error)
	// ActiveCount counts them.
	ActiveCount(ctx context.Context) (int64, error)
	// Log returns up to n entries of the report log from position start,
	// and the log's length.
	Log(ctx context.Context, start, n int64) ([]LogEntry, int64, error)
}

// LogEntry names one reported op: op Index of ItxHash.
type LogEntry struct {
	ItxHash common.Hash
	Index   int
}

func (r *Record) done() bool {
	for i := range r.Ops {
		if !r.Ops[i].final() {
			return false
		}
	}
	return true
}

// MemoryStore is a Store in memory (lost on restart).
type MemoryStore struct {
	mu     sync.Mutex
	recs   map[common.Hash][]byte
	log    []LogEntry
	active map[common.Hash]bool
}

func NewMemoryStore() *MemoryStore {
	return &MemoryStore{recs: map[common.Hash][]byte{}, active: map[common.Hash]bool{}}
}

func (m *MemoryStore) Add(_ context.Context, r *Record) (bool, error) {
	b, err := marshalRecord(r)
	if err != nil {
		return false, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.recs[r.ItxHash]; ok {
		return false, nil
	}
	m.recs[r.ItxHash] = b
	for i := range r.Ops {
		m.log = append(m.log, LogEntry{ItxHash: r.ItxHash, Index: i})
	}
	m.active[r.ItxHash] = true
	return true, nil
}

func (m *MemoryStore) Get(_ context.Context, h common.Hash) (*Record, error) {
	m.mu.Lock()
	b, ok := m.recs[h]
	m.mu.Unlock()
	if !ok {
		return nil, nil
	}
	return unmarshalRecord(b)
}

func (m *MemoryStore) Update(_ context.Context, r *Record) error {
	b, err := marshalRecord(r)
	if err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.recs[r.ItxHash]; !ok {
		return fmt.Errorf("witness record %s is not stored", r.ItxHash)
	}
	m.recs[r.ItxHash] = b
	if r.done() {
		delete(m.active, r.ItxHash)
	}
	return nil
}

func (m *MemoryStore) Active(context.Context) ([]common.Hash, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]common.Hash, 0, len(m.active))
	for h := range m.active {
		out = append(out, h)
	}
	return out, nil
}

func (m *MemoryStore) ActiveCount(context.Context) (int64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return int64(len(m.active)), nil
}

func (m *MemoryStore) Log(_ context.Context, start, n int64) ([]LogEntry, int64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	total := int64(len(m.log))
	if start >= total || n <= 0 {
		return nil, total, nil
	}
	end := min(start+n, total)
	return append([]LogEntry{}, m.log[start:end]...), total, nil
}

// RedisStore keeps witnessed iTxs in Redis, so that a witness restarted
// after a crash (kill -9 included, with Redis persistence) still reports on
// them. Keys, under prefix:
//
//	{prefix}:witness:rec:{itxHash}  the record (JSON)
//	{prefix}:witness:log            list of "itxHash:index", in report order
//	{prefix}:witness:active         set of itxHashes with work left
type RedisStore struct {
	client redis.UniversalClient
	prefix string
}

// NewRedisStore returns a Redis store with the given key prefix (empty:
// "klaster").
func NewRedisStore(client redis.UniversalClient, prefix string) *RedisStore {
	if prefix == "" {
		prefix = "klaster"
	}
	return &RedisStore{client: client, prefix: prefix}
}

func (s *RedisStore) recKey(h common.Hash) string { return s.prefix + ":witness:rec:" + h.Hex() }
func (s *RedisStore) logKey() string              { return s.prefix + ":witness:log" }
func (s *RedisStore) activeKey() string           { return s.prefix + ":witness:active" }

// addScript stores the record, its log entries and its active mark in one
// atomic step, only when the record is new.
var addScript = redis.NewScript(`
if redis.call('SETNX', KEYS[1], ARGV[1]) == 0 then return 0 end
for i = 3, #ARGV do redis.call('RPUSH', KEYS[2], ARGV[i]) end
redis.call('SADD', KEYS[3], ARGV[2])
return 1`)

func (s *RedisStore) Add(ctx context.Context, r *Record) (bool, error) {
	b, err := marshalRecord(r)
	if err != nil {
		return false, err
	}
	args := []any{b, r.ItxHash.Hex()}
	for i := range r.Ops {
		args = append(args, r.ItxHash.Hex()+":"+strconv.Itoa(i))
	}
	n, err := addScript.Run(ctx, s.client, []string{s.recKey(r.ItxHash), s.logKey(), s.activeKey()}, args...).Int()
	if err != nil {
		return false, fmt.Errorf("redis: add witnessed iTx %s: %w", r.ItxHash, err)
	}
	return n == 1, nil
}

func (s *RedisStore) Get(ctx context.Context, h common.Hash) (*Record, error) {
	b, err := s.client.Get(ctx, s.recKey(h)).Bytes()
	if errors.Is(err, redis.Nil) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("redis: get witnessed iTx %s: %w", h, err)
	}
	return unmarshalRecord(b)
}

func (s *RedisStore) Update(ctx context.Context, r *Record) error {
	b, err := marshalRecord(r)
	if err != nil {
		return err
	}
	_, err = s.client.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, s.recKey(r.ItxHash), b, redis.KeepTTL)
		if r.done() {
			p.SRem(ctx, s.activeKey(), r.ItxHash.Hex())
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("redis: update witnessed iTx %s: %w", r.ItxHash, err)
	}
	return nil
}

func (s *RedisStore) Active(ctx context.Context) ([]common.Hash, error) {
	members, err := s.client.SMembers(ctx, s.activeKey()).Result()
	if err != nil {
		return nil, fmt.Errorf("redis: active witnessed iTxs: %w", err)
	}
	out := make([]common.Hash, 0, len(members))
	for _, m := range members {
		out = append(out, common.HexToHash(m))
	}
	return out, nil
}

func (s *RedisStore) ActiveCount(ctx context.Context) (int64, error) {
	n, err := s.client.SCard(ctx, s.activeKey()).Result()
	if err != nil {
		return 0, fmt.Errorf("redis: count active witnessed iTxs: %w", err)
	}
	return n, nil
}

func (s *RedisStore) Log(ctx context.Context, start, n int64) ([]LogEntry, int64, error) {
	var (
		rng   *redis.StringSliceCmd
		total *redis.IntCmd
	)
	_, err := s.client.Pipelined(ctx, func(p redis.Pipeliner) error {
		total = p.LLen(ctx, s.logKey())
		if n > 0 {
			rng = p.LRange(ctx, s.logKey(), start, start+n-1)
		}
		return nil
	})
	if err != nil {
		return nil, 0, fmt.Errorf("redis: witness report log: %w", err)
	}
	var out []LogEntry
	if rng != nil {
		for _, v := range rng.Val() {
			h, idx, ok := strings.Cut(v, ":")
			i, err := strconv.Atoi(idx)
			if !ok || err != nil {
				return nil, 0, fmt.Errorf("redis: witness report log entry %q is malformed", v)
			}
			out = append(out, LogEntry{ItxHash: common.HexToHash(h), Index: i})
		}
	}
	return out, total.Val(), nil
}
