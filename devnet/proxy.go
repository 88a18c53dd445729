package devnet

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// create2ProxyDeployment is the public, pre-signed (pre-EIP-155, so valid on
// every chain) transaction that deploys Create2Proxy from a one-time
// deployer key nobody holds: gas 100,000 at 100 gwei.
var create2ProxyDeployment = common.FromHex("0xf8a58085174876e800830186a08080b853604580600e600039806000f350fe7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe03601600081602082378035828234f58015156039578182fd5b8082525050506014600cf31ba02222222222222222222222222222222222222222222222222222222222222222a02222222222222222222222222222222222222222222222222222222222222222")

// create2ProxyTx decodes the pre-signed deployment and its sender.
func create2ProxyTx() (*types.Transaction, common.Address, error) {
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(create2ProxyDeployment); err != nil {
		return nil, common.Address{}, fmt.Errorf("decode the CREATE2 proxy deployment: %w", err)
	}
	from, err := types.Sender(types.HomesteadSigner{}, tx)
	if err != nil {
		return nil, common.Address{}, fmt.Errorf("CREATE2 proxy deployment sender: %w", err)
	}
	return tx, from, nil
}

// ensureCreate2Proxy deploys Create2Proxy on a chain that lacks it: it
// funds the one-time deployer from s and broadcasts the pre-signed
// transaction. The node must accept unprotected transactions (geth:
// --rpc.allow-unprotected-txs).
func ensureCreate2Proxy(ctx context.Context, client *ethclient.Client, s *TxSender) error {
	code, err := client.CodeAt(ctx, Create2Proxy, nil)
	if err != nil {
		return fmt.Errorf("check the CREATE2 proxy: %w", err)
	}
	if len(code) > 0 {
		return nil
	}
	tx, from, err := create2ProxyTx()
	if err != nil {
		return err
	}
	cost := new(big.Int).Mul(tx.GasPrice(), new(big.Int).SetUint64(tx.Gas()))
	bal, err := client.BalanceAt(ctx, from, nil)
	if err != nil {
		return fmt.Errorf("balance of the proxy deployer %s: %w", from, err)
	}
	if bal.Cmp(cost) < 0 {
		fund, err := s.Send(ctx, from, new(big.Int).Sub(cost, bal), nil)
		if err != nil {
			return fmt.Errorf("fund the proxy deployer %s: %w", from, err)
		}
		if err := WaitMined(ctx, client, []*types.Transaction{fund}); err != nil {
			return err
		}
	}
	// A node's transaction pool may judge the transaction against the state
	// before the funding block for a moment: retry that briefly.
	for attempt := 0; ; attempt++ {
		err := client.SendTransaction(ctx, tx)
		if err == nil {
			break
		}
		if !strings.Contains(err.Error(), "insufficient funds") || attempt == 50 {
			return fmt.Errorf("deploy the CREATE2 proxy (the node must accept pre-EIP-155 transactions, e.g. geth --rpc.allow-unprotected-txs): %w", err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
	if err := WaitMined(ctx, client, []*types.Transaction{tx}); err != nil {
		return err
	}
	if code, err := client.CodeAt(ctx, Create2Proxy, nil); err != nil || len(code) == 0 {
		return fmt.Errorf("no CREATE2 proxy at %s after its deployment (%v)", Create2Proxy, err)
	}
	return nil
}

// Deploy puts every contract klaster uses on a live chain, through the
// CREATE2 proxy (deployed first when missing): the EntryPoints and
// SimpleAccountFactories land at their canonical addresses, and the Klaster
// validator and factories at addresses fixed by the factory owner. The
// Klaster factories are staked. It is idempotent. deployer pays; it also
// owns the factories' stake.
func Deploy(ctx context.Context, client *ethclient.Client, deployer Account) (Contracts, error) {
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return Contracts{}, fmt.Errorf("chain id: %w", err)
	}
	deployments, contracts, err := plan(deployer.Address)
	if err != nil {
		return contracts, err
	}
	s := NewTxSender(client, chainID.Uint64(), deployer.Key)
	if err := ensureCreate2Proxy(ctx, client, s); err != nil {
		return contracts, err
	}
	return contracts, deployContracts(ctx, client, chainID.Uint64(), deployer, deployments, contracts)
}
