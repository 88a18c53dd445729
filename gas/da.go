package gas

import (
	"context"

	"github.com/klaster-dev/klaster/entrypoint"
)

// DAGasOracle prices the L2 data-availability fee of an op (the L1 data
// fee of OP-stack chains, Arbitrum's L1 component, ...) in units of the L2's
// gas at the op's fees, to be added to preVerificationGas. Implementations
// are per chain; L1s use none (nil).
//
// Implementations typically pack the op (op.Pack) and ask the chain's fee
// oracle for the cost of those bytes, then divide by the op's
// maxFeePerGas (or the current base fee when it is unset). They must be safe
// for concurrent use.
type DAGasOracle interface {
	DAGas(ctx context.Context, op *entrypoint.UserOperation, v entrypoint.Version) (uint64, error)
}
