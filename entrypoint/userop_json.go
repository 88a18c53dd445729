package entrypoint

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
)

// JSON encoding (ERC-7769).
//
// Decoding:
//   - quantities are "0x" hex strings (leading zeros tolerated) or JSON
//     integers; gas values must fit in 128 bits, the nonce in 256;
//   - addresses are accepted in any letter case (checksums are not checked);
//   - a missing field and JSON null are the same ("absent");
//   - factory may be a 20-byte address or the 2-byte v0.8 marker "0x7702";
//     factoryData without factory, or paymaster gas limits/data without
//     paymaster, are rejected unless they are empty/zero (then dropped);
//   - the v0.6 fields "initCode" and "paymasterAndData" are rejected with a
//     clear message, because silently ignoring them would change the op;
//     any other unknown field is ignored (ERC-7769 clients add their own);
//   - unknown keys inside eip7702Auth are ignored, as are nulls.
//
// UserOperation requires every field a signed op needs; PartialUserOperation
// (for eth_estimateUserOperationGas) only requires sender, nonce and
// callData and leaves missing quantities nil.
//
// Encoding emits canonical lowercase quantities, EIP-55 addresses and "0x"
// for empty bytes; factory/factoryData and the paymaster fields are omitted
// when there is no factory/paymaster (the 7702 marker is written "0x7702",
// with factoryData only when non-empty), eip7702Auth is omitted when nil,
// and nil quantities (partial ops) are omitted.

// userOpJSON is the raw shape. Every field is captured without decoding so
// that errors can name the field.
type userOpJSON struct {
	Sender                        rawJSON `json:"sender"`
	Nonce                         rawJSON `json:"nonce"`
	Factory                       rawJSON `json:"factory"`
	FactoryData                   rawJSON `json:"factoryData"`
	CallData                      rawJSON `json:"callData"`
	CallGasLimit                  rawJSON `json:"callGasLimit"`
	VerificationGasLimit          rawJSON `json:"verificationGasLimit"`
	PreVerificationGas            rawJSON `json:"preVerificationGas"`
	MaxFeePerGas                  rawJSON `json:"maxFeePerGas"`
	MaxPriorityFeePerGas          rawJSON `json:"maxPriorityFeePerGas"`
	Paymaster                     rawJSON `json:"paymaster"`
	PaymasterVerificationGasLimit rawJSON `json:"paymasterVerificationGasLimit"`
	PaymasterPostOpGasLimit       rawJSON `json:"paymasterPostOpGasLimit"`
	PaymasterData                 rawJSON `json:"paymasterData"`
	Signature                     rawJSON `json:"signature"`
	EIP7702Auth                   rawJSON `json:"eip7702Auth"`
	PaymasterSignature            rawJSON `json:"paymasterSignature"` // v0.9

	// v0.6 fields: rejected in the v0.7+ shape, the only form in v0.6's.
	InitCode         rawJSON `json:"initCode"`
	PaymasterAndData rawJSON `json:"paymasterAndData"`
}

type eip7702AuthJSON struct {
	ChainID rawJSON `json:"chainId"`
	Address rawJSON `json:"address"`
	Nonce   rawJSON `json:"nonce"`
	YParity rawJSON `json:"yParity"`
	R       rawJSON `json:"r"`
	S       rawJSON `json:"s"`
}

// PartialUserOperation decodes a UserOperation leniently, for gas
// estimation: only sender, nonce and callData are required; absent
// quantities and signature stay nil. Convert with (*UserOperation)(p).
type PartialUserOperation UserOperation

// UnmarshalJSON implements json.Unmarshaler.
func (p *PartialUserOperation) UnmarshalJSON(data []byte) error {
	return (*UserOperation)(p).decodeJSON(data, true)
}

// MarshalJSON implements json.Marshaler.
func (p PartialUserOperation) MarshalJSON() ([]byte, error) {
	return UserOperation(p).MarshalJSON()
}

// UnmarshalJSON implements json.Unmarshaler with the strict rules: every
// field of a signed op must be present.
func (op *UserOperation) UnmarshalJSON(data []byte) error {
	return op.decodeJSON(data, false)
}

