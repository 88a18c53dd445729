package app

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/klaster-dev/klaster/health"
)

// serveReady answers GET /ready: 200 when every chain's node is reachable
// and synced and the store answers, 503 otherwise, with the details.
func (a *App) serveReady(w http.ResponseWriter, r *http.Request) {
	body := struct {
		Ready  bool               `json:"ready"`
		Chains []health.Readiness `json:"chains"`
		Store  struct {
			Kind  string `json:"kind"`
			OK    bool   `json:"ok"`
			Error string `json:"error,omitempty"`
		} `json:"store"`
	}{Ready: true}
	for _, cs := range a.chains {
		cr := cs.health.Readiness()
		body.Ready = body.Ready && cr.Ready
		body.Chains = append(body.Chains, cr)
	}
	body.Store.Kind, body.Store.OK = "memory", true
	if a.redis != nil {
		body.Store.Kind = "redis"
		ctx, cancel := context.WithTimeout(r.Context(), health.Timeout)
		err := a.redis.Ping(ctx).Err()
		cancel()
		if err != nil {
			body.Store.OK, body.Store.Error = false, err.Error()
			body.Ready = false
		}
	}
	w.Header().Set("Content-Type", "application/json")
	if !body.Ready {
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	json.NewEncoder(w).Encode(body)
}
