package rpc

import (
	"context"
	"net"
	"strings"
	"sync"
	"sync/atomic"

	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/klaster-dev/klaster/erc7769"
)

// WebSocket subscription limit
//
// Every *_subscribe method creates its subscription through
// subscriptions.create, which counts it against its client with
// go-ethereum's rpc.PeerInfoFromContext: the client key is PeerInfo's
// RemoteAddr (the IP, or the /64 for IPv6, as for rate limiting), which
// the WebSocket transport (ws_conn.go) sets to the request's RemoteAddr;
// behind a trusted proxy, trustProxy has already replaced that with the
// forwarded client address. A subscription holds its slot until it ends:
// unsubscribed, or its connection closed (the Subscription's Err channel).
// Slots are per client across every connection and endpoint of the
// server. The call that would exceed Options.MaxWSSubscriptions is
// answered with -32005 and no subscription is made.

// subLimiter counts live subscriptions per client key.
type subLimiter struct {
	max  int
	mu   sync.Mutex
	live map[string]int
}

func newSubLimiter(max int) *subLimiter { return &subLimiter{max: max, live: map[string]int{}} }

func (l *subLimiter) acquire(key string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.live[key] >= l.max {
		return false
	}
	l.live[key]++
	return true
}

func (l *subLimiter) release(key string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.live[key]--; l.live[key] <= 0 {
		delete(l.live, key)
	}
}

// count returns the live subscriptions of key (tests).
func (l *subLimiter) count(key string) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.live[key]
}

// peerKey is the client key of a call's peer (PeerInfo.RemoteAddr).
func peerKey(ctx context.Context) string {
	addr := gethrpc.PeerInfoFromContext(ctx).RemoteAddr
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		host = addr
	}
	return hostKey(host)
}

// subscriptionLimited is a service whose subscriptions the server counts;
// buildEndpoint hands it the server's limiter.
type subscriptionLimited interface{ limitSubscriptions(*subLimiter) }

// subscriptions makes the subscriptions of the service that embeds it
// count against the server's per-client limit.
type subscriptions struct{ lim atomic.Pointer[subLimiter] }

func (s *subscriptions) limitSubscriptions(l *subLimiter) { s.lim.Store(l) }

// create starts the subscription of a *_subscribe call (method names it in
// the refusal). The subscription's slot is given back when it ends.
func (s *subscriptions) create(ctx context.Context, method string) (*gethrpc.Notifier, *gethrpc.Subscription, error) {
	notifier, ok := gethrpc.NotifierFromContext(ctx)
	if !ok {
		return nil, nil, gethrpc.ErrNotificationsUnsupported
	}
	lim := s.lim.Load()
	if lim == nil {
		return notifier, notifier.CreateSubscription(), nil
	}
	key := peerKey(ctx)
	if !lim.acquire(key) {
		return nil, nil, erc7769.New(erc7769.CodeLimitExceeded,
			"%s: too many subscriptions: at most %d live subscriptions per client; unsubscribe or close a connection first", method, lim.max).
			WithData(map[string]any{"limit": lim.max})
	}
	sub := notifier.CreateSubscription()
	go func() {
		<-sub.Err() // unsubscribed, or the connection closed
		lim.release(key)
	}()
	return notifier, sub, nil
}

// subscribeMethod reports a *_subscribe method name.
func subscribeMethod(m string) bool { return strings.HasSuffix(m, "_subscribe") }
