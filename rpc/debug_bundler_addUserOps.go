package rpc

import (
	"context"
	"encoding/json"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/entrypoint"
)

// Bundler_addUserOps is debug_bundler_addUserOps(ops, entryPoint): it injects
// ops into the mempool without validation (ERC-7769).
func (api *DebugAPI) Bundler_addUserOps(ctx context.Context, raw []json.RawMessage, ep *common.Address) (string, error) {
	version, err := api.eth.checkEntryPoint(ep)
	if err != nil {
		return "", err
	}
	ops := make([]*entrypoint.UserOperation, len(raw))
	for i, r := range raw {
		if ops[i], err = decodeUserOp(r, version, false); err != nil {
			return "", InvalidParams("op %d: %v", i, err)
		}
	}
	if err := api.backend.AddUserOps(ctx, ops, *ep); err != nil {
		return "", err
	}
	return ok, nil
}
