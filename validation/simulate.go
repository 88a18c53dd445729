package validation

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/klaster-dev/klaster/bindings/v07"
	"github.com/klaster-dev/klaster/bindings/v08"
	"github.com/klaster-dev/klaster/bindings/v09"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
)

// TracerName is go-ethereum's native ERC-7562 tracer.
const TracerName = "erc7562Tracer"

// simContract is the EntryPointSimulations ABI and code of one version.
type simContract struct {
	abi *abi.ABI
	// creation is the creation bytecode; runtime the published runtime code
	// (immutables zero-filled), used when creation cannot be executed.
	creation []byte
	runtime  []byte
	// onEntryPoint: simulateValidation is the EntryPoint's own (v0.6).
	onEntryPoint bool
}

func loadSimContract(v entrypoint.Version) (*simContract, error) {
	var (
		a        *abi.ABI
		err      error
		creation string
		runtime  string
	)
	switch v {
	case entrypoint.V06:
		return loadSimContractV06()
	case entrypoint.V07:
		a, err = v07.EntryPointSimulationsMetaData.GetAbi()
		creation, runtime = v07.EntryPointSimulationsMetaData.Bin, v07.EntryPointSimulationsDeployedBin
	case entrypoint.V08:
		a, err = v08.EntryPointSimulationsMetaData.GetAbi()
		creation, runtime = v08.EntryPointSimulationsMetaData.Bin, v08.EntryPointSimulationsDeployedBin
	case entrypoint.V09:
		a, err = v09.EntryPointSimulationsMetaData.GetAbi()
		creation, runtime = v09.EntryPointSimulationsMetaData.Bin, v09.EntryPointSimulationsDeployedBin
	default:
		return nil, fmt.Errorf("unsupported EntryPoint version %v", v)
	}
	if err != nil {
		return nil, fmt.Errorf("EntryPointSimulations %v ABI: %w", v, err)
	}
	return &simContract{abi: a, creation: common.FromHex(creation), runtime: common.FromHex(runtime)}, nil
}

// callArgs is the transaction object of eth_call / debug_traceCall.
type callArgs struct {
	From              common.Address               `json:"from"`
	To                common.Address               `json:"to"`
	Gas               hexutil.Uint64               `json:"gas"`
	Data              hexutil.Bytes                `json:"data"`
	AuthorizationList []types.SetCodeAuthorization `json:"authorizationList,omitempty"`
}

type codeOverride struct {
	Code hexutil.Bytes `json:"code"`
}

type traceConfig struct {
	Tracer         string                          `json:"tracer"`
	StateOverrides map[common.Address]codeOverride `json:"stateOverrides"`
}

// packedForABI converts an op to the simulateValidation argument.
func packedForABI(v entrypoint.Version, p entrypoint.PackedUserOperation) any {
	switch v {
	case entrypoint.V07:
		return v07.PackedUserOperation(p)
	case entrypoint.V09:
		return v09.PackedUserOperation(p)
	}
	return v08.PackedUserOperation(p)
}

// buildCall makes the simulateValidation call of op.
func (s *simContract) buildCall(v entrypoint.Version, op *entrypoint.UserOperation, ep common.Address, cfg *Config) (callArgs, error) {
	data, err := s.encodeSimulateValidation(v, op)
	if err != nil {
		return callArgs{}, err
	}
	gas := cfg.SimulationGas + op.PreVerificationGas.Uint64()
	for _, g := range []*big.Int{op.VerificationGasLimit, op.PaymasterVerificationGasLimit} {
		if g != nil && g.IsUint64() {
			gas += g.Uint64()
		}
	}
	if cfg.MaxSimulationGas > 0 && gas > cfg.MaxSimulationGas {
		gas = cfg.MaxSimulationGas
	}
	args := callArgs{To: ep, Gas: hexutil.Uint64(gas), Data: data}
	if op.EIP7702Auth != nil && v.SupportsEIP7702() {
		auth, err := op.EIP7702Auth.SetCodeAuthorization()
		if err != nil {
			return callArgs{}, erc7769.New(erc7769.CodeInvalidParams, "%v", err)
		}
		args.AuthorizationList = []types.SetCodeAuthorization{auth}
	}
	return args, nil
}

func (s *simContract) encodeSimulateValidation(v entrypoint.Version, op *entrypoint.UserOperation) ([]byte, error) {
	if s.onEntryPoint {
		return s.simulateValidationV06(op)
	}
	packed, err := op.Pack()
	if err != nil {
		return nil, erc7769.New(erc7769.CodeInvalidParams, "invalid UserOperation: %v", err)
	}
	data, err := s.abi.Pack("simulateValidation", packedForABI(v, packed))
	if err != nil {
		return nil, fmt.Errorf("encode simulateValidation: %w", err)
	}
	return data, nil
}

