package validation

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/erc7769"
)

// newError is how this package builds its *erc7769.Error values: the typed
// fields (rule, entity, address) are set for Go callers, and the data object
// clients see is {rule, entity, address, ...extra}, omitting empty fields
// (nil when all are).
func newError(code int, rule string, entity Entity, addr *common.Address, extra map[string]any, format string, args ...any) *erc7769.Error {
	e := erc7769.New(code, format, args...)
	e.Rule, e.Entity = rule, entity
	d := make(map[string]any, 3+len(extra))
	if rule != "" {
		d["rule"] = rule
	}
	if entity != "" {
		d["entity"] = string(entity)
	}
	if addr != nil {
		e.Address = *addr
		d["address"] = addr.Hex()
	}
	for k, v := range extra {
		d[k] = v
	}
	if len(d) > 0 {
		e.Data = d
	}
	return e
}

func addrPtr(a common.Address) *common.Address { return &a }

// ruleError is a -32502 violation of rule by entity at addr.
func ruleError(rule string, entity Entity, addr common.Address, format string, args ...any) *erc7769.Error {
	return newError(erc7769.CodeOpcodeValidation, rule, entity, &addr, nil, "%s: %s", rule, fmt.Sprintf(format, args...))
}
