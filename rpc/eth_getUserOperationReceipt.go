package rpc

import (
	"context"

	"github.com/klaster-dev/klaster/receipt"
)

// GetUserOperationReceipt is eth_getUserOperationReceipt(hash): the ERC-7769
// receipt once the op is mined, null before.
func (api *EthAPI) GetUserOperationReceipt(ctx context.Context, hash string) (*receipt.Receipt, error) {
	if api.userOps == nil {
		return nil, notAvailable("eth_getUserOperationReceipt")
	}
	h, err := parseHash(hash)
	if err != nil {
		return nil, err
	}
	return api.userOps.Lookup().Receipt(ctx, h)
}
