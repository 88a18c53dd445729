package gas

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"math/big"

	"github.com/klaster-dev/klaster/entrypoint"
)

// PVGConfig holds the constants of the preVerificationGas calculation. The
// defaults (DefaultPVGConfig) are the reference bundler's MainnetConfig
// (eth-infinitism PreVerificationGasCalculator).
type PVGConfig struct {
	TransactionGasStipend           uint64  // 21000: the bundle transaction's intrinsic gas, shared by the bundle
	FixedGasOverhead                uint64  // 9830: handleOps' fixed cost, shared by the bundle
	PerUserOpGasOverhead            uint64  // 7260: EntryPoint bookkeeping per op
	PerUserOpWordGasOverhead        float64 // 9.5 per 32-byte word of callData
	ExecuteUserOpGasOverhead        uint64  // 1610 for callData starting with executeUserOp
	ExecuteUserOpPerWordGasOverhead float64 // 8.2 per word of the packed op for executeUserOp
	StandardTokenGasCost            uint64  // 4 per calldata token (so 4 per zero byte, 16 per non-zero)
	FloorPerTokenGasCost            uint64  // 10 per token: the EIP-7623 calldata floor
	TokensPerNonzeroByte            uint64  // 4
	EIP7702AuthGas                  uint64  // 25000 per op with an eip7702Auth tuple
	ExpectedBundleSize              uint64  // 1: ops sharing the per-bundle costs
	EstimationSignatureSize         int     // 65: signature length assumed while estimating
	EstimationPaymasterDataSize     int     // 0: paymasterData length assumed while estimating
	// EstimationPaymasterSignatureSize (65, an ECDSA signature) is the
	// shortest v0.9 paymasterSignature assumed while estimating an op that
	// carries one (its placeholder is never shorter than the op's own).
	EstimationPaymasterSignatureSize int

	// VerificationGasUsed is the validation gas the op is assumed to use;
	// with the ops' execution gas it offsets the EIP-7623 floor. Admission
	// (before simulation) uses a lenient 500,000; after simulation use the
	// real preOpGas − preVerificationGas.
	VerificationGasUsed uint64
}

// DefaultPVGConfig returns the reference constants with the admission-time
// VerificationGasUsed of 500,000.
func DefaultPVGConfig() PVGConfig {
	return PVGConfig{
		TransactionGasStipend:            21000,
		FixedGasOverhead:                 9830,
		PerUserOpGasOverhead:             7260,
		PerUserOpWordGasOverhead:         9.5,
		ExecuteUserOpGasOverhead:         1610,
		ExecuteUserOpPerWordGasOverhead:  8.2,
		StandardTokenGasCost:             4,
		FloorPerTokenGasCost:             10,
		TokensPerNonzeroByte:             4,
		EIP7702AuthGas:                   25000,
		ExpectedBundleSize:               1,
		EstimationSignatureSize:          65,
		EstimationPaymasterDataSize:      0,
		EstimationPaymasterSignatureSize: 65,
		VerificationGasUsed:              500_000,
	}
}

// executeUserOpSelector is IAccountExecute.executeUserOp(PackedUserOperation,bytes32).
var executeUserOpSelector = []byte{0x8d, 0xd7, 0x71, 0x2f}

// PreVerificationGas computes the preVerificationGas op needs with
// EntryPoint version v: its share of the bundle transaction's calldata and
// fixed costs, raised to cover the EIP-7623 calldata floor.
//
// With B = cfg.ExpectedBundleSize, tokens = zero + 4·non-zero bytes of the
// op's ABI encoding inside handleOps (signature included):
//
//	perOp      = PerUserOpGasOverhead (+ EIP7702AuthGas with eip7702Auth)
//	callData   = ExecuteUserOpGasOverhead + 8.2·words(encoded op)   for executeUserOp callData
//	           = 9.5·ceil(len(callData)/32)                          otherwise
//	gasUsed    = (callGasLimit + paymasterPostOpGasLimit)/10 + VerificationGasUsed
//	PVG        = ceil(round(21000/B + max(4·tokens + 9830/B + perOp + callData + gasUsed, 10·tokens)) − gasUsed)
//
// The floor term: a transaction pays max(execution, 10·tokens) (plus the
// 21000 stipend); the op's own execution gas (at least its validation gas
// and the 10% penalty on unused call/postOp gas) already counts towards it,
// so only the rest is charged to preVerificationGas.
//
// Nil quantities (ops being estimated) count as conservative non-zero
// placeholders in the encoding and as 0 in gasUsed. The L2 data-availability
// fee is not included: see TotalPreVerificationGas.
func PreVerificationGas(op *entrypoint.UserOperation, v entrypoint.Version, cfg PVGConfig) (uint64, error) {
	if !v.Valid() {
		return 0, fmt.Errorf("invalid EntryPoint version %v", v)
	}
	if op.EIP7702Auth != nil && !v.SupportsEIP7702() {
		return 0, fmt.Errorf("eip7702Auth is not supported by EntryPoint %v", v)
	}
	b := float64(max(cfg.ExpectedBundleSize, 1))
	count := countPackedOp(op)
	if v == entrypoint.V06 {
		count = countOpV06(op)
	}
	tokens := float64(count.tokens(cfg.TokensPerNonzeroByte))

	perOp := float64(cfg.PerUserOpGasOverhead)
	if op.EIP7702Auth != nil {
		perOp += float64(cfg.EIP7702AuthGas)
	}
	var callDataOverhead float64
	if bytes.HasPrefix(op.CallData, executeUserOpSelector) {
		words := float64(count.bytes() / 32)
		callDataOverhead = float64(cfg.ExecuteUserOpGasOverhead) + cfg.ExecuteUserOpPerWordGasOverhead*words
	} else {
		callDataOverhead = cfg.PerUserOpWordGasOverhead * float64((len(op.CallData)+31)/32)
	}
	gasUsed := (gasFloat(op.CallGasLimit)+gasFloat(op.PaymasterPostOpGasLimit))/10 + float64(cfg.VerificationGasUsed)
	if v == entrypoint.V06 {
		gasUsed = float64(cfg.VerificationGasUsed) // v0.6 charges no unused-gas penalty
	}

	execution := float64(cfg.StandardTokenGasCost)*tokens + float64(cfg.FixedGasOverhead)/b + perOp + callDataOverhead + gasUsed
	floor := float64(cfg.FloorPerTokenGasCost) * tokens
	pvg := math.Ceil(math.Round(float64(cfg.TransactionGasStipend)/b+max(execution, floor)) - gasUsed)
	if pvg < 0 || pvg > math.MaxInt64 {
		return 0, fmt.Errorf("preVerificationGas out of range: %v", pvg)
	}
	return uint64(pvg), nil
}

