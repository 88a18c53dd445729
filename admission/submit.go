package admission

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
	"github.com/klaster-dev/klaster/gas"
	"github.com/klaster-dev/klaster/mempool"
)

// Submit admits an op sent with eth_sendUserOperation and returns its
// userOpHash. It is refused at once while the chain is unavailable
// (Config.Unavailable), and counted in Config.Metrics.
func (a *Admitter) Submit(ctx context.Context, op *entrypoint.UserOperation, ep common.Address) (common.Hash, error) {
	m := a.cfg.Metrics
	if m == nil {
		m = noMetrics{}
	}
	m.OpReceived()
	if a.cfg.Unavailable != nil {
		if err := a.cfg.Unavailable(); err != nil {
			m.OpRejected(erc7769.CodeInternal)
			return common.Hash{}, err
		}
	}
	h, err := a.Admit(ctx, Request{Op: op, EntryPoint: ep, Source: mempool.Source{Kind: mempool.SourceRPC}})
	if err != nil {
		m.OpRejected(erc7769.CodeOf(err))
		return common.Hash{}, err
	}
	m.OpAccepted()
	return h, nil
}

type noMetrics struct{}

func (noMetrics) OpReceived()    {}
func (noMetrics) OpAccepted()    {}
func (noMetrics) OpRejected(int) {}

// Estimate estimates op's gas limits (eth_estimateUserOperationGas and
// klaster_getQuote) after the chain's policy (Config.Policy).
func (a *Admitter) Estimate(ctx context.Context, op *entrypoint.UserOperation, ep common.Address, override gas.StateOverride) (*gas.Estimate, error) {
	if a.cfg.Policy != nil {
		if err := a.cfg.Policy(op); err != nil {
			return nil, err
		}
	}
	est := a.estimator.Load()
	if est == nil {
		return nil, errors.New("admission: this chain has no gas estimator")
	}
	return est.Estimate(ctx, op, ep, override)
}

// SetPVG changes the preVerificationGas settings of the precheck and the
// estimator (debug_bundler_setConfiguration).
func (a *Admitter) SetPVG(change func(gas.PVGConfig) gas.PVGConfig) {
	gc := a.GasConfig()
	gc.PVG = change(gc.PVG)
	a.SetGasConfig(gc)
	if cur := a.estimator.Load(); cur != nil {
		est := *cur
		est.Config.PVG = change(est.Config.PVG)
		a.estimator.Store(&est)
	}
	a.log.Info().Interface("pvg", gc.PVG).Msg("preVerificationGas configuration changed")
}

// AddUnchecked adds ops to ep's pool without validation
// (debug_bundler_addUserOps, for the spec tests).
func (a *Admitter) AddUnchecked(ctx context.Context, ops []*entrypoint.UserOperation, ep common.Address) error {
	p, ok := a.pools[ep]
	if !ok {
		return fmt.Errorf("no mempool for %s", ep)
	}
	for i, op := range ops {
		h, err := a.hash(op, ep)
		if err != nil {
			return erc7769.New(erc7769.CodeInvalidParams, "op %d: %v", i, err)
		}
		if _, err := p.Add(ctx, mempool.Entry{Op: op, UserOpHash: h, Sender: mempool.Entity{Address: op.Sender}, Source: mempool.Source{Kind: mempool.SourceRPC}}); err != nil {
			return err
		}
	}
	a.onAdded()
	return nil
}
