package rpc

import (
	"context"
	"encoding/json"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/gas"
)

// EstimateUserOperationGas is eth_estimateUserOperationGas(op, entryPoint,
// stateOverride?). Gas fields may be missing or null and the signature may be
// missing or a dummy.
func (api *EthAPI) EstimateUserOperationGas(ctx context.Context, raw json.RawMessage, ep *common.Address, override *gas.StateOverride) (*gas.Estimate, error) {
	if api.userOps == nil {
		return nil, notAvailable("eth_estimateUserOperationGas")
	}
	version, err := api.checkEntryPoint(ep)
	if err != nil {
		return nil, err
	}
	op, err := decodeUserOp(raw, version, true)
	if err != nil {
		return nil, err
	}
	var so gas.StateOverride
	if override != nil {
		so = *override
	}
	return api.userOps.EstimateUserOperationGas(ctx, op, *ep, so)
}
