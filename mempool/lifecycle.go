package mempool

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// MarkSubmitted moves Pending ops into bundle transaction txHash. Unknown or
// non-Pending hashes are reported in the error; the others are moved.
func (p *Pool) MarkSubmitted(ctx context.Context, hashes []common.Hash, txHash common.Hash) error {
	now := p.cfg.Now()
	p.mu.Lock()
	var errs []error
	for _, h := range hashes {
		it, err := p.liveIn(h, Pending)
		if err == nil && it.Waiting {
			err = fmt.Errorf("mempool: userOp %s is waiting, not a bundle candidate: %w", h, ErrBadState)
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		it.TxHash = txHash
		errs = append(errs, p.setLiveStatus(ctx, it, Submitted, "", now))
	}
	p.mu.Unlock()
	p.events.flush()
	return errors.Join(errs...)
}

// MarkMined records that a live op was mined in txHash at block (number,
// hash), successfully or not (UserOperationEvent.success), and removes it
// from the pool.
func (p *Pool) MarkMined(ctx context.Context, hash common.Hash, success bool, txHash common.Hash, blockNumber uint64, blockHash common.Hash) error {
	now := p.cfg.Now()
	p.mu.Lock()
	it, err := p.liveIn(hash, Scheduled, Pending, Submitted)
	if err == nil {
		st := MinedFail
		if success {
			st = MinedSuccess
		}
		it.TxHash, it.BlockNumber, it.BlockHash = txHash, blockNumber, blockHash
		err = p.finish(ctx, it, st, "", now)
	}
	p.mu.Unlock()
	p.events.flush()
	return err
}

// MarkFailed drops a live op with status Failed and the given reason,
// whatever its RetryUntilWindowEnd flag.
func (p *Pool) MarkFailed(ctx context.Context, hash common.Hash, reason string) error {
	now := p.cfg.Now()
	p.mu.Lock()
	it, err := p.liveIn(hash, Scheduled, Pending, Submitted)
	if err == nil {
		err = p.finish(ctx, it, Failed, reason, now)
	}
	p.mu.Unlock()
	p.events.flush()
	return err
}

// Drop reports that a Scheduled or Pending op failed (re-)validation or
// simulation. An op with RetryUntilWindowEnd whose window is still open stays
// in the pool as Pending, with reason recorded, to be retried next block;
// any other op becomes Failed. It returns whether the op left the pool.
func (p *Pool) Drop(ctx context.Context, hash common.Hash, reason string) (dropped bool, err error) {
	now := p.cfg.Now()
	p.mu.Lock()
	it, err := p.liveIn(hash, Scheduled, Pending)
	if err == nil {
		if it.RetryUntilWindowEnd && !it.windowClosed(uint64(now.Unix()), p.nextBlock()) {
			p.toWaitingLocked(it) // no candidate until a re-simulation passes
			err = p.setLiveStatus(ctx, it, Pending, reason, now)
		} else {
			dropped = true
			err = p.finish(ctx, it, Failed, reason, now)
		}
	}
	p.mu.Unlock()
	p.events.flush()
	return dropped, err
}

// MarkPending moves an op that the caller re-validated (see Tick) to
// Pending: a Scheduled one, and a waiting one, which becomes a bundle
// candidate if every rule of a new op lets it (else it stays waiting and
// the rule's error is returned).
func (p *Pool) MarkPending(ctx context.Context, hash common.Hash) error {
	now := p.cfg.Now()
	p.mu.Lock()
	it, err := p.liveIn(hash, Scheduled, Pending)
	switch {
	case err != nil:
	case it.Waiting:
		it.UpdatedAt = now
		err = p.promoteLocked(ctx, it)
	case it.Status == Scheduled:
		err = p.setLiveStatus(ctx, it, Pending, "", now)
	}
	p.mu.Unlock()
	p.events.flush()
	return err
}

// Requeue puts ops back to Pending after their bundle transaction was
// dropped or reorged out: Submitted ops, and mined ops still in the finished
// set whose nonce slot is free. It returns the hashes requeued.
func (p *Pool) Requeue(ctx context.Context, hashes []common.Hash) ([]common.Hash, error) {
	now := p.cfg.Now()
	p.mu.Lock()
	var (
		done []common.Hash
		errs []error
	)
	for _, h := range hashes {
		if it, ok := p.live[h]; ok {
			if it.Status != Submitted {
				continue
			}
			it.TxHash = common.Hash{}
			errs = append(errs, p.setLiveStatus(ctx, it, Pending, "", now))
			done = append(done, h)
			continue
		}
		e, ok := p.finished.get(h)
		if !ok || (e.Status != MinedSuccess && e.Status != MinedFail) {
			continue
		}
		it := p.newItem(e)
		if _, taken := p.byNonce[it.nonce]; taken {
			continue
		}
		p.finished.remove(h)
		p.counts[e.Status]--
		it.Status, it.Reason, it.UpdatedAt, it.Waiting = Pending, "", now, false
		it.TxHash, it.BlockHash, it.BlockNumber, it.LogIndex = common.Hash{}, common.Hash{}, 0, 0
		p.index(it)
		p.events.push(it.Entry)
		if err := p.cfg.Store.Save(ctx, it.Entry); err != nil {
			errs = append(errs, fmt.Errorf("mempool: persist requeued %s: %w", h, err))
		}
		done = append(done, h)
	}
	p.mu.Unlock()
	p.events.flush()
	return done, errors.Join(errs...)
}

// Remove deletes an op from the pool and the finished set without recording
// a status. It reports whether the op was known.
func (p *Pool) Remove(ctx context.Context, hash common.Hash) (bool, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if it, ok := p.live[hash]; ok {
		p.unindex(it)
		if err := p.cfg.Store.Delete(ctx, hash); err != nil {
			return true, fmt.Errorf("mempool: delete %s: %w", hash, err)
		}
		return true, nil
	}
	if e, ok := p.finished.remove(hash); ok {
		p.counts[e.Status]--
		return true, nil
	}
	return false, nil
}

// RemoveFrom removes a live op only if iTx itxHash added it (a crashed
// admission rolled back); an equal op that someone else sent stays. It
// reports whether it removed one.
func (p *Pool) RemoveFrom(ctx context.Context, hash, itxHash common.Hash) (bool, error) {
	p.mu.Lock()
	it, ok := p.live[hash]
	ok = ok && it.Source.Kind == SourceITx && it.Source.ITxHash == itxHash
	p.mu.Unlock()
	if !ok {
		return false, nil
	}
	return p.Remove(ctx, hash)
}

// Release ends the hold of an op that iTx itxHash added (its admission is
// committed); it reports whether it released one.
func (p *Pool) Release(ctx context.Context, hash, itxHash common.Hash) (bool, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	it, ok := p.live[hash]
	if !ok || !it.Held || it.Source.ITxHash != itxHash {
		return false, nil
	}
	it.Held = false
	if err := p.cfg.Store.Save(ctx, it.Entry); err != nil {
		return true, fmt.Errorf("mempool: persist released %s: %w", hash, err)
	}
	return true, nil
}

// Restore puts back an op that an insert since rolled back replaced or
// evicted (e is the entry as it was, from AddResult). It does nothing when
// the op is live again or its nonce slot is taken: only the rollback's own
// change is undone.
func (p *Pool) Restore(ctx context.Context, e Entry) error {
	now := p.cfg.Now()
	p.mu.Lock()
	var err error
	if _, live := p.live[e.UserOpHash]; !live && e.Op != nil {
		it := p.newItem(e)
		if _, taken := p.byNonce[it.nonce]; !taken {
			if f, ok := p.finished.remove(e.UserOpHash); ok {
				p.counts[f.Status]--
			}
			it.UpdatedAt = now
			p.index(it)
			p.events.push(it.Entry)
			if serr := p.cfg.Store.Save(ctx, it.Entry); serr != nil {
				err = fmt.Errorf("mempool: persist restored %s: %w", e.UserOpHash, serr)
			}
		}
	}
	p.mu.Unlock()
	p.events.flush()
	return err
}

// Clear empties the pool and the finished set, and deletes the live ops from
// the store.
func (p *Pool) Clear(ctx context.Context) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	var errs []error
	for h, it := range p.live {
		p.unindex(it)
		if err := p.cfg.Store.Delete(ctx, h); err != nil {
			errs = append(errs, fmt.Errorf("mempool: delete %s: %w", h, err))
		}
	}
	p.finished.clear()
	p.counts = [len(statusNames)]int{}
	return errors.Join(errs...)
}

