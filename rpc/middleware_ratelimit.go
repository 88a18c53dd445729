package rpc

import (
	"math"
	"net/http"
	"strconv"

	"github.com/klaster-dev/klaster/erc7769"
)

// rateLimit takes one token from the client's bucket, or answers HTTP 429
// with a JSON-RPC error -32005 "rate limit exceeded". limitBody charges the
// other calls of a batch. A WebSocket upgrade costs one token, and so does
// every message on an open WebSocket (wsConn, ws_conn.go).
func (s *Server) rateLimit(next http.Handler) http.Handler {
	if s.limiters == nil {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		l := s.limiters.get(clientKey(r, s.opts.TrustProxyHeaders))
		infoFrom(r).limiter = l
		if !l.Allow() {
			s.writeRateLimited(w)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// writeRateLimited answers 429, with Retry-After set to the time one token
// takes to refill.
func (s *Server) writeRateLimited(w http.ResponseWriter) {
	retry := int(math.Ceil(1 / s.opts.RateLimit))
	w.Header().Set("Retry-After", strconv.Itoa(max(1, retry)))
	writeError(w, http.StatusTooManyRequests, nil, erc7769.New(erc7769.CodeLimitExceeded, "rate limit exceeded").
		WithData(Fields{"limit": s.opts.RateLimit, "burst": s.opts.RateBurst}))
}
