package bundler

import (
	"context"
	"errors"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/receipt"
)

// track runs once per new head: it settles mined bundles, replaces stuck
// ones, and watches recent bundles for reorgs.
func (b *Builder) track(ctx context.Context) {
	head := b.head.Number.Uint64()
	keep := b.inflight[:0]
	for _, bt := range b.inflight {
		switch bt.state {
		case txPending, txCancelling:
			r, err := b.minedReceipt(ctx, bt)
			if err != nil {
				b.log.Warn().Err(err).Msg("bundle receipt")
				keep = append(keep, bt)
				continue
			}
			if r == nil {
				if head >= bt.sentAtBlock+b.cfg.ReplaceAfterBlocks {
					b.resend(ctx, bt)
				}
				keep = append(keep, bt)
				continue
			}
			b.settle(ctx, bt, r)
			keep = append(keep, bt) // watched for reorgs until final
		case txMined:
			if head > bt.minedBlock+b.cfg.ReorgDepth {
				b.sent.Delete(bt.txs[0].Hash())
				continue // final
			}
			if b.checkReorg(ctx, bt) {
				keep = append(keep, bt)
				continue
			}
			keep = append(keep, bt)
		}
	}
	b.inflight = keep
	b.warnLowBalances(ctx)
}

// minedReceipt returns the receipt of whichever transaction on the bundle's
// nonce was mined, or nil.
func (b *Builder) minedReceipt(ctx context.Context, bt *bundleTx) (*types.Receipt, error) {
	for i := len(bt.txs) - 1; i >= 0; i-- {
		r, err := b.eth.TransactionReceipt(ctx, bt.txs[i].Hash())
		if errors.Is(err, ethereum.NotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		return r, nil
	}
	return nil, nil
}

// settle records a mined bundle: each op with a UserOperationEvent is mined
// (successfully or not), indexed and credited in reputation; any other op of
// the bundle goes back to the pool.
func (b *Builder) settle(ctx context.Context, bt *bundleTx, r *types.Receipt) {
	bt.state = txMined
	bt.minedTx, bt.minedBlock, bt.minedHash, bt.minedStatus = r.TxHash, r.BlockNumber.Uint64(), r.BlockHash, r.Status
	bt.signer.busy = nil

	events := map[common.Hash]receipt.OpEvent{}
	for _, ev := range receipt.OpEvents(r, bt.source.EntryPoint) {
		events[ev.UserOpHash] = ev
	}
	var missing []common.Hash
	for _, h := range bt.ops {
		ev, ok := events[h]
		if !ok {
			missing = append(missing, h)
			continue
		}
		entry, _ := bt.source.Pool.Get(h)
		mined := mempool.ChainOp{UserOpHash: h, Sender: ev.Sender, Nonce: ev.Nonce, Success: ev.Success, TxHash: r.TxHash,
			BlockNumber: bt.minedBlock, BlockHash: bt.minedHash, LogIndex: ev.Log.Index}
		if _, err := bt.source.Pool.OpMined(ctx, mined); err != nil {
			b.log.Warn().Err(err).Stringer("userOpHash", h).Msg("mark mined")
		}
		if b.deps.Index != nil {
			loc := receipt.Location{UserOpHash: h, EntryPoint: bt.source.EntryPoint, TxHash: r.TxHash, BlockNumber: bt.minedBlock, BlockHash: bt.minedHash}
			if err := b.deps.Index.Put(ctx, loc); err != nil {
				b.log.Warn().Err(err).Msg("receipt index")
			}
		}
		if b.deps.Reputation != nil && entry.Op != nil {
			b.deps.Reputation.IncludedOp(entry)
		}
	}
	if len(missing) > 0 {
		if _, err := bt.source.Pool.Requeue(ctx, missing); err != nil {
			b.log.Warn().Err(err).Msg("requeue ops missing from the mined bundle")
		}
	}
	if b.deps.Metrics != nil && len(events) > 0 {
		b.deps.Metrics.BundleMined(len(events), float64(r.GasUsed)/float64(len(events)))
	}
	b.log.Info().Stringer("tx", r.TxHash).Uint64("block", bt.minedBlock).Int("ops", len(events)).
		Int("requeued", len(missing)).Uint64("gasUsed", r.GasUsed).Msg("bundle mined")
	bt.notify(BundleResult{TxHash: r.TxHash, UserOpHashes: bt.ops})
}

// checkReorg re-reads a mined bundle's receipt. When its block left the
// canonical chain the bundle's ops return to the pool (or, when the
// transaction was mined again elsewhere, are settled there) and the signer's
// nonce is re-read. It reports whether the bundle is still watched.
func (b *Builder) checkReorg(ctx context.Context, bt *bundleTx) bool {
	r, err := b.eth.TransactionReceipt(ctx, bt.minedTx)
	if err != nil && !errors.Is(err, ethereum.NotFound) {
		return true
	}
	if r != nil && r.BlockHash == bt.minedHash {
		return true
	}
	b.log.Warn().Stringer("tx", bt.minedTx).Uint64("block", bt.minedBlock).Msg("bundle reorged out")
	if b.deps.Index != nil {
		for _, h := range bt.ops {
			b.deps.Index.Delete(ctx, h)
		}
	}
	bt.signer.resync()
	// The ops are not mined on the canonical chain any more: back to the
	// pool first, so that a transaction mined again elsewhere is recorded
	// afresh.
	requeued, err := bt.source.Pool.Requeue(ctx, bt.ops)
	if err != nil {
		b.log.Warn().Err(err).Msg("requeue reorged ops")
	}
	if r != nil {
		// Mined again in another block: record the new location.
		b.settle(ctx, bt, r)
		return true
	}
	b.log.Info().Int("requeued", len(requeued)).Msg("reorged-out ops back in the pool")
	bt.state = txPending
	bt.sentAtBlock = b.head.Number.Uint64()
	return true
}

// warnLowBalances logs signers whose balance fell below the configured
// warning level.
func (b *Builder) warnLowBalances(ctx context.Context) {
	for _, s := range b.signers {
		bal, err := b.eth.BalanceAt(ctx, s.address, nil)
		if err != nil {
			continue
		}
		if b.deps.Metrics != nil {
			b.deps.Metrics.SignerBalance(s.address, bal)
		}
		if bal.Cmp(b.cfg.LowBalance) < 0 {
			b.log.Warn().Str("signer", s.address.Hex()).Stringer("balance", bal).Msg("bundler signer balance is low")
		}
	}
}