// liveIn returns the live op hash if its status is one of sts.
func (p *Pool) liveIn(hash common.Hash, sts ...Status) (*item, error) {
	it, ok := p.live[hash]
	if !ok {
		if e, fin := p.finished.get(hash); fin {
			return nil, fmt.Errorf("mempool: userOp %s is already %s: %w", hash, e.Status, ErrBadState)
		}
		return nil, fmt.Errorf("mempool: userOp %s: %w", hash, ErrNotFound)
	}
	for _, s := range sts {
		if it.Status == s {
			return it, nil
		}
	}
	return nil, fmt.Errorf("mempool: userOp %s is %s, want one of %v: %w", hash, it.Status, sts, ErrBadState)
}

// newItem rebuilds an item from a stored or finished entry.
func (p *Pool) newItem(e Entry) *item {
	maxFee, _ := u128From(e.Op.MaxFeePerGas)
	prio, _ := u128From(e.Op.MaxPriorityFeePerGas)
	it := &item{Entry: e, maxFee: maxFee, prio: prio, gas: Gas(e.Op), heapIdx: newItemIdx(), seenAtBlock: p.head.Load()}
	if it.Prefund == nil {
		it.Prefund = new(big.Int)
	}
	it.nonce = nonceOf(&it.Entry)
	it.entities = distinctEntities(&it.Entry)
	return it
}
