package mempool

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/klaster-dev/klaster/entrypoint"
)

// Pools are one chain's mempools, one per EntryPoint.
type Pools map[common.Address]*Pool

// Live returns a live op (pending, scheduled, waiting or submitted) of any
// of the pools.
func (ps Pools) Live(h common.Hash) (Entry, bool) {
	for _, p := range ps {
		if e, ok := p.Get(h); ok && e.Status.Live() {
			return e, true
		}
	}
	return Entry{}, false
}

// Find returns an op of any of the pools, live or recently finished, with
// its lifecycle status.
func (ps Pools) Find(h common.Hash) (Entry, bool) {
	for _, p := range ps {
		if e, ok := p.Get(h); ok {
			return e, true
		}
	}
	return Entry{}, false
}

// LiveOps returns the live ops of ep's pool (debug_bundler_dumpMempool).
func (ps Pools) LiveOps(ep common.Address) ([]*entrypoint.UserOperation, error) {
	p, ok := ps[ep]
	if !ok {
		return nil, fmt.Errorf("no mempool for %s", ep)
	}
	var out []*entrypoint.UserOperation
	for _, e := range p.Dump() {
		if e.Status.Live() {
			out = append(out, e.Op)
		}
	}
	return out, nil
}

// Clear empties every pool (debug_bundler_clearMempool).
func (ps Pools) Clear(ctx context.Context) error {
	var errs []error
	for _, p := range ps {
		errs = append(errs, p.Clear(ctx))
	}
	return errors.Join(errs...)
}

// RunPrune prunes old ops from every pool each interval until ctx ends.
func (ps Pools) RunPrune(ctx context.Context, interval time.Duration, log zerolog.Logger) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-t.C:
			for _, p := range ps {
				if _, err := p.Prune(ctx, now); err != nil {
					log.Warn().Err(err).Msg("prune mempool")
				}
			}
		}
	}
}

// StatusCounts reports the pool's ops by status name (for the metrics).
func (p *Pool) StatusCounts() map[string]int {
	out := map[string]int{}
	for st, n := range p.Counts() {
		out[st.String()] = n
	}
	return out
}
