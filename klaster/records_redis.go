package klaster

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"
)

// RedisRecords keeps records and the witness feed in Redis, so they survive
// restarts (with Redis persistence, a kill -9 too). Keys, under prefix:
//
//	{prefix}:itx:rec:{itxHash}   the record (JSON)
//	{prefix}:itx:feed            sorted set: itxHash by sequence number
//	{prefix}:itx:feeditem        hash: itxHash → {seq, item} (JSON)
//	{prefix}:itx:feedseq         the last sequence number given
//	{prefix}:itx:admitting       set: itxHashes being admitted
//
// Update is optimistic (WATCH/MULTI, retried on a conflicting write), so
// processes sharing the store lose no update.
type RedisRecords struct {
	client redis.UniversalClient
	prefix string
}

// NewRedisRecords returns a Redis store with the given key prefix (empty:
// "klaster").
func NewRedisRecords(client redis.UniversalClient, prefix string) *RedisRecords {
	if prefix == "" {
		prefix = "klaster"
	}
	return &RedisRecords{client: client, prefix: prefix}
}

func (r *RedisRecords) recKey(h common.Hash) string { return r.prefix + ":itx:rec:" + h.Hex() }
func (r *RedisRecords) feedKey() string             { return r.prefix + ":itx:feed" }
func (r *RedisRecords) itemKey() string             { return r.prefix + ":itx:feeditem" }
func (r *RedisRecords) seqKey() string              { return r.prefix + ":itx:feedseq" }
func (r *RedisRecords) admittingKey() string        { return r.prefix + ":itx:admitting" }

func (r *RedisRecords) Create(ctx context.Context, rec *Record) (bool, error) {
	b, err := json.Marshal(rec)
	if err != nil {
		return false, fmt.Errorf("encode record %s: %w", rec.ItxHash, err)
	}
	var setNX *redis.BoolCmd
	_, err = r.client.TxPipelined(ctx, func(p redis.Pipeliner) error {
		setNX = p.SetNX(ctx, r.recKey(rec.ItxHash), b, 0)
		if rec.Admitting != 0 {
			// Listed even when the record exists: recovery finds it
			// committed and only unlists it.
			p.SAdd(ctx, r.admittingKey(), rec.ItxHash.Hex())
		}
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("redis: create record %s: %w", rec.ItxHash, err)
	}
	return setNX.Val(), nil
}

func (r *RedisRecords) Commit(ctx context.Context, h common.Hash) error {
	if _, err := r.Update(ctx, h, func(rec *Record) (FeedChange, error) { rec.Admitting = 0; return FeedChange{}, nil }); err != nil {
		return err
	}
	if err := r.client.SRem(ctx, r.admittingKey(), h.Hex()).Err(); err != nil {
		return fmt.Errorf("redis: commit record %s: %w", h, err)
	}
	return nil
}

func (r *RedisRecords) Admitting(ctx context.Context) ([]common.Hash, error) {
	members, err := r.client.SMembers(ctx, r.admittingKey()).Result()
	if err != nil {
		return nil, fmt.Errorf("redis: records being admitted: %w", err)
	}
	out := make([]common.Hash, len(members))
	for i, m := range members {
		out[i] = common.HexToHash(m)
	}
	return out, nil
}

func (r *RedisRecords) Get(ctx context.Context, h common.Hash) (*Record, error) {
	b, err := r.client.Get(ctx, r.recKey(h)).Bytes()
	if errors.Is(err, redis.Nil) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("redis: get record %s: %w", h, err)
	}
	rec := new(Record)
	if err := json.Unmarshal(b, rec); err != nil {
		return nil, fmt.Errorf("decode record %s: %w", h, err)
	}
	return rec, nil
}

func (r *RedisRecords) Save(ctx context.Context, rec *Record) error {
	b, err := json.Marshal(rec)
	if err != nil {
		return fmt.Errorf("encode record %s: %w", rec.ItxHash, err)
	}
	if err := r.client.Set(ctx, r.recKey(rec.ItxHash), b, 0).Err(); err != nil {
		return fmt.Errorf("redis: save record %s: %w", rec.ItxHash, err)
	}
	return nil
}

// updateAttempts bounds Update's retries on conflicting writes.
const updateAttempts = 100

