package rpc

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/klaster-dev/klaster/erc7769"
)

// Fields is the data object the constructors build.
type Fields = map[string]any

// InvalidParams is -32602: a malformed request or UserOperation field.
func InvalidParams(format string, args ...any) *erc7769.Error {
	return erc7769.New(erc7769.CodeInvalidParams, format, args...)
}

// RejectedByEntryPoint is -32500. reason must carry the EntryPoint's AAxx
// reason, e.g. `FailedOp(0,"AA21 didn't pay prefund")`.
func RejectedByEntryPoint(reason string) *erc7769.Error {
	return &erc7769.Error{Code: erc7769.CodeRejectedByEntryPoint, Message: reason}
}

// RejectedByPaymaster is -32501; data names the paymaster.
func RejectedByPaymaster(paymaster common.Address, reason string) *erc7769.Error {
	return &erc7769.Error{Code: erc7769.CodeRejectedByPaymaster, Message: reason, Data: Fields{"paymaster": paymaster.Hex()},
		Entity: erc7769.EntityPaymaster, Address: paymaster}
}

// OpcodeValidation is -32502: an ERC-7562 rule violation, e.g.
// OpcodeValidation("account uses banned opcode: %s", "GASPRICE").
func OpcodeValidation(format string, args ...any) *erc7769.Error {
	return erc7769.New(erc7769.CodeOpcodeValidation, format, args...)
}

// OutOfTimeRange is -32503; data carries validUntil and validAfter as
// quantities, and paymaster when one caused it.
func OutOfTimeRange(validAfter, validUntil uint64, paymaster *common.Address, format string, args ...any) *erc7769.Error {
	d := Fields{"validUntil": hexutil.Uint64(validUntil), "validAfter": hexutil.Uint64(validAfter)}
	if paymaster != nil {
		d["paymaster"] = paymaster.Hex()
	}
	return erc7769.New(erc7769.CodeOutOfTimeRange, format, args...).WithData(d)
}

// ThrottledOrBanned is -32504; entity is the role ("paymaster", "account",
// "factory", "aggregator") and becomes the data key, as in the reference
// bundler: {"paymaster": "0x…"}.
func ThrottledOrBanned(entity string, addr common.Address, format string, args ...any) *erc7769.Error {
	e := erc7769.New(erc7769.CodeThrottledOrBanned, format, args...).WithData(Fields{entity: addr.Hex()})
	e.Entity, e.Address = erc7769.Entity(entity), addr
	return e
}

// StakeTooLow is -32505; data carries the entity, minimumStake (wei) and
// minimumUnstakeDelay (seconds).
func StakeTooLow(entity string, addr common.Address, minStake *big.Int, minUnstakeDelay uint64, format string, args ...any) *erc7769.Error {
	d := Fields{entity: addr.Hex(), "minimumUnstakeDelay": hexutil.Uint64(minUnstakeDelay)}
	if minStake != nil {
		d["minimumStake"] = (*hexutil.Big)(minStake)
	}
	e := erc7769.New(erc7769.CodeStakeTooLow, format, args...).WithData(d)
	e.Entity, e.Address = erc7769.Entity(entity), addr
	return e
}

// UnsupportedAggregator is -32506; data names the aggregator.
func UnsupportedAggregator(aggregator common.Address) *erc7769.Error {
	return erc7769.New(erc7769.CodeUnsupportedAggregator, "unsupported signature aggregator %s", aggregator.Hex()).
		WithData(Fields{"aggregator": aggregator.Hex()})
}

// InvalidSignature is -32507, e.g. InvalidSignature("AA24: Invalid UserOp signature").
func InvalidSignature(format string, args ...any) *erc7769.Error {
	return erc7769.New(erc7769.CodeInvalidSignature, format, args...)
}

// PaymasterDepositTooLow is -32508.
func PaymasterDepositTooLow(format string, args ...any) *erc7769.Error {
	return erc7769.New(erc7769.CodePaymasterDepositTooLow, format, args...)
}

// ExecutionReverted is -32521; revertData, when present, is the data.
func ExecutionReverted(revertData []byte, format string, args ...any) *erc7769.Error {
	e := erc7769.New(erc7769.CodeExecutionReverted, format, args...)
	if len(revertData) > 0 {
		e.Data = hexutil.Bytes(revertData)
	}
	return e
}
