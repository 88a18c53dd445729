package rpc

import (
	"context"

	"github.com/klaster-dev/klaster/receipt"
)

// GetUserOperationByHash is eth_getUserOperationByHash(hash). A mined op comes
// with its block and transaction; a pending one with null block fields (as
// ERC-7769 allows); an unknown one is null.
func (api *EthAPI) GetUserOperationByHash(ctx context.Context, hash string) (*receipt.OpInfo, error) {
	if api.userOps == nil {
		return nil, notAvailable("eth_getUserOperationByHash")
	}
	h, err := parseHash(hash)
	if err != nil {
		return nil, err
	}
	info, err := api.userOps.Lookup().UserOperation(ctx, h)
	if err != nil || info != nil {
		return info, err
	}
	if e, ok := api.userOps.PendingUserOperation(h); ok {
		v, _ := api.chain.EntryPoints.Version(e.EntryPoint)
		return &receipt.OpInfo{UserOperation: e.Op, EntryPoint: e.EntryPoint.Hex(), Version: v}, nil
	}
	return nil, nil
}
