package entrypoint

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// errorsABIJSON declares the revert errors of EntryPoint v0.7/v0.8 (they
// are identical in both) plus Solidity's builtin Error and Panic.
const errorsABIJSON = `[
 {"type":"error","name":"FailedOp","inputs":[{"name":"opIndex","type":"uint256"},{"name":"reason","type":"string"}]},
 {"type":"error","name":"FailedOpWithRevert","inputs":[{"name":"opIndex","type":"uint256"},{"name":"reason","type":"string"},{"name":"inner","type":"bytes"}]},
 {"type":"error","name":"SignatureValidationFailed","inputs":[{"name":"aggregator","type":"address"}]},
 {"type":"error","name":"PostOpReverted","inputs":[{"name":"returnData","type":"bytes"}]},
 {"type":"error","name":"SenderAddressResult","inputs":[{"name":"sender","type":"address"}]},
 {"type":"error","name":"Error","inputs":[{"name":"message","type":"string"}]},
 {"type":"error","name":"Panic","inputs":[{"name":"code","type":"uint256"}]}
]`

// Revert selectors (checked against the signatures in tests). Never written.
var (
	selectorFailedOp                  = [4]byte{0x22, 0x02, 0x66, 0xb6} // FailedOp(uint256,string)
	selectorFailedOpWithRevert        = [4]byte{0x65, 0xc8, 0xfd, 0x4d} // FailedOpWithRevert(uint256,string,bytes)
	selectorSignatureValidationFailed = [4]byte{0x86, 0xa9, 0xf7, 0x50} // SignatureValidationFailed(address)
	selectorPostOpReverted            = [4]byte{0xad, 0x79, 0x54, 0xbc} // PostOpReverted(bytes)
	selectorSenderAddressResult       = [4]byte{0x6c, 0xa7, 0xb8, 0x06} // SenderAddressResult(address)
	selectorError                     = [4]byte{0x08, 0xc3, 0x79, 0xa0} // Error(string)
	selectorPanic                     = [4]byte{0x4e, 0x48, 0x7b, 0x71} // Panic(uint256)
)

// errorsABI is parsed once and only read afterwards.
var errorsABI = func() abi.ABI {
	a, err := abi.JSON(strings.NewReader(errorsABIJSON))
	if err != nil {
		panic("entrypoint: bad embedded errors ABI: " + err.Error())
	}
	return a
}()

// RevertKind says which error a RevertError decoded.
type RevertKind uint8

// Kinds of decoded reverts.
const (
	KindFailedOp RevertKind = iota + 1
	KindFailedOpWithRevert
	KindSignatureValidationFailed
	KindPostOpReverted
	KindSenderAddressResult
	KindError // Error(string), i.e. require/revert with a message
	KindPanic // Panic(uint256)
)

var kindNames = [...]string{"", "FailedOp", "FailedOpWithRevert", "SignatureValidationFailed", "PostOpReverted", "SenderAddressResult", "Error", "Panic"}

// String returns the Solidity error name.
func (k RevertKind) String() string {
	if int(k) < len(kindNames) && k != 0 {
		return kindNames[k]
	}
	return "RevertKind(" + strconv.Itoa(int(k)) + ")"
}

// ErrUnknownRevert is returned by DecodeRevert for data it cannot decode.
var ErrUnknownRevert = errors.New("unknown revert selector")

// RevertError is a decoded EntryPoint revert.
type RevertError struct {
	Kind RevertKind
	// OpIndex is the offending op of FailedOp/FailedOpWithRevert, else -1.
	OpIndex int
	// Reason is the FailedOp reason ("AA21 didn't pay prefund") or the
	// Error(string) message.
	Reason string
	// Code is the "AAnn" prefix of Reason, or "".
	Code string
	// Inner is FailedOpWithRevert.inner or PostOpReverted.returnData.
	Inner []byte
	// Address is SignatureValidationFailed.aggregator or SenderAddressResult.sender.
	Address common.Address
	// PanicCode is the Panic(uint256) code.
	PanicCode *big.Int
	// Data is the complete revert data.
	Data []byte
}

