package mempool

import (
	"errors"
	"fmt"
)

// ERC-7769 / JSON-RPC error codes used by the pool (see the package comment).
const (
	CodeInvalidParams    = -32602
	CodeInternal         = -32603
	CodeTimeRange        = -32503
	CodeRuleViolation    = -32502
	CodeThrottled        = -32504
	CodeStake            = -32505
	CodePaymasterDeposit = -32508
)

// Kinds of admission and lifecycle errors, for errors.Is.
var (
	ErrInvalid                = errors.New("invalid user operation")
	ErrReplacementUnderpriced = errors.New("replacement underpriced")
	ErrAlreadySubmitted       = errors.New("op with the same nonce is already in a bundle")
	ErrSenderLimit            = errors.New("sender mempool limit reached")
	ErrEntityLimit            = errors.New("unstaked entity mempool limit reached")
	ErrThrottled              = errors.New("entity throttled")
	ErrBanned                 = errors.New("entity banned")
	ErrEntityRole             = errors.New("address is a sender in one op and another entity in another (STO-040)")
	ErrPoolFull               = errors.New("mempool full")
	ErrDepositTooLow          = errors.New("paymaster deposit too low")
	ErrExpired                = errors.New("op expired")
	ErrNotDue                 = errors.New("op not yet valid")
	ErrStore                  = errors.New("mempool store failed")
	ErrNotFound               = errors.New("op not found")
	ErrBadState               = errors.New("op not in a state that allows this")
)

// Error is a pool error with the JSON-RPC code and data the RPC layer returns
// unchanged. errors.Is matches its Kind (one of the Err* values) and its
// cause.
type Error struct {
	Kind  error
	Code  int
	Msg   string
	Data  any
	Cause error
}

func (e *Error) Error() string {
	if e.Cause != nil {
		return e.Msg + ": " + e.Cause.Error()
	}
	return e.Msg
}

// ErrorCode returns the JSON-RPC error code.
func (e *Error) ErrorCode() int { return e.Code }

// ErrorData returns the JSON-RPC error data (nil when there is none).
func (e *Error) ErrorData() any { return e.Data }

// Unwrap returns the kind and the cause.
func (e *Error) Unwrap() []error {
	errs := []error{e.Kind}
	if e.Cause != nil {
		errs = append(errs, e.Cause)
	}
	return errs
}

func newError(kind error, code int, data any, format string, args ...any) *Error {
	return &Error{Kind: kind, Code: code, Msg: fmt.Sprintf(format, args...), Data: data}
}
