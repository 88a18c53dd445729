package health

import (
	"context"
	"encoding/json"
	"net/http"
)

// Chains are the monitors of every chain of a process, for /health and
// /ready.
type Chains []*Monitor

// Report answers GET /health: each chain's node reachability, from the
// last probes (so it never waits on a dead node).
func (cs Chains) Report(context.Context) (bool, any) {
	type chainHealth struct {
		ChainID uint64 `json:"chainId"`
		OK      bool   `json:"ok"`
		Head    uint64 `json:"head,omitempty"`
		Error   string `json:"error,omitempty"`
	}
	ok := true
	out := make([]chainHealth, len(cs))
	for i, m := range cs {
		r := m.Readiness()
		reachable := m.Reachable()
		ok = ok && reachable
		out[i] = chainHealth{ChainID: r.ChainID, OK: reachable, Head: r.Head, Error: r.Error}
	}
	return ok, map[string]any{"ok": ok, "chains": out}
}

// Ready answers GET /ready: 200 when every chain's node is reachable and
// synced and the store answers, 503 otherwise, with the details. ping is
// the store's check; nil means the state lives in memory.
func (cs Chains) Ready(ping func(context.Context) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body := struct {
			Ready  bool        `json:"ready"`
			Chains []Readiness `json:"chains"`
			Store  struct {
				Kind  string `json:"kind"`
				OK    bool   `json:"ok"`
				Error string `json:"error,omitempty"`
			} `json:"store"`
		}{Ready: true}
		for _, m := range cs {
			cr := m.Readiness()
			body.Ready = body.Ready && cr.Ready
			body.Chains = append(body.Chains, cr)
		}
		body.Store.Kind, body.Store.OK = "memory", true
		if ping != nil {
			body.Store.Kind = "redis"
			ctx, cancel := context.WithTimeout(r.Context(), Timeout)
			err := ping(ctx)
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
	})
}
