package app

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"sync"
	"time"
)

// Node health per chain: a monitor polls the node; after breakerThreshold
// failures in a row the chain's circuit breaker opens, and sends on that
// chain fail fast instead of waiting on a dead node. One chain's node never
// holds up another chain.
const (
	monitorInterval  = time.Second
	monitorTimeout   = 2 * time.Second
	breakerThreshold = 3
)

// errNodeUnavailable answers requests on a chain whose breaker is open.
var errNodeUnavailable = errors.New("the chain's node is unavailable (circuit breaker open); try again shortly")

// nodeHealth is what the monitor last saw of a chain's node.
type nodeHealth struct {
	mu       sync.Mutex
	failures int
	lastErr  string
	head     uint64
	headAt   time.Time
	syncing  bool
	checked  bool
}

// reachable reports a node that answered the last probe.
func (h *nodeHealth) reachable() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.checked && h.failures == 0
}

func (h *nodeHealth) open() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.failures >= breakerThreshold
}

// monitor polls the node until ctx ends.
func (cs *chainService) monitor(ctx context.Context) {
	t := time.NewTicker(monitorInterval)
	defer t.Stop()
	for {
		cs.probeNode(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (cs *chainService) probeNode(ctx context.Context) {
	cctx, cancel := context.WithTimeout(ctx, monitorTimeout)
	defer cancel()
	head, err := cs.eth.BlockNumber(cctx)
	var syncing bool
	if err == nil {
		var progress any
		if err = cs.rpc.CallContext(cctx, &progress, "eth_syncing"); err == nil {
			syncing = progress != nil && progress != false
		}
	}
	h := &cs.health
	h.mu.Lock()
	defer h.mu.Unlock()
	h.checked = true
	if err != nil {
		if ctx.Err() != nil {
			return
		}
		h.failures++
		h.lastErr = err.Error()
		if h.failures == breakerThreshold {
			cs.log.Warn().Err(err).Msg("chain node unreachable: circuit breaker open")
		}
		return
	}
	if h.failures >= breakerThreshold {
		cs.log.Info().Msg("chain node reachable again: circuit breaker closed")
	}
	h.failures, h.lastErr, h.syncing = 0, "", syncing
	if head != h.head {
		h.head, h.headAt = head, time.Now()
	}
}

// chainReadiness is one chain's part of /ready.
type chainReadiness struct {
	ChainID  uint64  `json:"chainId"`
	Ready    bool    `json:"ready"`
	Breaker  string  `json:"breaker"` // closed or open
	Syncing  bool    `json:"syncing"`
	Head     uint64  `json:"head"`
	HeadAgeS float64 `json:"headAgeSeconds"`
	Error    string  `json:"error,omitempty"`
}

func (cs *chainService) readiness() chainReadiness {
	h := &cs.health
	h.mu.Lock()
	defer h.mu.Unlock()
	r := chainReadiness{ChainID: cs.chainID, Breaker: "closed", Syncing: h.syncing, Head: h.head, Error: h.lastErr}
	if !h.headAt.IsZero() {
		r.HeadAgeS = time.Since(h.headAt).Seconds()
	}
	if h.failures >= breakerThreshold {
		r.Breaker = "open"
	}
	r.Ready = h.checked && h.failures == 0 && !h.syncing
	return r
}

// serveReady answers GET /ready: 200 when every chain's node is reachable
// and synced and the store answers, 503 otherwise, with the details.
func (a *App) serveReady(w http.ResponseWriter, r *http.Request) {
	body := struct {
		Ready  bool             `json:"ready"`
		Chains []chainReadiness `json:"chains"`
		Store  struct {
			Kind  string `json:"kind"`
			OK    bool   `json:"ok"`
			Error string `json:"error,omitempty"`
		} `json:"store"`
	}{Ready: true}
	for _, cs := range a.chains {
		cr := cs.readiness()
		body.Ready = body.Ready && cr.Ready
		body.Chains = append(body.Chains, cr)
	}
	body.Store.Kind, body.Store.OK = "memory", true
	if a.redis != nil {
		body.Store.Kind = "redis"
		ctx, cancel := context.WithTimeout(r.Context(), monitorTimeout)
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
