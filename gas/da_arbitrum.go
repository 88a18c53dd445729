package gas

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/klaster-dev/klaster/entrypoint"
)

// ArbitrumNodeInterface is Arbitrum's NodeInterface, a virtual contract
// that only eth_call and eth_estimateGas reach.
var ArbitrumNodeInterface = common.HexToAddress("0x00000000000000000000000000000000000000C8")

var arbitrumNodeInterfaceABI = mustABI(`[{"type":"function","name":"gasEstimateL1Component","stateMutability":"payable",
	"inputs":[{"name":"to","type":"address"},{"name":"contractCreation","type":"bool"},{"name":"data","type":"bytes"}],
	"outputs":[{"name":"gasEstimateForL1","type":"uint64"},{"name":"baseFee","type":"uint256"},{"name":"l1BaseFeeEstimate","type":"uint256"}]}]`)

// ArbitrumDA prices an op's L1 component on an Arbitrum chain:
// NodeInterface.gasEstimateL1Component(entryPoint, false, handleOps calldata
// of the op). Its gasEstimateForL1 is already L2 gas at the chain's base
// fee, which is how ArbOS charges the bundle transaction's poster cost, so it
// is used as is.
type ArbitrumDA struct {
	Node          RPCCaller
	NodeInterface common.Address // zero: ArbitrumNodeInterface
}

var _ DAGasOracle = (*ArbitrumDA)(nil)

// DAGas implements DAGasOracle.
func (o *ArbitrumDA) DAGas(ctx context.Context, op *entrypoint.UserOperation, v entrypoint.Version) (uint64, error) {
	data, err := daCallData(op)
	if err != nil {
		return 0, err
	}
	ni := o.NodeInterface
	if ni == (common.Address{}) {
		ni = ArbitrumNodeInterface
	}
	out, err := daCall(ctx, o.Node, arbitrumNodeInterfaceABI, ni, "gasEstimateL1Component", v.EntryPoint(), false, data)
	if err != nil {
		return 0, err
	}
	g, ok := out[0].(uint64)
	if !ok {
		return 0, fmt.Errorf("gasEstimateL1Component: unexpected result %T", out[0])
	}
	if g > params.MaxTxGas {
		return 0, fmt.Errorf("gasEstimateL1Component: %d gas exceeds the transaction gas cap", g)
	}
	return g, nil
}

// NewDAGasOracle returns the oracle for a chain's da-oracle setting ("",
// "op-stack" or "arbitrum"); addr overrides the predeploy address when
// non-zero. "" returns nil (no DA fee).
func NewDAGasOracle(kind string, node RPCCaller, addr common.Address) (DAGasOracle, error) {
	switch kind {
	case "":
		return nil, nil
	case "op-stack":
		return &OPStackDA{Node: node, Oracle: addr}, nil
	case "arbitrum":
		return &ArbitrumDA{Node: node, NodeInterface: addr}, nil
	default:
		return nil, fmt.Errorf("unknown da-oracle %q (want \"\", \"op-stack\" or \"arbitrum\")", kind)
	}
}
