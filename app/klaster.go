package app

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/gas"
	"github.com/klaster-dev/klaster/klaster"
	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/payment"
	"github.com/klaster-dev/klaster/receipt"
)

// newITxService builds the interchain service over every chain. Its records
// live in Redis when the process has --redis-url, in memory otherwise.
func (a *App) newITxService() (*klaster.Service, error) {
	chains := make([]klaster.Chain, len(a.chains))
	for i, cs := range a.chains {
		chains[i] = itxChain{cs}
	}
	callers := map[uint64]payment.Caller{}
	for _, cs := range a.chains {
		callers[cs.chainID] = cs.eth
	}
	pay, err := payment.FromConfig(a.cfg, callers)
	if err != nil {
		return nil, err
	}
	var records klaster.Records
	if a.redis != nil {
		records = klaster.NewRedisRecords(a.redis, "klaster")
	}
	s, err := klaster.New(klaster.Config{
		NodeKey:             a.nodeKey,
		Records:             records,
		MaxWaitingPerSigner: a.cfg.ITx.MaxWaitingPerSigner, MaxWaiting: a.cfg.ITx.MaxWaiting,
		Payment: pay, Logger: a.log,
	}, chains)
	if err != nil {
		return nil, fmt.Errorf("interchain service: %w", err)
	}
	return s, nil
}

// itxChain shows a chain's services to the interchain service
// (klaster.Chain).
type itxChain struct{ cs *chainService }

func (c itxChain) ChainID() uint64 { return c.cs.chainID }

func (c itxChain) EntryPoints() entrypoint.Set { return c.cs.spec.EntryPoints }

func (c itxChain) EIP7702Account() common.Address { return c.cs.cfg.EIP7702Account } // klaster.EIP7702Chain

func (c itxChain) SuggestFees(ctx context.Context) (gas.Fees, error) {
	return gas.SuggestFees(ctx, c.cs.rpc, c.cs.spec.Fees)
}

func (c itxChain) EstimateGas(ctx context.Context, op *entrypoint.UserOperation, ep common.Address) (*gas.Estimate, error) {
	if err := c.cs.checkEIP7702(op); err != nil { // chain settings: eip7702 = false
		return nil, err
	}
	return c.cs.estimator.Load().Estimate(ctx, op, ep, nil)
}

// Check admits an iTx leaf (admission.Admitter.CheckLeaf).
func (c itxChain) Check(ctx context.Context, req klaster.AdmitRequest) (klaster.Admitted, error) {
	if err := c.cs.checkEIP7702(req.Op); err != nil { // chain settings: eip7702 = false
		return nil, err
	}
	return c.cs.admitter.CheckLeaf(ctx, req.Op, req.EntryPoint, req.ItxHash, req.Lower, req.Upper, req.Signer, req.UserSignature)
}

func (c itxChain) Pools() map[common.Address]*mempool.Pool { return c.cs.pools }

func (c itxChain) Receipt(ctx context.Context, userOpHash common.Hash) (*receipt.Receipt, error) {
	return c.cs.lookup.Receipt(ctx, userOpHash)
}
