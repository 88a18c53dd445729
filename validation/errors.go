package validation

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// ERC-7769 JSON-RPC error codes produced by this package.
const (
	CodeSimulationRejected = -32500 // account or factory validation reverted
	CodePaymasterRejected  = -32501 // paymaster validation reverted
	CodeRuleViolation      = -32502 // ERC-7562 opcode / storage / code rule violation
	CodeOutOfTimeRange     = -32503 // expired or expiring too soon
	CodeThrottled          = -32504 // entity throttled or banned
	CodeStakeTooLow        = -32505 // stake or unstake delay too low
	CodeSignatureFailed    = -32507 // account or paymaster signature check failed
)

// Error is a validation rejection. It implements go-ethereum's rpc.Error and
// rpc.DataError interfaces (ErrorCode, ErrorData).
type Error struct {
	Code    int
	Message string
	// Rule is the ERC-7562 rule id ("OP-011", "STO-021", ...) or the
	// EntryPoint AA code for reverts; may be empty.
	Rule string
	// Entity is "account", "factory", "paymaster" or "aggregator"; may be empty.
	Entity string
	// Address is the offending contract (or the entity), if any.
	Address *common.Address
	// Extra holds additional data fields (e.g. minimumStake, validUntil).
	Extra map[string]any
}

func (e *Error) Error() string { return e.Message }

// ErrorCode returns the JSON-RPC error code.
func (e *Error) ErrorCode() int { return e.Code }

// ErrorData returns {rule, entity, address, ...Extra}, omitting empty fields.
func (e *Error) ErrorData() any {
	d := make(map[string]any, 3+len(e.Extra))
	if e.Rule != "" {
		d["rule"] = e.Rule
	}
	if e.Entity != "" {
		d["entity"] = e.Entity
	}
	if e.Address != nil {
		d["address"] = e.Address.Hex()
	}
	for k, v := range e.Extra {
		d[k] = v
	}
	if len(d) == 0 {
		return nil
	}
	return d
}

func addrPtr(a common.Address) *common.Address { return &a }

// ruleError is a -32502 violation of rule by entity at addr.
func ruleError(rule string, entity Entity, addr common.Address, format string, args ...any) *Error {
	return &Error{
		Code:    CodeRuleViolation,
		Message: rule + ": " + fmt.Sprintf(format, args...),
		Rule:    rule,
		Entity:  string(entity),
		Address: addrPtr(addr),
	}
}
