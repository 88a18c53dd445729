package gas

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
)

// ChainState is the chain state the prechecks read. Implementations may
// cache per block; NodeState reads a node directly.
type ChainState interface {
	// CodeAt returns the code at addr at the latest block.
	CodeAt(ctx context.Context, addr common.Address) ([]byte, error)
	// BalanceAt returns the ether balance of addr.
	BalanceAt(ctx context.Context, addr common.Address) (*big.Int, error)
	// DepositOf returns entryPoint.balanceOf(addr), addr's EntryPoint deposit.
	DepositOf(ctx context.Context, entryPoint, addr common.Address) (*big.Int, error)
	// BaseFee returns the latest block's base fee.
	BaseFee(ctx context.Context) (*big.Int, error)
	// BlockGasLimit returns the latest block's gas limit.
	BlockGasLimit(ctx context.Context) (uint64, error)
}

// RPCCaller is the part of go-ethereum's *rpc.Client this package uses.
type RPCCaller interface {
	CallContext(ctx context.Context, result any, method string, args ...any) error
}

var _ RPCCaller = (*gethrpc.Client)(nil)

// NodeState implements ChainState with plain JSON-RPC reads of the latest
// block, without caching. Each read is retried with backoff on transport
// failures (see Retry).
type NodeState struct {
	RPC RPCCaller
	// Head reads the latest block (the chain tracker's Latest); nil:
	// eth_getBlockByNumber("latest") on RPC.
	Head func(ctx context.Context) (*types.Header, error)
}

// CodeAt implements ChainState.
func (s NodeState) CodeAt(ctx context.Context, addr common.Address) ([]byte, error) {
	var code hexutil.Bytes
	if err := s.call(ctx, &code, "eth_getCode", addr, "latest"); err != nil {
		return nil, fmt.Errorf("eth_getCode %s: %w", addr, err)
	}
	return code, nil
}

// BalanceAt implements ChainState.
func (s NodeState) BalanceAt(ctx context.Context, addr common.Address) (*big.Int, error) {
	var bal hexutil.Big
	if err := s.call(ctx, &bal, "eth_getBalance", addr, "latest"); err != nil {
		return nil, fmt.Errorf("eth_getBalance %s: %w", addr, err)
	}
	return (*big.Int)(&bal), nil
}

// balanceOfSelector is StakeManager.balanceOf(address).
var balanceOfSelector = []byte{0x70, 0xa0, 0x82, 0x31}

// DepositOf implements ChainState.
func (s NodeState) DepositOf(ctx context.Context, entryPoint, addr common.Address) (*big.Int, error) {
	data := make([]byte, 4+32)
	copy(data, balanceOfSelector)
	copy(data[4+12:], addr[:])
	var out hexutil.Bytes
	msg := map[string]any{"to": entryPoint, "data": hexutil.Bytes(data)}
	if err := s.call(ctx, &out, "eth_call", msg, "latest"); err != nil {
		return nil, fmt.Errorf("EntryPoint.balanceOf(%s): %w", addr, err)
	}
	if len(out) != 32 {
		return nil, fmt.Errorf("EntryPoint.balanceOf(%s): %d bytes returned", addr, len(out))
	}
	return new(big.Int).SetBytes(out), nil
}

func (s NodeState) header(ctx context.Context) (*types.Header, error) {
	if s.Head != nil {
		h, err := s.Head(ctx)
		if err != nil {
			return nil, fmt.Errorf("latest block: %w", err)
		}
		return h, nil
	}
	var h *types.Header
	if err := s.call(ctx, &h, "eth_getBlockByNumber", "latest", false); err != nil {
		return nil, fmt.Errorf("latest block: %w", err)
	}
	if h == nil {
		return nil, errors.New("latest block: not found")
	}
	return h, nil
}

// BaseFee implements ChainState. Pre-London chains report 0.
func (s NodeState) BaseFee(ctx context.Context) (*big.Int, error) {
	h, err := s.header(ctx)
	if err != nil {
		return nil, err
	}
	if h.BaseFee == nil {
		return new(big.Int), nil
	}
	return h.BaseFee, nil
}

// BlockGasLimit implements ChainState.
func (s NodeState) BlockGasLimit(ctx context.Context) (uint64, error) {
	h, err := s.header(ctx)
	if err != nil {
		return 0, err
	}
	return h.GasLimit, nil
}
