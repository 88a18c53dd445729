package mempool

import (
	"context"
	"fmt"
	"sort"
)

// Load restores the live ops saved in the Store, for example after a
// restart. Limits are not re-applied; of two ops in the same nonce slot the
// later one wins and the other is deleted from the store. Entries of another
// chain or EntryPoint, or with a final status, are skipped. It returns the
// number of ops restored.
func (p *Pool) Load(ctx context.Context) (int, error) {
	entries, err := p.cfg.Store.LoadAll(ctx)
	if err != nil {
		return 0, fmt.Errorf("mempool: load chain %d EntryPoint %s: %w", p.cfg.ChainID, p.cfg.EntryPoint, err)
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Seq < entries[j].Seq })
	p.mu.Lock()
	defer p.mu.Unlock()
	n := 0
	for _, e := range entries {
		if e.Op == nil || e.Op.Nonce == nil || !e.Status.Live() ||
			e.ChainID != p.cfg.ChainID || e.EntryPoint != p.cfg.EntryPoint {
			continue
		}
		if _, dup := p.live[e.UserOpHash]; dup {
			continue
		}
		it := p.newItem(e)
		if old, ok := p.byNonce[it.nonce]; ok {
			p.unindex(old)
			n--
			p.storeError(p.cfg.Store.Delete(ctx, old.UserOpHash))
		}
		p.index(it)
		n++
		if e.Seq > p.seq {
			p.seq = e.Seq
		}
	}
	return n, nil
}
