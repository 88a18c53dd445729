package rpc

import (
	"context"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// RundlerGasPrice is Rundler's answer to rundler_getUserOperationGasPrice.
// Rundler's code serializes the required tip as priorityFee while its
// documentation names it currentPriorityFee; both are set, to the same value.
type RundlerGasPrice struct {
	PriorityFee        *hexutil.Big   `json:"priorityFee"`
	CurrentPriorityFee *hexutil.Big   `json:"currentPriorityFee"`
	BaseFee            *hexutil.Big   `json:"baseFee"`
	BlockNumber        hexutil.Uint64 `json:"blockNumber"`
	Suggested          OpFees         `json:"suggested"`
}

// GetUserOperationGasPrice is rundler_getUserOperationGasPrice(): the
// required tip (as rundler_maxPriorityFeePerGas), the base fee and head it
// was derived from, and a suggestion with a buffer (the fast tier of
// gas.SuggestGasPrice).
func (api *RundlerAPI) GetUserOperationGasPrice(ctx context.Context) (*RundlerGasPrice, error) {
	if api.userOps == nil {
		return nil, notAvailable("rundler_getUserOperationGasPrice")
	}
	p, err := gasPrice(ctx, api.userOps)
	if err != nil {
		return nil, err
	}
	tip := (*hexutil.Big)(p.Slow.MaxPriorityFeePerGas)
	return &RundlerGasPrice{
		PriorityFee:        tip,
		CurrentPriorityFee: tip,
		BaseFee:            (*hexutil.Big)(p.BaseFee),
		BlockNumber:        hexutil.Uint64(p.BlockNumber),
		Suggested:          opFees(p.Fast),
	}, nil
}
