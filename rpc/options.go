package rpc

import (
	"time"

	"github.com/rs/zerolog"
)

// Default limits, used by DefaultOptions and for zero-valued Options fields.
const (
	// DefaultMaxBodyBytes caps an HTTP request body and a WebSocket message.
	// 1 MiB holds a batch of 100 large user operations; go-ethereum's own
	// default is 5 MiB.
	DefaultMaxBodyBytes = 1 << 20
	// DefaultMaxBatchItems caps the number of calls in one batch.
	DefaultMaxBatchItems = 100
	// DefaultMaxBatchResponseBytes caps the summed size of a batch's
	// responses (go-ethereum's node default).
	DefaultMaxBatchResponseBytes = 25 << 20
	// DefaultRateLimit is the sustained requests/s allowed per client.
	DefaultRateLimit = 50
	// DefaultRateBurst is the number of requests a client may send at once.
	DefaultRateBurst = 100
	// DefaultRateLimitMaxClients bounds the number of clients tracked by the
	// rate limiter (about 200 bytes each).
	DefaultRateLimitMaxClients = 100_000
	// DefaultRequestTimeout bounds the time spent on one HTTP request,
	// including a whole batch. Gas estimation against a slow node is the
	// slowest expected call.
	DefaultRequestTimeout = 30 * time.Second
	// DefaultReadHeaderTimeout, DefaultReadTimeout and DefaultIdleTimeout
	// bound the HTTP server's reads (a slow-loris client holds a connection
	// at most this long) and keep-alive connections left idle. A WebSocket
	// clears them on upgrade; its pings keep it alive instead.
	DefaultReadHeaderTimeout = 10 * time.Second
	DefaultReadTimeout       = 30 * time.Second
	DefaultIdleTimeout       = 120 * time.Second
	// DefaultMaxWSSubscriptions caps the live subscriptions of one client
	// (see ws_subscriptions.go).
	DefaultMaxWSSubscriptions = 100
)

// Options configures the transport. Start from DefaultOptions.
type Options struct {
	// MaxBodyBytes caps the HTTP request body and the WebSocket message size.
	// Zero or less means DefaultMaxBodyBytes.
	MaxBodyBytes int
	// MaxBatchItems caps the number of calls in one batch.
	// Zero or less means DefaultMaxBatchItems.
	MaxBatchItems int
	// MaxBatchResponseBytes caps the summed response size of a batch.
	// Zero or less means DefaultMaxBatchResponseBytes.
	MaxBatchResponseBytes int
	// RateLimit is the sustained requests/s allowed per client IP; 0 turns
	// rate limiting off. Each call of a batch counts as one request.
	RateLimit float64
	// RateBurst is the token bucket size per client. Zero or less means
	// max(1, RateLimit).
	RateBurst int
	// RateLimitMaxClients bounds the memory of the rate limiter. Clients
	// beyond it share one bucket until idle clients are evicted.
	// Zero or less means DefaultRateLimitMaxClients.
	RateLimitMaxClients int
	// TrustProxyHeaders makes the server take the client from X-Real-IP or
	// the last X-Forwarded-For entry instead of the TCP peer: the request's
	// RemoteAddr is set to it, so the rate limiter, the logs and the
	// per-client WebSocket subscription limit (through go-ethereum's
	// PeerInfo) all see the real client. Enable it only behind a reverse
	// proxy that sets these headers (--rpc.trust-proxy-headers).
	TrustProxyHeaders bool
	// RequestTimeout bounds one HTTP request (a batch as a whole). Zero or
	// less means no timeout. It does not apply to WebSocket messages.
	RequestTimeout time.Duration
	// CORSOrigins lists the origins allowed to call from a browser, over
	// HTTP (CORS) and WebSocket (Origin check). "*" allows any origin.
	// Empty means no CORS headers, and WebSocket upgrades that carry an
	// Origin header are accepted only from http://localhost.
	CORSOrigins []string
	// MaxWSSubscriptions caps the live subscriptions (*_subscribe) of one
	// client IP over all its WebSocket connections; the next one gets
	// -32005. Zero means DefaultMaxWSSubscriptions, negative unlimited.
	MaxWSSubscriptions int
	// Logger receives one debug line per request. The zero Logger is silent.
	Logger zerolog.Logger

	// Observe, when set, is called after each HTTP request with its path,
	// its method names and its duration (metrics).
	Observe func(path string, methods []string, d time.Duration)
}

// DefaultOptions returns production defaults: 1 MiB bodies, batches of at
// most 100 calls and 25 MiB of responses, 50 requests/s per client with a
// burst of 100, a 30 s request timeout, no CORS origins and a silent logger.
func DefaultOptions() Options {
	return Options{
		MaxBodyBytes:          DefaultMaxBodyBytes,
		MaxBatchItems:         DefaultMaxBatchItems,
		MaxBatchResponseBytes: DefaultMaxBatchResponseBytes,
		RateLimit:             DefaultRateLimit,
		RateBurst:             DefaultRateBurst,
		RateLimitMaxClients:   DefaultRateLimitMaxClients,
		RequestTimeout:        DefaultRequestTimeout,
		MaxWSSubscriptions:    DefaultMaxWSSubscriptions,
		Logger:                zerolog.Nop(),
	}
}

// withDefaults fills zero-valued limits.
func (o Options) withDefaults() Options {
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if o.MaxBatchItems <= 0 {
		o.MaxBatchItems = DefaultMaxBatchItems
	}
	if o.MaxBatchResponseBytes <= 0 {
		o.MaxBatchResponseBytes = DefaultMaxBatchResponseBytes
	}
	if o.RateLimit < 0 {
		o.RateLimit = 0
	}
	if o.RateBurst <= 0 {
		o.RateBurst = max(1, int(o.RateLimit))
	}
	if o.MaxWSSubscriptions == 0 {
		o.MaxWSSubscriptions = DefaultMaxWSSubscriptions
	}
	if o.RateLimitMaxClients <= 0 {
		o.RateLimitMaxClients = DefaultRateLimitMaxClients
	}
	return o
}
