package app

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/rs/zerolog"

	"github.com/klaster-dev/klaster/admission"
	"github.com/klaster-dev/klaster/bundler"
	"github.com/klaster-dev/klaster/chainspec"
	"github.com/klaster-dev/klaster/chaintracker"
	"github.com/klaster-dev/klaster/config"
	"github.com/klaster-dev/klaster/gas"
	"github.com/klaster-dev/klaster/health"
	"github.com/klaster-dev/klaster/klaster"
	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/metrics"
	"github.com/klaster-dev/klaster/payment"
	"github.com/klaster-dev/klaster/receipt"
	"github.com/klaster-dev/klaster/reputation"
	"github.com/klaster-dev/klaster/rpc"
	"github.com/klaster-dev/klaster/store"
	"github.com/klaster-dev/klaster/validation"
)

// chainService is one chain's parts, built from its chain spec.
type chainService struct {
	spec *chainspec.Spec // resolved once, when the node's chain id is known
	rpc  *gethrpc.Client
	log  zerolog.Logger
	cfg  config.Chain   // as configured (payment: paymasters, tokens)
	pay  config.Payment // the deposit keeper's bounds
	met  *metrics.Chain

	validator  *validation.Validator
	reputation *reputation.Manager
	pools      mempool.Pools
	admitter   *admission.Admitter
	builder    *bundler.Builder
	redis      *store.Redis // nil: state in memory
	tracker    *chaintracker.Tracker
	lookup     *receipt.Lookup
	health     *health.Monitor
	rpcParts   *rpc.Chain
	itxParts   *klaster.ChainParts[*admission.Leaf]
}

// chainOptions are process-wide settings a chain needs.
type chainOptions struct {
	dial    Dialer
	shared  chainspec.Shared // validation, precheck and estimator settings
	resims  int              // re-simulations of waiting ops per block
	payment config.Payment
	redis   *store.Redis // nil: state in memory
	metrics *metrics.Metrics
	log     zerolog.Logger
}

func newChainService(ctx context.Context, c config.Chain, opts chainOptions) (*chainService, error) {
	dctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	client, err := opts.dial(dctx, c)
	if err != nil {
		return nil, fmt.Errorf("chain %d: connect to node: %w", c.ChainID, err)
	}
	cs := &chainService{rpc: client, redis: opts.redis, cfg: c, pay: opts.payment, met: opts.metrics.Chain(c.ChainID)}
	if err := cs.build(dctx, c, opts); err != nil {
		client.Close()
		return nil, err
	}
	return cs, nil
}

