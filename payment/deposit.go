package payment

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"
)

// TxSender sends a plain transaction from the node's signer accounts
// (bundler.Builder.SendTx).
type TxSender interface {
	SendTx(ctx context.Context, to common.Address, value *big.Int, data []byte) (common.Hash, error)
}

// ChainReader reads what the keeper needs of a chain; *ethclient.Client is
// one.
type ChainReader interface {
	Caller
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
}

var (
	selBalanceOf = crypto.Keccak256([]byte("balanceOf(address)"))[:4]
	selDepositTo = crypto.Keccak256([]byte("depositTo(address)"))[:4]
)

// Keeper keeps a paymaster's EntryPoint deposit between Min and Target:
// when it falls below Min, the signers deposit the difference up to Target.
// One top-up is in flight at a time.
type Keeper struct {
	EntryPoint common.Address
	Paymaster  common.Address
	Min        *big.Int
	Target     *big.Int
	Chain      ChainReader
	Sender     TxSender
	// Gauge receives every deposit read (the /metrics gauge).
	Gauge func(wei *big.Int)
	Log   zerolog.Logger

	pending common.Hash
}

// Deposit reads the paymaster's deposit.
func Deposit(ctx context.Context, c Caller, entryPoint, paymaster common.Address) (*big.Int, error) {
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &entryPoint, Data: append(append([]byte{}, selBalanceOf...), common.LeftPadBytes(paymaster[:], 32)...)}, nil)
	if err != nil || len(out) < 32 {
		return nil, fmt.Errorf("balanceOf(%s) on %s: %v", paymaster, entryPoint, err)
	}
	return new(big.Int).SetBytes(out[:32]), nil
}

// DepositToCall is EntryPoint.depositTo(account)'s calldata.
func DepositToCall(account common.Address) []byte {
	return append(append([]byte{}, selDepositTo...), common.LeftPadBytes(account[:], 32)...)
}

// Check reads the deposit, exports it and tops it up when below Min.
func (k *Keeper) Check(ctx context.Context) error {
	dep, err := Deposit(ctx, k.Chain, k.EntryPoint, k.Paymaster)
	if err != nil {
		return err
	}
	if k.Gauge != nil {
		k.Gauge(dep)
	}
	if k.pending != (common.Hash{}) {
		rc, err := k.Chain.TransactionReceipt(ctx, k.pending)
		if err != nil || rc == nil {
			return nil // still in flight
		}
		k.pending = common.Hash{}
		if rc.Status != types.ReceiptStatusSuccessful {
			k.Log.Warn().Stringer("tx", rc.TxHash).Msg("paymaster deposit top-up reverted")
		}
	}
	if k.Min == nil || k.Target == nil || dep.Cmp(k.Min) >= 0 || k.Target.Cmp(dep) <= 0 {
		return nil
	}
	add := new(big.Int).Sub(k.Target, dep)
	sctx, cancel := context.WithTimeout(ctx, 30*time.Second) // the builder may not run (not the leader)
	defer cancel()
	h, err := k.Sender.SendTx(sctx, k.EntryPoint, add, DepositToCall(k.Paymaster))
	if err != nil {
		return fmt.Errorf("top up paymaster %s: %w", k.Paymaster, err)
	}
	k.pending = h
	k.Log.Info().Str("paymaster", k.Paymaster.Hex()).Str("entryPoint", k.EntryPoint.Hex()).Stringer("deposit", dep).Stringer("added", add).Stringer("tx", h).Msg("paymaster deposit topped up")
	return nil
}

// Run checks every interval until ctx ends.
func (k *Keeper) Run(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		if err := k.Check(ctx); err != nil && ctx.Err() == nil {
			k.Log.Warn().Err(err).Str("paymaster", k.Paymaster.Hex()).Msg("paymaster deposit")
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
