package app

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/rs/zerolog"

	"github.com/klaster-dev/klaster/admission"
	"github.com/klaster-dev/klaster/bundler"
	"github.com/klaster-dev/klaster/chainspec"
	"github.com/klaster-dev/klaster/chaintracker"
	"github.com/klaster-dev/klaster/config"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/gas"
	"github.com/klaster-dev/klaster/health"
	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/metrics"
	"github.com/klaster-dev/klaster/payment"
	"github.com/klaster-dev/klaster/receipt"
	"github.com/klaster-dev/klaster/reputation"
	"github.com/klaster-dev/klaster/rpc"
	"github.com/klaster-dev/klaster/store"
	"github.com/klaster-dev/klaster/validation"
)

// chainService holds everything klaster runs for one chain: its mempools
// (one per EntryPoint), validator, reputation, admission, gas estimator,
// bundle builder and receipt lookups.
type chainService struct {
	chainID uint64
	cfg     config.Chain
	payCfg  config.Payment
	spec    *chainspec.Spec // resolved once, when the node's chain id is known
	rpc     *gethrpc.Client
	eth     *ethclient.Client
	log     zerolog.Logger

	validator  *validation.Validator
	reputation *reputation.Manager
	pools      map[common.Address]*mempool.Pool
	admitter   *admission.Admitter
	estimator  atomic.Pointer[gas.Estimator]
	gasPrice   *gas.GasPriceCache // pimlico_/rundler_ gas price methods
	gasCfg     gas.Config
	builder    *bundler.Builder
	metrics    *metrics.Chain
	redis      *store.Redis // nil: state in memory
	index      receipt.Index
	tracker    *chaintracker.Tracker // the chain's canonical blocks and the ops they mined
	lookup     *receipt.Lookup

	health *health.Monitor // the node's reachability and the chain's circuit breaker
}

// chainOptions are process-wide settings a chain needs.
type chainOptions struct {
	dial      Dialer
	shared    chainspec.Shared // validation, precheck and estimator settings
	mempool   mempool.Config
	admission admission.Config
	resims    int // re-simulations of waiting ops per block
	payment   config.Payment
	redis     *store.Redis // nil: state in memory
	metrics   *metrics.Metrics
	log       zerolog.Logger
}

func newChainService(ctx context.Context, c config.Chain, opts chainOptions) (*chainService, error) {
	dctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	client, err := opts.dial(dctx, c)
	if err != nil {
		return nil, fmt.Errorf("chain %d: connect to node: %w", c.ChainID, err)
	}
	ec := ethclient.NewClient(client)
	id, err := ec.ChainID(dctx)
	if err != nil {
		client.Close()
		return nil, fmt.Errorf("chain %d: eth_chainId from node: %w", c.ChainID, err)
	}
	if c.ChainID != 0 && id.Uint64() != c.ChainID {
		client.Close()
		return nil, fmt.Errorf("chain %d: the node at its rpc-url serves chain %d", c.ChainID, id.Uint64())
	}
	c.ChainID = id.Uint64()
	spec, err := chainspec.Resolve(c, opts.shared)
	if err != nil {
		client.Close()
		return nil, err
	}
	cs := &chainService{
		spec:    spec,
		health:  health.New(c.ChainID, client, opts.log.With().Uint64("chain", c.ChainID).Logger()),
		chainID: c.ChainID,
		cfg:     c,
		payCfg:  opts.payment,
		rpc:     client,
		eth:     ec,
		log:     opts.log.With().Uint64("chain", c.ChainID).Logger(),
		gasCfg:  spec.Gas,
		redis:   opts.redis,
		metrics: opts.metrics.Chain(c.ChainID),
	}
	if err := cs.build(dctx, opts); err != nil {
		client.Close()
		return nil, err
	}
	if cs.redis != nil {
		if err := cs.restorePools(dctx); err != nil {
			client.Close()
			return nil, fmt.Errorf("chain %d: %w", c.ChainID, err)
		}
	}
	return cs, nil
}

