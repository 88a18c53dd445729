package mempool

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// ChainOp is a UserOperationEvent of the pool's EntryPoint on the canonical
// chain, whoever bundled the op.
type ChainOp struct {
	UserOpHash  common.Hash
	Sender      common.Address
	Nonce       *big.Int
	Success     bool
	TxHash      common.Hash
	BlockNumber uint64
	BlockHash   common.Hash
	LogIndex    uint // the event's block-wide log index
}

// ErrNonceUsed is the kind of the failure of an op whose nonce another op
// used on chain.
var ErrNonceUsed = fmt.Errorf("nonce used on chain by another op")

// OpMined applies an op mined on the canonical chain, in the block that
// mined it:
//   - a live op with its hash is marked mined there (another bundler may
//     have included it);
//   - an op already recorded as mined in another block moves to this one;
//   - a live op that holds the same sender and nonce can never be mined
//     and fails.
//
// It reports whether the pool changed.
func (p *Pool) OpMined(ctx context.Context, ev ChainOp) (bool, error) {
	now := p.cfg.Now()
	st := MinedFail
	if ev.Success {
		st = MinedSuccess
	}
	p.mu.Lock()
	changed, err := false, error(nil)
	if it, ok := p.live[ev.UserOpHash]; ok {
		it.TxHash, it.BlockNumber, it.BlockHash, it.LogIndex = ev.TxHash, ev.BlockNumber, ev.BlockHash, uint64(ev.LogIndex)
		changed, err = true, p.finish(ctx, it, st, "", now)
	} else if e, ok := p.finished.get(ev.UserOpHash); ok && (e.Status == MinedSuccess || e.Status == MinedFail) && (e.BlockHash != ev.BlockHash || e.LogIndex != uint64(ev.LogIndex)) {
		p.finished.remove(ev.UserOpHash)
		p.counts[e.Status]--
		e.Status, e.TxHash, e.BlockNumber, e.BlockHash, e.LogIndex, e.UpdatedAt = st, ev.TxHash, ev.BlockNumber, ev.BlockHash, uint64(ev.LogIndex), now
		p.finished.put(e)
		p.counts[st]++
		p.events.push(e)
		changed = true
	} else if ev.Nonce != nil {
		key, seq := splitNonce(ev.Nonce)
		if it, ok := p.byNonce[nonceID{sender: ev.Sender, key: key, seq: seq}]; ok && it.UserOpHash != ev.UserOpHash {
			reason := fmt.Sprintf("%v: op %s used nonce %s of %s in block %d", ErrNonceUsed, ev.UserOpHash, ev.Nonce, ev.Sender.Hex(), ev.BlockNumber)
			changed, err = true, p.finish(ctx, it, Failed, reason, now)
		}
	}
	p.mu.Unlock()
	p.events.flush()
	return changed, err
}

// OpUnmined undoes OpMined for an op recorded as mined in blockHash, a block
// a reorg removed: the op is Pending again (and can be bundled anew). An op
// recorded in any other block is left alone. It reports whether the op
// returned.
func (p *Pool) OpUnmined(ctx context.Context, hash, blockHash common.Hash) (bool, error) {
	p.mu.Lock()
	e, ok := p.finished.get(hash)
	p.mu.Unlock()
	if !ok || e.BlockHash != blockHash || (e.Status != MinedSuccess && e.Status != MinedFail) {
		return false, nil
	}
	back, err := p.Requeue(ctx, []common.Hash{hash})
	return len(back) == 1, err
}
