// Package app assembles a klaster process from its configuration: it connects
// to each chain's node, builds the per-chain services, mounts the JSON-RPC
// server and runs them until the context ends.
package app

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/redis/go-redis/v9"
	"github.com/rs/zerolog"

	"github.com/klaster-dev/klaster/admission"
	"github.com/klaster-dev/klaster/chainspec"
	"github.com/klaster-dev/klaster/config"
	"github.com/klaster-dev/klaster/klaster"
	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/metrics"
	"github.com/klaster-dev/klaster/nodeurl"
	"github.com/klaster-dev/klaster/rpc"
	"github.com/klaster-dev/klaster/validation"
)

// Version is klaster's version, reported by web3_clientVersion and
// klaster_getInfo.
var Version = "0.1.0-dev"

// Dialer opens a JSON-RPC connection to a chain's node. The default dials
// the configured URL; --dev connects in process instead.
type Dialer func(ctx context.Context, chain config.Chain) (*gethrpc.Client, error)

// Options are what a process needs beyond its configuration.
type Options struct {
	Logger zerolog.Logger
	Dial   Dialer
	// Listener, when set, is used instead of listening on Config.Listen
	// (tests pass one bound to a free port).
	Listener net.Listener
	// Validation is the ERC-7562 profile the configuration's [validation]
	// table applies to; nil means validation.DefaultConfig (--dev passes
	// validation.DevProfile).
	Validation *validation.Config
	// DevFaults serves debug_klaster_skipInterchainTx (--dev only).
	DevFaults bool
}

// App is a running klaster process.
type App struct {
	cfg     config.Config
	log     zerolog.Logger
	chains  []*chainService
	server  *rpc.Server
	http    *http.Server
	ln      net.Listener
	nodeKey *ecdsa.PrivateKey
	redis   *redis.Client // nil: state in memory
	itx     *klaster.Service
	metrics *metrics.Metrics
	network *network // network.go: witness service and gossip
}

// New connects to every chain and prepares the server. It does not serve yet.
func New(ctx context.Context, cfg config.Config, opts Options) (*App, error) {
	cfg.Normalize()
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if opts.Dial == nil {
		opts.Dial = func(ctx context.Context, c config.Chain) (*gethrpc.Client, error) {
			return nodeurl.Dial(ctx, c.RPCURL) // errors and logs never carry its key
		}
	}
	a := &App{cfg: cfg, log: opts.Logger, metrics: metrics.New()}

	if !cfg.NodeKey.IsZero() {
		key, err := cfg.NodeKey.Key()
		if err != nil {
			return nil, fmt.Errorf("node key: %w", err)
		}
		a.nodeKey = key
	}
	profile := validation.DefaultConfig()
	if opts.Validation != nil {
		profile = *opts.Validation
	}
	shared, err := chainspec.SharedFrom(cfg, profile)
	if err != nil {
		return nil, err
	}
	vcfg := shared.Validation
	chainOpts := chainOptions{
		dial:   opts.Dial,
		shared: shared,
		mempool: mempool.Config{
			SameSenderLimit:            vcfg.SameSenderMempoolCount,
			UnstakedEntityLimit:        vcfg.SameUnstakedEntityMempoolCount,
			ThrottledEntityLimit:       vcfg.ThrottledEntityMempoolCount,
			ThrottledEntityBundleCount: vcfg.ThrottledEntityBundleCount,
			AllowScheduled:             cfg.AllowScheduled,
		},
		admission: admission.Config{AllowScheduled: cfg.AllowScheduled},
		resims:    cfg.ITx.ResimsPerBlock,
		payment:   cfg.Payment,
		metrics:   a.metrics,
		log:       a.log,
	}
	if cfg.RedisURL != "" {
		client, st, err := openRedis(ctx, cfg.RedisURL)
		if err != nil {
			return nil, err
		}
		a.redis = client
		chainOpts.redis = st
	}
	for _, c := range cfg.Chains {
		cs, err := newChainService(ctx, c, chainOpts)
		if err != nil {
			a.closeChains()
			return nil, err
		}
		a.chains = append(a.chains, cs)
	}

	itx, err := a.newITxService()
	if err != nil {
		a.closeChains()
		return nil, err
	}
	a.itx = itx
	if err := itx.RecoverAdmissions(ctx); err != nil { // a crashed process's, before bundling
		a.closeChains()
		return nil, err
	}
	node := a.nodeInfo()
	if err := a.newNetwork(ctx, vcfg.ValidUntilMargin); err != nil {
		a.closeChains()
		return nil, err
	}
	netAPIs := a.network.apis(node, opts.DevFaults)
	a.server = rpc.NewServer(rpc.Options{
		MaxBodyBytes:   cfg.RPC.MaxBodyBytes,
		MaxBatchItems:  cfg.RPC.MaxBatchItems,
		RateLimit:      cfg.RPC.RateLimit,
		RateBurst:      cfg.RPC.RateBurst,
		RequestTimeout: cfg.RPC.RequestTimeout.D(),
		CORSOrigins:    cfg.RPC.CORSOrigins,
		// WebSocket subscription limit (config rpc.max-ws-subscriptions)
		MaxWSSubscriptions: cfg.RPC.MaxWSSubscriptions,
		Logger:             a.log.With().Str("component", "rpc").Logger(),
		Observe:            a.observeRPC,
	})
	for _, cs := range a.chains {
		backends := rpc.ChainBackends{UserOps: cs, ITx: a.itx}
		if cfg.DebugAPI {
			backends.Debug = debugBackend{cs}
		}
		if err := a.server.AddChain(cs.chainID, append(rpc.ChainAPIs(cs.info(), node, backends), netAPIs...)); err != nil {
			a.closeChains()
			return nil, err
		}
	}
	a.server.SetRootAPIs(append(rpc.RootAPIs(node, a.itx), netAPIs...))
	a.server.SetHealthFunc(a.health)
	a.server.Mount("/metrics", a.metrics.Handler())
	a.server.Mount("/ready", http.HandlerFunc(a.serveReady))

	a.ln = opts.Listener
	if a.ln == nil {
		ln, err := net.Listen("tcp", cfg.Listen)
		if err != nil {
			a.closeChains()
			return nil, fmt.Errorf("listen on %s: %w", cfg.Listen, err)
		}
		a.ln = ln
	}
	a.http = a.server.HTTPServer()
	return a, nil
}

