package rpc

import "github.com/ethereum/go-ethereum/common/hexutil"

// ChainId is eth_chainId: the chain this path serves, as a quantity.
func (api *EthAPI) ChainId() hexutil.Uint64 {
	return hexutil.Uint64(api.chain.ChainID)
}
