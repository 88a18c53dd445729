package rpc

import (
	"context"
	"github.com/klaster-dev/klaster/erc7769"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/klaster-dev/klaster/gas"
)

// OpFees is one fee tier: what to put in an op's fee fields.
type OpFees struct {
	MaxFeePerGas         *hexutil.Big `json:"maxFeePerGas"`
	MaxPriorityFeePerGas *hexutil.Big `json:"maxPriorityFeePerGas"`
}

func opFees(f gas.Fees) OpFees {
	return OpFees{MaxFeePerGas: (*hexutil.Big)(f.MaxFeePerGas), MaxPriorityFeePerGas: (*hexutil.Big)(f.MaxPriorityFeePerGas)}
}

// PimlicoGasPrice is Alto's answer: three fee tiers.
type PimlicoGasPrice struct {
	Slow     OpFees `json:"slow"`
	Standard OpFees `json:"standard"`
	Fast     OpFees `json:"fast"`
}

// GetUserOperationGasPrice is pimlico_getUserOperationGasPrice(): the chain's
// fee suggestion in three tiers (gas.SuggestGasPrice), each accepted by
// admission; permissionless's Pimlico client fills ops from standard.
func (api *PimlicoAPI) GetUserOperationGasPrice(ctx context.Context) (*PimlicoGasPrice, error) {
	if api.userOps == nil {
		return nil, notAvailable("pimlico_getUserOperationGasPrice")
	}
	p, err := gasPrice(ctx, api.userOps)
	if err != nil {
		return nil, err
	}
	return &PimlicoGasPrice{Slow: opFees(p.Slow), Standard: opFees(p.Standard), Fast: opFees(p.Fast)}, nil
}

// gasPrice asks the backend for the fee suggestion; a node failure is an
// internal error naming what failed.
func gasPrice(ctx context.Context, b UserOpBackend) (*gas.GasPrice, error) {
	p, err := b.GasPrice(ctx)
	if err != nil {
		return nil, erc7769.New(erc7769.CodeInternal, "suggesting fees: %v", err)
	}
	return p, nil
}
