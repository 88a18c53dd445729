package rpc

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/klaster-dev/klaster/bundler"
	"github.com/klaster-dev/klaster/chainspec"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/gas"
	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/receipt"
	"github.com/klaster-dev/klaster/reputation"
)

// Admission is the chain's admission of ops (*admission.Admitter).
type Admission interface {
	Submit(ctx context.Context, op *entrypoint.UserOperation, entryPoint common.Address) (common.Hash, error)
	Estimate(ctx context.Context, op *entrypoint.UserOperation, entryPoint common.Address, override gas.StateOverride) (*gas.Estimate, error)
	AddUnchecked(ctx context.Context, ops []*entrypoint.UserOperation, entryPoint common.Address) error
	SetPVG(change func(gas.PVGConfig) gas.PVGConfig)
}

// Bundler is the chain's bundle builder (*bundler.Builder).
type Bundler interface {
	SentBundle(tx common.Hash) (bundler.SentBundle, bool)
	SendBundleNow(ctx context.Context) (bundler.BundleResult, error)
	SetMode(m bundler.Mode) error
}

// GasPrices is the chain's cached fee suggestion (*gas.GasPriceCache).
type GasPrices interface {
	Get(ctx context.Context) (*gas.GasPrice, error)
}

// Chain is one chain's parts behind its eth_*, pimlico_*, rundler_* and
// debug_bundler_* methods: Backends makes them the chain's UserOpBackend
// and DebugBackend.
type Chain struct {
	Admission  Admission
	Pools      mempool.Pools
	Receipts   *receipt.Lookup
	Bundler    Bundler
	GasPrices  GasPrices
	Reputation *reputation.Manager
	// Stake reads an entity's stake (*validation.Validator.StakeStatus).
	Stake func(ctx context.Context, addr, entryPoint common.Address) (entrypoint.DepositInfo, bool, error)
}

// Backends returns the chain's backends; debug turns debug_bundler_* on.
func (c *Chain) Backends(itx ITxBackend, debug bool) ChainBackends {
	b := ChainBackends{UserOps: chainUserOps{c}, ITx: itx}
	if debug {
		b.Debug = chainDebug{c}
	}
	return b
}

// chainUserOps serves UserOpBackend from the chain's parts.
type chainUserOps struct{ c *Chain }

func (u chainUserOps) SendUserOperation(ctx context.Context, op *entrypoint.UserOperation, ep common.Address) (common.Hash, error) {
	return u.c.Admission.Submit(ctx, op, ep)
}

func (u chainUserOps) EstimateUserOperationGas(ctx context.Context, op *entrypoint.UserOperation, ep common.Address, override gas.StateOverride) (*gas.Estimate, error) {
	return u.c.Admission.Estimate(ctx, op, ep, override)
}

func (u chainUserOps) PendingUserOperation(h common.Hash) (mempool.Entry, bool) {
	return u.c.Pools.Live(h)
}

func (u chainUserOps) Lookup() *receipt.Lookup { return u.c.Receipts }

func (u chainUserOps) UserOperationEntry(h common.Hash) (mempool.Entry, bool) {
	return u.c.Pools.Find(h)
}

func (u chainUserOps) SentBundle(tx common.Hash) (common.Address, uint64, bool) {
	b, ok := u.c.Bundler.SentBundle(tx)
	return b.Signer, b.SentAtBlock, ok
}

func (u chainUserOps) GasPrice(ctx context.Context) (*gas.GasPrice, error) {
	return u.c.GasPrices.Get(ctx)
}

// chainDebug serves DebugBackend from the chain's parts.
type chainDebug struct{ c *Chain }

func (d chainDebug) ClearState(ctx context.Context) error {
	if err := d.c.Pools.Clear(ctx); err != nil {
		return err
	}
	d.c.Reputation.Clear()
	return nil
}

func (d chainDebug) ClearMempool(ctx context.Context) error { return d.c.Pools.Clear(ctx) }

func (d chainDebug) DumpMempool(ep common.Address) ([]*entrypoint.UserOperation, error) {
	return d.c.Pools.LiveOps(ep)
}

func (d chainDebug) SendBundleNow(ctx context.Context) (*BundleResult, error) {
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	res, err := d.c.Bundler.SendBundleNow(ctx)
	if err != nil || res.TxHash == (common.Hash{}) {
		return nil, err
	}
	return &BundleResult{TransactionHash: res.TxHash, UserOpHashes: res.UserOpHashes}, nil
}

func (d chainDebug) SetBundlingMode(mode string) error {
	return d.c.Bundler.SetMode(bundler.Mode(mode))
}

func (d chainDebug) SetReputation(entries []ReputationEntry, _ common.Address) error {
	out := make([]reputation.Entry, len(entries))
	for i, e := range entries {
		out[i] = reputation.Entry{Address: e.Address, OpsSeen: uint64(e.OpsSeen), OpsIncluded: uint64(e.OpsIncluded)}
	}
	d.c.Reputation.Set(out)
	return nil
}

func (d chainDebug) DumpReputation(common.Address) ([]ReputationEntry, error) {
	dump := d.c.Reputation.Dump()
	out := make([]ReputationEntry, len(dump))
	for i, e := range dump {
		status := int(e.Status)
		out[i] = ReputationEntry{Address: e.Address, OpsSeen: hexutil.Uint64(e.OpsSeen), OpsIncluded: hexutil.Uint64(e.OpsIncluded), Status: &status}
	}
	return out, nil
}

func (d chainDebug) ClearReputation() error {
	d.c.Reputation.Clear()
	return nil
}

func (d chainDebug) GetStakeStatus(ctx context.Context, addr, ep common.Address) (*StakeStatus, error) {
	info, staked, err := d.c.Stake(ctx, addr, ep)
	if err != nil {
		return nil, err
	}
	st := &StakeStatus{IsStaked: staked}
	st.StakeInfo.Addr, st.StakeInfo.Stake, st.StakeInfo.UnstakeDelaySec = addr, info.Stake, info.UnstakeDelaySec
	return st, nil
}

func (d chainDebug) AddUserOps(ctx context.Context, ops []*entrypoint.UserOperation, ep common.Address) error {
	return d.c.Admission.AddUnchecked(ctx, ops, ep)
}

func (d chainDebug) SetConfiguration(cfg map[string]any) error {
	change, err := chainspec.PVGChange(cfg)
	if err != nil {
		return err
	}
	d.c.Admission.SetPVG(change)
	return nil
}
