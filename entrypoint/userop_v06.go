package entrypoint

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// EntryPoint v0.6 passes the UserOperation unpacked, with initCode
// (factory‖factoryData) and paymasterAndData (paymaster‖paymasterData) and no
// paymaster gas limits. klaster keeps one in-memory form, UserOperation: a
// v0.6 op has Factory/FactoryData split from initCode, Paymaster/PaymasterData
// split from paymasterAndData and zero paymaster gas limits. Its JSON is the
// v0.6 shape (DecodeUserOperationJSON, AppendJSONFor with V06).

// UserOperationV06 is the on-chain v0.6 struct. Its fields match abigen's
// generated v06.UserOperation, so values convert with a plain conversion.
type UserOperationV06 struct {
	Sender               common.Address
	Nonce                *big.Int
	InitCode             []byte
	CallData             []byte
	CallGasLimit         *big.Int
	VerificationGasLimit *big.Int
	PreVerificationGas   *big.Int
	MaxFeePerGas         *big.Int
	MaxPriorityFeePerGas *big.Int
	PaymasterAndData     []byte
	Signature            []byte
}

var errNotV06 = errors.New("not an EntryPoint v0.6 field; v0.6 uses initCode and paymasterAndData")

// PackV06 converts op to the v0.6 on-chain struct. Every quantity must be set.
func (op *UserOperation) PackV06() (UserOperationV06, error) {
	var p UserOperationV06
	if err := op.Validate(V06); err != nil {
		return p, err
	}
	p = UserOperationV06{
		Sender:               op.Sender,
		Nonce:                op.Nonce,
		InitCode:             op.InitCode(),
		CallData:             op.CallData,
		CallGasLimit:         op.CallGasLimit,
		VerificationGasLimit: op.VerificationGasLimit,
		PreVerificationGas:   op.PreVerificationGas,
		MaxFeePerGas:         op.MaxFeePerGas,
		MaxPriorityFeePerGas: op.MaxPriorityFeePerGas,
		PaymasterAndData:     op.paymasterAndDataV06(),
		Signature:            op.Signature,
	}
	for _, b := range []*[]byte{&p.InitCode, &p.CallData, &p.PaymasterAndData, &p.Signature} {
		if *b == nil {
			*b = []byte{}
		}
	}
	return p, nil
}

func (op *UserOperation) paymasterAndDataV06() []byte {
	if op.Paymaster == nil {
		return nil
	}
	return append(append(make([]byte, 0, common.AddressLength+len(op.PaymasterData)), op.Paymaster[:]...), op.PaymasterData...)
}

// UnpackV06 converts the v0.6 struct to a UserOperation (fresh copies).
func UnpackV06(p *UserOperationV06) (*UserOperation, error) {
	op := &UserOperation{
		Sender:               p.Sender,
		Nonce:                orZero(p.Nonce),
		CallData:             copyBytes(p.CallData),
		CallGasLimit:         orZero(p.CallGasLimit),
		VerificationGasLimit: orZero(p.VerificationGasLimit),
		PreVerificationGas:   orZero(p.PreVerificationGas),
		MaxFeePerGas:         orZero(p.MaxFeePerGas),
		MaxPriorityFeePerGas: orZero(p.MaxPriorityFeePerGas),
		Signature:            copyBytes(p.Signature),
	}
	if op.CallData == nil {
		op.CallData = []byte{}
	}
	if op.Signature == nil {
		op.Signature = []byte{}
	}
	if err := op.setInitCodeV06(p.InitCode); err != nil {
		return nil, err
	}
	if err := op.setPaymasterAndDataV06(p.PaymasterAndData); err != nil {
		return nil, err
	}
	return op, nil
}

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return new(big.Int).Set(v)
}

func (op *UserOperation) setInitCodeV06(ic []byte) error {
	switch {
	case len(ic) == 0:
		op.Factory, op.FactoryData = nil, nil
	case len(ic) < common.AddressLength:
		return fieldError("initCode", fmt.Errorf("%d bytes is shorter than a factory address", len(ic)))
	default:
		f := common.BytesToAddress(ic[:common.AddressLength])
		op.Factory, op.FactoryData = &f, copyBytes(ic[common.AddressLength:])
	}
	return nil
}

func (op *UserOperation) setPaymasterAndDataV06(pmd []byte) error {
	switch {
	case len(pmd) == 0:
		op.Paymaster, op.PaymasterData = nil, nil
		op.PaymasterVerificationGasLimit, op.PaymasterPostOpGasLimit = nil, nil
	case len(pmd) < common.AddressLength:
		return fieldError("paymasterAndData", fmt.Errorf("%d bytes is shorter than a paymaster address", len(pmd)))
	default:
		pm := common.BytesToAddress(pmd[:common.AddressLength])
		op.Paymaster, op.PaymasterData = &pm, copyBytes(pmd[common.AddressLength:])
		op.PaymasterVerificationGasLimit, op.PaymasterPostOpGasLimit = new(big.Int), new(big.Int)
	}
	return nil
}

