package gas

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/klaster-dev/klaster/bindings/v07"
	"github.com/klaster-dev/klaster/bindings/v08"
	"github.com/klaster-dev/klaster/bindings/v09"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
)

// simulationABI has simulateHandleOp and the EntryPoint events; v0.7 and
// v0.8 agree on all of them.
var simulationABI = func() *abi.ABI {
	a, err := v08.EntryPointSimulationsMetaData.GetAbi()
	if err != nil {
		panic("gas: EntryPointSimulations ABI: " + err.Error())
	}
	return a
}()

// simulationCodeAt is the EntryPointSimulations code to put at entryPoint:
// the chain spec's (Deployment.SimulationCode, its immutables set) when the
// EntryPoint has it, else the version's published code, whose zero-filled
// immutables give a wrong v0.8 userOpHash inside the simulation.
func (e *Estimator) simulationCodeAt(entryPoint common.Address, v entrypoint.Version) []byte {
	if d, ok := e.Config.EntryPoints.Lookup(entryPoint); ok && len(d.SimulationCode) > 0 {
		return d.SimulationCode
	}
	return simulationCode[v]
}

// Runtime code of EntryPointSimulations per version, injected at the
// EntryPoint address.
var simulationCode = map[entrypoint.Version][]byte{
	entrypoint.V07: common.FromHex(v07.EntryPointSimulationsDeployedBin),
	entrypoint.V08: common.FromHex(v08.EntryPointSimulationsDeployedBin),
	entrypoint.V09: common.FromHex(v09.EntryPointSimulationsDeployedBin),
}

var (
	eventUserOperation = simulationABI.Events["UserOperationEvent"].ID
	eventRevertReason  = simulationABI.Events["UserOperationRevertReason"].ID
	eventPostOpRevert  = simulationABI.Events["PostOpRevertReason"].ID
)

// simulation is the outcome of one simulateHandleOp.
type simulation struct {
	revert    []byte // non-nil: simulateHandleOp reverted with this data
	revertMsg string // the node's message for a revert without data

	preOpGas uint64 // validation gas used + preVerificationGas
	// accountValidation and paymasterValidation are the validationData
	// words (v0.7: validAfter and validUntil), never nil after a decode.
	accountValidation, paymasterValidation *big.Int

	sawEvent      bool   // a UserOperationEvent was emitted
	success       bool   // its success flag
	actualGasUsed uint64 // its actualGasUsed
	execGas       uint64 // v0.6: gas the sender's execution call used (0: unknown)
	execRevert    []byte // UserOperationRevertReason.revertReason
	postOpRevert  []byte // PostOpRevertReason.revertReason
	sawPostOp     bool
}

func (s *simulation) reverted() bool { return s.revert != nil || s.revertMsg != "" }

// executed reports whether the op validated and its execution (and postOp)
// succeeded.
func (s *simulation) executed() bool { return !s.reverted() && s.sawEvent && s.success }

// simulator runs EntryPointSimulations.simulateHandleOp through
// eth_simulateV1, which (unlike eth_call) returns the logs, so execution
// success is known.
type simulator struct {
	node       RPCCaller
	entryPoint common.Address
	overrides  StateOverride // including the simulations code
	gas        uint64
	v06        bool // EntryPoint v0.6: simulateHandleOp on the EntryPoint (runV06)
}

type simLog struct {
	Address common.Address `json:"address"`
	Topics  []common.Hash  `json:"topics"`
	Data    hexutil.Bytes  `json:"data"`
}

type simCall struct {
	ReturnData hexutil.Bytes  `json:"returnData"`
	Logs       []simLog       `json:"logs"`
	GasUsed    hexutil.Uint64 `json:"gasUsed"`
	Status     hexutil.Uint64 `json:"status"`
	Error      *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
		Data    string `json:"data"`
	} `json:"error"`
}

type simBlock struct {
	Calls []simCall `json:"calls"`
}

func (s *simulator) run(ctx context.Context, op *entrypoint.UserOperation) (*simulation, error) {
	if s.v06 {
		return s.runV06(ctx, op)
	}
	packed, err := op.Pack()
	if err != nil {
		return nil, err
	}
	data, err := simulationABI.Pack("simulateHandleOp", v08.PackedUserOperation(packed), common.Address{}, []byte{})
	if err != nil {
		return nil, fmt.Errorf("pack simulateHandleOp: %w", err)
	}
	call := map[string]any{
		"to":   s.entryPoint,
		"data": hexutil.Bytes(data),
		"gas":  hexutil.Uint64(s.gas),
	}
	req := map[string]any{
		"blockStateCalls": []any{map[string]any{
			"stateOverrides": s.overrides,
			"calls":          []any{call},
		}},
		"validation": false,
	}
	var blocks []simBlock
	if err := s.node.CallContext(ctx, &blocks, "eth_simulateV1", req, "latest"); err != nil {
		return nil, fmt.Errorf("eth_simulateV1: %w", err)
	}
	if len(blocks) != 1 || len(blocks[0].Calls) != 1 {
		return nil, errors.New("eth_simulateV1: unexpected result shape")
	}
	return decodeSimulation(&blocks[0].Calls[0], s.entryPoint)
}