func (op *UserOperation) decodeJSON(data []byte, partial bool) error {
	var raw userOpJSON
	if err := json.Unmarshal(data, &raw); err != nil {
		return fmt.Errorf("invalid userOp: %w", err)
	}
	var out UserOperation
	if err := out.fromRaw(&raw, partial); err != nil {
		return err
	}
	*op = out
	return nil
}

var errV06Field = errors.New("EntryPoint v0.6 field is not accepted; use factory/factoryData and paymaster/paymasterVerificationGasLimit/paymasterPostOpGasLimit/paymasterData")

func (op *UserOperation) fromRaw(raw *userOpJSON, partial bool) error {
	if !raw.InitCode.absent() {
		return fieldError("initCode", errV06Field)
	}
	if !raw.PaymasterAndData.absent() {
		return fieldError("paymasterAndData", errV06Field)
	}

	if err := op.decodeCommon(raw, partial); err != nil {
		return err
	}

	var err error
	// Factory.
	if op.FactoryData, err = byteField(raw.FactoryData, "factoryData", false); err != nil {
		return err
	}
	if !raw.Factory.absent() {
		d, err := hexPayload(raw.Factory)
		if err != nil {
			return fieldError("factory", err)
		}
		var f common.Address
		if len(d) == 4 && (string(d) == "7702") {
			f = eip7702Marker
		} else if f, err = parseAddress(raw.Factory); err != nil {
			return fieldError("factory", fmt.Errorf("%w or the 0x7702 marker", err))
		}
		op.Factory = &f
		if op.FactoryData == nil {
			op.FactoryData = []byte{}
		}
	} else if len(op.FactoryData) > 0 {
		return fieldError("factoryData", errors.New("factoryData given without factory"))
	} else {
		op.FactoryData = nil
	}

	// Paymaster.
	if op.PaymasterVerificationGasLimit, err = quantity(raw.PaymasterVerificationGasLimit, "paymasterVerificationGasLimit", 128, false); err != nil {
		return err
	}
	if op.PaymasterPostOpGasLimit, err = quantity(raw.PaymasterPostOpGasLimit, "paymasterPostOpGasLimit", 128, false); err != nil {
		return err
	}
	if op.PaymasterData, err = byteField(raw.PaymasterData, "paymasterData", false); err != nil {
		return err
	}
	if op.PaymasterSignature, err = byteField(raw.PaymasterSignature, "paymasterSignature", false); err != nil {
		return err
	}
	if len(op.PaymasterSignature) == 0 {
		op.PaymasterSignature = nil // "0x" is no signature: nothing is appended
	}
	if !raw.Paymaster.absent() {
		pm, err := parseAddress(raw.Paymaster)
		if err != nil {
			return fieldError("paymaster", err)
		}
		op.Paymaster = &pm
		if !partial {
			if op.PaymasterVerificationGasLimit == nil {
				return fieldError("paymasterVerificationGasLimit", ErrMissingField)
			}
			if op.PaymasterPostOpGasLimit == nil {
				return fieldError("paymasterPostOpGasLimit", ErrMissingField)
			}
		}
		if op.PaymasterData == nil {
			op.PaymasterData = []byte{}
		}
	} else {
		errNoPM := errors.New("given without paymaster")
		switch {
		case isNonZero(op.PaymasterVerificationGasLimit):
			return fieldError("paymasterVerificationGasLimit", errNoPM)
		case isNonZero(op.PaymasterPostOpGasLimit):
			return fieldError("paymasterPostOpGasLimit", errNoPM)
		case len(op.PaymasterData) > 0:
			return fieldError("paymasterData", errNoPM)
		case len(op.PaymasterSignature) > 0:
			return fieldError("paymasterSignature", errNoPM)
		}
		op.PaymasterVerificationGasLimit, op.PaymasterPostOpGasLimit, op.PaymasterData = nil, nil, nil
	}

	if !raw.EIP7702Auth.absent() {
		a, err := decodeEIP7702Auth(raw.EIP7702Auth)
		if err != nil {
			return err
		}
		op.EIP7702Auth = a
	}
	return nil
}

