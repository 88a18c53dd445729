package store

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"
	"github.com/rs/zerolog"

	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/receipt"
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

// Open connects to the Redis at url (--redis-url).
func Open(ctx context.Context, url string) (*redis.Client, *Redis, error) {
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
	return client, NewRedis(client, ""), nil
}

// ReceiptFunc finds a mined op's receipt (receipt.Lookup.Receipt); nil, nil
// when it is not mined.
type ReceiptFunc func(ctx context.Context, userOpHash common.Hash) (*receipt.Receipt, error)

// RestorePools reloads every pool from Redis after a start. Ops that were
// in a bundle when the process stopped are settled from the chain: mined
// ones are recorded, the rest go back to Pending (their EntryPoint nonce
// keeps a bundle from executing an op twice).
func RestorePools(ctx context.Context, pools mempool.Pools, receipts ReceiptFunc, log zerolog.Logger) error {
	for ep, p := range pools {
		n, err := p.Load(ctx)
		if err != nil {
			return err
		}
		var submitted []common.Hash
		for _, e := range p.Dump() {
			if e.Status != mempool.Submitted {
				continue
			}
			rec, err := receipts(ctx, e.UserOpHash)
			if err == nil && rec != nil {
				if err := p.MarkMined(ctx, e.UserOpHash, rec.Success, rec.TxHash, rec.BlockNumber, rec.BlockHash); err != nil {
					log.Warn().Err(err).Msg("settle restored op")
				}
				continue
			}
			submitted = append(submitted, e.UserOpHash)
		}
		if len(submitted) > 0 {
			if _, err := p.Requeue(ctx, submitted); err != nil {
				log.Warn().Err(err).Msg("requeue restored ops")
			}
		}
		if n > 0 {
			log.Info().Str("entryPoint", ep.Hex()).Int("ops", n).Int("requeued", len(submitted)).Msg("mempool restored from Redis")
		}
	}
	return nil
}

// RunShared runs a chain's bundle builder (build) when several processes
// share one Redis: every process keeps the chain's pools in sync
// (SyncPool); the one holding the chain's lease builds (Leader).
func (r *Redis) RunShared(ctx context.Context, chainID uint64, pools mempool.Pools, build func(context.Context), log zerolog.Logger) {
	sync := func(ctx context.Context) {
		for ep, p := range pools {
			if err := SyncPool(ctx, p, r.Pool(chainID, ep), syncGrace, log); err != nil {
				log.Warn().Err(err).Msg("sync mempool from Redis")
			}
		}
	}
	l := Leader{Redis: r, Name: fmt.Sprintf("builder:%d", chainID), TTL: leaseTTL, Renew: leaseRenew,
		Role: "builds bundles for the chain", Log: log}
	l.Run(ctx, sync, build, sync, poolSync)
}

// Ping is the readiness check of the Redis at client (health.Chains.Ready);
// nil when there is none (state in memory).
func Ping(client *redis.Client) func(context.Context) error {
	if client == nil {
		return nil
	}
	return func(ctx context.Context) error { return client.Ping(ctx).Err() }
}