func decodeSimulation(c *simCall, entryPoint common.Address) (*simulation, error) {
	sim := &simulation{}
	if c.Error != nil || c.Status == 0 {
		if c.Error != nil && c.Error.Data != "" {
			b, err := hexutil.Decode(c.Error.Data)
			if err != nil {
				return nil, fmt.Errorf("simulateHandleOp revert data: %w", err)
			}
			sim.revert = b
		}
		if sim.revert == nil {
			sim.revertMsg = "simulateHandleOp failed"
			if c.Error != nil {
				sim.revertMsg = c.Error.Message
			}
		}
		return sim, nil
	}
	out, err := simulationABI.Unpack("simulateHandleOp", c.ReturnData)
	if err != nil || len(out) != 1 {
		return nil, fmt.Errorf("decode simulateHandleOp result: %v", err)
	}
	res := *abi.ConvertType(out[0], new(v08.IEntryPointSimulationsExecutionResult)).(*v08.IEntryPointSimulationsExecutionResult)
	sim.preOpGas = res.PreOpGas.Uint64()
	sim.accountValidation, sim.paymasterValidation = orZero(res.AccountValidationData), orZero(res.PaymasterValidationData)
	for _, l := range c.Logs {
		if l.Address != entryPoint || len(l.Topics) == 0 {
			continue
		}
		switch l.Topics[0] {
		case eventUserOperation:
			vals, err := simulationABI.Events["UserOperationEvent"].Inputs.NonIndexed().Unpack(l.Data)
			if err != nil {
				return nil, fmt.Errorf("decode UserOperationEvent: %w", err)
			}
			sim.sawEvent = true
			sim.success = vals[1].(bool)
			sim.actualGasUsed = vals[3].(*big.Int).Uint64()
		case eventRevertReason, eventPostOpRevert:
			vals, err := simulationABI.Events["UserOperationRevertReason"].Inputs.NonIndexed().Unpack(l.Data)
			if err != nil {
				return nil, fmt.Errorf("decode revert reason event: %w", err)
			}
			if l.Topics[0] == eventRevertReason {
				sim.execRevert = vals[1].([]byte)
			} else {
				sim.sawPostOp = true
				sim.postOpRevert = vals[1].([]byte)
			}
		}
	}
	return sim, nil
}

// validationError maps a reverted simulation to -32500, or -32501 (with
// the paymaster) for AA3x reasons.
func validationError(sim *simulation, op *entrypoint.UserOperation) *erc7769.Error {
	if sim.revert == nil {
		return newError(erc7769.CodeRejectedByEntryPoint, "%s", sim.revertMsg)
	}
	data := &RevertData{RevertData: sim.revert}
	rev, err := entrypoint.DecodeRevert(sim.revert)
	if err != nil {
		return &erc7769.Error{Code: erc7769.CodeRejectedByEntryPoint, Message: "simulation reverted: " + hexutil.Encode(sim.revert), Data: data}
	}
	data.Reason = rev.Reason
	code, entity := erc7769.CodeRejectedByEntryPoint, erc7769.EntityOfAACode(rev.Code)
	if rev.IsPaymasterError() || strings.HasPrefix(rev.Reason, "AA3") {
		code, entity = erc7769.CodeRejectedByPaymaster, erc7769.EntityPaymaster
		data.Paymaster = op.Paymaster
	}
	return &erc7769.Error{Code: code, Message: rev.Error(), Data: data, Rule: rev.Code, Entity: entity}
}

// executionError describes a simulation whose op validated but did not
// execute: -32521 with the decoded revert data, or -32501 for a reverting
// postOp.
func executionError(sim *simulation, op *entrypoint.UserOperation) *erc7769.Error {
	if sim.sawPostOp && op.Paymaster != nil {
		msg, reason := describeRevert(sim.postOpRevert)
		return &erc7769.Error{Code: erc7769.CodeRejectedByPaymaster, Message: "paymaster postOp reverted: " + msg, Entity: erc7769.EntityPaymaster,
			Data: &RevertData{Reason: reason, RevertData: sim.postOpRevert, Paymaster: op.Paymaster}}
	}
	if sim.execRevert == nil {
		return &erc7769.Error{Code: erc7769.CodeExecutionReverted, Message: "execution reverted without data (out of gas at the callGasLimit probe?)",
			Data: &RevertData{RevertData: []byte{}}}
	}
	msg, reason := describeRevert(sim.execRevert)
	return &erc7769.Error{Code: erc7769.CodeExecutionReverted, Message: "execution reverted: " + msg,
		Data: &RevertData{Reason: reason, RevertData: sim.execRevert}}
}

// describeRevert formats revert data for a message: the decoded error
// (Error(string), Panic, EntryPoint errors), else the hex.
func describeRevert(data []byte) (msg, reason string) {
	if rev, err := entrypoint.DecodeRevert(data); err == nil {
		if rev.Kind == entrypoint.KindError {
			return rev.Reason, rev.Reason
		}
		return rev.Error(), rev.Reason
	}
	return hexutil.Encode(data), ""
}
