package devnet

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/klaster-dev/klaster/bindings/klasteraccount"
	"github.com/klaster-dev/klaster/payment"
)

// What node paymasters stake in each EntryPoint, and the dev chains'
// payment settings.
var (
	PaymasterStake               = big.NewInt(params.Ether)
	PaymasterUnstakeDelay uint32 = 86400
	// DevPaymasterDeposit is the deposit a dev paymaster starts with.
	DevPaymasterDeposit = new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether))
	// TestTokenMint is what each dev account 0–6 (and its salt-0
	// KlasterAccount on v0.7) gets: 1,000,000 KUSD.
	TestTokenMint = big.NewInt(1_000_000_000_000)
	// DevTokenPerNative prices the dev chains' ETH at 3,000 KUSD.
	DevTokenPerNative = big.NewInt(3_000_000_000)
)

// TestTokenHolders is how many dev accounts (0 to n-1) get the test token.
const TestTokenHolders = 7

// PaymasterInitCode is the creation code of node's paymaster in
// entryPoint, owned (stake and deposit withdrawals) by owner.
func PaymasterInitCode(entryPoint, node, owner common.Address) ([]byte, error) {
	parsed, err := klasteraccount.KlasterNodePaymasterMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	args, err := parsed.Pack("", entryPoint, node, owner, PaymasterUnstakeDelay)
	if err != nil {
		return nil, err
	}
	return append(common.FromHex(klasteraccount.KlasterNodePaymasterMetaData.Bin), args...), nil
}

// PaymasterAddress is where PaymasterInitCode lands through Create2Proxy
// (salt zero): fixed by the EntryPoint, the node and the owner.
func PaymasterAddress(entryPoint, node, owner common.Address) (common.Address, error) {
	code, err := PaymasterInitCode(entryPoint, node, owner)
	if err != nil {
		return common.Address{}, err
	}
	return crypto.CreateAddress2(Create2Proxy, common.Hash{}, crypto.Keccak256(code)), nil
}

// DeployPaymasters deploys node's paymaster in each EntryPoint (owned by
// deployer), stakes it and, when its deposit is below deposit, deposits the
// difference (nil: none). It is idempotent and returns the paymasters by
// EntryPoint.
func DeployPaymasters(ctx context.Context, client *ethclient.Client, chainID uint64, deployer Account, node common.Address, entryPoints []common.Address, deposit *big.Int) (map[common.Address]common.Address, error) {
	tx := NewTxSender(client, chainID, deployer.Key)
	out := map[common.Address]common.Address{}
	var pending []*types.Transaction
	for _, ep := range entryPoints {
		code, err := PaymasterInitCode(ep, node, deployer.Address)
		if err != nil {
			return nil, err
		}
		addr := crypto.CreateAddress2(Create2Proxy, common.Hash{}, crypto.Keccak256(code))
		out[ep] = addr
		if have, err := client.CodeAt(ctx, addr, nil); err != nil {
			return nil, err
		} else if len(have) == 0 {
			sent, err := tx.Send(ctx, Create2Proxy, nil, append(common.Hash{}.Bytes(), code...))
			if err != nil {
				return nil, fmt.Errorf("deploy paymaster for %s: %w", ep, err)
			}
			pending = append(pending, sent)
		}
	}
	if err := WaitMined(ctx, client, pending); err != nil {
		return nil, err
	}
	parsed, err := klasteraccount.KlasterNodePaymasterMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	stake, _ := parsed.Pack("addStake")
	pending = nil
	for ep, pm := range out {
		if err := waitCode(ctx, client, pm); err != nil {
			return nil, err
		}
		info, err := DepositInfo(ctx, client.Client(), ep, pm)
		if err != nil {
			return nil, err
		}
		if !info.Staked {
			sent, err := tx.Send(ctx, pm, PaymasterStake, stake)
			if err != nil {
				return nil, fmt.Errorf("stake paymaster %s: %w", pm, err)
			}
			pending = append(pending, sent)
		}
		have, err := payment.Deposit(ctx, client, ep, pm)
		if err != nil {
			return nil, err
		}
		if deposit != nil && have.Cmp(deposit) < 0 {
			sent, err := tx.Send(ctx, ep, new(big.Int).Sub(deposit, have), payment.DepositToCall(pm))
			if err != nil {
				return nil, fmt.Errorf("deposit for paymaster %s: %w", pm, err)
			}
			pending = append(pending, sent)
		}
	}
	return out, WaitMined(ctx, client, pending)
}

// mintTestToken mints TestTokenMint to dev accounts 0–6 and their salt-0
// KlasterAccounts (v0.7), once per chain.
func mintTestToken(ctx context.Context, client *ethclient.Client, chainID uint64, accounts []Account, c Contracts) error {
	if have, err := client.BalanceAt(ctx, accounts[0].Address, nil); err != nil || have.Sign() == 0 {
		return err
	}
	tokenABI, err := klasteraccount.KlasterTestTokenMetaData.GetAbi()
	if err != nil {
		return err
	}
	factoryABI, err := klasteraccount.KlasterAccountFactoryMetaData.GetAbi()
	if err != nil {
		return err
	}
	tok, err := klasteraccount.NewKlasterTestTokenCaller(c.TestToken, client)
	if err != nil {
		return err
	}
	if bal, err := tok.BalanceOf(nil, accounts[0].Address); err != nil || bal.Sign() > 0 {
		return err
	}
	tx := NewTxSender(client, chainID, accounts[0].Key)
	var pending []*types.Transaction
	for _, a := range accounts[:min(TestTokenHolders, len(accounts))] {
		holders := []common.Address{a.Address}
		call, _ := factoryABI.Pack("getAddress", a.Address, new(big.Int))
		if out, err := client.CallContract(ctx, callMsg(c.KlasterFactoryV07, call), nil); err == nil && len(out) == 32 {
			holders = append(holders, common.BytesToAddress(out))
		}
		for _, h := range holders {
			data, _ := tokenABI.Pack("mint", h, TestTokenMint)
			sent, err := tx.Send(ctx, c.TestToken, nil, data)
			if err != nil {
				return fmt.Errorf("mint test token: %w", err)
			}
			pending = append(pending, sent)
		}
	}
	return WaitMined(ctx, client, pending)
}

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}