// DecodeRevert decodes EntryPoint revert data. Unknown selectors give an
// error wrapping ErrUnknownRevert.
func DecodeRevert(data []byte) (*RevertError, error) {
	if len(data) < 4 {
		return nil, fmt.Errorf("decode revert %s: %w", hexutil.Encode(data), ErrUnknownRevert)
	}
	var name string
	switch [4]byte(data[:4]) {
	case selectorFailedOp:
		name = "FailedOp"
	case selectorFailedOpWithRevert:
		name = "FailedOpWithRevert"
	case selectorSignatureValidationFailed:
		name = "SignatureValidationFailed"
	case selectorPostOpReverted:
		name = "PostOpReverted"
	case selectorSenderAddressResult:
		name = "SenderAddressResult"
	case selectorError:
		name = "Error"
	case selectorPanic:
		name = "Panic"
	default:
		return nil, fmt.Errorf("decode revert selector %s: %w", hexutil.Encode(data[:4]), ErrUnknownRevert)
	}
	abiErr := errorsABI.Errors[name]
	vals, err := abiErr.Inputs.Unpack(data[4:])
	if err != nil {
		return nil, fmt.Errorf("decode %s revert: %w", abiErr.Name, err)
	}
	e := &RevertError{OpIndex: -1, Data: bytes.Clone(data)}
	switch abiErr.Name {
	case "FailedOp", "FailedOpWithRevert":
		e.Kind = KindFailedOp
		idx := vals[0].(*big.Int)
		if !idx.IsInt64() || idx.Int64() > int64(^uint(0)>>1) {
			return nil, fmt.Errorf("decode %s revert: opIndex %v out of range", abiErr.Name, idx)
		}
		e.OpIndex = int(idx.Int64())
		e.Reason = vals[1].(string)
		e.Code = aaCode(e.Reason)
		if abiErr.Name == "FailedOpWithRevert" {
			e.Kind = KindFailedOpWithRevert
			e.Inner = vals[2].([]byte)
		}
	case "SignatureValidationFailed":
		e.Kind = KindSignatureValidationFailed
		e.Address = vals[0].(common.Address)
	case "SenderAddressResult":
		e.Kind = KindSenderAddressResult
		e.Address = vals[0].(common.Address)
	case "PostOpReverted":
		e.Kind = KindPostOpReverted
		e.Inner = vals[0].([]byte)
	case "Error":
		e.Kind = KindError
		e.Reason = vals[0].(string)
		e.Code = aaCode(e.Reason)
	case "Panic":
		e.Kind = KindPanic
		e.PanicCode = vals[0].(*big.Int)
	}
	return e, nil
}

// aaCode returns "AAnn" when reason starts with it.
func aaCode(reason string) string {
	if len(reason) >= 4 && reason[0] == 'A' && reason[1] == 'A' &&
		reason[2] >= '0' && reason[2] <= '9' && reason[3] >= '0' && reason[3] <= '9' &&
		(len(reason) == 4 || reason[4] == ' ') {
		return reason[:4]
	}
	return ""
}

// codeClass returns the tens digit of the AA code ('1' for AA1x), or 0.
func (e *RevertError) codeClass() byte {
	if e.Code == "" {
		return 0
	}
	return e.Code[2]
}

// IsFactoryError reports an AA1x error (initCode / factory).
func (e *RevertError) IsFactoryError() bool { return e.codeClass() == '1' }

// IsAccountError reports an AA2x error (account validation).
func (e *RevertError) IsAccountError() bool { return e.codeClass() == '2' }

// IsPaymasterError reports an AA3x error (paymaster validation).
func (e *RevertError) IsPaymasterError() bool { return e.codeClass() == '3' }

