package rpc

import (
	"context"
	"net/http"

	"github.com/gorilla/websocket"
)

// timeout puts Options.RequestTimeout on the request context. go-ethereum's
// server reads the deadline: when it passes it cancels the method's context
// and answers -32002 "request timed out" (for a batch, to the calls still
// pending). WebSocket connections are long-lived and get no deadline.
func (s *Server) timeout(next http.Handler) http.Handler {
	d := s.opts.RequestTimeout
	if d <= 0 {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if websocket.IsWebSocketUpgrade(r) {
			next.ServeHTTP(w, r)
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}
