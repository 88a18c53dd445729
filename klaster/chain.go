package klaster

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/gas"
	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/receipt"
)

// Admission is a chain's admission of ops (*admission.Admitter, whose
// leaves L are *admission.Leaf): the estimates of quoted ops and the checks
// of iTx leaves.
type Admission[L Admitted] interface {
	Estimate(ctx context.Context, op *entrypoint.UserOperation, entryPoint common.Address, override gas.StateOverride) (*gas.Estimate, error)
	CheckLeaf(ctx context.Context, op *entrypoint.UserOperation, entryPoint common.Address, itxHash common.Hash,
		lower, upper uint64, signer common.Address, userSig []byte) (L, error)
}

// ChainParts is a Chain made of one chain's parts.
type ChainParts[L Admitted] struct {
	ID        uint64
	Served    entrypoint.Set // the chain spec's EntryPoints
	Node      gas.RPCCaller  // fee history for SuggestFees
	Fees      gas.FeeConfig  // the chain spec's fee settings
	Admission Admission[L]
	Mempools  mempool.Pools
	Receipts  *receipt.Lookup
	Delegate  common.Address // the chain's eip7702Account (EIP7702Chain)
}

func (c *ChainParts[L]) ChainID() uint64 { return c.ID }

func (c *ChainParts[L]) EntryPoints() entrypoint.Set { return c.Served }

func (c *ChainParts[L]) SuggestFees(ctx context.Context) (gas.Fees, error) {
	return gas.SuggestFees(ctx, c.Node, c.Fees)
}

func (c *ChainParts[L]) EstimateGas(ctx context.Context, op *entrypoint.UserOperation, ep common.Address) (*gas.Estimate, error) {
	return c.Admission.Estimate(ctx, op, ep, nil)
}

// Check admits an iTx leaf (admission.Admitter.CheckLeaf).
func (c *ChainParts[L]) Check(ctx context.Context, req AdmitRequest) (Admitted, error) {
	leaf, err := c.Admission.CheckLeaf(ctx, req.Op, req.EntryPoint, req.ItxHash, req.Lower, req.Upper, req.Signer, req.UserSignature)
	if err != nil {
		return nil, err
	}
	return leaf, nil
}

func (c *ChainParts[L]) EIP7702Account() common.Address { return c.Delegate }

func (c *ChainParts[L]) Pools() map[common.Address]*mempool.Pool { return c.Mempools }

func (c *ChainParts[L]) Receipt(ctx context.Context, userOpHash common.Hash) (*receipt.Receipt, error) {
	return c.Receipts.Receipt(ctx, userOpHash)
}
