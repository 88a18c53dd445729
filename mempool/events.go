package mempool

import "sync"

// eventQueue delivers status transitions to subscribers in the order the
// pool made them. Transitions are queued under the pool lock and delivered
// after it is released, by one goroutine at a time, so a subscriber may call
// back into the pool.
type eventQueue struct {
	mu      sync.Mutex
	buf     []Entry
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
	if len(q.subs) > 0 {
		q.buf = append(q.buf, e)
	}
	q.mu.Unlock()
}

func (q *eventQueue) flush() {
	for {
		if !q.deliver.TryLock() {
			return // the holder delivers what we queued
		}
		for {
			q.mu.Lock()
			batch, subs := q.buf, q.subs
			q.buf = nil
			q.mu.Unlock()
			if len(batch) == 0 {
				break
			}
			for _, e := range batch {
				for _, s := range subs {
					s.fn(e)
				}
			}
		}
		q.deliver.Unlock()
		q.mu.Lock()
		empty := len(q.buf) == 0
		q.mu.Unlock()
		if empty {
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
