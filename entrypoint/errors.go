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
// are identical in both; v0.6 has FailedOp, SignatureValidationFailed and
// SenderAddressResult of them) plus Solidity's builtin Error and Panic. The
// custom errors v0.9 added are in customErrorsABIJSON.
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

// customErrorsABIJSON declares the custom errors EntryPoint v0.9 added
// (some replace require strings of v0.8). DecodeRevert reports them as
// KindCustom with the arguments in Reason.
const customErrorsABIJSON = `[
 {"type":"error","name":"InvalidPaymasterSignatureLength","inputs":[{"name":"dataLength","type":"uint256"},{"name":"pmSignatureLength","type":"uint256"}]},
 {"type":"error","name":"InvalidPaymasterData","inputs":[{"name":"paymasterAndDataLength","type":"uint256"}]},
 {"type":"error","name":"InvalidPaymaster","inputs":[{"name":"paymaster","type":"address"}]},
 {"type":"error","name":"Eip7702SenderWithoutCode","inputs":[{"name":"sender","type":"address"}]},
 {"type":"error","name":"Eip7702SenderNotDelegate","inputs":[{"name":"sender","type":"address"}]},
 {"type":"error","name":"InvalidBeneficiary","inputs":[{"name":"beneficiary","type":"address"}]},
 {"type":"error","name":"FailedSendToBeneficiary","inputs":[{"name":"beneficiary","type":"address"},{"name":"amount","type":"uint256"},{"name":"revertData","type":"bytes"}]},
 {"type":"error","name":"InternalFunction","inputs":[]},
 {"type":"error","name":"Reentrancy","inputs":[]},
 {"type":"error","name":"InsufficientDeposit","inputs":[{"name":"currentDeposit","type":"uint256"},{"name":"withdrawAmount","type":"uint256"}]},
 {"type":"error","name":"InvalidStake","inputs":[{"name":"msgValue","type":"uint256"},{"name":"currentStake","type":"uint256"}]},
 {"type":"error","name":"InvalidUnstakeDelay","inputs":[{"name":"newUnstakeDelaySec","type":"uint256"},{"name":"currentUnstakeDelaySec","type":"uint256"}]},
 {"type":"error","name":"NotStaked","inputs":[{"name":"currentStake","type":"uint256"},{"name":"unstakeDelaySec","type":"uint256"},{"name":"staked","type":"bool"}]},
 {"type":"error","name":"StakeNotUnlocked","inputs":[{"name":"withdrawTime","type":"uint256"},{"name":"blockTimestamp","type":"uint256"}]},
 {"type":"error","name":"WithdrawalNotDue","inputs":[{"name":"withdrawTime","type":"uint256"},{"name":"blockTimestamp","type":"uint256"}]},
 {"type":"error","name":"StakeWithdrawalFailed","inputs":[{"name":"account","type":"address"},{"name":"withdrawAddress","type":"address"},{"name":"amount","type":"uint256"},{"name":"revertReason","type":"bytes"}]},
 {"type":"error","name":"DepositWithdrawalFailed","inputs":[{"name":"account","type":"address"},{"name":"withdrawAddress","type":"address"},{"name":"amount","type":"uint256"},{"name":"revertReason","type":"bytes"}]},
 {"type":"error","name":"PaymasterNotDeployed","inputs":[{"name":"paymaster","type":"address"}]}
]`

// customErrors maps the selectors of customErrorsABIJSON to their errors.
var customErrors = func() map[[4]byte]abi.Error {
	a, err := abi.JSON(strings.NewReader(customErrorsABIJSON))
	if err != nil {
		panic("entrypoint: bad embedded custom errors ABI: " + err.Error())
	}
	m := make(map[[4]byte]abi.Error, len(a.Errors))
	for _, e := range a.Errors {
		m[[4]byte(e.ID[:4])] = e
	}
	return m
}()

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
	// KindCustom is one of the custom errors of v0.9 (Name says which;
	// Reason lists its arguments; Address is its first address argument).
	KindCustom
)

var kindNames = [...]string{"", "FailedOp", "FailedOpWithRevert", "SignatureValidationFailed", "PostOpReverted", "SenderAddressResult", "Error", "Panic", "Custom"}

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
	// Name is the Solidity error name (also for KindCustom).
	Name string
	// Data is the complete revert data.
	Data []byte
}

// Entity says whose fault a v0.9 custom error is: "paymaster", "account"
// (the sender), "bundler" (the bundle transaction itself) or "stake" (stake
// management), else "".
func (e *RevertError) Entity() string {
	switch e.Name {
	case "InvalidPaymasterSignatureLength", "InvalidPaymasterData", "InvalidPaymaster", "PaymasterNotDeployed":
		return "paymaster"
	case "Eip7702SenderWithoutCode", "Eip7702SenderNotDelegate":
		return "account"
	case "InvalidBeneficiary", "FailedSendToBeneficiary", "InternalFunction", "Reentrancy":
		return "bundler"
	case "InsufficientDeposit", "InvalidStake", "InvalidUnstakeDelay", "NotStaked", "StakeNotUnlocked", "WithdrawalNotDue",
		"StakeWithdrawalFailed", "DepositWithdrawalFailed":
		return "stake"
	}
	return ""
}

func decodeCustom(abiErr abi.Error, data []byte) (*RevertError, error) {
	vals, err := abiErr.Inputs.Unpack(data[4:])
	if err != nil {
		return nil, fmt.Errorf("decode %s revert: %w", abiErr.Name, err)
	}
	e := &RevertError{Kind: KindCustom, OpIndex: -1, Name: abiErr.Name, Data: bytes.Clone(data)}
	var sb strings.Builder
	addrSet := false
	for i, in := range abiErr.Inputs {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(in.Name + "=")
		switch v := vals[i].(type) {
		case common.Address:
			sb.WriteString(v.Hex())
			if !addrSet {
				e.Address, addrSet = v, true
			}
		case []byte:
			sb.WriteString(hexutil.Encode(v))
			if e.Inner == nil {
				e.Inner = v
			}
		default:
			fmt.Fprint(&sb, v)
		}
	}
	e.Reason = sb.String()
	return e, nil
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
		if ce, ok := customErrors[[4]byte(data[:4])]; ok {
			return decodeCustom(ce, data)
		}
		return nil, fmt.Errorf("decode revert selector %s: %w", hexutil.Encode(data[:4]), ErrUnknownRevert)
	}
	abiErr := errorsABI.Errors[name]
	vals, err := abiErr.Inputs.Unpack(data[4:])
	if err != nil {
		return nil, fmt.Errorf("decode %s revert: %w", abiErr.Name, err)
	}
	e := &RevertError{OpIndex: -1, Name: abiErr.Name, Data: bytes.Clone(data)}
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

// IsPaymasterError reports an AA3x error (paymaster validation) or a v0.9
// custom error that blames the paymaster (PaymasterNotDeployed,
// InvalidPaymaster, InvalidPaymasterData, InvalidPaymasterSignatureLength).
func (e *RevertError) IsPaymasterError() bool {
	return e.codeClass() == '3' || (e.Kind == KindCustom && e.Entity() == "paymaster")
}

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
	case KindCustom:
		fmt.Fprintf(sb, "%s(%s)", e.Name, e.Reason)
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
