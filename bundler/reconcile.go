package bundler

import (
	"context"
	"errors"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/mempool"
)

// reconcileEvery is how often, in blocks, reconcile runs after the start.
const reconcileEvery = 12

// reconcile settles Submitted ops of bundles this builder is not tracking:
// another leader's before a failover, or this process's before a restart
// (a bundle is recorded before it is sent). A transaction the node knows is
// left to be mined (the chain tracker reports its ops) or to be checked
// again later; the ops of one the node has never seen are put back to
// Pending, so every op is sent until it is on chain once.
func (b *Builder) reconcile(ctx context.Context) {
	ours := map[common.Hash]bool{}
	for _, bt := range b.inflight {
		for _, tx := range bt.txs {
			ours[tx.Hash()] = true
		}
	}
	for i := range b.deps.Sources {
		src := &b.deps.Sources[i]
		byTx := map[common.Hash][]common.Hash{}
		for _, e := range src.Pool.Dump() {
			if e.Status == mempool.Submitted && !ours[e.TxHash] {
				byTx[e.TxHash] = append(byTx[e.TxHash], e.UserOpHash)
			}
		}
		for txHash, ops := range byTx {
			_, _, err := b.eth.TransactionByHash(ctx, txHash)
			if err == nil {
				continue
			}
			if !errors.Is(err, ethereum.NotFound) {
				b.log.Warn().Err(err).Stringer("tx", txHash).Msg("reconcile: look up bundle transaction")
				continue
			}
			b.log.Warn().Stringer("tx", txHash).Int("ops", len(ops)).Msg("reconcile: bundle transaction unknown to the node; ops back to Pending")
			b.requeue(ctx, src, ops)
		}
	}
}

// requeue puts ops back to Pending.
func (b *Builder) requeue(ctx context.Context, src *Source, hashes []common.Hash) {
	if _, err := src.Pool.Requeue(ctx, hashes); err != nil {
		b.log.Warn().Err(err).Int("ops", len(hashes)).Msg("requeue")
	}
}
