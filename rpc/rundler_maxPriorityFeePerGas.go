package rpc

import (
	"context"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// MaxPriorityFeePerGas is rundler_maxPriorityFeePerGas(): the tip an op needs
// to be bundled at the current head (the slow tier of gas.SuggestGasPrice:
// the network's tip as the chain's fee settings scale and floor it).
// Rundler advises clients to add a buffer.
func (api *RundlerAPI) MaxPriorityFeePerGas(ctx context.Context) (*hexutil.Big, error) {
	if api.userOps == nil {
		return nil, notAvailable("rundler_maxPriorityFeePerGas")
	}
	p, err := gasPrice(ctx, api.userOps)
	if err != nil {
		return nil, err
	}
	return (*hexutil.Big)(p.Slow.MaxPriorityFeePerGas), nil
}
