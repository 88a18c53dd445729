package app

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"

	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/store"
)

// Leadership of a chain's bundle builder among processes sharing one Redis.
const (
	leaseTTL   = 3 * time.Second // failover within TTL + renew (4 s) of a leader's death
	leaseRenew = time.Second
	// poolSync is how often a process merges the ops other processes
	// admitted (and drops those they finished) from Redis.
	poolSync  = time.Second
	syncGrace = 10 * time.Second
)

// openRedis connects to the Redis of --redis-url.
func openRedis(ctx context.Context, url string) (*redis.Client, *store.Redis, error) {
	opts, err := redis.ParseURL(url)
	if err != nil {
		return nil, nil, fmt.Errorf("--redis-url: %w", err)
	}
	client := redis.NewClient(opts)
	cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := client.Ping(cctx).Err(); err != nil {
		client.Close()
		return nil, nil, fmt.Errorf("redis at %s: %w", opts.Addr, err)
	}
	return client, store.NewRedis(client, ""), nil
}

// restorePools reloads every pool from Redis after a start. Ops that were in
// a bundle when the process stopped are settled from the chain: mined ones
// are recorded, the rest go back to Pending (their EntryPoint nonce keeps a
// bundle from executing an op twice).
func (cs *chainService) restorePools(ctx context.Context) error {
	for ep, p := range cs.pools {
		n, err := p.Load(ctx)
		if err != nil {
			return err
		}
		var submitted []common.Hash
		for _, e := range p.Dump() {
			if e.Status != mempool.Submitted {
				continue
			}
			rec, err := cs.lookup.Receipt(ctx, e.UserOpHash)
			if err == nil && rec != nil {
				if err := p.MarkMined(ctx, e.UserOpHash, rec.Success, rec.TxHash, rec.BlockNumber, rec.BlockHash); err != nil {
					cs.log.Warn().Err(err).Msg("settle restored op")
				}
				continue
			}
			submitted = append(submitted, e.UserOpHash)
		}
		if len(submitted) > 0 {
			if _, err := p.Requeue(ctx, submitted); err != nil {
				cs.log.Warn().Err(err).Msg("requeue restored ops")
			}
		}
		if n > 0 {
			cs.log.Info().Str("entryPoint", ep.Hex()).Int("ops", n).Int("requeued", len(submitted)).Msg("mempool restored from Redis")
		}
	}
	return nil
}

// syncPools merges what other processes did to the pools (store.SyncPool).
func (cs *chainService) syncPools(ctx context.Context) {
	for ep, p := range cs.pools {
		if err := store.SyncPool(ctx, p, cs.redis.Pool(cs.chainID, ep), syncGrace, cs.log); err != nil {
			cs.log.Warn().Err(err).Msg("sync mempool from Redis")
		}
	}
}

// runShared runs the chain when several processes share one Redis: every
// process serves RPC and keeps its pools in sync; the one holding the
// chain's lease runs the bundle builder (store.Leader).
func (cs *chainService) runShared(ctx context.Context) {
	l := store.Leader{Redis: cs.redis, Name: fmt.Sprintf("builder:%d", cs.chainID), TTL: leaseTTL, Renew: leaseRenew,
		Role: "builds bundles for the chain", Log: cs.log}
	l.Run(ctx, cs.syncPools, func(ctx context.Context) { cs.builder.Run(ctx) }, cs.syncPools, poolSync)
}
