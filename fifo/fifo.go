// Package fifo is the one ordered queue between goroutines: Push never
// blocks (a bounded queue refuses instead), Pop waits for the oldest item,
// Drain takes everything queued. The mempool's status events, the iTx
// service's worker and each klaster_subscribe subscription use it.
package fifo

import "sync"

// Queue is a first-in first-out queue, safe for concurrent use.
type Queue[T any] struct {
	mu   sync.Mutex
	buf  []T
	max  int
	wake chan struct{}
}

// New returns a queue holding at most max items (0: unbounded).
func New[T any](max int) *Queue[T] {
	return &Queue[T]{max: max, wake: make(chan struct{}, 1)}
}

// Push appends v. It reports false, and drops v, when the queue is full.
func (q *Queue[T]) Push(v T) bool {
	q.mu.Lock()
	if q.max > 0 && len(q.buf) >= q.max {
		q.mu.Unlock()
		return false
	}
	q.buf = append(q.buf, v)
	q.mu.Unlock()
	select {
	case q.wake <- struct{}{}:
	default:
	}
	return true
}

// Pop removes and returns the oldest item, waiting for one until done is
// closed (then it reports false).
func (q *Queue[T]) Pop(done <-chan struct{}) (T, bool) {
	for {
		q.mu.Lock()
		if len(q.buf) > 0 {
			v := q.buf[0]
			var zero T
			q.buf[0] = zero
			q.buf = q.buf[1:]
			q.mu.Unlock()
			return v, true
		}
		q.mu.Unlock()
		select {
		case <-q.wake:
		case <-done:
			var zero T
			return zero, false
		}
	}
}

// Drain removes and returns every queued item, oldest first (nil when
// empty). It does not wait.
func (q *Queue[T]) Drain() []T {
	q.mu.Lock()
	defer q.mu.Unlock()
	out := q.buf
	q.buf = nil
	return out
}

// Len is the number of queued items.
func (q *Queue[T]) Len() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return len(q.buf)
}
