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
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/redis/go-redis/v9"
	"github.com/rs/zerolog"

	"github.com/klaster-dev/klaster/chainspec"
	"github.com/klaster-dev/klaster/config"
	"github.com/klaster-dev/klaster/gossip"
	"github.com/klaster-dev/klaster/health"
	"github.com/klaster-dev/klaster/klaster"
	"github.com/klaster-dev/klaster/metrics"
	"github.com/klaster-dev/klaster/nodeurl"
	"github.com/klaster-dev/klaster/payment"
	"github.com/klaster-dev/klaster/rpc"
	"github.com/klaster-dev/klaster/store"
	"github.com/klaster-dev/klaster/validation"
	"github.com/klaster-dev/klaster/witness"
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
	network *witness.Network // the witness service and gossip
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
	chainOpts := chainOptions{
		dial:    opts.Dial,
		shared:  shared,
		resims:  cfg.ITx.ResimsPerBlock,
		payment: cfg.Payment,
		metrics: a.metrics,
		log:     a.log,
	}
	if cfg.RedisURL != "" {
		client, st, err := store.Open(ctx, cfg.RedisURL)
		if err != nil {
			return nil, err
		}
		a.redis = client
		chainOpts.redis = st
	}
	var chainIDs []uint64
	var monitors health.Chains
	for _, c := range cfg.Chains {
		cs, err := newChainService(ctx, c, chainOpts)
		if err != nil {
			a.closeChains()
			return nil, err
		}
		a.chains = append(a.chains, cs)
		chainIDs, monitors = append(chainIDs, cs.spec.ChainID), append(monitors, cs.health)
	}

	if err := a.newITx(ctx, shared.Validation.ValidUntilMargin); err != nil {
		a.closeChains()
		return nil, err
	}
	node := a.nodeInfo()
	var skip rpc.SkipBackend // debug_klaster_skipInterchainTx
	if opts.DevFaults {
		skip = a.itx
	}
	netAPIs := rpc.WitnessAPIs(node, a.network.Service(), skip)
	a.server = rpc.NewServer(rpc.Options{
		MaxBodyBytes:   cfg.RPC.MaxBodyBytes,
		MaxBatchItems:  cfg.RPC.MaxBatchItems,
		RateLimit:      cfg.RPC.RateLimit,
		RateBurst:      cfg.RPC.RateBurst,
		RequestTimeout: cfg.RPC.RequestTimeout.D(),
		CORSOrigins:    cfg.RPC.CORSOrigins,
		// WebSocket subscription limit (config rpc.max-ws-subscriptions)
		MaxWSSubscriptions: cfg.RPC.MaxWSSubscriptions,
		TrustProxyHeaders:  cfg.RPC.TrustProxyHeaders,
		Logger:             a.log.With().Str("component", "rpc").Logger(),
		Observe:            a.metrics.ObserveRPC(chainIDs),
	})
	for _, cs := range a.chains {
		backends := cs.rpcParts.Backends(a.itx, cfg.DebugAPI)
		if err := a.server.AddChain(cs.spec.ChainID, append(rpc.ChainAPIs(cs.info(), node, backends), netAPIs...)); err != nil {
			a.closeChains()
			return nil, err
		}
	}
	a.server.SetRootAPIs(append(rpc.RootAPIs(node, a.itx), netAPIs...))
	a.server.SetHealthFunc(monitors.Report)
	a.server.Mount("/metrics", a.metrics.Handler())
	a.server.Mount("/ready", monitors.Ready(store.Ping(a.redis)))

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
	runs := []func(context.Context){a.itx.Run, a.network.Run}
	for _, cs := range a.chains {
		runs = append(runs, cs.run)
	}
	for _, run := range runs {
		chainsDone.Add(1)
		go func() { defer chainsDone.Done(); run(chainsCtx) }()
	}
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
	a.network.Close()
	for _, cs := range a.chains {
		cs.rpc.Close()
	}
	if a.redis != nil {
		a.redis.Close()
	}
}

// newITx builds the interchain service over every chain, and the node's
// part in the network over it (margin: the validUntil margin, seconds).
// Its records live in Redis when the process has --redis-url.
func (a *App) newITx(ctx context.Context, margin uint64) error {
	chains := make([]klaster.Chain, len(a.chains))
	netChains := make([]witness.NetworkChain, len(a.chains))
	for i, cs := range a.chains {
		chains[i] = cs.itxParts
		netChains[i] = witness.NetworkChain{ChainID: cs.spec.ChainID, Node: cs.rpc, StakeManager: cs.spec.StakeManager, Latest: cs.tracker.Latest}
	}
	var records klaster.Records
	if a.redis != nil {
		records = klaster.NewRedisRecords(a.redis, "klaster")
	}
	callers := map[uint64]payment.Caller{}
	for _, cs := range a.chains {
		callers[cs.spec.ChainID] = ethclient.NewClient(cs.rpc)
	}
	pay, err := payment.FromConfig(a.cfg, callers)
	if err != nil {
		return err
	}
	itx, err := klaster.New(klaster.Config{NodeKey: a.nodeKey, Records: records, Logger: a.log, Payment: pay,
		MaxWaitingPerSigner: a.cfg.ITx.MaxWaitingPerSigner, MaxWaiting: a.cfg.ITx.MaxWaiting}, chains)
	if err != nil {
		return fmt.Errorf("interchain service: %w", err)
	}
	a.itx = itx
	if err := itx.RecoverAdmissions(ctx); err != nil { // a crashed process's, before bundling
		return err
	}
	p2p := a.cfg.P2P
	a.network, err = witness.StartNetwork(ctx, witness.NetworkConfig{Witness: a.cfg.Witness, Chains: netChains, Redis: a.redis,
		Key: a.nodeKey, ITx: itx, Gossip: gossip.Config{Listen: p2p.Listen, Peers: p2p.Peers, KeyFile: p2p.KeyFile},
		Margin: margin, Logger: a.log})
	return err
}

// P2PAddrs are the node's gossip multiaddrs (nil: gossip off).
func (a *App) P2PAddrs() []string { return a.network.P2PAddrs() }
