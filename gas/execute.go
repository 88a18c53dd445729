package gas

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/klaster-dev/klaster/entrypoint"
)

// Simulate runs op as it stands (its own gas limits, signature and funds,
// on the latest state) through simulateHandleOp: nil when both its
// validation and its execution succeed, else the validation error (-32500,
// -32501) or the execution error (-32521). A waiting iTx op must pass it
// before it may be bundled.
func (e *Estimator) Simulate(ctx context.Context, op *entrypoint.UserOperation, entryPoint common.Address) error {
	v, ok := e.Config.EntryPoints.Version(entryPoint)
	if !ok {
		return invalidFields("The EntryPoint at %q is not supported", entryPoint.Hex())
	}
	overrides := StateOverride{}.withCode(entryPoint, e.simulationCodeAt(entryPoint, v))
	if op.EIP7702Auth != nil {
		overrides = overrides.withCode(op.Sender, append([]byte{0xef, 0x01, 0x00}, op.EIP7702Auth.Address.Bytes()...))
	}
	simGas := e.Config.SimulationGas
	if simGas == 0 {
		limit, err := e.State.BlockGasLimit(ctx)
		if err != nil {
			return err
		}
		simGas = min(limit, params.MaxTxGas)
	}
	sim := &simulator{node: e.Node, entryPoint: entryPoint, overrides: overrides, gas: simGas}
	res, err := sim.run(ctx, op)
	switch {
	case err != nil:
		return err
	case res.reverted():
		return validationError(res, op)
	case !res.executed():
		return executionError(res, op)
	}
	return nil
}