// build resolves the chain's spec and creates its parts.
func (cs *chainService) build(ctx context.Context, c config.Chain, opts chainOptions) error {
	id, err := ethclient.NewClient(cs.rpc).ChainID(ctx)
	if err != nil {
		return fmt.Errorf("chain %d: eth_chainId from node: %w", c.ChainID, err)
	}
	if c.ChainID != 0 && id.Uint64() != c.ChainID {
		return fmt.Errorf("chain %d: the node at its rpc-url serves chain %d", c.ChainID, id.Uint64())
	}
	c.ChainID = id.Uint64()
	if cs.spec, err = chainspec.Resolve(c, opts.shared); err != nil {
		return err
	}
	cs.log = opts.log.With().Uint64("chain", c.ChainID).Logger()
	cs.health = health.New(c.ChainID, cs.rpc, cs.log)
	if err := cs.spec.ResolveSimulationCode(ctx, cs.rpc.CallContext, cs.log); err != nil {
		return fmt.Errorf("chain %d: %w", c.ChainID, err)
	}
	vcfg := cs.spec.Validation
	if vcfg.Unsafe {
		cs.log.Warn().Msg("--unsafe: ERC-7562 tracing is OFF for this chain; only use it with trusted senders")
	} else if err := validation.Probe(ctx, cs.rpc); err != nil {
		return fmt.Errorf("chain %d: %w", c.ChainID, err)
	}
	// The chain tracker is the one reader of the chain's heads.
	cs.tracker = chaintracker.New(ethclient.NewClient(cs.rpc), chaintracker.Config{EntryPoints: cs.spec.EntryPoints.Addresses(), PollInterval: cs.spec.HeadPollInterval()}, cs.log)
	chainID := new(big.Int).SetUint64(c.ChainID)
	if cs.validator, err = validation.New(cs.rpc, chainID, vcfg, cs.log); err != nil {
		return fmt.Errorf("chain %d: validator: %w", c.ChainID, err)
	}
	cs.validator.UseHead(cs.tracker.Latest)
	rs := cs.spec.Reputation
	repOpts := []reputation.Option{reputation.WithLists(rs.Allowlist, rs.Blocklist)}
	if cs.redis != nil {
		repOpts = append(repOpts, reputation.WithStore(cs.redis.Reputation(c.ChainID)))
	}
	if cs.reputation, err = reputation.New(rs.Params, repOpts...); err != nil {
		return fmt.Errorf("chain %d: reputation: %w", c.ChainID, err)
	}

	cs.pools = mempool.Pools{}
	resims := mempool.NewResimBudget(opts.resims, cs.tracker.Head)
	var sources []bundler.Source
	for _, d := range cs.spec.EntryPoints.List() {
		mcfg := cs.spec.Mempool(d.Address)
		mcfg.Reputation, mcfg.Resims, mcfg.Refresh = reputation.ForMempool(cs.reputation), resims, func(e *mempool.Entry) { cs.admitter.Refresh(e) }
		if cs.redis != nil {
			mcfg.Store = cs.redis.Pool(c.ChainID, d.Address)
		}
		cs.pools[d.Address] = mempool.New(mcfg)
		sources = append(sources, bundler.Source{EntryPoint: d.Address, Version: d.Version, Pool: cs.pools[d.Address]})
	}

	state := gas.NewCachedState(gas.NodeState{RPC: cs.rpc, Head: cs.tracker.Latest}, cs.tracker.HeadNumber)
	da, err := gas.NewDAGasOracle(c.DAOracle, cs.rpc, c.DAOracleAddress)
	if err != nil {
		return fmt.Errorf("chain %d: %w", c.ChainID, err)
	}
	est := cs.spec.Estimator
	est.DA = da
	admissionCfg := admission.Config{AllowScheduled: cs.spec.AllowScheduled, Gas: cs.spec.Gas}
	admissionCfg.Gas.DA = da
	admissionCfg.Node = cs.rpc // eth_simulateV1: iTx root signers' entitlement
	admissionCfg.Estimator = &gas.Estimator{Node: cs.rpc, State: state, Config: est, ChainID: chainID}
	admissionCfg.Policy = cs.spec.CheckEIP7702
	admissionCfg.Unavailable = cs.health.Unavailable
	admissionCfg.Metrics = opts.metrics.Chain(c.ChainID)
	var index receipt.Index = receipt.NewMemoryIndex(1_000_000)
	if cs.redis != nil {
		index = cs.redis.Receipts(c.ChainID)
	}
	cs.lookup = receipt.NewLookup(cs.rpc, cs.spec.EntryPoints.Addresses(), index, receipt.DefaultScanBlocks).WithVersions(cs.spec.EntryPoints)
	cs.tracker.Subscribe(chaintracker.PoolFeed(cs.pools, index, cs.log))
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
		Latest:        cs.tracker.Latest,
		Limits:        bundler.Limits{MaxBundleSize: vcfg.MaxBundleSize, MaxBundleContextSize: vcfg.MaxBundleContextSize},
	}, cs.rpc, bundler.Deps{
		Sources:     sources,
		Validator:   cs.admitter,
		Reputation:  reputation.ForBundler(cs.reputation),
		Index:       index,
		Conflicts:   cs.admitter.StorageConflict,
		Metrics:     opts.metrics.Chain(c.ChainID),
		ContextSize: cs.admitter.ContextSize,
	}, cs.log)
	if err != nil {
		return fmt.Errorf("chain %d: %w", c.ChainID, err)
	}
	for ep, p := range cs.pools {
		opts.metrics.RegisterPoolCounter(c.ChainID, ep, p.StatusCounts)
		opts.metrics.RegisterValidationFacts(c.ChainID, ep, p.FactsCounts)
	}
	opts.metrics.RegisterReputationCounter(c.ChainID, cs.reputation.StatusCounts)
	cs.rpcParts = &rpc.Chain{Admission: cs.admitter, Pools: cs.pools, Receipts: cs.lookup, Bundler: cs.builder, Reputation: cs.reputation,
		GasPrices: gas.NewGasPriceCache(cs.rpc, func() gas.FeeConfig { return cs.spec.Fees }, cs.tracker.HeadNumber), Stake: cs.validator.StakeStatus}
	cs.itxParts = &klaster.ChainParts[*admission.Leaf]{ID: c.ChainID, Served: cs.spec.EntryPoints, Node: cs.rpc, Fees: cs.spec.Fees,
		Admission: cs.admitter, Mempools: cs.pools, Receipts: cs.lookup, Delegate: cs.spec.EIP7702Account}
	if cs.redis != nil {
		if err := store.RestorePools(ctx, cs.pools, cs.lookup.Receipt, cs.log); err != nil {
			return fmt.Errorf("chain %d: %w", c.ChainID, err)
		}
	}
	if _, err := cs.tracker.Poll(ctx); err != nil { // every part has a head from the start
		return fmt.Errorf("chain %d: %w", c.ChainID, err)
	}
	return nil
}

// run runs the chain's background work until ctx ends: the node probe, the
// chain tracker, the bundle builder (under the chain's lease when processes
// share Redis), pruning, reputation decay and the paymaster deposits.
func (cs *chainService) run(ctx context.Context) {
	build := func(ctx context.Context) { cs.builder.Run(ctx) }
	if cs.redis != nil {
		build = func(ctx context.Context) {
			cs.redis.RunShared(ctx, cs.spec.ChainID, cs.pools, func(ctx context.Context) { cs.builder.Run(ctx) }, cs.log)
		}
	}
	var wg sync.WaitGroup
	for _, f := range []func(context.Context){cs.health.Run, cs.tracker.Run, build,
		func(ctx context.Context) { cs.pools.RunPrune(ctx, time.Minute, cs.log) },
		func(ctx context.Context) { cs.reputation.RunDecay(ctx, time.Hour) }} {
		wg.Add(1)
		go func() { defer wg.Done(); f(ctx) }()
	}
	// The paymaster deposit keepers run on their own goroutines.
	if err := payment.RunKeepers(ctx, cs.pay, cs.cfg, ethclient.NewClient(cs.rpc), cs.builder, cs.met.PaymasterDeposit, cs.log); err != nil {
		cs.log.Error().Err(err).Msg("paymaster deposits are not kept")
	}
	wg.Wait()
}

func (cs *chainService) info() rpc.ChainInfo {
	s := cs.spec
	pay, _ := payment.ChainOf(cs.cfg) // checked at start (newITx)
	return rpc.ChainInfo{ChainID: s.ChainID, EntryPoints: s.EntryPoints, Validator: s.Validator, StakeManager: s.StakeManager,
		EIP7702Account: s.EIP7702Account, AccountFactories: s.AccountFactories, Payment: &pay}
}
