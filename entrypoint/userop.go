package entrypoint

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// UserOperation is the unpacked (ERC-7769 JSON-RPC) form of an EntryPoint
// v0.7/v0.8 user operation.
//
// Optional values are represented by nil: a nil Factory means "no factory"
// (empty initCode), a nil Paymaster means "no paymaster" (empty
// paymasterAndData) and a nil *big.Int means that the quantity was not given.
// The latter only happens for operations decoded with
// PartialUserOperation (gas estimation); Pack and Hash reject it.
//
// Gas limits and fees must fit in 128 bits (they are packed into bytes16
// halves); the nonce is a uint256.
type UserOperation struct {
	Sender                        common.Address
	Nonce                         *big.Int
	Factory                       *common.Address // nil: none; EIP7702Marker(): v0.8 7702 initCode
	FactoryData                   []byte
	CallData                      []byte
	CallGasLimit                  *big.Int
	VerificationGasLimit          *big.Int
	PreVerificationGas            *big.Int
	MaxFeePerGas                  *big.Int
	MaxPriorityFeePerGas          *big.Int
	Paymaster                     *common.Address // nil: no paymaster
	PaymasterVerificationGasLimit *big.Int
	PaymasterPostOpGasLimit       *big.Int
	PaymasterData                 []byte
	Signature                     []byte
	EIP7702Auth                   *EIP7702Auth // v0.8 and later; nil when absent
	// PaymasterSignature (v0.9) is the paymaster's signature, appended to
	// paymasterAndData with its length and magic and left outside the
	// userOpHash, so the paymaster can sign after the user. Empty: none.
	PaymasterSignature []byte
}

// HasFactory reports whether the op carries initCode (a factory or the 7702 marker).
func (op *UserOperation) HasFactory() bool { return op.Factory != nil }

// HasPaymaster reports whether the op names a paymaster.
func (op *UserOperation) HasPaymaster() bool { return op.Paymaster != nil }

// IsEIP7702 reports whether the op's initCode is the v0.8 EIP-7702 marker.
func (op *UserOperation) IsEIP7702() bool {
	return op.Factory != nil && *op.Factory == eip7702Marker
}

// InitCode returns factory‖factoryData, or nil without factory. For the 7702
// marker this is the 20-byte padded marker followed by factoryData.
func (op *UserOperation) InitCode() []byte {
	if op.Factory == nil {
		return nil
	}
	b := make([]byte, 0, common.AddressLength+len(op.FactoryData))
	b = append(b, op.Factory[:]...)
	return append(b, op.FactoryData...)
}

// PaymasterAndData returns paymaster‖pmVerificationGasLimit‖pmPostOpGasLimit‖paymasterData,
// followed by the v0.9 paymasterSignature suffix when there is a
// PaymasterSignature, or nil without paymaster. The paymaster gas limits
// must be set.
func (op *UserOperation) PaymasterAndData() ([]byte, error) {
	if op.Paymaster == nil {
		return nil, nil
	}
	n := PaymasterDataOffset + len(op.PaymasterData)
	if len(op.PaymasterSignature) > 0 {
		n += len(op.PaymasterSignature) + PaymasterSignatureSuffixLen
	}
	b := make([]byte, PaymasterDataOffset, n)
	if err := op.putPaymasterStatic(b); err != nil {
		return nil, err
	}
	b = append(b, op.PaymasterData...)
	return appendPaymasterSignature(b, op.PaymasterSignature), nil
}

// putPaymasterStatic writes the 52 static bytes of paymasterAndData into b.
func (op *UserOperation) putPaymasterStatic(b []byte) error {
	copy(b, op.Paymaster[:])
	if err := putUint128(b[20:36], op.PaymasterVerificationGasLimit, "paymasterVerificationGasLimit"); err != nil {
		return err
	}
	return putUint128(b[36:52], op.PaymasterPostOpGasLimit, "paymasterPostOpGasLimit")
}

// Copy returns a deep copy of op.
func (op *UserOperation) Copy() *UserOperation {
	cp := *op
	cp.Nonce = copyBig(op.Nonce)
	cp.Factory = copyAddr(op.Factory)
	cp.FactoryData = copyBytes(op.FactoryData)
	cp.CallData = copyBytes(op.CallData)
	cp.CallGasLimit = copyBig(op.CallGasLimit)
	cp.VerificationGasLimit = copyBig(op.VerificationGasLimit)
	cp.PreVerificationGas = copyBig(op.PreVerificationGas)
	cp.MaxFeePerGas = copyBig(op.MaxFeePerGas)
	cp.MaxPriorityFeePerGas = copyBig(op.MaxPriorityFeePerGas)
	cp.Paymaster = copyAddr(op.Paymaster)
	cp.PaymasterVerificationGasLimit = copyBig(op.PaymasterVerificationGasLimit)
	cp.PaymasterPostOpGasLimit = copyBig(op.PaymasterPostOpGasLimit)
	cp.PaymasterData = copyBytes(op.PaymasterData)
	cp.Signature = copyBytes(op.Signature)
	cp.PaymasterSignature = copyBytes(op.PaymasterSignature)
	if op.EIP7702Auth != nil {
		a := *op.EIP7702Auth
		a.ChainID = copyBig(a.ChainID)
		a.R = copyBig(a.R)
		a.S = copyBig(a.S)
		cp.EIP7702Auth = &a
	}
	return &cp
}