// gasFloat returns v as a float64, 0 for nil.
func gasFloat(v *big.Int) float64 {
	if v == nil {
		return 0
	}
	f, _ := new(big.Float).SetInt(v).Float64()
	return f
}

// TotalPreVerificationGas is PreVerificationGas plus the L2
// data-availability gas from da (nil: none, as on L1).
func TotalPreVerificationGas(ctx context.Context, op *entrypoint.UserOperation, v entrypoint.Version, cfg PVGConfig, da DAGasOracle) (uint64, error) {
	pvg, err := PreVerificationGas(op, v, cfg)
	if err != nil || da == nil {
		return pvg, err
	}
	daGas, err := da.DAGas(ctx, op, v)
	if err != nil {
		return 0, fmt.Errorf("L2 data-availability gas: %w", err)
	}
	return pvg + daGas, nil
}

// estimationOp returns a copy of op as the PVG calculation should see it
// while estimating: the signature (a placeholder) and paymasterData as
// 0xff bytes (non-zero, the worst case), at least EstimationSignatureSize
// and EstimationPaymasterDataSize long (a v0.9 paymasterSignature likewise,
// see PaymasterSignaturePlaceholder), and unset or
// zero fees and gas values as placeholders (nil), since the final op will
// carry real, non-zero values.
func estimationOp(op *entrypoint.UserOperation, cfg PVGConfig) *entrypoint.UserOperation {
	cp := op.Copy()
	cp.Signature = padFF(nil, max(len(cp.Signature), cfg.EstimationSignatureSize))
	if cp.Paymaster != nil {
		cp.PaymasterData = padFF(nil, max(len(cp.PaymasterData), cfg.EstimationPaymasterDataSize))
		if len(cp.PaymasterSignature) > 0 {
			cp.PaymasterSignature = padFF(nil, max(len(cp.PaymasterSignature), cfg.EstimationPaymasterSignatureSize))
		}
	}
	for _, f := range []**big.Int{&cp.MaxFeePerGas, &cp.MaxPriorityFeePerGas, &cp.PreVerificationGas,
		&cp.VerificationGasLimit, &cp.CallGasLimit, &cp.PaymasterVerificationGasLimit, &cp.PaymasterPostOpGasLimit} {
		if *f != nil && (*f).Sign() == 0 {
			*f = nil
		}
	}
	return cp
}

func padFF(b []byte, n int) []byte {
	out := make([]byte, max(n, len(b)))
	copy(out, b)
	for i := len(b); i < len(out); i++ {
		out[i] = 0xff
	}
	return out
}

// PaymasterSignaturePlaceholder returns the paymasterSignature a v0.9 op is
// estimated with: none when the op carries none (no suffix: the final op
// has none either), else the op's own signature extended with 0xff bytes to
// at least EstimationPaymasterSignatureSize, so that the simulated
// paymasterAndData is as long as the final one (the paymaster signs after
// the estimate, and after the user: its signature is outside the
// userOpHash) and preVerificationGas covers its bytes as non-zero.
func PaymasterSignaturePlaceholder(sig []byte, cfg PVGConfig) []byte {
	if len(sig) == 0 {
		return nil
	}
	return padFF(sig, max(len(sig), cfg.EstimationPaymasterSignatureSize))
}
