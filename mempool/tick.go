package mempool

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// TickResult is what Tick found.
type TickResult struct {
	// Due are the ops to re-simulate: Scheduled ops whose window opened,
	// and waiting ops (Entry.Waiting) whose window is open, the latter
	// within Config.Resims, oldest attempt first. They stay as they are
	// until the caller re-validates them and calls MarkPending or Drop;
	// until then Tick returns them again.
	Due []Entry
	// Expired are the ops that Tick moved to Expired because validUntil passed.
	Expired []Entry
}

// Tick advances the pool's clock to now (once per block): it expires
// Scheduled and Pending ops whose validUntil has been reached and returns the
// Scheduled ops that became due. It scans the pool in O(n).
func (p *Pool) Tick(ctx context.Context, now time.Time) (TickResult, error) {
	unix, next := uint64(now.Unix()), p.nextBlock()
	var (
		res  TickResult
		errs []error
	)
	p.mu.Lock()
	var expire []*item
	for _, it := range p.live {
		switch {
		case it.Status == Submitted:
		case it.windowClosed(unix, next):
			expire = append(expire, it)
		case p.throttledTooLong(it) != (common.Address{}):
			expire = append(expire, it)
		case !it.Waiting && it.Status == Scheduled && it.due(unix, next):
			res.Due = append(res.Due, it.Entry)
		}
	}
	sort.Slice(expire, func(i, j int) bool { return expire[i].Seq < expire[j].Seq })
	for _, it := range expire {
		reason := fmt.Sprintf("validUntil %d reached at %d", it.ValidUntil, unix)
		if it.ValidUntilBlock != 0 && next > it.ValidUntilBlock {
			reason = fmt.Sprintf("block window closed: valid until block %d, next block %d", it.ValidUntilBlock, next)
		} else if a := p.throttledTooLong(it); a != (common.Address{}) && !it.windowClosed(unix, next) {
			reason = fmt.Sprintf("GREP-020: %s is throttled and the op has waited THROTTLED_ENTITY_LIVE_BLOCKS %d blocks (since block %d, now %d)",
				a.Hex(), p.cfg.ThrottledEntityLiveBlocks, it.seenAtBlock, p.head.Load())
		}
		if it.Reason != "" {
			reason += "; last failure: " + it.Reason
		}
		errs = append(errs, p.finish(ctx, it, Expired, reason, now))
		res.Expired = append(res.Expired, it.Entry)
	}
	for _, it := range p.dueWaiting(unix) {
		res.Due = append(res.Due, it.Entry)
	}
	p.mu.Unlock()
	p.events.flush()
	sort.Slice(res.Due, func(i, j int) bool { return res.Due[i].Seq < res.Due[j].Seq })
	return res, errors.Join(errs...)
}

// throttledTooLong returns the throttled entity of a Pending or Scheduled
// op that has been in the pool THROTTLED_ENTITY_LIVE_BLOCKS blocks or more,
// or the zero address. Called under the pool lock.
func (p *Pool) throttledTooLong(it *item) common.Address {
	if p.cfg.Reputation == nil || it.Status == Submitted || it.seenAtBlock == 0 || p.head.Load() < it.seenAtBlock+p.cfg.ThrottledEntityLiveBlocks {
		return common.Address{}
	}
	for _, a := range it.entities {
		if p.cfg.Reputation.Status(a) == ReputationThrottled {
			return a
		}
	}
	return common.Address{}
}

// Prune expires Scheduled and Pending ops without RetryUntilWindowEnd that
// have been waiting longer than Config.TTL since their window opened (or
// they were added, if later), and forgets finished ops older than
// FinishedTTL. It returns the ops it expired.
func (p *Pool) Prune(ctx context.Context, now time.Time) ([]Entry, error) {
	var (
		out  []Entry
		errs []error
	)
	p.mu.Lock()
	if p.cfg.TTL > 0 {
		var old []*item
		for _, it := range p.live {
			if it.Status == Submitted || it.RetryUntilWindowEnd {
				continue
			}
			start := it.AddedAt
			if va := time.Unix(int64(it.ValidAfter), 0); va.After(start) {
				start = va
			}
			if now.Sub(start) >= p.cfg.TTL {
				old = append(old, it)
			}
		}
		sort.Slice(old, func(i, j int) bool { return old[i].Seq < old[j].Seq })
		for _, it := range old {
			errs = append(errs, p.finish(ctx, it, Expired, "mempool TTL "+p.cfg.TTL.String()+" exceeded", now))
			out = append(out, it.Entry)
		}
	}
	p.trimFinished(now)
	p.mu.Unlock()
	p.events.flush()
	return out, errors.Join(errs...)
}