// decodeCommon decodes the fields every version's JSON shares: sender,
// nonce, callData, the five gas quantities and signature.
func (op *UserOperation) decodeCommon(raw *userOpJSON, partial bool) error {
	var err error
	if raw.Sender.absent() {
		return fieldError("sender", ErrMissingField)
	}
	if op.Sender, err = parseAddress(raw.Sender); err != nil {
		return fieldError("sender", err)
	}
	if op.Nonce, err = quantity(raw.Nonce, "nonce", 256, true); err != nil {
		return err
	}
	if op.CallData, err = byteField(raw.CallData, "callData", true); err != nil {
		return err
	}
	for _, f := range [...]struct {
		dst  **big.Int
		raw  rawJSON
		name string
	}{
		{&op.CallGasLimit, raw.CallGasLimit, "callGasLimit"},
		{&op.VerificationGasLimit, raw.VerificationGasLimit, "verificationGasLimit"},
		{&op.PreVerificationGas, raw.PreVerificationGas, "preVerificationGas"},
		{&op.MaxFeePerGas, raw.MaxFeePerGas, "maxFeePerGas"},
		{&op.MaxPriorityFeePerGas, raw.MaxPriorityFeePerGas, "maxPriorityFeePerGas"},
	} {
		if *f.dst, err = quantity(f.raw, f.name, 128, !partial); err != nil {
			return err
		}
	}
	if op.Signature, err = byteField(raw.Signature, "signature", !partial); err != nil {
		return err
	}
	return nil
}

func decodeEIP7702Auth(r rawJSON) (*EIP7702Auth, error) {
	var raw eip7702AuthJSON
	if err := json.Unmarshal(r, &raw); err != nil {
		return nil, fieldError("eip7702Auth", err)
	}
	a := new(EIP7702Auth)
	var err error
	if a.ChainID, err = quantity(raw.ChainID, "eip7702Auth.chainId", 256, true); err != nil {
		return nil, err
	}
	if raw.Address.absent() {
		return nil, fieldError("eip7702Auth.address", ErrMissingField)
	}
	if a.Address, err = parseAddress(raw.Address); err != nil {
		return nil, fieldError("eip7702Auth.address", err)
	}
	if raw.Nonce.absent() {
		return nil, fieldError("eip7702Auth.nonce", ErrMissingField)
	}
	if a.Nonce, err = parseUint64(raw.Nonce); err != nil {
		return nil, fieldError("eip7702Auth.nonce", err)
	}
	if raw.YParity.absent() {
		return nil, fieldError("eip7702Auth.yParity", ErrMissingField)
	}
	y, err := parseUint64(raw.YParity)
	if err != nil {
		return nil, fieldError("eip7702Auth.yParity", err)
	}
	if y > 1 {
		return nil, fieldError("eip7702Auth.yParity", fmt.Errorf("must be 0 or 1, got %d", y))
	}
	a.YParity = uint8(y)
	if a.R, err = quantity(raw.R, "eip7702Auth.r", 256, true); err != nil {
		return nil, err
	}
	if a.S, err = quantity(raw.S, "eip7702Auth.s", 256, true); err != nil {
		return nil, err
	}
	return a, nil
}

func quantity(r rawJSON, name string, bits int, required bool) (*big.Int, error) {
	if r.absent() {
		if required {
			return nil, fieldError(name, ErrMissingField)
		}
		return nil, nil
	}
	v, err := parseQuantity(r, bits)
	if err != nil {
		return nil, fieldError(name, err)
	}
	return v, nil
}

func byteField(r rawJSON, name string, required bool) ([]byte, error) {
	if r.absent() {
		if required {
			return nil, fieldError(name, ErrMissingField)
		}
		return nil, nil
	}
	b, err := parseBytes(r)
	if err != nil {
		return nil, fieldError(name, err)
	}
	return b, nil
}

