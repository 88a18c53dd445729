package rpc

import (
	"fmt"
	"net/http"
	"slices"
	"sync"

	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/go-chi/chi/v5"
	"github.com/rs/zerolog"
)

// Server is klaster's JSON-RPC transport: a chi router in front of one
// go-ethereum rpc server per chain and one for the root path.
//
// Configure it (AddChain, SetRootAPIs, SetHealthFunc, Mount) before serving:
// changing the root services rebuilds the root rpc server, which drops its
// WebSocket connections.
type Server struct {
	opts     Options
	log      zerolog.Logger
	router   chi.Router
	limiters *clientLimiters // nil when rate limiting is off
	subs     *subLimiter     // nil when WebSocket subscriptions are unlimited

	mu       sync.RWMutex
	chains   map[uint64]*endpoint
	order    []uint64 // chain ids in the order they were added
	rootAPIs []gethrpc.API
	root     *endpoint
	health   HealthFunc
	stopped  bool
}

// endpoint is one go-ethereum rpc server with its HTTP and WebSocket handlers.
type endpoint struct {
	rpc  *gethrpc.Server
	ws   http.Handler
	apis []gethrpc.API
}

// NewServer returns a server with no chains; see Options for the defaults
// applied to zero fields.
func NewServer(opts Options) *Server {
	opts = opts.withDefaults()
	s := &Server{
		opts:   opts,
		log:    opts.Logger,
		chains: make(map[uint64]*endpoint),
	}
	if opts.RateLimit > 0 {
		s.limiters = newClientLimiters(opts.RateLimit, opts.RateBurst, opts.RateLimitMaxClients)
	}
	if opts.MaxWSSubscriptions > 0 {
		s.subs = newSubLimiter(opts.MaxWSSubscriptions)
	}
	s.root = s.newEndpoint(nil) // serves rpc_modules until configured
	s.router = s.routes()
	return s
}

// AddChain registers a chain's services, served at /rpc/{chainId}.
func (s *Server) AddChain(chainID uint64, apis []gethrpc.API) error {
	ep, err := s.buildEndpoint(apis)
	if err != nil {
		return fmt.Errorf("chain %d: %w", chainID, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopped {
		ep.rpc.Stop()
		return fmt.Errorf("chain %d: server stopped", chainID)
	}
	if _, dup := s.chains[chainID]; dup {
		ep.rpc.Stop()
		return fmt.Errorf("chain %d: already added", chainID)
	}
	s.chains[chainID] = ep
	s.order = append(s.order, chainID)
	return s.rebuildRootLocked()
}

// SetRootAPIs sets the services served at / (the klaster namespace). When
// exactly one chain is added, / serves that chain's services as well.
func (s *Server) SetRootAPIs(apis []gethrpc.API) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.rootAPIs = slices.Clone(apis)
	return s.rebuildRootLocked()
}

// ChainIDs returns the added chains in the order they were added.
func (s *Server) ChainIDs() []uint64 {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return slices.Clone(s.order)
}

// Handler returns the HTTP handler serving every route.
func (s *Server) Handler() http.Handler { return s.router }

// HTTPServer returns an http.Server for Handler with the read, header and
// idle timeouts (see DefaultReadTimeout).
func (s *Server) HTTPServer() *http.Server {
	return &http.Server{Handler: s.router, ReadHeaderTimeout: DefaultReadHeaderTimeout, ReadTimeout: DefaultReadTimeout, IdleTimeout: DefaultIdleTimeout}
}

// Mount attaches h at pattern (and below it), e.g. Mount("/metrics", h).
// Like chi's Mount it panics when the pattern is taken. Call it before
// serving.
func (s *Server) Mount(pattern string, h http.Handler) { s.router.Mount(pattern, h) }

// Stop stops every rpc server, which closes WebSocket connections and their
// subscriptions. Later requests get 503.
func (s *Server) Stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopped {
		return
	}
	s.stopped = true
	for _, ep := range s.chains {
		ep.rpc.Stop()
	}
	s.root.rpc.Stop()
}

// rebuildRootLocked replaces the root rpc server: the root APIs, plus the
// chain's APIs when there is exactly one chain. Root APIs are registered last,
// so where a method exists in both, the root's wins.
func (s *Server) rebuildRootLocked() error {
	if s.stopped {
		return fmt.Errorf("server stopped")
	}
	var apis []gethrpc.API
	if len(s.order) == 1 {
		apis = append(apis, s.chains[s.order[0]].apis...)
	}
	apis = append(apis, s.rootAPIs...)
	ep, err := s.buildEndpoint(apis)
	if err != nil {
		return fmt.Errorf("root: %w", err)
	}
	old := s.root
	s.root = ep
	old.rpc.Stop()
	return nil
}

func (s *Server) buildEndpoint(apis []gethrpc.API) (*endpoint, error) {
	ep := s.newEndpoint(apis)
	for _, api := range apis {
		if api.Namespace == "" || api.Service == nil {
			ep.rpc.Stop()
			return nil, fmt.Errorf("api %+v: namespace and service are required", api)
		}
		if l, ok := api.Service.(subscriptionLimited); ok && s.subs != nil {
			l.limitSubscriptions(s.subs)
		}
		if err := ep.rpc.RegisterName(api.Namespace, api.Service); err != nil {
			ep.rpc.Stop()
			return nil, fmt.Errorf("register %s: %w", api.Namespace, err)
		}
	}
	return ep, nil
}

func (s *Server) newEndpoint(apis []gethrpc.API) *endpoint {
	srv := gethrpc.NewServer()
	srv.SetHTTPBodyLimit(s.opts.MaxBodyBytes)
	srv.SetWebsocketReadLimit(int64(s.opts.MaxBodyBytes))
	srv.SetBatchLimits(s.opts.MaxBatchItems, s.opts.MaxBatchResponseBytes)
	return &endpoint{
		rpc:  srv,
		ws:   s.wsHandler(srv),
		apis: slices.Clone(apis),
	}
}
