package gas

import (
	"context"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/klaster-dev/klaster/entrypoint"
)

// overrideCaller adds a state override with mock code to every eth_call, so
// the oracles run against the dev chain's real EVM at their predeploy
// addresses.
type overrideCaller struct {
	RPCCaller
	code map[common.Address]hexutil.Bytes
}

func (c overrideCaller) CallContext(ctx context.Context, result any, method string, args ...any) error {
	if method == "eth_call" && len(args) == 2 {
		ov := map[common.Address]map[string]any{}
		for a, code := range c.code {
			ov[a] = map[string]any{"code": code}
		}
		args = append(args, ov)
	}
	return c.RPCCaller.CallContext(ctx, result, method, args...)
}

// mockOracle assembles a contract that reverts unless called with
// signature's selector, then stores body's words and returns them. Each
// body starts with the length of the bytes argument (at lenOffset) on the
// stack.
func mockOracle(signature string, lenOffset byte, body []byte) hexutil.Bytes {
	sel := crypto.Keccak256([]byte(signature))[:4]
	code := []byte{0x60, 0x00, 0x35, 0x60, 0xe0, 0x1c, 0x63} // selector = calldata[0:4]
	code = append(code, sel...)
	code = append(code,
		0x14, 0x60, 0x13, 0x57, // EQ, JUMPI to 0x13
		0x60, 0x00, 0x80, 0xfd, // revert(0, 0)
		0x5b,                  // 0x13: JUMPDEST
		0x60, lenOffset, 0x35, // CALLDATALOAD(lenOffset): the bytes' length
	)
	return append(code, body...)
}

var (
	// getL1Fee(bytes) = 1 gwei per calldata byte.
	opMock = mockOracle("getL1Fee(bytes)", 0x24, []byte{
		0x63, 0x3b, 0x9a, 0xca, 0x00, 0x02, // MUL 1e9
		0x60, 0x00, 0x52, // MSTORE(0)
		0x60, 0x20, 0x60, 0x00, 0xf3, // RETURN(0, 32)
	})
	// gasEstimateL1Component(address,bool,bytes) = (16·len, 1e8, 1e11).
	arbMock = mockOracle("gasEstimateL1Component(address,bool,bytes)", 0x64, []byte{
		0x60, 0x10, 0x02, 0x60, 0x00, 0x52, // MSTORE(0, 16·len)
		0x63, 0x05, 0xf5, 0xe1, 0x00, 0x60, 0x20, 0x52, // MSTORE(32, 1e8)
		0x64, 0x17, 0x48, 0x76, 0xe8, 0x00, 0x60, 0x40, 0x52, // MSTORE(64, 1e11)
		0x60, 0x60, 0x60, 0x00, 0xf3, // RETURN(0, 96)
	})
)

func TestDAGasOracles(t *testing.T) {
	f := getFixture(t)
	ctx := context.Background()
	custom := common.HexToAddress("0x00000000000000000000000000000000000da0da")
	node := overrideCaller{RPCCaller: f.rpc, code: map[common.Address]hexutil.Bytes{
		OPStackGasPriceOracle: opMock, ArbitrumNodeInterface: arbMock, custom: opMock,
	}}
	op := typicalOp(make([]byte, 100))
	op.MaxFeePerGas = big.NewInt(1e9) // 1 gwei: the L1 fee in gwei is the gas
	data, err := daCallData(op)
	if err != nil {
		t.Fatal(err)
	}
	n := uint64(len(data))
	pvg, err := PreVerificationGas(op, entrypoint.V08, DefaultPVGConfig())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		da   DAGasOracle
		want uint64
	}{
		{"op-stack", &OPStackDA{Node: node}, n},
		{"op-stack at a configured address", &OPStackDA{Node: node, Oracle: custom}, n},
		{"arbitrum", &ArbitrumDA{Node: node}, 16 * n},
	} {
		got, err := tc.da.DAGas(ctx, op, entrypoint.V08)
		if err != nil || got != tc.want {
			t.Errorf("%s: DAGas = %d, %v; want %d", tc.name, got, err, tc.want)
			continue
		}
		total, err := TotalPreVerificationGas(ctx, op, entrypoint.V08, DefaultPVGConfig(), tc.da)
		if err != nil || total != pvg+tc.want {
			t.Errorf("%s: TotalPreVerificationGas = %d, %v; want %d + %d", tc.name, total, err, pvg, tc.want)
		}
	}

	// At 3 gwei the OP-stack fee needs a third of the gas, rounded up.
	op.MaxFeePerGas = big.NewInt(3e9)
	if got, err := (&OPStackDA{Node: node}).DAGas(ctx, op, entrypoint.V08); err != nil || got != (n+2)/3 {
		t.Errorf("at 3 gwei: %d, %v; want %d", got, err, (n+2)/3)
	}
	// While estimating (no fees, no gas values) the placeholders price it.
	est := estimationOp(op, DefaultPVGConfig())
	est.MaxFeePerGas, est.CallGasLimit = nil, nil
	if got, err := (&ArbitrumDA{Node: node}).DAGas(ctx, est, entrypoint.V08); err != nil || got < 16*n {
		t.Errorf("estimation: %d, %v; want at least %d", got, err, 16*n)
	}
	// No oracle code there: a clear error, not a zero fee.
	if _, err := (&OPStackDA{Node: f.rpc}).DAGas(ctx, op, entrypoint.V08); err == nil {
		t.Error("an address without the oracle gave no error")
	}
}

func TestNewDAGasOracle(t *testing.T) {
	for kind, want := range map[string]string{"": "<nil>", "op-stack": "*gas.OPStackDA", "arbitrum": "*gas.ArbitrumDA"} {
		o, err := NewDAGasOracle(kind, nil, common.Address{})
		if err != nil || typeName(o) != want {
			t.Errorf("%q: %T %v", kind, o, err)
		}
	}
	if _, err := NewDAGasOracle("zksync", nil, common.Address{}); err == nil {
		t.Error("unknown kind accepted")
	}
}

func typeName(v any) string { return fmt.Sprintf("%T", v) }
