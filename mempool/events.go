package mempool

import (
	"sync"

	"github.com/klaster-dev/klaster/fifo"
)

// eventQueue delivers status transitions to subscribers in the order the
// pool made them. Transitions are queued under the pool lock and delivered
// after it is released, by one goroutine at a time, so a subscriber may call
// back into the pool.
type eventQueue struct {
	queue   *fifo.Queue[Entry]
	mu      sync.Mutex   // guards subs and nextID
	subs    []subscriber // copy-on-write
	nextID  int
	deliver sync.Mutex
}

type subscriber struct {
	id int
	fn func(Entry)
}

func (q *eventQueue) push(e Entry) {
	q.mu.Lock()
	listened := len(q.subs) > 0
	q.mu.Unlock()
	if listened {
		q.queue.Push(e)
	}
}

func (q *eventQueue) flush() {
	for {
		if !q.deliver.TryLock() {
			return // the holder delivers what we queued
		}
		for {
			batch := q.queue.Drain()
			if len(batch) == 0 {
				break
			}
			q.mu.Lock()
			subs := q.subs
			q.mu.Unlock()
			for _, e := range batch {
				for _, s := range subs {
					s.fn(e)
				}
			}
		}
		q.deliver.Unlock()
		if q.queue.Len() == 0 {
			return
		}
	}
}

// OnChange registers fn to receive every status transition (including
// admission, replacement and eviction) in order. fn runs on the goroutine
// of some pool call after the pool lock is released; it may call the pool
// but should not block. The returned function unregisters fn.
func (p *Pool) OnChange(fn func(Entry)) (cancel func()) {
	q := &p.events
	q.mu.Lock()
	q.nextID++
	id := q.nextID
	q.subs = append(append([]subscriber(nil), q.subs...), subscriber{id: id, fn: fn})
	q.mu.Unlock()
	return func() {
		q.mu.Lock()
		defer q.mu.Unlock()
		subs := make([]subscriber, 0, len(q.subs))
		for _, s := range q.subs {
			if s.id != id {
				subs = append(subs, s)
			}
		}
		q.subs = subs
	}
}
