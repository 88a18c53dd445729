package devnet

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/klaster-dev/klaster/bindings/klasteraccount"
)

// FactoryStake and FactoryUnstakeDelay are what each Klaster factory stakes in
// its EntryPoint on a dev chain.
var (
	FactoryStake               = big.NewInt(params.Ether)
	FactoryUnstakeDelay uint32 = 86400
)

// deployContracts deploys every contract of the plan that is not on the chain
// yet (a chain reopened from a datadir already has them), then stakes the
// Klaster factories. It is idempotent.
func deployContracts(ctx context.Context, client *ethclient.Client, chainID uint64, deployer Account, deployments []deployment, contracts Contracts) error {
	tx := NewTxSender(client, chainID, deployer.Key)
	var todo []deployment
	for _, d := range deployments {
		code, err := client.CodeAt(ctx, d.address, nil)
		if err != nil {
			return fmt.Errorf("check %s: %w", d.name, err)
		}
		if len(code) == 0 {
			todo = append(todo, d)
		}
	}
	// Deploy in rounds: a constructor that calls a contract of the same plan
	// (a factory asking its EntryPoint for the sender creator) cannot be
	// estimated until that contract is mined, so it waits for the next round.
	for len(todo) > 0 {
		var (
			pending  []*types.Transaction
			deferred []deployment
			lastErr  error
		)
		for _, d := range todo {
			data := append(append([]byte{}, d.salt.Bytes()...), d.initCode...)
			sent, err := tx.Send(ctx, Create2Proxy, nil, data)
			if err != nil {
				deferred, lastErr = append(deferred, d), fmt.Errorf("deploy %s: %w", d.name, err)
				continue
			}
			pending = append(pending, sent)
		}
		if len(pending) == 0 {
			return lastErr
		}
		if err := WaitMined(ctx, client, pending); err != nil {
			return err
		}
		todo = deferred
	}
	for _, d := range deployments {
		if err := waitCode(ctx, client, d.address); err != nil {
			return fmt.Errorf("deploy %s: %w", d.name, err)
		}
	}

	factoryABI, err := klasteraccount.KlasterAccountFactoryMetaData.GetAbi()
	if err != nil {
		return err
	}
	stakeCall, err := factoryABI.Pack("addStake", FactoryUnstakeDelay)
	if err != nil {
		return err
	}
	var pending []*types.Transaction
	for _, pair := range [][2]common.Address{
		{contracts.EntryPointV07, contracts.KlasterFactoryV07},
		{contracts.EntryPointV08, contracts.KlasterFactoryV08},
		{contracts.EntryPointV09, contracts.KlasterFactoryV09},
	} {
		info, err := DepositInfo(ctx, client.Client(), pair[0], pair[1])
		if err != nil {
			return err
		}
		if info.Staked {
			continue
		}
		sent, err := tx.Send(ctx, pair[1], FactoryStake, stakeCall)
		if err != nil {
			return fmt.Errorf("stake factory %s: %w", pair[1], err)
		}
		pending = append(pending, sent)
	}
	return WaitMined(ctx, client, pending)
}

// TxSender signs and sends EIP-1559 transactions from one key with locally
// tracked nonces. It is not safe for concurrent use.
type TxSender struct {
	client  *ethclient.Client
	signer  types.Signer
	key     *ecdsa.PrivateKey
	from    common.Address
	nonce   uint64
	started bool
}

func NewTxSender(client *ethclient.Client, chainID uint64, key *ecdsa.PrivateKey) *TxSender {
	return &TxSender{
		client: client,
		signer: types.LatestSignerForChainID(new(big.Int).SetUint64(chainID)),
		key:    key,
		from:   crypto.PubkeyToAddress(key.PublicKey),
	}
}

// Send estimates, signs and sends a transaction; it does not wait for it.
func (s *TxSender) Send(ctx context.Context, to common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	if !s.started {
		n, err := s.client.PendingNonceAt(ctx, s.from)
		if err != nil {
			return nil, fmt.Errorf("nonce of %s: %w", s.from, err)
		}
		s.nonce, s.started = n, true
	}
	if value == nil {
		value = new(big.Int)
	}
	gas, err := s.client.EstimateGas(ctx, ethereum.CallMsg{From: s.from, To: &to, Value: value, Data: data})
	if err != nil {
		return nil, fmt.Errorf("estimate gas: %w", err)
	}
	head, err := s.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("head: %w", err)
	}
	tip := big.NewInt(params.GWei)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx, err := types.SignNewTx(s.key, s.signer, &types.DynamicFeeTx{
		Nonce:     s.nonce,
		GasTipCap: tip,
		GasFeeCap: feeCap,
		Gas:       gas + gas/5,
		To:        &to,
		Value:     value,
		Data:      data,
	})
	if err != nil {
		return nil, err
	}
	if err := s.client.SendTransaction(ctx, tx); err != nil {
		return nil, fmt.Errorf("send: %w", err)
	}
	s.nonce++
	return tx, nil
}

// WaitMined waits for every transaction's receipt and fails on a revert.
func WaitMined(ctx context.Context, client *ethclient.Client, txs []*types.Transaction) error {
	for _, tx := range txs {
		receipt, err := WaitReceipt(ctx, client, tx.Hash())
		if err != nil {
			return err
		}
		if receipt.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("transaction %s reverted (gas used %d of %d)", tx.Hash(), receipt.GasUsed, tx.Gas())
		}
	}
	return nil
}

// waitCode waits until addr has code at the latest block. A receipt can be
// served a moment before the node's latest state includes its block.
func waitCode(ctx context.Context, client *ethclient.Client, addr common.Address) error {
	deadline := time.Now().Add(10 * time.Second)
	for {
		code, err := client.CodeAt(ctx, addr, nil)
		if err != nil {
			return fmt.Errorf("code at %s: %w", addr, err)
		}
		if len(code) > 0 {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("no code at %s after its deployment was mined", addr)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
}
