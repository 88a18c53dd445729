package rpc

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/go-chi/chi/v5"
	"github.com/gorilla/websocket"
	"github.com/klaster-dev/klaster/erc7769"
)

// routes builds the router:
//
//	GET  /health          health check (HealthFunc)
//	POST /                root services, WebSocket upgrade on the same path
//	POST /rpc/{chainId}   a chain's services (decimal or 0x-hex), WebSocket too
func (s *Server) routes() chi.Router {
	r := chi.NewRouter()
	if h := s.corsMiddleware(); h != nil {
		r.Use(h)
	}
	r.Get("/health", s.serveHealth)
	r.Group(func(r chi.Router) {
		r.Use(s.trustProxy, s.logRequests, s.rateLimit, s.limitBody, s.timeout)
		r.Handle("/", http.HandlerFunc(s.serveRoot))
		r.Handle("/rpc/{chainId}", http.HandlerFunc(s.serveChain))
	})
	return r
}

func (s *Server) serveRoot(w http.ResponseWriter, r *http.Request) {
	s.mu.RLock()
	ep, stopped := s.root, s.stopped
	s.mu.RUnlock()
	s.serveEndpoint(w, r, ep, stopped)
}

func (s *Server) serveChain(w http.ResponseWriter, r *http.Request) {
	raw := chi.URLParam(r, "chainId")
	id, ok := parseChainID(raw)
	s.mu.RLock()
	ep, stopped := s.chains[id], s.stopped
	s.mu.RUnlock()
	if !ok || ep == nil {
		data := Fields{"chainId": raw}
		if ok {
			data["chainId"] = hexutil.Uint64(id)
		}
		writeError(w, http.StatusNotFound, nil,
			erc7769.New(erc7769.CodeInvalidRequest, "unsupported chain id %s: this node serves chains %v", raw, s.ChainIDs()).WithData(data))
		return
	}
	s.serveEndpoint(w, r, ep, stopped)
}

func (s *Server) serveEndpoint(w http.ResponseWriter, r *http.Request, ep *endpoint, stopped bool) {
	if stopped {
		writeError(w, http.StatusServiceUnavailable, nil, erc7769.New(erc7769.CodeInternal, "server is shutting down"))
		return
	}
	if websocket.IsWebSocketUpgrade(r) {
		ep.ws.ServeHTTP(w, r)
		return
	}
	ep.rpc.ServeHTTP(w, r)
}

// parseChainID reads a chain id in decimal ("1337") or 0x-hex ("0x539").
func parseChainID(s string) (uint64, bool) {
	var (
		id  uint64
		err error
	)
	if hex, ok := strings.CutPrefix(strings.ToLower(s), "0x"); ok {
		id, err = strconv.ParseUint(hex, 16, 64)
	} else {
		id, err = strconv.ParseUint(s, 10, 64)
	}
	return id, err == nil
}
