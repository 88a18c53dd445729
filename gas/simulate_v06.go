package gas

import (
	"bytes"
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/klaster-dev/klaster/bindings/v06"
	"github.com/klaster-dev/klaster/entrypoint"
)

// EntryPoint v0.6 has simulateHandleOp on the EntryPoint itself. It always
// reverts (ExecutionResult when the op validated), so its logs are lost;
// the execution's outcome is read from a callTracer trace instead: the
// EntryPoint's call of the sender inside innerHandleOp, and the paymaster's
// postOp there.

var abiV06 = func() *entryPointV06ABI {
	a, err := v06.EntryPointMetaData.GetAbi()
	if err != nil {
		panic("gas: EntryPoint v0.6 ABI: " + err.Error())
	}
	id := a.Errors["ExecutionResult"].ID
	return &entryPointV06ABI{abi: a, executionResult: id[:4], innerHandleOp: a.Methods["innerHandleOp"].ID}
}()

type entryPointV06ABI struct {
	abi                            *abi.ABI
	executionResult, innerHandleOp []byte
}

type callFrame struct {
	From    common.Address `json:"from"`
	To      common.Address `json:"to"`
	Input   hexutil.Bytes  `json:"input"`
	Output  hexutil.Bytes  `json:"output"`
	Error   string         `json:"error"`
	GasUsed hexutil.Uint64 `json:"gasUsed"`
	Calls   []callFrame    `json:"calls"`
}

// runV06 simulates op with v0.6 simulateHandleOp under callTracer.
func (s *simulator) runV06(ctx context.Context, op *entrypoint.UserOperation) (*simulation, error) {
	p, err := op.PackV06()
	if err != nil {
		return nil, err
	}
	data, err := abiV06.abi.Pack("simulateHandleOp", v06.UserOperation(p), common.Address{}, []byte{})
	if err != nil {
		return nil, fmt.Errorf("pack simulateHandleOp: %w", err)
	}
	call := map[string]any{"to": s.entryPoint, "data": hexutil.Bytes(data), "gas": hexutil.Uint64(s.gas)}
	cfg := map[string]any{"tracer": "callTracer", "stateOverrides": s.overrides}
	var top callFrame
	if err := s.node.CallContext(ctx, &top, "debug_traceCall", call, "latest", cfg); err != nil {
		return nil, fmt.Errorf("debug_traceCall simulateHandleOp: %w", err)
	}
	return decodeSimulationV06(&top, s.entryPoint, op)
}

func decodeSimulationV06(top *callFrame, ep common.Address, op *entrypoint.UserOperation) (*simulation, error) {
	sim := &simulation{}
	out := []byte(top.Output)
	if top.Error == "" {
		return nil, fmt.Errorf("EntryPoint v0.6 simulateHandleOp returned instead of reverting")
	}
	if len(out) < 4 || !bytes.Equal(out[:4], abiV06.executionResult[:4]) {
		if len(out) == 0 {
			sim.revertMsg = "simulateHandleOp failed: " + top.Error
		} else {
			sim.revert = out
		}
		return sim, nil
	}
	vals, err := abiV06.abi.Errors["ExecutionResult"].Inputs.Unpack(out[4:])
	if err != nil || len(vals) < 1 {
		return nil, fmt.Errorf("decode ExecutionResult: %v", err)
	}
	if pre, ok := vals[0].(interface{ Uint64() uint64 }); ok {
		sim.preOpGas = pre.Uint64()
	}
	sim.sawEvent, sim.success = true, true
	inner := findFrame(top, func(f *callFrame) bool {
		return f.From == ep && f.To == ep && len(f.Input) >= 4 && bytes.Equal(f.Input[:4], abiV06.innerHandleOp[:4])
	})
	if inner == nil {
		return nil, fmt.Errorf("simulateHandleOp trace without innerHandleOp")
	}
	for i := range inner.Calls {
		c := &inner.Calls[i]
		switch {
		case c.To == op.Sender && c.From == ep:
			sim.execGas = max(uint64(c.GasUsed), 1)
			if c.Error != "" {
				sim.success = false
				sim.execRevert = append([]byte{}, c.Output...)
			}
		case op.Paymaster != nil && c.To == *op.Paymaster && c.Error != "":
			sim.success, sim.sawPostOp = false, true
			sim.postOpRevert = append([]byte{}, c.Output...)
		}
	}
	if inner.Error != "" && sim.success {
		sim.success = false // innerHandleOp failed otherwise (its own gas checks)
		sim.execRevert = append([]byte{}, inner.Output...)
	}
	return sim, nil
}

func findFrame(f *callFrame, match func(*callFrame) bool) *callFrame {
	if match(f) {
		return f
	}
	for i := range f.Calls {
		if m := findFrame(&f.Calls[i], match); m != nil {
			return m
		}
	}
	return nil
}
