package entrypoint

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Offsets into paymasterAndData (UserOperationLib).
const (
	PaymasterValidationGasOffset = 20
	PaymasterPostOpGasOffset     = 36
	PaymasterDataOffset          = 52
)

// PackedUserOperation is the on-chain v0.7/v0.8 struct. Its fields match
// abigen's generated PackedUserOperation exactly, so values convert with a
// plain Go conversion: v08.PackedUserOperation(packed).
type PackedUserOperation struct {
	Sender             common.Address
	Nonce              *big.Int
	InitCode           []byte
	CallData           []byte
	AccountGasLimits   [32]byte
	PreVerificationGas *big.Int
	GasFees            [32]byte
	PaymasterAndData   []byte
	Signature          []byte
}

// Pack converts op to the packed on-chain form. Every quantity must be set
// (see MissingFields) and gas values must fit in 128 bits. The byte slices
// of the result do not alias op, except CallData and Signature.
func (op *UserOperation) Pack() (PackedUserOperation, error) {
	var p PackedUserOperation
	if op.Nonce == nil {
		return p, fieldError("nonce", ErrMissingField)
	}
	if op.Nonce.Sign() < 0 || op.Nonce.BitLen() > 256 {
		return p, fieldError("nonce", errors.New("out of uint256 range"))
	}
	if op.PreVerificationGas == nil {
		return p, fieldError("preVerificationGas", ErrMissingField)
	}
	if err := op.putGasWords(&p.AccountGasLimits, &p.GasFees); err != nil {
		return p, err
	}
	if err := checkUint128(op.PreVerificationGas, "preVerificationGas"); err != nil {
		return p, err
	}
	pmd, err := op.PaymasterAndData()
	if err != nil {
		return p, err
	}
	p.Sender = op.Sender
	p.Nonce = op.Nonce
	p.InitCode = op.InitCode()
	p.CallData = op.CallData
	p.PreVerificationGas = op.PreVerificationGas
	p.PaymasterAndData = pmd
	p.Signature = op.Signature
	if p.CallData == nil {
		p.CallData = []byte{}
	}
	if p.InitCode == nil {
		p.InitCode = []byte{}
	}
	if p.PaymasterAndData == nil {
		p.PaymasterAndData = []byte{}
	}
	if p.Signature == nil {
		p.Signature = []byte{}
	}
	return p, nil
}

// putGasWords fills accountGasLimits and gasFees.
func (op *UserOperation) putGasWords(accountGasLimits, gasFees *[32]byte) error {
	if err := putUint128(accountGasLimits[:16], op.VerificationGasLimit, "verificationGasLimit"); err != nil {
		return err
	}
	if err := putUint128(accountGasLimits[16:], op.CallGasLimit, "callGasLimit"); err != nil {
		return err
	}
	if err := putUint128(gasFees[:16], op.MaxPriorityFeePerGas, "maxPriorityFeePerGas"); err != nil {
		return err
	}
	return putUint128(gasFees[16:], op.MaxFeePerGas, "maxFeePerGas")
}

// Unpack converts a packed op back to the unpacked form. Quantities are fresh
// big.Ints; byte slices are copied. The EIP-7702 authorization is not part of
// the packed form, so EIP7702Auth is nil. A 7702 marker initCode shorter than
// 20 bytes (allowed on chain) unpacks to the marker factory.
func Unpack(p *PackedUserOperation) (*UserOperation, error) {
	op := &UserOperation{
		Sender:             p.Sender,
		Nonce:              copyBig(p.Nonce),
		CallData:           copyBytes(p.CallData),
		Signature:          copyBytes(p.Signature),
		PreVerificationGas: copyBig(p.PreVerificationGas),
	}
	if op.Nonce == nil {
		op.Nonce = new(big.Int)
	}
	if op.PreVerificationGas == nil {
		op.PreVerificationGas = new(big.Int)
	}
	if op.CallData == nil {
		op.CallData = []byte{}
	}
	if op.Signature == nil {
		op.Signature = []byte{}
	}
	op.VerificationGasLimit = new(big.Int).SetBytes(p.AccountGasLimits[:16])
	op.CallGasLimit = new(big.Int).SetBytes(p.AccountGasLimits[16:])
	op.MaxPriorityFeePerGas = new(big.Int).SetBytes(p.GasFees[:16])
	op.MaxFeePerGas = new(big.Int).SetBytes(p.GasFees[16:])

	switch ic := p.InitCode; {
	case len(ic) == 0:
	case len(ic) >= common.AddressLength:
		f := common.BytesToAddress(ic[:common.AddressLength])
		op.Factory = &f
		op.FactoryData = copyBytes(ic[common.AddressLength:])
	case IsEIP7702InitCode(ic):
		f := eip7702Marker
		op.Factory = &f
		op.FactoryData = []byte{}
	default:
		return nil, fmt.Errorf("unpack initCode: %d bytes is shorter than a factory address", len(ic))
	}

	switch pmd := p.PaymasterAndData; {
	case len(pmd) == 0:
	case len(pmd) >= PaymasterDataOffset:
		pm := common.BytesToAddress(pmd[:PaymasterValidationGasOffset])
		op.Paymaster = &pm
		op.PaymasterVerificationGasLimit = new(big.Int).SetBytes(pmd[PaymasterValidationGasOffset:PaymasterPostOpGasOffset])
		op.PaymasterPostOpGasLimit = new(big.Int).SetBytes(pmd[PaymasterPostOpGasOffset:PaymasterDataOffset])
		op.PaymasterData = copyBytes(pmd[PaymasterDataOffset:])
	default:
		return nil, fmt.Errorf("unpack paymasterAndData: %d bytes is shorter than the %d-byte static part", len(pmd), PaymasterDataOffset)
	}
	return op, nil
}

func checkUint128(v *big.Int, name string) error {
	if v == nil {
		return fieldError(name, ErrMissingField)
	}
	if v.Sign() < 0 || v.BitLen() > 128 {
		return fieldError(name, errors.New("out of uint128 range"))
	}
	return nil
}

// putUint128 writes v big-endian into the 16-byte slice dst.
func putUint128(dst []byte, v *big.Int, name string) error {
	if err := checkUint128(v, name); err != nil {
		return err
	}
	v.FillBytes(dst[:16])
	return nil
}
