package validation

import (
	"strings"

	"github.com/ethereum/go-ethereum/core/vm"
)

// bannedOpcodes are forbidden in every validation frame (OP-011). GAS is
// listed separately (OP-012): the tracer only counts GAS not followed by a
// *CALL. CREATE/CREATE2 are judged by OP-031/032 and EREP-060.
var bannedOpcodes = map[vm.OpCode]bool{
	vm.ORIGIN:       true,
	vm.GASPRICE:     true,
	vm.BLOCKHASH:    true,
	vm.COINBASE:     true,
	vm.TIMESTAMP:    true,
	vm.NUMBER:       true,
	vm.PREVRANDAO:   true,
	vm.GASLIMIT:     true,
	vm.BASEFEE:      true,
	vm.BLOBHASH:     true,
	vm.BLOBBASEFEE:  true,
	vm.INVALID:      true,
	vm.SELFDESTRUCT: true,
}

// stakedOnlyOpcodes are allowed only for staked entities (OP-080).
var stakedOnlyOpcodes = map[vm.OpCode]bool{vm.BALANCE: true, vm.SELFBALANCE: true}

// unassignedOpcode reports an opcode go-ethereum does not define (OP-013).
func unassignedOpcode(op vm.OpCode) bool {
	return strings.HasPrefix(op.String(), "opcode ")
}
