package mempool

// Heap kinds. The keys are static (independent of the base fee), so no heap
// ever needs re-keying; Best combines the two max heaps into
// effective-tip order (see best.go).
const (
	prioHeap   = iota // max-heap of Pending ops by (maxPriorityFeePerGas desc, seq asc)
	maxFeeHeap        // max-heap of Pending ops by (maxFeePerGas desc, seq asc)
	evictHeap         // min-heap of Scheduled+Pending ops: worst by evictBefore on top
	numHeaps
)

// rankAbove orders items within heap kind: it reports whether a belongs
// nearer the top than b.
func rankAbove(kind int, a, b *item) bool {
	switch kind {
	case prioHeap:
		if c := a.prio.cmp(b.prio); c != 0 {
			return c > 0
		}
		return a.Seq < b.Seq
	case maxFeeHeap:
		if c := a.maxFee.cmp(b.maxFee); c != 0 {
			return c > 0
		}
		return a.Seq < b.Seq
	default:
		return evictBefore(a, b)
	}
}

// evictBefore reports whether a is evicted before b when the pool is full:
// lower maxPriorityFeePerGas, then lower maxFeePerGas, then later insertion.
func evictBefore(a, b *item) bool {
	if c := a.prio.cmp(b.prio); c != 0 {
		return c < 0
	}
	if c := a.maxFee.cmp(b.maxFee); c != 0 {
		return c < 0
	}
	return a.Seq > b.Seq
}

// itemHeap is a binary heap of items that records each item's position in
// item.heapIdx[kind], so removal is O(log n).
type itemHeap struct {
	items []*item
	kind  int
}

func (h *itemHeap) less(i, j int) bool { return rankAbove(h.kind, h.items[i], h.items[j]) }

func (h *itemHeap) swap(i, j int) {
	h.items[i], h.items[j] = h.items[j], h.items[i]
	h.items[i].heapIdx[h.kind] = i
	h.items[j].heapIdx[h.kind] = j
}

func (h *itemHeap) len() int { return len(h.items) }

func (h *itemHeap) top() *item {
	if len(h.items) == 0 {
		return nil
	}
	return h.items[0]
}

func (h *itemHeap) push(it *item) {
	it.heapIdx[h.kind] = len(h.items)
	h.items = append(h.items, it)
	h.up(len(h.items) - 1)
}

func (h *itemHeap) remove(it *item) {
	i := it.heapIdx[h.kind]
	if i < 0 {
		return
	}
	n := len(h.items) - 1
	if i != n {
		h.swap(i, n)
	}
	h.items[n] = nil
	h.items = h.items[:n]
	it.heapIdx[h.kind] = -1
	if i != n && !h.down(i) {
		h.up(i)
	}
}

func (h *itemHeap) up(j int) {
	for j > 0 {
		i := (j - 1) / 2
		if !h.less(j, i) {
			break
		}
		h.swap(i, j)
		j = i
	}
}

func (h *itemHeap) down(i0 int) bool {
	i, n := i0, len(h.items)
	for {
		j := 2*i + 1
		if j >= n {
			break
		}
		if r := j + 1; r < n && h.less(r, j) {
			j = r
		}
		if !h.less(j, i) {
			break
		}
		h.swap(i, j)
		i = j
	}
	return i > i0
}

// heapIter walks a heap in rank order without modifying it: a frontier
// heap holds the positions whose parents were already visited, so visiting
// k items costs O(k log k).
type heapIter struct {
	h *itemHeap
	f []int
}

func (it *heapIter) reset(h *itemHeap) {
	it.h, it.f = h, it.f[:0]
	if h.len() > 0 {
		it.f = append(it.f, 0)
	}
}

func (it *heapIter) lessPos(a, b int) bool { return it.h.less(it.f[a], it.f[b]) }

// peek returns the next item, or nil at the end.
func (it *heapIter) peek() *item {
	if len(it.f) == 0 {
		return nil
	}
	return it.h.items[it.f[0]]
}

// next consumes and returns the next item (peek must be non-nil).
func (it *heapIter) next() *item {
	f := it.f
	p := f[0]
	n := len(f) - 1
	f[0] = f[n]
	f = f[:n]
	for i := 0; ; {
		j := 2*i + 1
		if j >= n {
			break
		}
		if r := j + 1; r < n && it.h.less(f[r], f[j]) {
			j = r
		}
		if !it.h.less(f[j], f[i]) {
			break
		}
		f[i], f[j] = f[j], f[i]
		i = j
	}
	for _, c := range [2]int{2*p + 1, 2*p + 2} {
		if c < it.h.len() {
			f = append(f, c)
			for j := len(f) - 1; j > 0; {
				i := (j - 1) / 2
				if !it.h.less(f[j], f[i]) {
					break
				}
				f[i], f[j] = f[j], f[i]
				j = i
			}
		}
	}
	it.f = f
	return it.h.items[p]
}
