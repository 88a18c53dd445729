package store

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/klaster-dev/klaster/mempool"
)

// SyncPool merges into p the live ops other processes saved to s and drops
// the ones they finished. Ops p knows (live or recently finished) are left
// alone, and so are ops younger than grace: an op is saved to Redis inside
// its admission, a moment after its AddedAt, and HSCAN only promises the
// entries present for its whole run.
func SyncPool(ctx context.Context, p *mempool.Pool, s *RedisPool, grace time.Duration, log zerolog.Logger) error {
	snapshot := time.Now()
	stored, err := s.LoadAll(ctx)
	if err != nil {
		return err
	}
	live := make(map[common.Hash]bool, len(stored))
	for _, e := range stored {
		if !e.Status.Live() {
			continue
		}
		live[e.UserOpHash] = true
		if _, known := p.Get(e.UserOpHash); known {
			continue
		}
		if _, err := p.Add(ctx, e); err != nil {
			log.Debug().Err(err).Stringer("userOpHash", e.UserOpHash).Msg("merge op from Redis")
		}
	}
	for _, e := range p.Dump() {
		if e.Status.Live() && !live[e.UserOpHash] && e.AddedAt.Before(snapshot.Add(-grace)) {
			p.Remove(ctx, e.UserOpHash)
		}
	}
	return nil
}
