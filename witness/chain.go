package witness

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/klaster-dev/klaster/bindings/klasteraccount"
	"github.com/klaster-dev/klaster/bindings/v08"
	"github.com/klaster-dev/klaster/entrypoint"
)

// Chain is what a witness reads and sends on one chain.
type Chain interface {
	ChainID() uint64
	// Head is the latest block's timestamp and base fee.
	Head(ctx context.Context) (time uint64, baseFee *big.Int, err error)
	// Simulate returns nil when handleOps([op]) would succeed in the
	// latest block's state: the op's validation passes (its execution may
	// still revert).
	Simulate(ctx context.Context, op *entrypoint.UserOperation, ep common.Address) error
	// ExecutedAt reads the stake manager's executed registry.
	ExecutedAt(ctx context.Context, sender common.Address, userOpHash common.Hash) (*big.Int, error)
	// ChallengeDelay is the stake manager's challenge delay in seconds.
	ChallengeDelay(ctx context.Context) (uint64, error)
	// StakeOf is the stake of addr in the stake manager.
	StakeOf(ctx context.Context, addr common.Address) (*big.Int, error)
	// Slash sends a slash vote with the witness key and waits for its
	// receipt. A reverted transaction is an error that carries its hash.
	Slash(ctx context.Context, calldata []byte) (common.Hash, error)
}

// RPCChain is a Chain over a node's JSON-RPC.
type RPCChain struct {
	id           uint64
	client       *ethclient.Client
	stakeManager common.Address
	key          *ecdsa.PrivateKey // nil: no slash
	from         common.Address

	epABI, smABI, regABI *abi.ABI
	registry             common.Address
}

// NewRPCChain reads the stake manager's registry and returns the chain.
// key signs slash votes; nil makes Slash fail.
func NewRPCChain(ctx context.Context, client *ethclient.Client, chainID uint64, stakeManager common.Address, key *ecdsa.PrivateKey) (*RPCChain, error) {
	c := &RPCChain{id: chainID, client: client, stakeManager: stakeManager, key: key}
	var err error
	if c.epABI, err = v08.EntryPointMetaData.GetAbi(); err != nil {
		return nil, err
	}
	if c.smABI, err = klasteraccount.KlasterStakeManagerMetaData.GetAbi(); err != nil {
		return nil, err
	}
	if c.regABI, err = klasteraccount.KlasterMerkleValidatorMetaData.GetAbi(); err != nil {
		return nil, err
	}
	if key != nil {
		c.from = crypto.PubkeyToAddress(key.PublicKey)
	}
	out, err := c.call(ctx, c.smABI, stakeManager, "registry")
	if err != nil {
		return nil, fmt.Errorf("chain %d: stake manager %s: %w", chainID, stakeManager, err)
	}
	c.registry = out[0].(common.Address)
	return c, nil
}

func (c *RPCChain) ChainID() uint64 { return c.id }

func (c *RPCChain) Head(ctx context.Context) (uint64, *big.Int, error) {
	h, err := c.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, nil, fmt.Errorf("chain %d: head: %w", c.id, err)
	}
	return h.Time, h.BaseFee, nil
}

func (c *RPCChain) call(ctx context.Context, a *abi.ABI, to common.Address, method string, args ...any) ([]any, error) {
	data, err := a.Pack(method, args...)
	if err != nil {
		return nil, err
	}
	out, err := c.client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return nil, err
	}
	return a.Unpack(method, out)
}

func (c *RPCChain) Simulate(ctx context.Context, op *entrypoint.UserOperation, ep common.Address) error {
	p, err := op.Pack()
	if err != nil {
		return err
	}
	beneficiary := c.from
	if beneficiary == (common.Address{}) {
		beneficiary = common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	}
	data, err := c.epABI.Pack("handleOps", []v08.PackedUserOperation{v08.PackedUserOperation(p)}, beneficiary)
	if err != nil {
		return err
	}
	_, err = c.client.CallContract(ctx, ethereum.CallMsg{From: beneficiary, To: &ep, Data: data}, nil)
	if err != nil {
		return fmt.Errorf("handleOps: %w%s", err, revertDetail(err))
	}
	return nil
}

// revertDetail decodes an EntryPoint FailedOp from an eth_call error.
func revertDetail(err error) string {
	var de interface{ ErrorData() any }
	if !errors.As(err, &de) {
		return ""
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return ""
	}
	b, derr := hexutil.Decode(s)
	if derr != nil {
		return ""
	}
	if rev, derr := entrypoint.DecodeRevert(b); derr == nil {
		return " (" + rev.Error() + ")"
	}
	return ""
}

func (c *RPCChain) ExecutedAt(ctx context.Context, sender common.Address, userOpHash common.Hash) (*big.Int, error) {
	out, err := c.call(ctx, c.regABI, c.registry, "executedAt", sender, userOpHash)
	if err != nil {
		return nil, fmt.Errorf("chain %d: executedAt: %w", c.id, err)
	}
	return out[0].(*big.Int), nil
}

func (c *RPCChain) ChallengeDelay(ctx context.Context) (uint64, error) {
	out, err := c.call(ctx, c.smABI, c.stakeManager, "challengeDelay")
	if err != nil {
		return 0, fmt.Errorf("chain %d: challengeDelay: %w", c.id, err)
	}
	return out[0].(*big.Int).Uint64(), nil
}

func (c *RPCChain) StakeOf(ctx context.Context, addr common.Address) (*big.Int, error) {
	out, err := c.call(ctx, c.smABI, c.stakeManager, "stakeOf", addr)
	if err != nil {
		return nil, fmt.Errorf("chain %d: stakeOf: %w", c.id, err)
	}
	return out[0].(*big.Int), nil
}

func (c *RPCChain) Slash(ctx context.Context, calldata []byte) (common.Hash, error) {
	if c.key == nil {
		return common.Hash{}, errors.New("no witness key")
	}
	nonce, err := c.client.PendingNonceAt(ctx, c.from)
	if err != nil {
		return common.Hash{}, err
	}
	gas, err := c.client.EstimateGas(ctx, ethereum.CallMsg{From: c.from, To: &c.stakeManager, Data: calldata})
	if err != nil {
		return common.Hash{}, fmt.Errorf("estimate slash: %w", err)
	}
	head, err := c.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return common.Hash{}, err
	}
	tip, err := c.client.SuggestGasTipCap(ctx)
	if err != nil {
		return common.Hash{}, err
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx, err := types.SignNewTx(c.key, types.LatestSignerForChainID(new(big.Int).SetUint64(c.id)), &types.DynamicFeeTx{
		ChainID: new(big.Int).SetUint64(c.id), Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: gas + gas/5, To: &c.stakeManager, Data: calldata,
	})
	if err != nil {
		return common.Hash{}, err
	}
	if err := c.client.SendTransaction(ctx, tx); err != nil {
		return common.Hash{}, fmt.Errorf("send slash: %w", err)
	}
	r, err := bind.WaitMined(ctx, c.client, tx.Hash())
	if err != nil {
		return tx.Hash(), fmt.Errorf("wait for slash %s: %w", tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return tx.Hash(), fmt.Errorf("slash %s reverted", tx.Hash())
	}
	return tx.Hash(), nil
}