// outcome decodes a simulateValidation that returned out (reverted: as
// revert data): the ValidationResult, or the ERC-7769 error of the revert.
func (s *simContract) outcome(reverted bool, out []byte, op *entrypoint.UserOperation) (*simResult, error) {
	if s.onEntryPoint {
		return s.outcomeV06(reverted, out, op)
	}
	if reverted {
		return nil, revertToError(out, op)
	}
	return s.decodeResult(out)
}

// simResult is the decoded ValidationResult.
type simResult struct {
	PreOpGas, Prefund                          *big.Int
	AccountValidationData, PaymasterValidation *big.Int
	PaymasterContext                           []byte
	Sender, Factory, Paymaster                 StakeInfo
	Aggregator                                 common.Address
	AggregatorStake                            StakeInfo
}

func (s *simContract) decodeResult(out []byte) (*simResult, error) {
	vals, err := s.abi.Methods["simulateValidation"].Outputs.Unpack(out)
	if err != nil || len(vals) != 1 {
		return nil, fmt.Errorf("decode ValidationResult: %v", err)
	}
	var vr v07.IEntryPointSimulationsValidationResult
	conv, ok := abi.ConvertType(vals[0], &vr).(*v07.IEntryPointSimulationsValidationResult)
	if !ok || conv == nil {
		return nil, errors.New("decode ValidationResult: unexpected shape")
	}
	st := func(s v07.IStakeManagerStakeInfo) StakeInfo {
		d := uint64(0)
		if s.UnstakeDelaySec != nil && s.UnstakeDelaySec.IsUint64() {
			d = s.UnstakeDelaySec.Uint64()
		}
		return StakeInfo{Stake: s.Stake, UnstakeDelay: d}
	}
	return &simResult{
		PreOpGas:              conv.ReturnInfo.PreOpGas,
		Prefund:               conv.ReturnInfo.Prefund,
		AccountValidationData: conv.ReturnInfo.AccountValidationData,
		PaymasterValidation:   conv.ReturnInfo.PaymasterValidationData,
		PaymasterContext:      conv.ReturnInfo.PaymasterContext,
		Sender:                st(conv.SenderInfo),
		Factory:               st(conv.FactoryInfo),
		Paymaster:             st(conv.PaymasterInfo),
		Aggregator:            conv.AggregatorInfo.Aggregator,
		AggregatorStake:       st(conv.AggregatorInfo.StakeInfo),
	}, nil
}

// revertToError maps EntryPoint revert data to the ERC-7769 error.
func revertToError(data []byte, op *entrypoint.UserOperation) *erc7769.Error {
	rev, err := entrypoint.DecodeRevert(data)
	if err != nil {
		return erc7769.New(erc7769.CodeRejectedByEntryPoint, "validation reverted: %s", hexutil.Encode(data))
	}
	msg := rev.Error()
	switch {
	case rev.Code == "AA24":
		return newError(erc7769.CodeInvalidSignature, rev.Code, EntityAccount, nil, nil, "AA24 signature error: %s", msg)
	case rev.Code == "AA34":
		e := newError(erc7769.CodeInvalidSignature, rev.Code, EntityPaymaster, nil, nil, "AA34 paymaster signature error: %s", msg)
		if op.Paymaster != nil {
			e = newError(erc7769.CodeInvalidSignature, rev.Code, EntityPaymaster, op.Paymaster, map[string]any{"paymaster": op.Paymaster.Hex()}, "AA34 paymaster signature error: %s", msg)
		}
		return e
	case rev.Code == "AA22" || rev.Code == "AA32":
		var extra map[string]any
		if op.Paymaster != nil && rev.Code == "AA32" {
			extra = map[string]any{"paymaster": op.Paymaster.Hex()}
		}
		e := newError(erc7769.CodeOutOfTimeRange, rev.Code, "", nil, extra, "%s", msg)
		return e
	case rev.IsPaymasterError():
		e := newError(erc7769.CodeRejectedByPaymaster, rev.Code, EntityPaymaster, nil, nil, "%s", msg)
		if op.Paymaster != nil {
			e = newError(erc7769.CodeRejectedByPaymaster, rev.Code, EntityPaymaster, op.Paymaster, map[string]any{"paymaster": op.Paymaster.Hex()}, "%s", msg)
		}
		return e
	}
	return newError(erc7769.CodeRejectedByEntryPoint, rev.Code, erc7769.EntityOfAACode(rev.Code), nil, nil, "%s", msg)
}