// MarshalJSON implements json.Marshaler (see the encoding rules above).
func (op UserOperation) MarshalJSON() ([]byte, error) {
	for _, q := range [...]struct {
		name string
		v    *big.Int
	}{
		{"nonce", op.Nonce}, {"callGasLimit", op.CallGasLimit}, {"verificationGasLimit", op.VerificationGasLimit},
		{"preVerificationGas", op.PreVerificationGas}, {"maxFeePerGas", op.MaxFeePerGas},
		{"maxPriorityFeePerGas", op.MaxPriorityFeePerGas}, {"paymasterVerificationGasLimit", op.PaymasterVerificationGasLimit},
		{"paymasterPostOpGasLimit", op.PaymasterPostOpGasLimit},
	} {
		if isNegative(q.v) {
			return nil, fieldError(q.name, errNegative)
		}
	}
	if a := op.EIP7702Auth; a != nil && (isNegative(a.ChainID) || isNegative(a.R) || isNegative(a.S)) {
		return nil, fieldError("eip7702Auth", errNegative)
	}
	return op.AppendJSON(make([]byte, 0, 512+2*(len(op.CallData)+len(op.FactoryData)+len(op.PaymasterData)+len(op.Signature)+len(op.PaymasterSignature)))), nil
}

// AppendJSON appends the JSON encoding of op to dst. Unlike MarshalJSON it
// does not check for negative quantities.
func (op *UserOperation) AppendJSON(dst []byte) []byte {
	dst = append(dst, `{"sender":`...)
	dst = appendAddress(dst, op.Sender)
	dst = appendOptQuantity(dst, `,"nonce":`, op.Nonce)
	if op.Factory != nil {
		if *op.Factory == eip7702Marker {
			dst = append(dst, `,"factory":"0x7702"`...)
			if len(op.FactoryData) > 0 {
				dst = append(dst, `,"factoryData":`...)
				dst = appendBytes(dst, op.FactoryData)
			}
		} else {
			dst = append(dst, `,"factory":`...)
			dst = appendAddress(dst, *op.Factory)
			dst = append(dst, `,"factoryData":`...)
			dst = appendBytes(dst, op.FactoryData)
		}
	}
	dst = append(dst, `,"callData":`...)
	dst = appendBytes(dst, op.CallData)
	dst = appendOptQuantity(dst, `,"callGasLimit":`, op.CallGasLimit)
	dst = appendOptQuantity(dst, `,"verificationGasLimit":`, op.VerificationGasLimit)
	dst = appendOptQuantity(dst, `,"preVerificationGas":`, op.PreVerificationGas)
	dst = appendOptQuantity(dst, `,"maxFeePerGas":`, op.MaxFeePerGas)
	dst = appendOptQuantity(dst, `,"maxPriorityFeePerGas":`, op.MaxPriorityFeePerGas)
	if op.Paymaster != nil {
		dst = append(dst, `,"paymaster":`...)
		dst = appendAddress(dst, *op.Paymaster)
		dst = appendOptQuantity(dst, `,"paymasterVerificationGasLimit":`, op.PaymasterVerificationGasLimit)
		dst = appendOptQuantity(dst, `,"paymasterPostOpGasLimit":`, op.PaymasterPostOpGasLimit)
		dst = append(dst, `,"paymasterData":`...)
		dst = appendBytes(dst, op.PaymasterData)
		if len(op.PaymasterSignature) > 0 {
			dst = append(dst, `,"paymasterSignature":`...)
			dst = appendBytes(dst, op.PaymasterSignature)
		}
	}
	dst = append(dst, `,"signature":`...)
	dst = appendBytes(dst, op.Signature)
	if a := op.EIP7702Auth; a != nil {
		dst = append(dst, `,"eip7702Auth":{`...)
		dst = appendOptQuantity(dst, `"chainId":`, a.ChainID)
		if a.ChainID != nil {
			dst = append(dst, ',')
		}
		dst = append(dst, `"address":`...)
		dst = appendAddress(dst, a.Address)
		dst = append(dst, `,"nonce":"0x`...)
		dst = strconv.AppendUint(dst, a.Nonce, 16)
		dst = append(dst, `","yParity":"0x`...)
		dst = strconv.AppendUint(dst, uint64(a.YParity), 16)
		dst = append(dst, '"')
		dst = appendOptQuantity(dst, `,"r":`, a.R)
		dst = appendOptQuantity(dst, `,"s":`, a.S)
		dst = append(dst, '}')
	}
	return append(dst, '}')
}

func appendOptQuantity(dst []byte, key string, v *big.Int) []byte {
	if v == nil {
		return dst
	}
	dst = append(dst, key...)
	return appendQuantity(dst, v)
}

func isNegative(v *big.Int) bool { return v != nil && v.Sign() < 0 }
