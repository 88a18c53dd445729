package klaster

import (
	"context"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/klaster-dev/klaster/fifo"
)

// maxQueued bounds what one slow subscriber may have waiting; beyond it the
// subscription is closed rather than skipping a notification.
const maxQueued = 100_000

// Subscription delivers notifications in order, none skipped, until it is
// closed. C is closed when the subscription ends (Unsubscribe, overflow or
// service stop).
type Subscription struct {
	C    <-chan any
	out  chan any
	q    *fifo.Queue[any] // at most maxQueued waiting
	done chan struct{}
	once sync.Once
	hub  *hub
	id   uint64

	itx  *common.Hash // status subscriptions: nil for every iTx
	feed bool
}

// Unsubscribe ends the subscription.
func (sub *Subscription) Unsubscribe() {
	sub.hub.remove(sub.id)
	sub.stop()
}

func (sub *Subscription) stop() { sub.once.Do(func() { close(sub.done) }) }

func (sub *Subscription) push(v any) {
	if !sub.q.Push(v) {
		sub.stop()
	}
}

func (sub *Subscription) loop() {
	defer close(sub.out)
	for {
		v, ok := sub.q.Pop(sub.done)
		if !ok {
			return
		}
		select {
		case sub.out <- v:
		case <-sub.done:
			return
		}
	}
}

// hub fans notifications out to subscriptions.
type hub struct {
	mu     sync.Mutex
	nextID uint64
	subs   map[uint64]*Subscription
}

func newHub() *hub { return &hub{subs: map[uint64]*Subscription{}} }

func (h *hub) add(itx *common.Hash, feed bool) *Subscription {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.nextID++
	out := make(chan any)
	sub := &Subscription{C: out, out: out, q: fifo.New[any](maxQueued), done: make(chan struct{}), hub: h, id: h.nextID, itx: itx, feed: feed}
	h.subs[sub.id] = sub
	go sub.loop()
	return sub
}

func (h *hub) remove(id uint64) {
	h.mu.Lock()
	delete(h.subs, id)
	h.mu.Unlock()
}

func (h *hub) publishStatus(st *Status) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, sub := range h.subs {
		if !sub.feed && (sub.itx == nil || *sub.itx == st.ItxHash) {
			sub.push(st)
		}
	}
}

func (h *hub) publishFeed(item FeedItem) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, sub := range h.subs {
		if sub.feed {
			sub.push(item)
		}
	}
}

func (h *hub) closeAll() {
	h.mu.Lock()
	defer h.mu.Unlock()
	for id, sub := range h.subs {
		sub.stop()
		delete(h.subs, id)
	}
}

// SubscribeStatus subscribes to the status of one iTx (itx set) or of every
// iTx. A known iTx's current status is delivered first, so a subscriber
// never misses the state it joins in.
func (s *Service) SubscribeStatus(ctx context.Context, itx *common.Hash) (*Subscription, error) {
	var (
		sub *Subscription
		err error
	)
	// On the worker: no transition is applied between the snapshot and the
	// subscription.
	serr := s.serialized(ctx, func(ctx context.Context) {
		if ctx.Err() != nil {
			err = ctx.Err()
			return
		}
		sub = s.hub.add(itx, false)
		defer func() {
			if sub != nil && ctx.Err() != nil { // the caller gave up waiting
				sub.Unsubscribe()
			}
		}()
		if itx == nil {
			return
		}
		var rec *Record
		if rec, err = s.admitted(ctx, *itx); err != nil {
			sub.Unsubscribe()
			sub = nil
			return
		}
		if rec != nil {
			sub.push(statusView(rec))
		}
	})
	if serr != nil {
		return nil, serr // the task ends what it made (it sees ctx done)
	}
	return sub, err
}

// SubscribeExecuted subscribes to new and updated witness-feed items.
func (s *Service) SubscribeExecuted() *Subscription { return s.hub.add(nil, true) }
