package validation

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/vm"
)

// Frame is one call frame of go-ethereum's erc7562Tracer output.
type Frame struct {
	Type         string
	From         common.Address
	To           common.Address // zero when absent (failed CREATE)
	Gas          uint64
	GasUsed      uint64
	Value        *hexutil.Big
	Input        []byte
	Output       []byte
	Error        string
	RevertReason string

	AccessedSlots     AccessedSlots
	ExtCodeAccessInfo []common.Address
	UsedOpcodes       map[vm.OpCode]uint64
	ContractSize      map[common.Address]ContractSize
	OutOfGas          bool
	// Keccak holds every KECCAK256 preimage of the transaction (root only).
	Keccak [][]byte
	Calls  []Frame
}

// AccessedSlots is the storage touched in one frame, owned by the frame's
// storage context (StorageOwner).
type AccessedSlots struct {
	Reads           map[common.Hash][]common.Hash `json:"reads"`
	Writes          map[common.Hash]uint64        `json:"writes"`
	TransientReads  map[common.Hash]uint64        `json:"transientReads"`
	TransientWrites map[common.Hash]uint64        `json:"transientWrites"`
}

// ContractSize is the code size of an EXT*/CALL target at first access.
type ContractSize struct {
	ContractSize int       `json:"contractSize"`
	Opcode       vm.OpCode `json:"opcode"`
}

// StorageOwner is the address whose storage the frame's code accesses: the
// caller's context for DELEGATECALL/CALLCODE, else the callee.
func (f *Frame) StorageOwner() common.Address {
	if f.Type == "DELEGATECALL" || f.Type == "CALLCODE" {
		return f.From
	}
	return f.To
}

// Reverted reports whether the frame ended with an error.
func (f *Frame) Reverted() bool { return f.Error != "" }

type rawFrame struct {
	Type              string                          `json:"type"`
	From              common.Address                  `json:"from"`
	To                *common.Address                 `json:"to"`
	Gas               hexutil.Uint64                  `json:"gas"`
	GasUsed           hexutil.Uint64                  `json:"gasUsed"`
	Value             *hexutil.Big                    `json:"value"`
	Input             hexutil.Bytes                   `json:"input"`
	Output            hexutil.Bytes                   `json:"output"`
	Error             string                          `json:"error"`
	RevertReason      string                          `json:"revertReason"`
	AccessedSlots     AccessedSlots                   `json:"accessedSlots"`
	ExtCodeAccessInfo []common.Address                `json:"extCodeAccessInfo"`
	UsedOpcodes       map[string]uint64               `json:"usedOpcodes"`
	ContractSize      map[common.Address]ContractSize `json:"contractSize"`
	OutOfGas          bool                            `json:"outOfGas"`
	Keccak            []hexutil.Bytes                 `json:"keccak"`
	Calls             []rawFrame                      `json:"calls"`
}

// maxFrameDepth bounds nesting; the EVM allows 1024 call levels.
const maxFrameDepth = 1100

// DecodeTrace decodes the erc7562Tracer JSON of a debug_traceCall. It never
// panics; malformed input gives an error.
func DecodeTrace(data []byte) (*Frame, error) {
	var raw rawFrame
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("decode erc7562Tracer output: %w", err)
	}
	f, err := convertFrame(&raw, 0)
	if err != nil {
		return nil, fmt.Errorf("decode erc7562Tracer output: %w", err)
	}
	return f, nil
}

func convertFrame(r *rawFrame, depth int) (*Frame, error) {
	if depth > maxFrameDepth {
		return nil, fmt.Errorf("call frames nested deeper than %d", maxFrameDepth)
	}
	f := &Frame{
		Type:              strings.ToUpper(r.Type),
		From:              r.From,
		Gas:               uint64(r.Gas),
		GasUsed:           uint64(r.GasUsed),
		Value:             r.Value,
		Input:             r.Input,
		Output:            r.Output,
		Error:             r.Error,
		RevertReason:      r.RevertReason,
		AccessedSlots:     r.AccessedSlots,
		ExtCodeAccessInfo: r.ExtCodeAccessInfo,
		ContractSize:      r.ContractSize,
		OutOfGas:          r.OutOfGas,
		UsedOpcodes:       make(map[vm.OpCode]uint64, len(r.UsedOpcodes)),
	}
	if r.To != nil {
		f.To = *r.To
	}
	for k, n := range r.UsedOpcodes {
		op, err := parseOpcodeKey(k)
		if err != nil {
			return nil, err
		}
		f.UsedOpcodes[op] += n
	}
	if len(r.Keccak) > 0 {
		f.Keccak = make([][]byte, len(r.Keccak))
		for i, k := range r.Keccak {
			f.Keccak[i] = k
		}
	}
	if len(r.Calls) > 0 {
		f.Calls = make([]Frame, len(r.Calls))
		for i := range r.Calls {
			c, err := convertFrame(&r.Calls[i], depth+1)
			if err != nil {
				return nil, err
			}
			f.Calls[i] = *c
		}
	}
	return f, nil
}

// parseOpcodeKey parses a usedOpcodes key: hex ("0x54") or decimal.
func parseOpcodeKey(k string) (vm.OpCode, error) {
	var (
		v   uint64
		err error
	)
	if strings.HasPrefix(k, "0x") || strings.HasPrefix(k, "0X") {
		v, err = strconv.ParseUint(k[2:], 16, 8)
	} else {
		v, err = strconv.ParseUint(k, 10, 8)
	}
	if err != nil {
		return 0, fmt.Errorf("bad usedOpcodes key %q", k)
	}
	return vm.OpCode(v), nil
}
