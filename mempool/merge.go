package mempool

// Merge takes an op another process saved in the shared store (a
// follower's pool sync) as it is stored: its status and bundle
// transaction are kept, so an op in another process's bundle stays
// Submitted here and is never bundled again by this one. Nothing is written
// back to the store. An op known here is moved to Submitted when the store
// has it Submitted and it is still Pending or Scheduled here; an op whose
// nonce slot holds another op here is left out. It reports whether the
// pool changed.
func (p *Pool) Merge(e Entry) bool {
	if e.Op == nil || e.Op.Nonce == nil || !e.Status.Live() || e.ChainID != p.cfg.ChainID || e.EntryPoint != p.cfg.EntryPoint {
		return false
	}
	now := p.cfg.Now()
	p.mu.Lock()
	changed := false
	if it, ok := p.live[e.UserOpHash]; ok {
		if e.Status == Submitted && it.Status != Submitted {
			it.TxHash = e.TxHash
			p.counts[it.Status]--
			p.counts[Submitted]++
			it.Status, it.UpdatedAt = Submitted, now
			p.syncHeaps(it)
			p.events.push(it.Entry)
			changed = true
		}
	} else {
		it := p.newItem(e)
		if _, taken := p.byNonce[it.nonce]; !taken {
			p.index(it)
			if e.Seq > p.seq {
				p.seq = e.Seq
			}
			p.events.push(it.Entry)
			changed = true
		}
	}
	p.mu.Unlock()
	p.events.flush()
	return changed
}
