package rpc

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
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
	// The JSON shape is the version's: v0.6 has initCode and paymasterAndData.
	op, err := entrypoint.DecodeUserOperationJSON(v, raw, partial)
	if err != nil {
		return nil, userOpParamError(err)
	}
	check := op
	if partial {
		// Absent gas fields are the estimator's to fill: validate the rest
		// as if they were zero.
		check = withZeroGas(op)
	}
	if err := check.Validate(v); err != nil {
		return nil, userOpParamError(err)
	}
	return op, nil
}

// withZeroGas returns a copy of op whose absent quantities are zero.
func withZeroGas(op *entrypoint.UserOperation) *entrypoint.UserOperation {
	cp := op.Copy()
	for _, f := range []**big.Int{&cp.Nonce, &cp.CallGasLimit, &cp.VerificationGasLimit, &cp.PreVerificationGas, &cp.MaxFeePerGas, &cp.MaxPriorityFeePerGas} {
		if *f == nil {
			*f = new(big.Int)
		}
	}
	if cp.Paymaster != nil {
		for _, f := range []**big.Int{&cp.PaymasterVerificationGasLimit, &cp.PaymasterPostOpGasLimit} {
			if *f == nil {
				*f = new(big.Int)
			}
		}
	}
	return cp
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
	return erc7769.New(erc7769.CodeMethodNotFound, "%s is not available on this chain", method)
}
