package bench

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/klaster-dev/klaster/bindings/klasteraccount"
	"github.com/klaster-dev/klaster/bindings/v07"
	"github.com/klaster-dev/klaster/bindings/v08"
	"github.com/klaster-dev/klaster/entrypoint"
)

// account is one counterfactual smart account of the run.
type account struct {
	addr common.Address
	salt *big.Int
}

// accountKind knows how to create and sign for one kind of account.
type accountKind struct {
	name       string
	factory    common.Address
	factoryABI *abi.ABI
	accountABI *abi.ABI
	// rawHash: the account verifies the signature of the userOpHash itself
	// (SimpleAccount v0.8), not of its EIP-191 message.
	rawHash bool
}

func simpleKind(v entrypoint.Version) (accountKind, error) {
	k := accountKind{name: AccountSimple, factory: v.SimpleAccountFactory()}
	var err error
	if v == entrypoint.V07 {
		if k.factoryABI, err = v07.SimpleAccountFactoryMetaData.GetAbi(); err == nil {
			k.accountABI, err = v07.SimpleAccountMetaData.GetAbi()
		}
	} else {
		k.rawHash = true
		if k.factoryABI, err = v08.SimpleAccountFactoryMetaData.GetAbi(); err == nil {
			k.accountABI, err = v08.SimpleAccountMetaData.GetAbi()
		}
	}
	return k, err
}

func klasterKind(factory common.Address) (accountKind, error) {
	k := accountKind{name: AccountKlaster, factory: factory}
	var err error
	if k.factoryABI, err = klasteraccount.KlasterAccountFactoryMetaData.GetAbi(); err == nil {
		k.accountABI, err = klasteraccount.KlasterAccountMetaData.GetAbi()
	}
	return k, err
}

// sign signs a userOpHash for the account's owner.
func (k accountKind) sign(owner *ecdsa.PrivateKey, hash common.Hash) ([]byte, error) {
	digest := hash.Bytes()
	if !k.rawHash {
		digest = accountsTextHash(digest)
	}
	sig, err := crypto.Sign(digest, owner)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}

// accountsTextHash is EIP-191's personal-message hash of 32 raw bytes.
func accountsTextHash(b []byte) []byte {
	return crypto.Keccak256([]byte(fmt.Sprintf("\x19Ethereum Signed Message:\n%d", len(b))), b)
}

// addresses asks the factory for each salt's counterfactual address.
func (k accountKind) addresses(ctx context.Context, node *gethrpc.Client, owner common.Address, salts []*big.Int) ([]account, error) {
	elems := make([]gethrpc.BatchElem, len(salts))
	outs := make([]hexutil.Bytes, len(salts))
	for i, salt := range salts {
		data, err := k.factoryABI.Pack("getAddress", owner, salt)
		if err != nil {
			return nil, err
		}
		elems[i] = gethrpc.BatchElem{Method: "eth_call", Args: []any{map[string]any{"to": k.factory, "data": hexutil.Bytes(data)}, "latest"}, Result: &outs[i]}
	}
	if err := batchCall(ctx, node, elems); err != nil {
		return nil, fmt.Errorf("factory getAddress: %w", err)
	}
	accs := make([]account, len(salts))
	for i, e := range elems {
		if e.Error != nil || len(outs[i]) != 32 {
			return nil, fmt.Errorf("factory %s getAddress: %v (is the factory deployed?)", k.factory, e.Error)
		}
		accs[i] = account{addr: common.BytesToAddress(outs[i]), salt: salts[i]}
	}
	return accs, nil
}

// fund sends value to every address from key with plain transfers, all at
// once, then waits until each is mined.
func fund(ctx context.Context, node *gethrpc.Client, key *ecdsa.PrivateKey, to []common.Address, value *big.Int, wait time.Duration) error {
	from := crypto.PubkeyToAddress(key.PublicKey)
	var (
		chainID hexutil.Big
		nonce   hexutil.Uint64
		tip     hexutil.Big
		head    struct {
			BaseFee *hexutil.Big `json:"baseFeePerGas"`
		}
	)
	elems := []gethrpc.BatchElem{
		{Method: "eth_chainId", Result: &chainID},
		{Method: "eth_getTransactionCount", Args: []any{from, "pending"}, Result: &nonce},
		{Method: "eth_maxPriorityFeePerGas", Result: &tip},
		{Method: "eth_getBlockByNumber", Args: []any{"latest", false}, Result: &head},
	}
	if err := node.BatchCallContext(ctx, elems); err != nil {
		return fmt.Errorf("funding: %w", err)
	}
	for _, e := range elems {
		if e.Error != nil {
			return fmt.Errorf("funding: %s: %w", e.Method, e.Error)
		}
	}
	baseFee := new(big.Int)
	if head.BaseFee != nil {
		baseFee = head.BaseFee.ToInt()
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(baseFee, big.NewInt(3)), tip.ToInt())
	signer := types.LatestSignerForChainID(chainID.ToInt())
	hashes := make([]common.Hash, len(to))
	sends := make([]gethrpc.BatchElem, len(to))
	for i, addr := range to {
		tx, err := types.SignNewTx(key, signer, &types.DynamicFeeTx{
			ChainID: chainID.ToInt(), Nonce: uint64(nonce) + uint64(i), GasTipCap: tip.ToInt(), GasFeeCap: feeCap,
			Gas: 21_000, To: &addr, Value: value,
		})
		if err != nil {
			return err
		}
		raw, err := tx.MarshalBinary()
		if err != nil {
			return err
		}
		hashes[i] = tx.Hash()
		sends[i] = gethrpc.BatchElem{Method: "eth_sendRawTransaction", Args: []any{hexutil.Bytes(raw)}, Result: new(common.Hash)}
	}
	if err := batchCall(ctx, node, sends); err != nil {
		return fmt.Errorf("funding transfers: %w", err)
	}
	for _, e := range sends {
		if e.Error != nil {
			return fmt.Errorf("funding transfer: %w", e.Error)
		}
	}
	return waitMined(ctx, node, hashes, wait)
}

// waitMined polls the node until every transaction has a successful receipt.
func waitMined(ctx context.Context, node *gethrpc.Client, hashes []common.Hash, wait time.Duration) error {
	deadline := time.Now().Add(wait)
	pending := hashes
	for len(pending) > 0 {
		if time.Now().After(deadline) {
			return fmt.Errorf("%d transactions not mined after %s", len(pending), wait)
		}
		elems := make([]gethrpc.BatchElem, len(pending))
		rcs := make([]*struct {
			Status hexutil.Uint64 `json:"status"`
		}, len(pending))
		for i, h := range pending {
			elems[i] = gethrpc.BatchElem{Method: "eth_getTransactionReceipt", Args: []any{h}, Result: &rcs[i]}
		}
		if err := batchCall(ctx, node, elems); err != nil {
			return err
		}
		var left []common.Hash
		for i, e := range elems {
			switch {
			case e.Error != nil || rcs[i] == nil:
				left = append(left, pending[i])
			case rcs[i].Status != 1:
				return fmt.Errorf("transaction %s failed", pending[i])
			}
		}
		pending = left
		if len(pending) > 0 {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(250 * time.Millisecond):
			}
		}
	}
	return nil
}

func ownerAddr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