// build creates the chain's components.
func (cs *chainService) build(ctx context.Context, opts chainOptions) error {
	c := cs.cfg
	vcfg := cs.spec.Validation
	if vcfg.Unsafe {
		cs.log.Warn().Msg("--unsafe: ERC-7562 tracing is OFF for this chain; only use it with trusted senders")
	} else if err := validation.Probe(ctx, cs.rpc); err != nil {
		return fmt.Errorf("chain %d: %w", c.ChainID, err)
	}
	chainID := new(big.Int).SetUint64(c.ChainID)
	var err error
	if cs.validator, err = validation.New(cs.rpc, chainID, vcfg, cs.log); err != nil {
		return fmt.Errorf("chain %d: validator: %w", c.ChainID, err)
	}
	rs := cs.spec.Reputation
	repOpts := []reputation.Option{reputation.WithLists(rs.Allowlist, rs.Blocklist)}
	if cs.redis != nil {
		repOpts = append(repOpts, reputation.WithStore(cs.redis.Reputation(c.ChainID)))
	}
	if cs.reputation, err = reputation.New(rs.Params, repOpts...); err != nil {
		return fmt.Errorf("chain %d: reputation: %w", c.ChainID, err)
	}

	cs.pools = map[common.Address]*mempool.Pool{}
	resims := mempool.NewResimBudget(opts.resims, func() *types.Header { return cs.tracker.Head() })
	var sources []bundler.Source
	for _, d := range cs.spec.EntryPoints.List() {
		ep := d.Address
		mcfg := opts.mempool
		mcfg.ChainID, mcfg.EntryPoint = c.ChainID, ep
		mcfg.Reputation, mcfg.Resims, mcfg.Refresh = reputation.ForMempool(cs.reputation), resims, func(e *mempool.Entry) { cs.admitter.Refresh(e) }
		if cs.redis != nil {
			mcfg.Store = cs.redis.Pool(c.ChainID, ep)
		}
		pool := mempool.New(mcfg)
		cs.pools[ep] = pool
		sources = append(sources, bundler.Source{EntryPoint: ep, Version: d.Version, Pool: pool})
	}

	state := gas.NewCachedState(gas.NodeState{RPC: cs.rpc}, gas.NodeHead(cs.rpc, 0))
	// --- chain settings (config.Chain fee/DA/legacy fields) ---
	da, err := gas.NewDAGasOracle(c.DAOracle, cs.rpc, c.DAOracleAddress)
	if err != nil {
		return fmt.Errorf("chain %d: %w", c.ChainID, err)
	}
	cs.gasCfg.DA = da
	admissionCfg := opts.admission
	admissionCfg.Gas = cs.gasCfg
	admissionCfg.Node = cs.rpc // eth_simulateV1: iTx root signers' entitlement
	admissionCfg.Simulate = func(ctx context.Context, op *entrypoint.UserOperation, ep common.Address) error {
		return cs.estimator.Load().Simulate(ctx, op, ep)
	}
	// --- end chain settings ---
	est := cs.spec.Estimator
	est.DA = da // chain settings
	cs.estimator.Store(&gas.Estimator{Node: cs.rpc, State: state, Config: est, SimulationCode: cs.validator.SimulationCode, ChainID: chainID})
	cs.gasPrice = gas.NewGasPriceCache(cs.rpc, func() gas.FeeConfig { return cs.spec.Fees }, gas.NodeHead(cs.rpc, 0))
	cs.index = receipt.NewMemoryIndex(1_000_000)
	if cs.redis != nil {
		cs.index = cs.redis.Receipts(c.ChainID)
	}
	cs.lookup = receipt.NewLookup(cs.rpc, cs.spec.EntryPoints.Addresses(), cs.index, receipt.DefaultScanBlocks).WithVersions(cs.spec.EntryPoints)
	cs.tracker = chaintracker.New(cs.eth, chaintracker.Config{EntryPoints: cs.spec.EntryPoints.Addresses(), PollInterval: cs.spec.HeadPollInterval()}, cs.log)
	cs.tracker.Subscribe(chaintracker.PoolFeed(cs.pools, cs.index, cs.log))
	cs.lookup.UseHead(cs.tracker.Head)
	cs.health.UseHead(cs.tracker.Head)

	// The admitter keeps first validations for the builder's second one;
	// it notifies the builder, created next.
	cs.admitter = admission.New(c.ChainID, admissionCfg, state, cs.validator, cs.pools, cs.reputation, func() { cs.builder.Notify() }, cs.log)

	signers := make([]*ecdsa.PrivateKey, len(c.SignerKeys))
	for i, s := range c.SignerKeys {
		if signers[i], err = s.Key(); err != nil {
			return fmt.Errorf("chain %d: signer key %d: %w", c.ChainID, i, err)
		}
	}
	if err := bundler.CheckSignerCode(ctx, cs.rpc, c.ChainID, signers, cs.spec.EntryPoints.List()); err != nil {
		return err
	}
	cs.builder, err = bundler.New(bundler.Config{
		ChainID:       c.ChainID,
		Mode:          bundler.Mode(c.Bundling.Mode),
		Interval:      c.Bundling.Interval.D(),
		MaxOpsTrigger: c.Bundling.MaxOps,
		MaxBundleGas:  c.Bundling.MaxBundleGas,
		Signers:       signers,
		Beneficiary:   c.Beneficiary,
		Fees:          cs.spec.BundleFees,
		PollInterval:  cs.spec.HeadPollInterval(),
		Heads:         cs.tracker.Heads(),
		Limits:        bundler.Limits{MaxBundleSize: cs.spec.Validation.MaxBundleSize, MaxBundleContextSize: cs.spec.Validation.MaxBundleContextSize},
	}, cs.rpc, bundler.Deps{
		Sources:     sources,
		Validator:   cs.admitter,
		Reputation:  bundleReputation{cs.reputation},
		Index:       cs.index,
		Conflicts:   cs.admitter.StorageConflict,
		Metrics:     cs.metrics,
		ContextSize: cs.admitter.ContextSize,
	}, cs.log)
	if err != nil {
		return fmt.Errorf("chain %d: %w", c.ChainID, err)
	}
	for ep, p := range cs.pools {
		opts.metrics.RegisterPoolCounter(c.ChainID, ep, statusCounts(p))
	}
	opts.metrics.RegisterReputationCounter(c.ChainID, func() map[string]int {
		out := map[string]int{}
		for _, e := range cs.reputation.Dump() {
			out[e.Status.String()]++
		}
		return out
	})
	return nil
}

