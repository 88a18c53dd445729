package mempool

import (
	"math"
	"math/big"

	"github.com/klaster-dev/klaster/entrypoint"
)

// Gas returns the gas an op may consume in a bundle under EntryPoint
// v0.7/v0.8: preVerificationGas + verificationGasLimit + callGasLimit +
// paymasterVerificationGasLimit + paymasterPostOpGasLimit. Nil quantities
// count as zero; the sum saturates at MaxUint64.
func Gas(op *entrypoint.UserOperation) uint64 {
	if op == nil {
		return 0
	}
	var total uint64
	for _, v := range [...]*big.Int{
		op.PreVerificationGas, op.VerificationGasLimit, op.CallGasLimit,
		op.PaymasterVerificationGasLimit, op.PaymasterPostOpGasLimit,
	} {
		if v == nil || v.Sign() <= 0 {
			continue
		}
		if !v.IsUint64() || total+v.Uint64() < total {
			return math.MaxUint64
		}
		total += v.Uint64()
	}
	return total
}
