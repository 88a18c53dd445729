package rpc

import (
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// clientLimiters holds one token bucket per client with bounded memory.
//
// A bucket that has refilled to its burst holds no information (a new bucket
// would be identical), so sweeps drop exactly those: eviction never lets a
// client exceed its rate. Sweeps run every sweepEvery, and at most every
// fullSweepEvery when the table is full. When the table is full of active
// clients, new clients share one overflow bucket until room frees up.
type clientLimiters struct {
	limit      rate.Limit
	burst      int
	maxClients int
	now        func() time.Time

	mu        sync.Mutex
	clients   map[string]*rate.Limiter
	overflow  *rate.Limiter
	lastSweep time.Time
}

const (
	sweepEvery     = time.Minute
	fullSweepEvery = time.Second
)

func newClientLimiters(perSecond float64, burst, maxClients int) *clientLimiters {
	return &clientLimiters{
		limit:      rate.Limit(perSecond),
		burst:      burst,
		maxClients: maxClients,
		now:        time.Now,
		clients:    make(map[string]*rate.Limiter),
		overflow:   rate.NewLimiter(rate.Limit(perSecond), burst),
	}
}

// get returns the bucket of a client, creating it if needed.
func (c *clientLimiters) get(key string) *rate.Limiter {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.now()
	if l, ok := c.clients[key]; ok {
		c.maybeSweep(now, false)
		return l
	}
	full := len(c.clients) >= c.maxClients
	c.maybeSweep(now, full)
	if len(c.clients) >= c.maxClients {
		return c.overflow
	}
	l := rate.NewLimiter(c.limit, c.burst)
	c.clients[key] = l
	return l
}

func (c *clientLimiters) maybeSweep(now time.Time, full bool) {
	since := now.Sub(c.lastSweep)
	if since < sweepEvery && (!full || since < fullSweepEvery) {
		return
	}
	c.lastSweep = now
	for k, l := range c.clients {
		if l.TokensAt(now) >= float64(c.burst) {
			delete(c.clients, k)
		}
	}
}

// size returns the number of tracked clients.
func (c *clientLimiters) size() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.clients)
}
