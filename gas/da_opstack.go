package gas

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/entrypoint"
)

// OPStackGasPriceOracle is the OP-stack GasPriceOracle predeploy.
var OPStackGasPriceOracle = common.HexToAddress("0x420000000000000000000000000000000000000F")

var opStackOracleABI = mustABI(`[{"type":"function","name":"getL1Fee","stateMutability":"view",
	"inputs":[{"name":"_data","type":"bytes"}],"outputs":[{"name":"","type":"uint256"}]}]`)

// OPStackDA prices an op's L1 data fee on an OP-stack chain: the
// GasPriceOracle's getL1Fee(handleOps calldata of the op), in wei, divided
// (rounding up) by the op's maxFeePerGas (the base fee while estimating).
type OPStackDA struct {
	Node   RPCCaller
	Oracle common.Address // zero: OPStackGasPriceOracle
}

var _ DAGasOracle = (*OPStackDA)(nil)

// DAGas implements DAGasOracle.
func (o *OPStackDA) DAGas(ctx context.Context, op *entrypoint.UserOperation, _ entrypoint.Version) (uint64, error) {
	data, err := daCallData(op)
	if err != nil {
		return 0, err
	}
	oracle := o.Oracle
	if oracle == (common.Address{}) {
		oracle = OPStackGasPriceOracle
	}
	out, err := daCall(ctx, o.Node, opStackOracleABI, oracle, "getL1Fee", data)
	if err != nil {
		return 0, err
	}
	fee, ok := out[0].(*big.Int)
	if !ok {
		return 0, fmt.Errorf("getL1Fee: unexpected result %T", out[0])
	}
	price, err := daPrice(ctx, o.Node, op)
	if err != nil {
		return 0, err
	}
	return ceilDiv(fee, price)
}
