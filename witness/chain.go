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
	// Simulate returns nil when handleOps([op]) on top of the latest block
	// would run the op with success: both its validation and its execution
	// pass, the condition under which a committing node bundles it.
	Simulate(ctx context.Context, op *entrypoint.UserOperation, ep common.Address, userOpHash common.Hash) error
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

// slashGasMargin is added to a slash vote's estimate: enough for the
// slashing branch (four storage writes and the Slashed event).
const slashGasMargin = 150_000

// RPCChain is a Chain over a node's JSON-RPC.
type RPCChain struct {
	id           uint64
	client       *ethclient.Client
	stakeManager common.Address
	key          *ecdsa.PrivateKey // nil: no slash
	from         common.Address

	epABI, smABI, regABI *abi.ABI
	registry             common.Address

	latest func(ctx context.Context) (*types.Header, error) // nil: the node's latest header
}

// UseHead makes the chain read its head through latest (the chain
// tracker's Latest) instead of asking the node itself.
func (c *RPCChain) UseHead(latest func(ctx context.Context) (*types.Header, error)) {
	c.latest = latest
}

func (c *RPCChain) header(ctx context.Context) (*types.Header, error) {
	if c.latest != nil {
		return c.latest(ctx)
	}
	return c.client.HeaderByNumber(ctx, nil)
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
	h, err := c.header(ctx)
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

func (c *RPCChain) Simulate(ctx context.Context, op *entrypoint.UserOperation, ep common.Address, userOpHash common.Hash) error {
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
	// eth_simulateV1 returns the logs, so UserOperationEvent tells whether
	// the execution succeeded too (handleOps itself only reverts on a
	// validation failure).
	var res []struct {
		Calls []struct {
			Status hexutil.Uint64 `json:"status"`
			Logs   []struct {
				Address common.Address `json:"address"`
				Topics  []common.Hash  `json:"topics"`
				Data    hexutil.Bytes  `json:"data"`
			} `json:"logs"`
			Error *struct {
				Message string `json:"message"`
				Data    string `json:"data"`
			} `json:"error"`
		} `json:"calls"`
	}
	call := map[string]any{"from": beneficiary, "to": ep, "data": hexutil.Bytes(data)}
	err = c.client.Client().CallContext(ctx, &res, "eth_simulateV1", map[string]any{
		"blockStateCalls": []any{map[string]any{"calls": []any{call}}},
	}, "latest")
	if err != nil {
		return fmt.Errorf("eth_simulateV1: %w", err)
	}
	if len(res) != 1 || len(res[0].Calls) != 1 {
		return errors.New("eth_simulateV1: unexpected result shape")
	}
	r := res[0].Calls[0]
	if r.Status != 1 {
		msg := "handleOps reverted"
		if r.Error != nil {
			msg += ": " + r.Error.Message
			if b, derr := hexutil.Decode(r.Error.Data); derr == nil {
				if rev, derr := entrypoint.DecodeRevert(b); derr == nil {
					msg += " (" + rev.Error() + ")"
				}
			}
		}
		return errors.New(msg)
	}
	ev := c.epABI.Events["UserOperationEvent"]
	for _, l := range r.Logs {
		if l.Address != ep || len(l.Topics) != 4 || l.Topics[0] != ev.ID || l.Topics[1] != userOpHash {
			continue
		}
		vals, err := ev.Inputs.NonIndexed().Unpack(l.Data)
		if err != nil || len(vals) < 2 {
			return fmt.Errorf("decode UserOperationEvent: %v", err)
		}
		if ok, _ := vals[1].(bool); !ok {
			return errors.New("the op's execution reverts")
		}
		return nil
	}
	return errors.New("handleOps ran no op with this userOpHash")
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
	head, err := c.header(ctx)
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
		// The estimate may have run below the threshold while another vote
		// lands first and makes this one slash (more storage writes).
		Gas: gas + slashGasMargin, To: &c.stakeManager, Data: calldata,
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
