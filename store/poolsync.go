package store

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/klaster-dev/klaster/mempool"
)

// SyncPool merges into p the live ops other processes saved to s, as saved
// (an op in another process's bundle stays Submitted; see Pool.Merge), and
// drops the ones they finished. Ops p finished are left alone, and so are
// its ops younger than grace: an op is saved to Redis inside
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
		if known, ok := p.Get(e.UserOpHash); ok && !known.Status.Live() {
			continue // finished here
		}
		// As stored: an op in the leader's bundle stays Submitted here, and
		// nothing is written back (a follower never touches it).
		if p.Merge(e) {
			log.Debug().Stringer("userOpHash", e.UserOpHash).Stringer("status", e.Status).Msg("merged op from Redis")
		}
	}
	for _, e := range p.Dump() {
		if e.Status.Live() && !live[e.UserOpHash] && e.AddedAt.Before(snapshot.Add(-grace)) {
			p.Remove(ctx, e.UserOpHash)
		}
	}
	return nil
}