func (r *RedisRecords) Update(ctx context.Context, h common.Hash, fn func(*Record) (FeedChange, error)) (*Record, error) {
	var out *Record
	txf := func(tx *redis.Tx) error {
		out = nil
		b, err := tx.Get(ctx, r.recKey(h)).Bytes()
		if errors.Is(err, redis.Nil) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("redis: get record %s: %w", h, err)
		}
		rec := new(Record)
		if err := json.Unmarshal(b, rec); err != nil {
			return fmt.Errorf("decode record %s: %w", h, err)
		}
		change, err := fn(rec)
		if err != nil {
			return err
		}
		recJSON, err := json.Marshal(rec)
		if err != nil {
			return fmt.Errorf("encode record %s: %w", h, err)
		}
		var itemJSON []byte
		var seq uint64
		if change.Put != nil {
			if itemJSON, seq, _, err = r.feedEntry(ctx, tx, *change.Put); err != nil {
				return err
			}
		}
		_, err = tx.TxPipelined(ctx, func(p redis.Pipeliner) error {
			p.Set(ctx, r.recKey(h), recJSON, 0)
			field := h.Hex()
			switch {
			case change.Put != nil:
				p.HSet(ctx, r.itemKey(), field, itemJSON)
				p.ZAdd(ctx, r.feedKey(), redis.Z{Score: float64(seq), Member: field})
			case change.Remove:
				p.ZRem(ctx, r.feedKey(), field)
				p.HDel(ctx, r.itemKey(), field)
			}
			return nil
		})
		if err == nil {
			out = rec
		}
		return err
	}
	for range updateAttempts {
		err := r.client.Watch(ctx, txf, r.recKey(h), r.itemKey())
		if !errors.Is(err, redis.TxFailedErr) {
			return out, err
		}
	}
	return nil, fmt.Errorf("redis: update record %s: still conflicting after %d attempts", h, updateAttempts)
}

// feedEntry encodes item with its sequence number: the one it has, or a
// new one (fresh).
func (r *RedisRecords) feedEntry(ctx context.Context, c redis.Cmdable, item FeedItem) (b []byte, seq uint64, fresh bool, err error) {
	field := item.ItxHash.Hex()
	old, err := c.HGet(ctx, r.itemKey(), field).Bytes()
	if err != nil && !errors.Is(err, redis.Nil) {
		return nil, 0, false, fmt.Errorf("redis: feed item %s: %w", field, err)
	}
	var si seqItem
	if fresh = errors.Is(err, redis.Nil); fresh {
		if si.Seq, err = c.Incr(ctx, r.seqKey()).Uint64(); err != nil {
			return nil, 0, false, fmt.Errorf("redis: feed sequence: %w", err)
		}
	} else if err := json.Unmarshal(old, &si); err != nil {
		return nil, 0, false, fmt.Errorf("decode feed item %s: %w", field, err)
	}
	si.Item = item
	if b, err = json.Marshal(si); err != nil {
		return nil, 0, false, fmt.Errorf("encode feed item %s: %w", field, err)
	}
	return b, si.Seq, fresh, nil
}

func (r *RedisRecords) Delete(ctx context.Context, h common.Hash) error {
	_, err := r.client.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.Del(ctx, r.recKey(h))
		p.SRem(ctx, r.admittingKey(), h.Hex())
		return nil
	})
	if err != nil {
		return fmt.Errorf("redis: delete record %s: %w", h, err)
	}
	return nil
}

func (r *RedisRecords) PutExecuted(ctx context.Context, item FeedItem, rec *Record) (bool, error) {
	var recJSON []byte
	if rec != nil {
		var err error
		if recJSON, err = json.Marshal(rec); err != nil {
			return false, fmt.Errorf("encode record %s: %w", rec.ItxHash, err)
		}
	}
	field := item.ItxHash.Hex()
	b, seq, fresh, err := r.feedEntry(ctx, r.client, item)
	if err != nil {
		return false, err
	}
	_, err = r.client.TxPipelined(ctx, func(p redis.Pipeliner) error {
		if rec != nil {
			p.Set(ctx, r.recKey(rec.ItxHash), recJSON, 0)
		}
		p.HSet(ctx, r.itemKey(), field, b)
		p.ZAdd(ctx, r.feedKey(), redis.Z{Score: float64(seq), Member: field})
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("redis: put feed item %s: %w", field, err)
	}
	return fresh, nil
}

func (r *RedisRecords) RemoveExecuted(ctx context.Context, h common.Hash) error {
	field := h.Hex()
	_, err := r.client.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.ZRem(ctx, r.feedKey(), field)
		p.HDel(ctx, r.itemKey(), field)
		return nil
	})
	if err != nil {
		return fmt.Errorf("redis: remove feed item %s: %w", field, err)
	}
	return nil
}

func (r *RedisRecords) Executed(ctx context.Context, after uint64, limit int) ([]FeedItem, uint64, bool, error) {
	fields, err := r.client.ZRangeByScore(ctx, r.feedKey(), &redis.ZRangeBy{
		Min: "(" + strconv.FormatUint(after, 10), Max: "+inf", Count: int64(limit) + 1,
	}).Result()
	if err != nil {
		return nil, after, false, fmt.Errorf("redis: read feed: %w", err)
	}
	more := len(fields) > limit
	if more {
		fields = fields[:limit]
	}
	if len(fields) == 0 {
		return nil, after, false, nil
	}
	vals, err := r.client.HMGet(ctx, r.itemKey(), fields...).Result()
	if err != nil {
		return nil, after, false, fmt.Errorf("redis: read feed items: %w", err)
	}
	out := make([]FeedItem, 0, len(vals))
	last := after
	for i, v := range vals {
		s, ok := v.(string)
		if !ok {
			continue // removed between the two reads
		}
		var si seqItem
		if err := json.Unmarshal([]byte(s), &si); err != nil {
			return nil, after, false, fmt.Errorf("decode feed item %s: %w", fields[i], err)
		}
		out = append(out, si.Item)
		last = si.Seq
	}
	return out, last, more, nil
}