// DecodeUserOperationJSON decodes an op in the JSON shape of EntryPoint
// version v: the v0.6 shape (initCode, paymasterAndData) for V06, else the
// v0.7+ shape of UserOperation.UnmarshalJSON. partial relaxes the required
// fields as PartialUserOperation does (gas estimation).
func DecodeUserOperationJSON(v Version, data []byte, partial bool) (*UserOperation, error) {
	op := new(UserOperation)
	if v != V06 {
		if err := op.decodeJSON(data, partial); err != nil {
			return nil, err
		}
		return op, nil
	}
	var raw userOpJSON
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("invalid userOp: %w", err)
	}
	for _, f := range [...]struct {
		name string
		r    rawJSON
	}{
		{"factory", raw.Factory}, {"factoryData", raw.FactoryData}, {"paymaster", raw.Paymaster},
		{"paymasterVerificationGasLimit", raw.PaymasterVerificationGasLimit},
		{"paymasterPostOpGasLimit", raw.PaymasterPostOpGasLimit}, {"paymasterData", raw.PaymasterData},
		{"paymasterSignature", raw.PaymasterSignature}, {"eip7702Auth", raw.EIP7702Auth},
	} {
		if !f.r.absent() {
			return nil, fieldError(f.name, errNotV06)
		}
	}
	if err := op.decodeCommon(&raw, partial); err != nil {
		return nil, err
	}
	initCode, err := byteField(raw.InitCode, "initCode", !partial)
	if err != nil {
		return nil, err
	}
	if err := op.setInitCodeV06(initCode); err != nil {
		return nil, err
	}
	pmd, err := byteField(raw.PaymasterAndData, "paymasterAndData", !partial)
	if err != nil {
		return nil, err
	}
	if err := op.setPaymasterAndDataV06(pmd); err != nil {
		return nil, err
	}
	return op, nil
}

// AppendJSONFor appends the JSON of op in the shape of EntryPoint version v
// (see DecodeUserOperationJSON); nil quantities are omitted.
func (op *UserOperation) AppendJSONFor(v Version, dst []byte) []byte {
	if v != V06 {
		return op.AppendJSON(dst)
	}
	dst = append(dst, `{"sender":`...)
	dst = appendAddress(dst, op.Sender)
	dst = appendOptQuantity(dst, `,"nonce":`, op.Nonce)
	dst = append(dst, `,"initCode":`...)
	dst = appendBytes(dst, op.InitCode())
	dst = append(dst, `,"callData":`...)
	dst = appendBytes(dst, op.CallData)
	dst = appendOptQuantity(dst, `,"callGasLimit":`, op.CallGasLimit)
	dst = appendOptQuantity(dst, `,"verificationGasLimit":`, op.VerificationGasLimit)
	dst = appendOptQuantity(dst, `,"preVerificationGas":`, op.PreVerificationGas)
	dst = appendOptQuantity(dst, `,"maxFeePerGas":`, op.MaxFeePerGas)
	dst = appendOptQuantity(dst, `,"maxPriorityFeePerGas":`, op.MaxPriorityFeePerGas)
	dst = append(dst, `,"paymasterAndData":`...)
	dst = appendBytes(dst, op.paymasterAndDataV06())
	dst = append(dst, `,"signature":`...)
	dst = appendBytes(dst, op.Signature)
	return append(dst, '}')
}

// MarshalJSONFor is AppendJSONFor that refuses negative quantities.
func (op *UserOperation) MarshalJSONFor(v Version) ([]byte, error) {
	if v != V06 {
		return op.MarshalJSON()
	}
	for _, q := range [...]struct {
		name string
		v    *big.Int
	}{
		{"nonce", op.Nonce}, {"callGasLimit", op.CallGasLimit}, {"verificationGasLimit", op.VerificationGasLimit},
		{"preVerificationGas", op.PreVerificationGas}, {"maxFeePerGas", op.MaxFeePerGas},
		{"maxPriorityFeePerGas", op.MaxPriorityFeePerGas},
	} {
		if isNegative(q.v) {
			return nil, fieldError(q.name, errNegative)
		}
	}
	return op.AppendJSONFor(V06, nil), nil
}

// OpJSON marshals Op in the JSON shape of EntryPoint version Version (the
// v0.6 shape for V06, else UserOperation's own).
type OpJSON struct {
	Op      *UserOperation
	Version Version
}

// MarshalJSON implements json.Marshaler.
func (o OpJSON) MarshalJSON() ([]byte, error) {
	if o.Op == nil {
		return []byte("null"), nil
	}
	return o.Op.MarshalJSONFor(o.Version)
}
