package rpc

import "github.com/ethereum/go-ethereum/common"

// Bundler_setReputation is debug_bundler_setReputation(entries, entryPoint):
// it replaces the given entities' counters.
func (api *DebugAPI) Bundler_setReputation(entries []ReputationEntry, ep *common.Address) (string, error) {
	if _, err := api.eth.checkEntryPoint(ep); err != nil {
		return "", err
	}
	if err := api.backend.SetReputation(entries, *ep); err != nil {
		return "", err
	}
	return ok, nil
}
