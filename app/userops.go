package app

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/admission"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
	"github.com/klaster-dev/klaster/gas"
	"github.com/klaster-dev/klaster/health"
	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/receipt"
)

// The chain serves the eth_* bundler methods (rpc.UserOpBackend).

func (cs *chainService) SendUserOperation(ctx context.Context, op *entrypoint.UserOperation, ep common.Address) (common.Hash, error) {
	cs.metrics.OpReceived()
	if cs.health.Open() {
		cs.metrics.OpRejected(erc7769.CodeInternal)
		return common.Hash{}, health.ErrNodeUnavailable
	}
	if err := cs.checkEIP7702(op); err != nil { // chain settings: eip7702 = false
		cs.metrics.OpRejected(erc7769.CodeOf(err))
		return common.Hash{}, err
	}
	c, err := cs.admitter.Check(ctx, admission.Request{Op: op, EntryPoint: ep, Source: mempool.Source{Kind: mempool.SourceRPC}})
	if err == nil {
		_, err = cs.admitter.Insert(ctx, c)
	}
	if err != nil {
		cs.metrics.OpRejected(erc7769.CodeOf(err))
		return common.Hash{}, err
	}
	cs.metrics.OpAccepted()
	return c.Entry.UserOpHash, nil
}

func (cs *chainService) EstimateUserOperationGas(ctx context.Context, op *entrypoint.UserOperation, ep common.Address, override gas.StateOverride) (*gas.Estimate, error) {
	if err := cs.checkEIP7702(op); err != nil { // chain settings: eip7702 = false
		return nil, err
	}
	return cs.estimator.Load().Estimate(ctx, op, ep, override)
}

func (cs *chainService) PendingUserOperation(h common.Hash) (mempool.Entry, bool) {
	for _, p := range cs.pools {
		if e, ok := p.Get(h); ok && e.Status.Live() {
			return e, true
		}
	}
	return mempool.Entry{}, false
}

func (cs *chainService) Lookup() *receipt.Lookup { return cs.lookup }

// The pimlico_* and rundler_* gas price and status methods.

func (cs *chainService) UserOperationEntry(h common.Hash) (mempool.Entry, bool) {
	for _, p := range cs.pools {
		if e, ok := p.Get(h); ok {
			return e, true
		}
	}
	return mempool.Entry{}, false
}

func (cs *chainService) SentBundle(tx common.Hash) (common.Address, uint64, bool) {
	b, ok := cs.builder.SentBundle(tx)
	return b.Signer, b.SentAtBlock, ok
}

func (cs *chainService) GasPrice(ctx context.Context) (*gas.GasPrice, error) {
	return cs.gasPrice.Get(ctx) // gas.SuggestGasPrice with feeConfig, whose settings bundleFeePolicy shares
}