// run runs the chain's background work until ctx ends.
func (cs *chainService) run(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Add(4)
	go func() { defer wg.Done(); cs.health.Run(ctx) }()
	go func() { defer wg.Done(); cs.tracker.Run(ctx) }()
	go func() {
		defer wg.Done()
		if cs.redis != nil {
			cs.runShared(ctx)
		} else {
			cs.builder.Run(ctx)
		}
	}()
	go func() { defer wg.Done(); cs.housekeeping(ctx) }()
	if err := payment.RunKeepers(ctx, cs.payCfg, cs.cfg, cs.eth, cs.builder, cs.metrics.PaymasterDeposit, cs.log); err != nil {
		cs.log.Error().Err(err).Msg("paymaster deposits are not kept")
	}
	wg.Wait()
}

// housekeeping prunes old ops and decays reputation.
func (cs *chainService) housekeeping(ctx context.Context) {
	prune := time.NewTicker(time.Minute)
	decay := time.NewTicker(time.Hour)
	defer prune.Stop()
	defer decay.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-prune.C:
			for _, p := range cs.pools {
				if _, err := p.Prune(ctx, now); err != nil {
					cs.log.Warn().Err(err).Msg("prune mempool")
				}
			}
		case <-decay.C:
			cs.reputation.Decay()
		}
	}
}

func (cs *chainService) info() rpc.ChainInfo {
	factories := make(map[common.Address]common.Address, len(cs.cfg.AccountFactories))
	for ep, f := range cs.cfg.AccountFactories {
		factories[common.HexToAddress(ep)] = f
	}
	pay, _ := payment.ChainOf(cs.cfg) // checked at start (newITxService)
	return rpc.ChainInfo{
		Payment:          &pay,
		ChainID:          cs.chainID,
		EntryPoints:      cs.spec.EntryPoints,
		Validator:        cs.cfg.Validator,
		StakeManager:     cs.cfg.StakeManager,
		EIP7702Account:   cs.cfg.EIP7702Account,
		AccountFactories: factories,
	}
}

func (cs *chainService) close() { cs.rpc.Close() }

// statusCounts reports a pool's ops by status for the metrics.
func statusCounts(p *mempool.Pool) func() map[string]int {
	return func() map[string]int {
		out := map[string]int{}
		for st, n := range p.Counts() {
			out[st.String()] = n
		}
		return out
	}
}

// --- chain settings (config.Chain: fees, legacy, EIP-7702, block time) ---

// checkEIP7702 refuses EIP-7702 ops on chains configured with eip7702 = false.
func (cs *chainService) checkEIP7702(op *entrypoint.UserOperation) error {
	return gas.CheckEIP7702Enabled(op, cs.cfg.EIP7702Enabled(), cs.chainID)
}
