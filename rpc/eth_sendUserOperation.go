package rpc

import (
	"context"
	"encoding/json"
	"errors"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/entrypoint"
)

// SendUserOperation is eth_sendUserOperation(op, entryPoint): it validates the
// op and adds it to the mempool, returning its userOpHash.
func (api *EthAPI) SendUserOperation(ctx context.Context, raw json.RawMessage, ep *common.Address) (common.Hash, error) {
	if api.userOps == nil {
		return common.Hash{}, notAvailable("eth_sendUserOperation")
	}
	version, err := api.checkEntryPoint(ep)
	if err != nil {
		return common.Hash{}, err
	}
	op, err := decodeUserOp(raw, version, false)
	if err != nil {
		return common.Hash{}, err
	}
	return api.userOps.SendUserOperation(ctx, op, *ep)
}

// decodeUserOp decodes and checks a UserOperation parameter for version;
// partial allows missing gas fields and signature (estimation).
func decodeUserOp(raw json.RawMessage, v entrypoint.Version, partial bool) (*entrypoint.UserOperation, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, InvalidParams("missing UserOperation parameter")
	}
	var op *entrypoint.UserOperation
	if partial {
		var p entrypoint.PartialUserOperation
		if err := json.Unmarshal(raw, &p); err != nil {
			return nil, userOpParamError(err)
		}
		op = (*entrypoint.UserOperation)(&p)
	} else {
		op = new(entrypoint.UserOperation)
		if err := json.Unmarshal(raw, op); err != nil {
			return nil, userOpParamError(err)
		}
	}
	if err := op.Validate(v); err != nil {
		return nil, userOpParamError(err)
	}
	return op, nil
}

func userOpParamError(err error) error {
	var fe *entrypoint.FieldError
	if errors.As(err, &fe) {
		return InvalidParams("%s", fe.Error())
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return InvalidParams("UserOperation is not valid JSON: %v", err)
	}
	return InvalidParams("invalid UserOperation: %v", err)
}

func notAvailable(method string) error {
	return NewError(CodeMethodNotFound, "%s is not available on this chain", method)
}
