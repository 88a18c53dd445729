package chaintracker

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/receipt"
)

// PoolFeed is the subscriber that keeps a chain's mempools (one per
// EntryPoint) and its receipt index in step with the canonical chain:
//   - an op mined by anyone leaves its pool in the block that mined it, and
//     an op holding the same sender and nonce fails (mempool.OpMined);
//   - an op of a block a reorg removed returns to its pool
//     (mempool.OpUnmined) and leaves the index;
//   - every op the pools know is indexed where it was mined;
//   - each new head's base fee reaches the pools.
//
// index may be nil.
func PoolFeed(pools map[common.Address]*mempool.Pool, index receipt.Index, log zerolog.Logger) func(context.Context, Update) {
	return func(ctx context.Context, u Update) {
		for _, b := range u.Removed {
			for _, op := range b.Ops {
				p, ok := pools[op.EntryPoint]
				if !ok {
					continue
				}
				back, err := p.OpUnmined(ctx, op.UserOpHash, op.BlockHash)
				if err != nil {
					log.Warn().Err(err).Stringer("userOpHash", op.UserOpHash).Msg("unmine op")
				}
				if index != nil {
					if loc, ok, _ := index.Get(ctx, op.UserOpHash); ok && loc.BlockHash == op.BlockHash {
						if err := index.Delete(ctx, op.UserOpHash); err != nil {
							log.Warn().Err(err).Stringer("userOpHash", op.UserOpHash).Msg("receipt index")
						}
					}
				}
				if back {
					log.Info().Stringer("userOpHash", op.UserOpHash).Uint64("block", op.BlockNumber).Msg("op reorged out: back in the pool")
				}
			}
		}
		for _, b := range u.Added {
			for _, op := range b.Ops {
				p, ok := pools[op.EntryPoint]
				if !ok {
					continue
				}
				changed, err := p.OpMined(ctx, op.ChainOp)
				if err != nil {
					log.Warn().Err(err).Stringer("userOpHash", op.UserOpHash).Msg("mined op")
				}
				if _, known := p.Get(op.UserOpHash); index != nil && known {
					loc := receipt.Location{UserOpHash: op.UserOpHash, EntryPoint: op.EntryPoint, TxHash: op.TxHash, BlockNumber: op.BlockNumber, BlockHash: op.BlockHash}
					if err := index.Put(ctx, loc); err != nil {
						log.Warn().Err(err).Stringer("userOpHash", op.UserOpHash).Msg("receipt index")
					}
				}
				if changed {
					log.Debug().Stringer("userOpHash", op.UserOpHash).Uint64("block", op.BlockNumber).Uint("logIndex", op.LogIndex).Msg("op mined")
				}
			}
		}
		if u.Head != nil && u.Head.BaseFee != nil {
			for _, p := range pools {
				p.SetBaseFee(u.Head.BaseFee)
			}
		}
	}
}
