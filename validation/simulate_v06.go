package validation

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/bindings/v06"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
)

// EntryPoint v0.6 has simulateValidation on the EntryPoint itself (no
// EntryPointSimulations contract, no code override): it always reverts,
// with ValidationResult or ValidationResultWithAggregation when the op
// validated, else with FailedOp. Its ReturnInfo carries sigFailed and the
// intersected window instead of the two packed validationData words.

func loadSimContractV06() (*simContract, error) {
	a, err := v06.EntryPointMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("EntryPoint v0.6 ABI: %w", err)
	}
	return &simContract{abi: a, onEntryPoint: true}, nil
}

// simulateValidationV06 encodes simulateValidation(UserOperation).
func (s *simContract) simulateValidationV06(op *entrypoint.UserOperation) ([]byte, error) {
	p, err := op.PackV06()
	if err != nil {
		return nil, erc7769.New(erc7769.CodeInvalidParams, "invalid UserOperation: %v", err)
	}
	data, err := s.abi.Pack("simulateValidation", v06.UserOperation(p))
	if err != nil {
		return nil, fmt.Errorf("encode simulateValidation: %w", err)
	}
	return data, nil
}

type stakeInfoV06 struct {
	Stake           *big.Int
	UnstakeDelaySec *big.Int
}

type validationResultV06 struct {
	ReturnInfo struct {
		PreOpGas         *big.Int
		Prefund          *big.Int
		SigFailed        bool
		ValidAfter       *big.Int
		ValidUntil       *big.Int
		PaymasterContext []byte
	}
	SenderInfo, FactoryInfo, PaymasterInfo stakeInfoV06
	AggregatorInfo                         struct {
		Aggregator common.Address
		StakeInfo  stakeInfoV06
	}
}

// outcomeV06 turns the revert of a v0.6 simulateValidation into its result,
// or into the ERC-7769 error of the FailedOp (or other revert) it carries.
func (s *simContract) outcomeV06(reverted bool, out []byte, op *entrypoint.UserOperation) (*simResult, error) {
	if !reverted {
		return nil, errors.New("EntryPoint v0.6 simulateValidation returned instead of reverting")
	}
	var abiErr *abi.Error
	for _, name := range []string{"ValidationResult", "ValidationResultWithAggregation"} {
		if e, ok := s.abi.Errors[name]; ok && len(out) >= 4 && bytes.Equal(out[:4], e.ID[:4]) {
			abiErr = &e
		}
	}
	if abiErr == nil {
		return nil, revertToError(out, op)
	}
	vals, err := abiErr.Inputs.Unpack(out[4:])
	if err != nil || len(vals) < 4 {
		return nil, fmt.Errorf("decode %s: %v", abiErr.Name, err)
	}
	var vr validationResultV06
	for i, dst := range []any{&vr.ReturnInfo, &vr.SenderInfo, &vr.FactoryInfo, &vr.PaymasterInfo, &vr.AggregatorInfo} {
		if i >= len(vals) {
			break
		}
		if err := convertInto(vals[i], dst); err != nil {
			return nil, fmt.Errorf("decode %s: %w", abiErr.Name, err)
		}
	}
	ri := vr.ReturnInfo
	// The account's word carries the intersected window and sigFailed (v0.6
	// does not tell the account's signature failure from the paymaster's);
	// with an aggregator, the aggregator instead.
	acct := entrypoint.ValidationData{ValidAfter: u48(ri.ValidAfter), ValidUntil: u48(ri.ValidUntil)}
	switch {
	case vr.AggregatorInfo.Aggregator != (common.Address{}):
		acct.Aggregator = vr.AggregatorInfo.Aggregator
	case ri.SigFailed:
		acct.Aggregator = common.BytesToAddress([]byte{1})
	}
	st := func(x stakeInfoV06) StakeInfo { return StakeInfo{Stake: x.Stake, UnstakeDelay: u48(x.UnstakeDelaySec)} }
	return &simResult{
		PreOpGas:              ri.PreOpGas,
		Prefund:               ri.Prefund,
		AccountValidationData: acct.Pack(),
		PaymasterValidation:   new(big.Int),
		PaymasterContext:      ri.PaymasterContext,
		Sender:                st(vr.SenderInfo),
		Factory:               st(vr.FactoryInfo),
		Paymaster:             st(vr.PaymasterInfo),
		Aggregator:            vr.AggregatorInfo.Aggregator,
		AggregatorStake:       st(vr.AggregatorInfo.StakeInfo),
	}, nil
}

// convertInto copies an ABI-decoded tuple into dst (a pointer to a struct
// with the same field names).
func convertInto(v any, dst any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("unexpected shape: %v", r)
		}
	}()
	abi.ConvertType(v, dst)
	return nil
}

func u48(v *big.Int) uint64 {
	if v == nil || !v.IsUint64() {
		return 0
	}
	return v.Uint64()
}

// refineV06 replaces the merged v0.6 ReturnInfo window and sigFailed by the
// account's and the paymaster's own validationData, read from the outputs
// of their top-level frames (validateUserOp returns uint256,
// validatePaymasterUserOp (bytes, uint256)), so AA24 and AA34 are told
// apart as on later versions. Without a trace the merged values stay.
func refineV06(sr *simResult, root *Frame, op *entrypoint.UserOperation) {
	if root == nil {
		return
	}
	var acct, pm []byte
	for i := range root.Calls {
		f := &root.Calls[i]
		switch {
		case f.To == op.Sender && len(f.Output) == 32:
			acct = f.Output
		case op.Paymaster != nil && f.To == *op.Paymaster && len(f.Output) >= 64:
			pm = f.Output[32:64]
		}
	}
	if acct == nil || (op.Paymaster != nil && pm == nil) {
		return
	}
	sr.AccountValidationData = new(big.Int).SetBytes(acct)
	if pm != nil {
		sr.PaymasterValidation = new(big.Int).SetBytes(pm)
	}
}
