package bench

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/klaster-dev/klaster/entrypoint"
)

// gasLimits are an op's gas fields.
type gasLimits struct {
	PreVerificationGas   hexutil.Big `json:"preVerificationGas"`
	VerificationGasLimit hexutil.Big `json:"verificationGasLimit"`
	CallGasLimit         hexutil.Big `json:"callGasLimit"`
}

// opFactory builds and signs the run's UserOps.
type opFactory struct {
	kind    accountKind
	owner   *ecdsa.PrivateKey
	ep      common.Address
	hasher  *entrypoint.Hasher
	maxFee  *big.Int
	tip     *big.Int
	deploy  gasLimits // for ops with initCode
	plain   gasLimits
	callTo  common.Address
	nonceID uint64 // next 2D nonce key of a plain op
}

// fees reads the node's base fee and tip: maxFee = 2·baseFee + tip.
func (f *opFactory) fees(ctx context.Context, node *gethrpc.Client) error {
	var (
		tip  hexutil.Big
		head struct {
			BaseFee *hexutil.Big `json:"baseFeePerGas"`
		}
	)
	elems := []gethrpc.BatchElem{
		{Method: "eth_maxPriorityFeePerGas", Result: &tip},
		{Method: "eth_getBlockByNumber", Args: []any{"latest", false}, Result: &head},
	}
	if err := node.BatchCallContext(ctx, elems); err != nil {
		return err
	}
	for _, e := range elems {
		if e.Error != nil {
			return fmt.Errorf("%s: %w", e.Method, e.Error)
		}
	}
	base := new(big.Int)
	if head.BaseFee != nil {
		base = head.BaseFee.ToInt()
	}
	f.tip = tip.ToInt()
	if f.tip.Sign() == 0 {
		f.tip = big.NewInt(1e9)
	}
	f.maxFee = new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), f.tip)
	return nil
}

// op builds and signs acc's op: with initCode when deploy, else a plain
// call with a fresh 2D nonce key, so that any number of a sender's ops are
// valid at once.
func (f *opFactory) op(acc account, deploy bool) (*entrypoint.UserOperation, common.Hash, error) {
	callData, err := f.kind.accountABI.Pack("execute", f.callTo, new(big.Int), []byte{})
	if err != nil {
		return nil, common.Hash{}, err
	}
	op := &entrypoint.UserOperation{
		Sender: acc.addr, Nonce: new(big.Int), CallData: callData,
		MaxFeePerGas: f.maxFee, MaxPriorityFeePerGas: f.tip,
	}
	g := f.plain
	if deploy {
		g = f.deploy
		op.Factory = &f.kind.factory
		op.FactoryData, err = f.kind.factoryABI.Pack("createAccount", ownerAddr(f.owner), acc.salt)
		if err != nil {
			return nil, common.Hash{}, err
		}
	} else {
		f.nonceID++
		op.Nonce.Lsh(new(big.Int).SetUint64(f.nonceID), 64)
	}
	op.PreVerificationGas, op.VerificationGasLimit, op.CallGasLimit = g.PreVerificationGas.ToInt(), g.VerificationGasLimit.ToInt(), g.CallGasLimit.ToInt()
	h, err := f.hasher.Hash(op)
	if err != nil {
		return nil, common.Hash{}, err
	}
	if op.Signature, err = f.kind.sign(f.owner, h); err != nil {
		return nil, common.Hash{}, err
	}
	return op, h, nil
}

// estimate asks the bundler for the gas of acc's op (deploy or plain) and
// keeps it, with a margin, for every op of that shape.
func (f *opFactory) estimate(ctx context.Context, bundler *gethrpc.Client, acc account, deploy bool) error {
	if deploy {
		f.deploy = gasLimits{PreVerificationGas: placeholderGas(), VerificationGasLimit: placeholderGas(), CallGasLimit: placeholderGas()}
	} else {
		f.plain = gasLimits{PreVerificationGas: placeholderGas(), VerificationGasLimit: placeholderGas(), CallGasLimit: placeholderGas()}
	}
	op, _, err := f.op(acc, deploy)
	if err != nil {
		return err
	}
	if !deploy {
		f.nonceID-- // reuse the estimated key
	}
	var est gasLimits
	if err := bundler.CallContext(ctx, &est, "eth_estimateUserOperationGas", op, f.ep); err != nil {
		return fmt.Errorf("eth_estimateUserOperationGas: %w", err)
	}
	if est.VerificationGasLimit.ToInt().Sign() == 0 {
		return fmt.Errorf("eth_estimateUserOperationGas returned no gas")
	}
	margin := func(v hexutil.Big, pct int64) hexutil.Big {
		x := new(big.Int).Mul(v.ToInt(), big.NewInt(100+pct))
		return hexutil.Big(*x.Div(x, big.NewInt(100)))
	}
	g := gasLimits{
		PreVerificationGas:   margin(est.PreVerificationGas, 5),
		VerificationGasLimit: margin(est.VerificationGasLimit, 10),
		CallGasLimit:         margin(est.CallGasLimit, 10),
	}
	if deploy {
		f.deploy = g
	} else {
		f.plain = g
	}
	return nil
}

// placeholderGas is the gas of the ops sent for estimation.
func placeholderGas() hexutil.Big { return hexutil.Big(*big.NewInt(1_000_000)) }