// Addr is the address the JSON-RPC server listens on.
func (a *App) Addr() net.Addr { return a.ln.Addr() }

// NodeAddress is the address whose key signs interchain commitments.
func (a *App) NodeAddress() common.Address {
	if a.nodeKey == nil {
		return common.Address{}
	}
	return crypto.PubkeyToAddress(a.nodeKey.PublicKey)
}

func (a *App) nodeInfo() rpc.NodeInfo {
	info := rpc.NodeInfo{Version: Version, Node: a.NodeAddress()}
	for _, cs := range a.chains {
		info.Chains = append(info.Chains, cs.info())
	}
	return info
}

// Run serves until ctx ends, then shuts down gracefully: it stops accepting
// requests, lets running ones finish (up to 10 s) and closes the chains.
func (a *App) Run(ctx context.Context) error {
	chainsCtx, stopChains := context.WithCancel(context.Background())
	var chainsDone sync.WaitGroup
	for _, cs := range a.chains {
		chainsDone.Add(1)
		go func() { defer chainsDone.Done(); cs.run(chainsCtx) }()
	}
	chainsDone.Add(1)
	go func() { defer chainsDone.Done(); a.itx.Run(chainsCtx) }()
	a.network.run(chainsCtx, &chainsDone)
	errc := make(chan error, 1)
	go func() { errc <- a.http.Serve(a.ln) }()
	a.log.Info().Str("addr", a.ln.Addr().String()).Int("chains", len(a.chains)).Msg("klaster serving")

	var err error
	select {
	case <-ctx.Done():
	case err = <-errc:
		if errors.Is(err, http.ErrServerClosed) {
			err = nil
		}
	}
	a.log.Info().Msg("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if serr := a.http.Shutdown(shutdownCtx); serr != nil && err == nil {
		err = fmt.Errorf("http shutdown: %w", serr)
	}
	a.server.Stop()
	stopChains()
	chainsDone.Wait()
	a.closeChains()
	return err
}

func (a *App) closeChains() {
	a.network.close()
	for _, cs := range a.chains {
		cs.close()
	}
	if a.redis != nil {
		a.redis.Close()
	}
}

// health reports each chain's node reachability for GET /health, from the
// node monitors (so it never waits on a dead node).
func (a *App) health(ctx context.Context) (bool, any) {
	type chainHealth struct {
		ChainID uint64 `json:"chainId"`
		OK      bool   `json:"ok"`
		Head    uint64 `json:"head,omitempty"`
		Error   string `json:"error,omitempty"`
	}
	ok := true
	out := make([]chainHealth, len(a.chains))
	for i, cs := range a.chains {
		r := cs.health.Readiness()
		reachable := cs.health.Reachable()
		ok = ok && reachable
		out[i] = chainHealth{ChainID: cs.chainID, OK: reachable, Head: r.Head, Error: r.Error}
	}
	return ok, map[string]any{"ok": ok, "chains": out}
}

// observeRPC records request latency by chain and method.
func (a *App) observeRPC(path string, methods []string, d time.Duration) {
	var chainID uint64
	if id, ok := strings.CutPrefix(path, "/rpc/"); ok {
		chainID, _ = strconv.ParseUint(strings.TrimSuffix(id, "/"), 0, 64)
	} else if len(a.chains) == 1 {
		chainID = a.chains[0].chainID
	}
	c := a.metrics.Chain(chainID)
	for _, m := range methods {
		c.RPCDuration(m, d)
	}
}
