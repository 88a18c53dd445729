package rpc

import (
	"fmt"
	"maps"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
)

// JSON-RPC error codes. The -325xx codes are ERC-7769's.
const (
	CodeParseError     = -32700 // JSON-RPC: invalid JSON
	CodeInvalidRequest = -32600 // JSON-RPC: not a valid request (also: body or batch too large)
	CodeMethodNotFound = -32601 // JSON-RPC: returned by go-ethereum's dispatcher
	CodeInvalidParams  = -32602 // ERC-7769: invalid UserOperation struct/fields
	CodeInternal       = -32603 // JSON-RPC: internal error
	CodeTimeout        = -32002 // go-ethereum: "request timed out"
	CodeRateLimited    = -32005 // EIP-1474: limit exceeded

	CodeRejectedByEntryPoint   = -32500 // ERC-7769: rejected by EntryPoint simulation (wallet creation or validation)
	CodeRejectedByPaymaster    = -32501 // ERC-7769: rejected by the paymaster's validatePaymasterUserOp
	CodeOpcodeValidation       = -32502 // ERC-7769: ERC-7562 opcode/storage rule violation
	CodeOutOfTimeRange         = -32503 // ERC-7769: UserOperation out of time range
	CodeThrottledOrBanned      = -32504 // ERC-7769: paymaster or other entity throttled or banned
	CodeStakeTooLow            = -32505 // ERC-7769: stake or unstake delay too low
	CodeUnsupportedAggregator  = -32506 // ERC-4337 (dropped from ERC-7769): unsupported signature aggregator
	CodeInvalidSignature       = -32507 // ERC-7769: account or paymaster signature check failed
	CodePaymasterDepositTooLow = -32508 // ERC-7769: paymaster deposit cannot cover all pending ops
	CodeExecutionReverted      = -32521 // reference bundler: callData execution reverted during estimation
)

// Error is a JSON-RPC error with a code and optional data. Return it from an
// RPC method and go-ethereum serializes it as {code, message, data}.
type Error struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    any    `json:"data,omitempty"`
}

var (
	_ gethrpc.Error     = (*Error)(nil)
	_ gethrpc.DataError = (*Error)(nil)
)

// NewError returns an error with the given code and a formatted message.
func NewError(code int, format string, args ...any) *Error {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	return &Error{Code: code, Message: msg}
}

func (e *Error) Error() string   { return e.Message }
func (e *Error) ErrorCode() int  { return e.Code }
func (e *Error) ErrorData() any  { return e.Data }
func (e *Error) clone() *Error   { c := *e; return &c }
func (e *Error) dataMap() Fields { m, _ := e.Data.(Fields); return m }

// Fields is the data object the constructors build.
type Fields = map[string]any

// WithData returns a copy of e carrying data.
func (e *Error) WithData(data any) *Error {
	c := e.clone()
	c.Data = data
	return c
}

// ForOp returns a copy of e whose data names the failing op of an interchain
// transaction as {"index": i, "chainId": "0x…"}, merged with any data object
// e already has.
func (e *Error) ForOp(index int, chainID uint64) *Error {
	m := Fields{}
	if d := e.dataMap(); d != nil {
		maps.Copy(m, d)
	} else if e.Data != nil {
		m["detail"] = e.Data
	}
	m["index"] = index
	m["chainId"] = hexutil.Uint64(chainID)
	return e.WithData(m)
}

// InvalidParams is -32602: a malformed request or UserOperation field.
func InvalidParams(format string, args ...any) *Error {
	return NewError(CodeInvalidParams, format, args...)
}

// RejectedByEntryPoint is -32500. reason must carry the EntryPoint's AAxx
// reason, e.g. `FailedOp(0,"AA21 didn't pay prefund")`.
func RejectedByEntryPoint(reason string) *Error {
	return &Error{Code: CodeRejectedByEntryPoint, Message: reason}
}

// RejectedByPaymaster is -32501; data names the paymaster.
func RejectedByPaymaster(paymaster common.Address, reason string) *Error {
	return (&Error{Code: CodeRejectedByPaymaster, Message: reason}).WithData(Fields{"paymaster": paymaster.Hex()})
}

// OpcodeValidation is -32502: an ERC-7562 rule violation, e.g.
// OpcodeValidation("account uses banned opcode: %s", "GASPRICE").
func OpcodeValidation(format string, args ...any) *Error {
	return NewError(CodeOpcodeValidation, format, args...)
}

// OutOfTimeRange is -32503; data carries validUntil and validAfter as
// quantities, and paymaster when one caused it.
func OutOfTimeRange(validAfter, validUntil uint64, paymaster *common.Address, format string, args ...any) *Error {
	d := Fields{"validUntil": hexutil.Uint64(validUntil), "validAfter": hexutil.Uint64(validAfter)}
	if paymaster != nil {
		d["paymaster"] = paymaster.Hex()
	}
	return NewError(CodeOutOfTimeRange, format, args...).WithData(d)
}

// ThrottledOrBanned is -32504; entity is the role ("paymaster", "account",
// "factory", "aggregator") and becomes the data key, as in the reference
// bundler: {"paymaster": "0x…"}.
func ThrottledOrBanned(entity string, addr common.Address, format string, args ...any) *Error {
	return NewError(CodeThrottledOrBanned, format, args...).WithData(Fields{entity: addr.Hex()})
}

// StakeTooLow is -32505; data carries the entity, minimumStake (wei) and
// minimumUnstakeDelay (seconds).
func StakeTooLow(entity string, addr common.Address, minStake *big.Int, minUnstakeDelay uint64, format string, args ...any) *Error {
	d := Fields{entity: addr.Hex(), "minimumUnstakeDelay": hexutil.Uint64(minUnstakeDelay)}
	if minStake != nil {
		d["minimumStake"] = (*hexutil.Big)(minStake)
	}
	return NewError(CodeStakeTooLow, format, args...).WithData(d)
}

// UnsupportedAggregator is -32506; data names the aggregator.
func UnsupportedAggregator(aggregator common.Address) *Error {
	return NewError(CodeUnsupportedAggregator, "unsupported signature aggregator %s", aggregator.Hex()).
		WithData(Fields{"aggregator": aggregator.Hex()})
}

// InvalidSignature is -32507, e.g. InvalidSignature("AA24: Invalid UserOp signature").
func InvalidSignature(format string, args ...any) *Error {
	return NewError(CodeInvalidSignature, format, args...)
}

// PaymasterDepositTooLow is -32508.
func PaymasterDepositTooLow(format string, args ...any) *Error {
	return NewError(CodePaymasterDepositTooLow, format, args...)
}

// ExecutionReverted is -32521; revertData, when present, is the data.
func ExecutionReverted(revertData []byte, format string, args ...any) *Error {
	e := NewError(CodeExecutionReverted, format, args...)
	if len(revertData) > 0 {
		e.Data = hexutil.Bytes(revertData)
	}
	return e
}
