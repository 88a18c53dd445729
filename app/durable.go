package app

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"

	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/store"
)

// Leadership of a chain's bundle builder among processes sharing one Redis.
const (
	leaseTTL   = 6 * time.Second
	leaseRenew = 2 * time.Second
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

func newHolderID() string {
	b := make([]byte, 8)
	rand.Read(b)
	return hex.EncodeToString(b)
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

// syncPools merges ops other processes admitted into the local pools and
// drops the ones they finished. Ops this process knows (live or recently
// finished) are left alone, and so are ops younger than syncGrace: an op is
// saved to Redis inside its admission, a moment after its AddedAt, and HSCAN
// only promises the entries present for its whole run.
func (cs *chainService) syncPools(ctx context.Context) {
	for ep, p := range cs.pools {
		snapshot := time.Now()
		stored, err := cs.redis.Pool(cs.chainID, ep).LoadAll(ctx)
		if err != nil {
			cs.log.Warn().Err(err).Msg("sync mempool from Redis")
			continue
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
				cs.log.Debug().Err(err).Stringer("userOpHash", e.UserOpHash).Msg("merge op from Redis")
			}
		}
		for _, e := range p.Dump() {
			if e.Status.Live() && !live[e.UserOpHash] && e.AddedAt.Before(snapshot.Add(-syncGrace)) {
				p.Remove(ctx, e.UserOpHash)
			}
		}
	}
}

// runShared runs the chain when several processes share one Redis: every
// process serves RPC and keeps its pools in sync; the one holding the
// chain's lease runs the bundle builder, and another takes over within
// leaseTTL when it dies.
func (cs *chainService) runShared(ctx context.Context) {
	name := fmt.Sprintf("builder:%d", cs.chainID)
	holder := newHolderID()
	sync := time.NewTicker(poolSync)
	renew := time.NewTicker(leaseRenew)
	defer sync.Stop()
	defer renew.Stop()

	var (
		stopBuilder context.CancelFunc
		builderDone chan struct{}
	)
	lead := func() {
		bctx, cancel := context.WithCancel(ctx)
		stopBuilder, builderDone = cancel, make(chan struct{})
		go func() { defer close(builderDone); cs.builder.Run(bctx) }()
		cs.log.Info().Str("holder", holder).Msg("this process builds bundles for the chain")
	}
	follow := func() {
		if stopBuilder != nil {
			stopBuilder()
			<-builderDone
			stopBuilder = nil
			cs.log.Warn().Msg("lost the builder lease; another process builds bundles")
		}
	}
	try := func() {
		var ok bool
		var err error
		if stopBuilder == nil {
			ok, err = cs.redis.AcquireLease(ctx, name, holder, leaseTTL)
			if ok {
				cs.syncPools(ctx)
				lead()
			}
		} else {
			ok, err = cs.redis.RenewLease(ctx, name, holder, leaseTTL)
			if !ok {
				follow()
			}
		}
		if err != nil {
			cs.log.Warn().Err(err).Msg("builder lease")
		}
	}
	try()
	for {
		select {
		case <-ctx.Done():
			follow()
			rctx, cancel := context.WithTimeout(context.Background(), time.Second)
			cs.redis.ReleaseLease(rctx, name, holder)
			cancel()
			return
		case <-renew.C:
			try()
		case <-sync.C:
			cs.syncPools(ctx)
		}
	}
}
