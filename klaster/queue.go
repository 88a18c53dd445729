package klaster

import (
	"context"
	"sync"

	"github.com/klaster-dev/klaster/mempool"
)

// eventQueue hands mempool transitions from the pools' goroutines to the
// service's worker without ever blocking a pool. It is unbounded: the
// worker drains it in order.
type eventQueue struct {
	mu   sync.Mutex
	buf  []mempool.Entry
	wake chan struct{}
}

func newEventQueue() *eventQueue { return &eventQueue{wake: make(chan struct{}, 1)} }

func (q *eventQueue) push(e mempool.Entry) {
	q.mu.Lock()
	q.buf = append(q.buf, e)
	q.mu.Unlock()
	select {
	case q.wake <- struct{}{}:
	default:
	}
}

// pop returns the oldest transition, waiting for one until ctx ends.
func (q *eventQueue) pop(ctx context.Context) (mempool.Entry, bool) {
	for {
		q.mu.Lock()
		if len(q.buf) > 0 {
			e := q.buf[0]
			q.buf[0] = mempool.Entry{}
			q.buf = q.buf[1:]
			q.mu.Unlock()
			return e, true
		}
		q.mu.Unlock()
		select {
		case <-q.wake:
		case <-ctx.Done():
			return mempool.Entry{}, false
		}
	}
}
