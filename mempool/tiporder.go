package mempool

// tipOrder yields the Pending ops in effective-tip order at one base fee,
// best first (ties: earlier insertion), without any per-base-fee index.
//
// It merges two static max heaps with the threshold algorithm: an op's
// effective tip min(prio, maxFee-baseFee) is at most its prio and at most
// its maxFee-baseFee, so an op not yet pulled from either heap ranks no
// higher than min(next prio, next maxFee-baseFee). A pulled op is released
// once it ranks at least that bound. The heap whose bound is lower is
// advanced, so in the usual case (fees well above the base fee) the walk
// follows the prio heap, and when the base fee prices most ops out it
// follows the maxFee heap and stops at the first priced-out op.
type tipOrder struct {
	p     *Pool
	base  u128
	epoch uint64
}

var maxU128 = u128{hi: ^uint64(0), lo: ^uint64(0)}

func (p *Pool) startTipOrder(base u128) tipOrder {
	p.epoch++
	p.iters[0].reset(&p.heaps[prioHeap])
	p.iters[1].reset(&p.heaps[maxFeeHeap])
	p.cands = p.cands[:0]
	return tipOrder{p: p, base: base, epoch: p.epoch}
}

// next returns the next op whose maxFeePerGas covers the base fee, or nil.
func (o *tipOrder) next() *item {
	p := o.p
	it1, it2 := &p.iters[0], &p.iters[1]
	for {
		t1, t2 := it1.peek(), it2.peek()
		if t1 == nil || t2 == nil { // one heap fully pulled: every op was seen
			top := o.pop()
			if top == nil || !top.eff.ok {
				return nil
			}
			return top
		}
		b1 := feeKey{ok: true, tip: t1.prio}
		b2 := makeKey(t2.maxFee, maxU128, o.base)
		thr, thrSeq, first := b1, t1.Seq, true
		if above(b1, t1.Seq, b2, t2.Seq) {
			thr, thrSeq, first = b2, t2.Seq, false
		}
		if len(p.cands) > 0 {
			if top := p.cands[0]; !above(thr, thrSeq, top.eff, top.Seq) {
				if !top.eff.ok {
					return nil
				}
				return o.pop()
			}
		}
		if !thr.ok { // every unseen op is priced out, and so is every candidate
			return nil
		}
		var x *item
		if first {
			x = it1.next()
		} else {
			x = it2.next()
		}
		if x.epoch != o.epoch {
			x.epoch = o.epoch
			x.eff = makeKey(x.maxFee, x.prio, o.base)
			o.push(x)
		}
	}
}

func candAbove(a, b *item) bool { return above(a.eff, a.Seq, b.eff, b.Seq) }

func (o *tipOrder) push(x *item) {
	c := append(o.p.cands, x)
	for j := len(c) - 1; j > 0; {
		i := (j - 1) / 2
		if !candAbove(c[j], c[i]) {
			break
		}
		c[i], c[j] = c[j], c[i]
		j = i
	}
	o.p.cands = c
}

func (o *tipOrder) pop() *item {
	c := o.p.cands
	if len(c) == 0 {
		return nil
	}
	top := c[0]
	n := len(c) - 1
	c[0] = c[n]
	c[n] = nil
	c = c[:n]
	for i := 0; ; {
		j := 2*i + 1
		if j >= n {
			break
		}
		if r := j + 1; r < n && candAbove(c[r], c[j]) {
			j = r
		}
		if !candAbove(c[j], c[i]) {
			break
		}
		c[i], c[j] = c[j], c[i]
		i = j
	}
	o.p.cands = c
	return top
}
