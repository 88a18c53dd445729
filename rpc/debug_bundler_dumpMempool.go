package rpc

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/entrypoint"
)

// Bundler_dumpMempool is debug_bundler_dumpMempool(entryPoint): the live ops
// as bare UserOperation objects in the EntryPoint version's JSON shape, in
// insertion order.
func (api *DebugAPI) Bundler_dumpMempool(ep *common.Address) ([]entrypoint.OpJSON, error) {
	v, err := api.eth.checkEntryPoint(ep)
	if err != nil {
		return nil, err
	}
	ops, err := api.backend.DumpMempool(*ep)
	if err != nil {
		return nil, err
	}
	out := make([]entrypoint.OpJSON, len(ops))
	for i, op := range ops {
		out[i] = entrypoint.OpJSON{Op: op, Version: v}
	}
	return out, nil
}
