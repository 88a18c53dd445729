package gas

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// JSON-RPC error codes used by this package (ERC-7769, plus the reference
// bundler's -32521 for execution reverts during estimation).
const (
	CodeInvalidFields          = -32602 // malformed or out-of-bounds op fields, PVG or fees too low
	CodeSimulateValidation     = -32500 // rejected by the EntryPoint during creation or account validation
	CodeSimulatePaymaster      = -32501 // rejected by the paymaster's validatePaymasterUserOp
	CodePaymasterDepositTooLow = -32508 // paymaster deposit cannot cover the op
	CodeExecutionReverted      = -32521 // the op's callData reverts (estimation)
	CodeInternal               = -32603 // node or encoding failure
)

// Error is a gas check or estimation failure with its JSON-RPC code. It
// implements go-ethereum rpc's Error and DataError interfaces.
type Error struct {
	Code    int
	Message string
	Data    any // nil, or a JSON-marshalable value
}

func (e *Error) Error() string  { return e.Message }
func (e *Error) ErrorCode() int { return e.Code }
func (e *Error) ErrorData() any { return e.Data }

func newError(code int, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

func invalidFields(format string, args ...any) *Error {
	return newError(CodeInvalidFields, format, args...)
}

// PaymasterData is the data of -32501/-32508 errors.
type PaymasterData struct {
	Paymaster common.Address `json:"paymaster"`
}

// RevertData is the data of -32521 (and of -32500/-32501 when the
// EntryPoint reverted): the raw revert bytes and their decoding.
type RevertData struct {
	Reason     string          `json:"reason,omitempty"`
	RevertData hexutil.Bytes   `json:"revertData"`
	Paymaster  *common.Address `json:"paymaster,omitempty"`
}
