package rpc

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
)

// Bundler_getStakeStatus is debug_bundler_getStakeStatus(address, entryPoint).
func (api *DebugAPI) Bundler_getStakeStatus(ctx context.Context, addr common.Address, ep *common.Address) (*StakeStatus, error) {
	if _, err := api.eth.checkEntryPoint(ep); err != nil {
		return nil, err
	}
	return api.backend.GetStakeStatus(ctx, addr, *ep)
}