// MissingFields lists the JSON names of the quantities that are nil although
// Pack/Hash need them (paymaster limits only count when a paymaster is set).
func (op *UserOperation) MissingFields() []string {
	var missing []string
	check := func(name string, v *big.Int) {
		if v == nil {
			missing = append(missing, name)
		}
	}
	check("nonce", op.Nonce)
	check("callGasLimit", op.CallGasLimit)
	check("verificationGasLimit", op.VerificationGasLimit)
	check("preVerificationGas", op.PreVerificationGas)
	check("maxFeePerGas", op.MaxFeePerGas)
	check("maxPriorityFeePerGas", op.MaxPriorityFeePerGas)
	if op.Paymaster != nil {
		check("paymasterVerificationGasLimit", op.PaymasterVerificationGasLimit)
		check("paymasterPostOpGasLimit", op.PaymasterPostOpGasLimit)
	}
	return missing
}

// Validate checks that op is complete and usable with EntryPoint version v:
// every quantity is set and in range, the 7702 marker and eip7702Auth are
// only used with v0.8, and paymaster/factory fields are consistent.
func (op *UserOperation) Validate(v Version) error {
	if !v.Valid() {
		return fmt.Errorf("invalid EntryPoint version %v", v)
	}
	if m := op.MissingFields(); len(m) > 0 {
		return fieldError(m[0], ErrMissingField)
	}
	if op.Nonce.Sign() < 0 || op.Nonce.BitLen() > 256 {
		return fieldError("nonce", errors.New("out of uint256 range"))
	}
	for _, f := range [...]struct {
		name string
		v    *big.Int
	}{
		{"callGasLimit", op.CallGasLimit},
		{"verificationGasLimit", op.VerificationGasLimit},
		{"preVerificationGas", op.PreVerificationGas},
		{"maxFeePerGas", op.MaxFeePerGas},
		{"maxPriorityFeePerGas", op.MaxPriorityFeePerGas},
		{"paymasterVerificationGasLimit", op.PaymasterVerificationGasLimit},
		{"paymasterPostOpGasLimit", op.PaymasterPostOpGasLimit},
	} {
		if f.v != nil && (f.v.Sign() < 0 || f.v.BitLen() > 128) {
			return fieldError(f.name, errors.New("out of uint128 range"))
		}
	}
	if op.Factory == nil && len(op.FactoryData) > 0 {
		return fieldError("factoryData", errors.New("factoryData given without factory"))
	}
	if op.Paymaster == nil && (len(op.PaymasterData) > 0 || len(op.PaymasterSignature) > 0 || isNonZero(op.PaymasterVerificationGasLimit) || isNonZero(op.PaymasterPostOpGasLimit)) {
		return fieldError("paymaster", errors.New("paymaster fields given without paymaster"))
	}
	if !v.SupportsEIP7702() {
		if op.EIP7702Auth != nil {
			return fieldError("eip7702Auth", fmt.Errorf("not supported by EntryPoint %v", v))
		}
		if op.IsEIP7702() {
			return fieldError("factory", fmt.Errorf("0x7702 marker not supported by EntryPoint %v", v))
		}
	}
	if len(op.PaymasterSignature) > 0 && !v.HasPaymasterSignature() {
		return fieldError("paymasterSignature", fmt.Errorf("not supported by EntryPoint %v (v0.9 and later)", v))
	}
	if len(op.PaymasterSignature) > MaxPaymasterSignatureLen {
		return fieldError("paymasterSignature", fmt.Errorf("%d bytes is longer than %d", len(op.PaymasterSignature), MaxPaymasterSignatureLen))
	}
	if v.HasPaymasterSignature() && op.Paymaster != nil {
		// A suffix inside paymasterData must be one the EntryPoint can read
		// (else InvalidPaymasterSignatureLength).
		if _, _, err := signedPaymasterData(op); err != nil {
			return fieldError("paymasterData", err)
		}
	}
	if v == V06 {
		if isNonZero(op.PaymasterVerificationGasLimit) || isNonZero(op.PaymasterPostOpGasLimit) {
			return fieldError("paymasterAndData", errors.New("EntryPoint v0.6 has no paymaster gas limits"))
		}
	}
	if op.EIP7702Auth != nil {
		if err := op.EIP7702Auth.validate(); err != nil {
			return fieldError("eip7702Auth", err)
		}
	}
	return nil
}

// ErrMissingField is wrapped by FieldError when a required field is absent.
var ErrMissingField = errors.New("missing required field")

// FieldError reports a problem with one named UserOperation field.
type FieldError struct {
	Field string // JSON field name, e.g. "callGasLimit"
	Err   error
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("invalid userOp field %q: %v", e.Field, e.Err)
}

func (e *FieldError) Unwrap() error { return e.Err }

func fieldError(name string, err error) error { return &FieldError{Field: name, Err: err} }

func isNonZero(v *big.Int) bool { return v != nil && v.Sign() != 0 }

func copyBig(v *big.Int) *big.Int {
	if v == nil {
		return nil
	}
	return new(big.Int).Set(v)
}

func copyAddr(a *common.Address) *common.Address {
	if a == nil {
		return nil
	}
	c := *a
	return &c
}

func copyBytes(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}
