package bundler

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/rs/zerolog"
)

// Builder builds and sends the bundles of one chain.
type Builder struct {
	cfg     Config
	deps    Deps
	eth     *ethclient.Client
	chainID *big.Int
	signer  types.Signer
	abi     *abi.ABI
	log     zerolog.Logger

	mode    atomic.Value // Mode
	trigger chan struct{}
	manual  chan chan BundleResult
	plain   chan plainTx

	// sent records the bundles in inflight by their first transaction hash
	// (the one their ops were marked Submitted with), for readers outside
	// the loop: common.Hash -> SentBundle.
	sent sync.Map

	// Owned by the loop goroutine.
	signers  []*signer
	inflight []*bundleTx
	head     *types.Header
	lastAuto time.Time
}

// New creates a chain's Builder. Call Run to start it.
func New(cfg Config, client *gethrpc.Client, deps Deps, log zerolog.Logger) (*Builder, error) {
	cfg = cfg.withDefaults()
	if len(cfg.Signers) == 0 {
		return nil, errors.New("bundler: no signer keys")
	}
	if len(deps.Sources) == 0 {
		return nil, errors.New("bundler: no EntryPoint mempools")
	}
	parsed, err := handleOpsABI()
	if err != nil {
		return nil, err
	}
	chainID := new(big.Int).SetUint64(cfg.ChainID)
	b := &Builder{
		cfg:     cfg,
		deps:    deps,
		eth:     ethclient.NewClient(client),
		chainID: chainID,
		signer:  types.LatestSignerForChainID(chainID),
		abi:     parsed,
		log:     log.With().Str("component", "bundler").Uint64("chain", cfg.ChainID).Logger(),
		trigger: make(chan struct{}, 1),
		manual:  make(chan chan BundleResult),
		plain:   make(chan plainTx),
		signers: newSigners(cfg.Signers),
	}
	b.mode.Store(cfg.Mode)
	return b, nil
}

// Mode returns the bundling mode.
func (b *Builder) Mode() Mode { return b.mode.Load().(Mode) }

// SetMode switches between auto and manual bundling.
func (b *Builder) SetMode(m Mode) error {
	if m != ModeAuto && m != ModeManual {
		return fmt.Errorf("bundling mode %q: want auto or manual", m)
	}
	b.mode.Store(m)
	return nil
}

// Notify tells the builder new ops arrived; with MaxOpsTrigger set it may
// bundle before the next block.
func (b *Builder) Notify() {
	select {
	case b.trigger <- struct{}{}:
	default:
	}
}

// SendBundleNow builds a bundle from every mempool of the chain right away
// and returns the hash of the first bundle transaction once it is mined.
// It returns a zero hash when no op is ready.
func (b *Builder) SendBundleNow(ctx context.Context) (BundleResult, error) {
	reply := make(chan BundleResult, 1)
	select {
	case b.manual <- reply:
	case <-ctx.Done():
		return BundleResult{}, ctx.Err()
	}
	select {
	case r := <-reply:
		return r, r.Err
	case <-ctx.Done():
		return BundleResult{}, ctx.Err()
	}
}

// Run is the builder's loop. It returns when ctx ends.
func (b *Builder) Run(ctx context.Context) error {
	poll := time.NewTicker(b.cfg.PollInterval)
	defer poll.Stop()
	b.log.Info().Str("mode", string(b.Mode())).Int("signers", len(b.signers)).Msg("bundler started")
	b.reconcile(ctx)
	for {
		select {
		case <-ctx.Done():
			for _, bt := range b.inflight {
				bt.notify(BundleResult{Err: ctx.Err()})
			}
			return ctx.Err()
		case h := <-b.cfg.Heads:
			b.onHead(ctx, h)
		case <-poll.C:
			if b.cfg.Heads == nil {
				b.onPoll(ctx)
			} else if b.head != nil {
				b.autoBundle(ctx, false)
			}
		case <-b.trigger:
			if b.Mode() == ModeAuto && b.cfg.MaxOpsTrigger > 0 && b.pendingOps() >= b.cfg.MaxOpsTrigger {
				b.bundleAll(ctx, nil)
			}
		case req := <-b.plain:
			b.sendPlain(ctx, req)
		case reply := <-b.manual:
			if err := b.refreshHead(ctx); err != nil {
				reply <- BundleResult{Err: err}
				continue
			}
			b.bundleAll(ctx, reply)
		}
	}
}

// onPoll reads the head and handles it.
func (b *Builder) onPoll(ctx context.Context) {
	h, err := b.readHead(ctx)
	if err != nil {
		b.log.Warn().Err(err).Msg("head")
		return
	}
	b.onHead(ctx, h)
}

// onHead handles a head: on a new block, track in-flight bundles; then
// bundle in auto mode on each new block and at least every Interval.
func (b *Builder) onHead(ctx context.Context, h *types.Header) {
	prev := b.head
	b.setHead(h)
	newBlock := prev == nil || b.head.Number.Cmp(prev.Number) != 0 || b.head.Hash() != prev.Hash()
	if newBlock {
		b.track(ctx)
		if b.head.Number.Uint64()%reconcileEvery == 0 {
			b.reconcile(ctx)
		}
	}
	b.autoBundle(ctx, newBlock)
}

// autoBundle bundles in auto mode on a new block and at least every
// Interval.
func (b *Builder) autoBundle(ctx context.Context, newBlock bool) {
	if b.Mode() != ModeAuto {
		return
	}
	if newBlock || time.Since(b.lastAuto) >= b.cfg.Interval {
		b.lastAuto = time.Now()
		b.bundleAll(ctx, nil)
	}
}

func (b *Builder) readHead(ctx context.Context) (*types.Header, error) {
	cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	read := b.cfg.Latest
	if read == nil {
		read = func(ctx context.Context) (*types.Header, error) { return b.eth.HeaderByNumber(ctx, nil) }
	}
	h, err := read(cctx)
	if err != nil {
		return nil, fmt.Errorf("chain %d head: %w", b.cfg.ChainID, err)
	}
	return h, nil
}

// refreshHead reads a fresh head (a manual bundle).
func (b *Builder) refreshHead(ctx context.Context) error {
	h, err := b.readHead(ctx)
	if err != nil {
		return err
	}
	b.setHead(h)
	return nil
}

// setHead records h and hands its base fee to the pools.
func (b *Builder) setHead(h *types.Header) {
	b.head = h
	for _, s := range b.deps.Sources {
		if h.BaseFee != nil {
			s.Pool.SetBaseFee(h.BaseFee)
		}
		if h.Number != nil && h.Number.IsUint64() {
			s.Pool.SetHead(h.Number.Uint64())
		}
	}
}

func (b *Builder) pendingOps() int {
	n := 0
	for _, s := range b.deps.Sources {
		n += s.Pool.Len()
	}
	return n
}
