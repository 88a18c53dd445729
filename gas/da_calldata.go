package gas

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/params"

	"github.com/klaster-dev/klaster/bindings/v08"
	"github.com/klaster-dev/klaster/entrypoint"
)

// The DA oracles' calldata: handleOps([op], beneficiary) as the bundle
// transaction will carry it, with unset quantities (estimation) replaced by
// non-zero placeholders (the worst case for a data fee).

var handleOpsABI = sync.OnceValues(func() (*abi.ABI, error) { return v08.EntryPointMetaData.GetAbi() })

// daBeneficiary is a non-zero placeholder for the bundle's beneficiary.
var daBeneficiary = common.HexToAddress("0xffffffffffffffffffffffffffffffffffffffff")

// daCallData returns the handleOps calldata of op alone.
func daCallData(op *entrypoint.UserOperation) ([]byte, error) {
	parsed, err := handleOpsABI()
	if err != nil {
		return nil, err
	}
	packed, err := placeholderOp(op).Pack()
	if err != nil {
		return nil, fmt.Errorf("pack op: %w", err)
	}
	return parsed.Pack("handleOps", []v08.PackedUserOperation{v08.PackedUserOperation(packed)}, daBeneficiary)
}

// placeholderOp copies op with nil or zero quantities set to non-zero
// placeholders as wide as tokens.go assumes.
func placeholderOp(op *entrypoint.UserOperation) *entrypoint.UserOperation {
	cp := op.Copy()
	gasPH := new(big.Int).SetUint64(1<<(8*placeholderGasBytes) - 1)
	feePH := new(big.Int).SetUint64(1<<(8*placeholderFeeBytes) - 1)
	set := func(f **big.Int, ph *big.Int) {
		if *f == nil || (*f).Sign() == 0 {
			*f = new(big.Int).Set(ph)
		}
	}
	set(&cp.Nonce, feePH)
	set(&cp.PreVerificationGas, gasPH)
	set(&cp.VerificationGasLimit, gasPH)
	set(&cp.CallGasLimit, gasPH)
	set(&cp.MaxFeePerGas, feePH)
	set(&cp.MaxPriorityFeePerGas, feePH)
	if cp.Paymaster != nil {
		set(&cp.PaymasterVerificationGasLimit, gasPH)
		set(&cp.PaymasterPostOpGasLimit, gasPH)
	}
	return cp
}

// daPrice is the gas price DA fees are converted at: the op's
// maxFeePerGas, or the latest base fee when it is unset (estimation).
func daPrice(ctx context.Context, node RPCCaller, op *entrypoint.UserOperation) (*big.Int, error) {
	if op.MaxFeePerGas != nil && op.MaxFeePerGas.Sign() > 0 {
		return op.MaxFeePerGas, nil
	}
	bf, err := NodeState{RPC: node}.BaseFee(ctx)
	if err != nil {
		return nil, err
	}
	if bf.Sign() == 0 {
		return nil, fmt.Errorf("no maxFeePerGas and a zero base fee: cannot price the data fee in gas")
	}
	return bf, nil
}

// daCall runs an eth_call of method on the oracle and unpacks its outputs.
func daCall(ctx context.Context, node RPCCaller, parsed *abi.ABI, oracle common.Address, method string, args ...any) ([]any, error) {
	data, err := parsed.Pack(method, args...)
	if err != nil {
		return nil, fmt.Errorf("encode %s: %w", method, err)
	}
	var out hexutil.Bytes
	msg := map[string]any{"to": oracle, "data": hexutil.Bytes(data)}
	if err := Retry(ctx, DefaultRetry, func(ctx context.Context) error {
		return node.CallContext(ctx, &out, "eth_call", msg, "latest")
	}); err != nil {
		return nil, fmt.Errorf("%s at %s: %w", method, oracle.Hex(), err)
	}
	vals, err := parsed.Unpack(method, out)
	if err != nil {
		return nil, fmt.Errorf("decode %s from %s: %w", method, oracle.Hex(), err)
	}
	return vals, nil
}

func mustABI(def string) *abi.ABI {
	parsed, err := abi.JSON(strings.NewReader(def))
	if err != nil {
		panic(err)
	}
	return &parsed
}

// ceilDiv returns ceil(a/b) as a uint64, or an error when it does not fit.
func ceilDiv(a, b *big.Int) (uint64, error) {
	q, r := new(big.Int).QuoRem(a, b, new(big.Int))
	if r.Sign() > 0 {
		q.Add(q, big.NewInt(1))
	}
	if !q.IsUint64() || q.Uint64() > params.MaxTxGas {
		return 0, fmt.Errorf("data-availability gas %s exceeds the transaction gas cap", q)
	}
	return q.Uint64(), nil
}