// InnerRevert decodes Inner (FailedOpWithRevert / PostOpReverted).
func (e *RevertError) InnerRevert() (*RevertError, error) {
	if len(e.Inner) == 0 {
		return nil, fmt.Errorf("%v has no inner revert data", e.Kind)
	}
	return DecodeRevert(e.Inner)
}

// Error formats the revert the way the reference bundler reports it, e.g.
// FailedOp(0,"AA21 didn't pay prefund") or
// FailedOpWithRevert(0,"AA23 reverted",Error(testWallet: dead signature)).
func (e *RevertError) Error() string {
	var sb strings.Builder
	e.format(&sb, 0)
	return sb.String()
}

func (e *RevertError) format(sb *strings.Builder, depth int) {
	switch e.Kind {
	case KindFailedOp:
		fmt.Fprintf(sb, "FailedOp(%d,%q)", e.OpIndex, e.Reason)
	case KindFailedOpWithRevert:
		fmt.Fprintf(sb, "FailedOpWithRevert(%d,%q,", e.OpIndex, e.Reason)
		formatInner(sb, e.Inner, depth)
		sb.WriteByte(')')
	case KindSignatureValidationFailed:
		fmt.Fprintf(sb, "SignatureValidationFailed(%s)", e.Address.Hex())
	case KindSenderAddressResult:
		fmt.Fprintf(sb, "SenderAddressResult(%s)", e.Address.Hex())
	case KindPostOpReverted:
		sb.WriteString("PostOpReverted(")
		formatInner(sb, e.Inner, depth)
		sb.WriteByte(')')
	case KindError:
		fmt.Fprintf(sb, "Error(%s)", e.Reason)
	case KindPanic:
		fmt.Fprintf(sb, "Panic(0x%x", e.PanicCode)
		if e.PanicCode.IsUint64() {
			if s := panicReason(e.PanicCode.Uint64()); s != "" {
				sb.WriteString(": " + s)
			}
		}
		sb.WriteByte(')')
	default:
		sb.WriteString("revert " + hexutil.Encode(e.Data))
	}
}

func formatInner(sb *strings.Builder, inner []byte, depth int) {
	if depth < 4 {
		if ie, err := DecodeRevert(inner); err == nil {
			ie.format(sb, depth+1)
			return
		}
	}
	sb.WriteString(hexutil.Encode(inner))
}

func panicReason(code uint64) string {
	switch code {
	case 0x00:
		return "generic panic"
	case 0x01:
		return "assert failed"
	case 0x11:
		return "arithmetic underflow or overflow"
	case 0x12:
		return "division or modulo by zero"
	case 0x21:
		return "invalid enum value"
	case 0x22:
		return "invalid storage byte array"
	case 0x31:
		return "pop on empty array"
	case 0x32:
		return "array index out of bounds"
	case 0x41:
		return "out of memory"
	case 0x51:
		return "call to zero-initialized function"
	}
	return ""
}

// RevertData extracts revert data from an error returned by an
// eth_call/eth_estimateGas through go-ethereum's rpc client or ethclient
// (errors implementing ErrorData() interface{} carrying hex or bytes).
func RevertData(err error) ([]byte, bool) {
	var de interface{ ErrorData() interface{} }
	if !errors.As(err, &de) {
		return nil, false
	}
	switch d := de.ErrorData().(type) {
	case string:
		b, err := hexutil.Decode(d)
		if err != nil {
			return nil, false
		}
		return b, true
	case []byte:
		return d, true
	case hexutil.Bytes:
		return d, true
	}
	return nil, false
}

// DecodeRevertError is RevertData followed by DecodeRevert.
func DecodeRevertError(err error) (*RevertError, bool) {
	data, ok := RevertData(err)
	if !ok {
		return nil, false
	}
	re, derr := DecodeRevert(data)
	if derr != nil {
		return nil, false
	}
	return re, true
}
