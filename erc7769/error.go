package erc7769

import (
	"errors"
	"fmt"
	"maps"
)

// Error is an error a JSON-RPC client sees with its code. go-ethereum's rpc
// package serializes it as {code, message, data} (it implements rpc.Error
// and rpc.DataError). The other fields are for Go callers and never reach
// the wire unless a constructor also put them into Data.
type Error struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    any    `json:"data,omitempty"` // nil, or a JSON-marshalable value

	// Rule is the ERC-7562 rule id ("OP-011", "STO-021", ...) or the
	// EntryPoint's AAxx code the failure comes from; may be empty.
	Rule string `json:"-"`
	// Entity is the role at fault; may be empty.
	Entity Entity `json:"-"`
	// Address is the entity's (or the offending contract's) address; the
	// zero value when unknown.
	Address [20]byte `json:"-"`
	// Kind is a sentinel error (errors.Is matches it); may be nil.
	Kind error `json:"-"`
	// Cause is the underlying error, appended to the message; may be nil.
	Cause error `json:"-"`
}

// New returns an error with code and a formatted message (format is used
// verbatim when there are no args).
func New(code int, format string, args ...any) *Error {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	return &Error{Code: code, Message: msg}
}

// Error returns the message, followed by the cause when there is one.
func (e *Error) Error() string {
	if e.Cause != nil {
		return e.Message + ": " + e.Cause.Error()
	}
	return e.Message
}

// ErrorCode returns the JSON-RPC error code.
func (e *Error) ErrorCode() int { return e.Code }

// ErrorData returns the JSON-RPC error data (nil when there is none).
func (e *Error) ErrorData() any { return e.Data }

// Unwrap returns the kind and the cause, for errors.Is and errors.As.
func (e *Error) Unwrap() []error {
	var errs []error
	if e.Kind != nil {
		errs = append(errs, e.Kind)
	}
	if e.Cause != nil {
		errs = append(errs, e.Cause)
	}
	return errs
}

// HasAddress reports whether Address is set.
func (e *Error) HasAddress() bool { return e.Address != [20]byte{} }

// WithData returns a copy of e carrying data.
func (e *Error) WithData(data any) *Error {
	c := *e
	c.Data = data
	return &c
}

// AddData returns a copy of e whose data object also holds fields (e's own
// data must be nil or a map[string]any; fields win on equal keys).
func (e *Error) AddData(fields map[string]any) *Error {
	m := map[string]any{}
	if d, ok := e.Data.(map[string]any); ok {
		maps.Copy(m, d)
	}
	maps.Copy(m, fields)
	return e.WithData(m)
}

// ForOp returns a copy of e whose data names the failing op of an
// interchain transaction as {"index": i, "chainId": "0x…"}, merged with e's
// own data object (other data goes under "detail").
func (e *Error) ForOp(index int, chainID uint64) *Error {
	data := map[string]any{}
	switch d := e.Data.(type) {
	case nil:
	case map[string]any:
		maps.Copy(data, d)
	default:
		data["detail"] = d
	}
	data["index"] = index
	data["chainId"] = fmt.Sprintf("0x%x", chainID)
	return e.WithData(data)
}

// OpError is ForOp for any error, with the op also named in the message:
// "op i (chain c): …". An err without an *Error in its chain is wrapped
// with the same context and keeps no code.
func OpError(err error, index int, chainID uint64) error {
	var e *Error
	if !errors.As(err, &e) {
		return fmt.Errorf("op %d (chain %d): %w", index, chainID, err)
	}
	c := e.ForOp(index, chainID)
	c.Message = fmt.Sprintf("op %d (chain %d): %s", index, chainID, err.Error())
	c.Cause = nil
	return c
}

// CodeOf returns err's JSON-RPC code: an *Error's, or any error's that has
// an ErrorCode method (go-ethereum's rpc errors); CodeInternal otherwise.
func CodeOf(err error) int {
	var coded interface{ ErrorCode() int }
	if errors.As(err, &coded) {
		return coded.ErrorCode()
	}
	return CodeInternal
}

// EntityOf returns the entity at fault named by err: the Entity of an
// *Error in its chain, or the entity of its Rule's AAxx code; "" when err
// names none.
func EntityOf(err error) Entity {
	var e *Error
	if !errors.As(err, &e) {
		return ""
	}
	if e.Entity != "" {
		return e.Entity
	}
	return EntityOfAACode(e.Rule)
}
