package rpc

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/entrypoint"
)

// Bundler_dumpMempool is debug_bundler_dumpMempool(entryPoint): the live ops
// as bare UserOperation objects, in insertion order.
func (api *DebugAPI) Bundler_dumpMempool(ep *common.Address) ([]*entrypoint.UserOperation, error) {
	if _, err := api.eth.checkEntryPoint(ep); err != nil {
		return nil, err
	}
	ops, err := api.backend.DumpMempool(*ep)
	if ops == nil && err == nil {
		ops = []*entrypoint.UserOperation{}
	}
	return ops, err
}
