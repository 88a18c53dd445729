package rpc

import (
	"context"
	"net/http"
	"time"
)

// HealthFunc reports whether the node is healthy, with a JSON-encodable body
// (per the spec: one entry per chain). It should honour ctx.
type HealthFunc func(ctx context.Context) (ok bool, body any)

// defaultHealthTimeout bounds a health check when Options.RequestTimeout is off.
const defaultHealthTimeout = 10 * time.Second

// SetHealthFunc sets the check behind GET /health. Without one, /health
// answers 200 {"status":"ok"}.
func (s *Server) SetHealthFunc(f HealthFunc) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.health = f
}

// serveHealth answers GET /health: 200 when healthy, 503 otherwise, with the
// HealthFunc's body as JSON.
func (s *Server) serveHealth(w http.ResponseWriter, r *http.Request) {
	s.mu.RLock()
	f, stopped := s.health, s.stopped
	s.mu.RUnlock()
	if stopped {
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "stopped"})
		return
	}
	if f == nil {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
		return
	}
	timeout := s.opts.RequestTimeout
	if timeout <= 0 {
		timeout = defaultHealthTimeout
	}
	ctx, cancel := context.WithTimeout(r.Context(), timeout)
	defer cancel()
	ok, body := f(ctx)
	status := http.StatusOK
	if !ok {
		status = http.StatusServiceUnavailable
	}
	writeJSON(w, status, body)
}
