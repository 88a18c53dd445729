package mempool

// itemHeap is a binary heap of items that records each item's position in
// item.heapIdx[which], so removal and re-keying are O(log n). A max heap has
// the best op (see better) on top, a min heap the worst.
type itemHeap struct {
	items []*item
	which int
	max   bool
}

func (h *itemHeap) less(i, j int) bool {
	if h.max {
		return better(h.items[i], h.items[j])
	}
	return better(h.items[j], h.items[i])
}

func (h *itemHeap) swap(i, j int) {
	h.items[i], h.items[j] = h.items[j], h.items[i]
	h.items[i].heapIdx[h.which] = i
	h.items[j].heapIdx[h.which] = j
}

func (h *itemHeap) len() int { return len(h.items) }

func (h *itemHeap) top() *item {
	if len(h.items) == 0 {
		return nil
	}
	return h.items[0]
}

func (h *itemHeap) push(it *item) {
	it.heapIdx[h.which] = len(h.items)
	h.items = append(h.items, it)
	h.up(len(h.items) - 1)
}

func (h *itemHeap) remove(it *item) {
	i := it.heapIdx[h.which]
	if i < 0 {
		return
	}
	n := len(h.items) - 1
	if i != n {
		h.swap(i, n)
	}
	h.items[n] = nil
	h.items = h.items[:n]
	it.heapIdx[h.which] = -1
	if i != n {
		if !h.down(i) {
			h.up(i)
		}
	}
}

// init restores the heap property after every key changed, in O(n).
func (h *itemHeap) init() {
	for i, it := range h.items {
		it.heapIdx[h.which] = i
	}
	for i := len(h.items)/2 - 1; i >= 0; i-- {
		h.down(i)
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

// walk calls fn on the items of a max heap in descending order without
// modifying it, until fn returns false. It keeps a frontier heap of
// positions whose parents were already visited, so visiting k items costs
// O(k log k).
func (h *itemHeap) walk(frontier []int, fn func(*item) bool) []int {
	if len(h.items) == 0 {
		return frontier
	}
	f := frontier[:0]
	lessPos := func(a, b int) bool { return better(h.items[f[a]], h.items[f[b]]) }
	push := func(p int) {
		f = append(f, p)
		for j := len(f) - 1; j > 0; {
			i := (j - 1) / 2
			if !lessPos(j, i) {
				break
			}
			f[i], f[j] = f[j], f[i]
			j = i
		}
	}
	pop := func() int {
		p := f[0]
		n := len(f) - 1
		f[0] = f[n]
		f = f[:n]
		for i := 0; ; {
			j := 2*i + 1
			if j >= n {
				break
			}
			if r := j + 1; r < n && lessPos(r, j) {
				j = r
			}
			if !lessPos(j, i) {
				break
			}
			f[i], f[j] = f[j], f[i]
			i = j
		}
		return p
	}
	push(0)
	for len(f) > 0 {
		p := pop()
		if !fn(h.items[p]) {
			break
		}
		for _, c := range [2]int{2*p + 1, 2*p + 2} {
			if c < len(h.items) {
				push(c)
			}
		}
	}
	return f
}
