package rpc

import "github.com/ethereum/go-ethereum/common"

// Bundler_dumpReputation is debug_bundler_dumpReputation(entryPoint).
func (api *DebugAPI) Bundler_dumpReputation(ep *common.Address) ([]ReputationEntry, error) {
	if _, err := api.eth.checkEntryPoint(ep); err != nil {
		return nil, err
	}
	out, err := api.backend.DumpReputation(*ep)
	if out == nil && err == nil {
		out = []ReputationEntry{}
	}
	return out, err
}
