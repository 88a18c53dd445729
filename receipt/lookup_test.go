package receipt_test

import (
	"context"
	"encoding/json"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/klaster-dev/klaster/bindings/klasteraccount"
	"github.com/klaster-dev/klaster/bindings/v08"
	"github.com/klaster-dev/klaster/devnet"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/receipt"
)

// A real op through handleOps on a dev chain, looked up by index and by log
// scan.
func TestLookupFindsMinedOp(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	net, err := devnet.Start(ctx, devnet.Config{ChainIDs: []uint64{1337}, Period: 0})
	if err != nil {
		t.Fatal(err)
	}
	defer net.Close()
	chain := net.Chains[0]
	ec := chain.Client()
	defer ec.Close()
	sender := devnet.NewTxSender(ec, 1337, net.Accounts[0].Key)
	owner := net.Accounts[3]
	ep := net.Contracts.EntryPointV08

	factoryABI, _ := klasteraccount.KlasterAccountFactoryMetaData.GetAbi()
	accountABI, _ := klasteraccount.KlasterAccountMetaData.GetAbi()
	epABI, _ := v08.EntryPointMetaData.GetAbi()
	pack := func(a interface {
		Pack(string, ...any) ([]byte, error)
	}, m string, args ...any) []byte {
		b, err := a.Pack(m, args...)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	send := func(to common.Address, value *big.Int, data []byte) common.Hash {
		tx, err := sender.Send(ctx, to, value, data)
		if err != nil {
			t.Fatal(err)
		}
		if err := devnet.WaitMined(ctx, ec, nil); err != nil {
			t.Fatal(err)
		}
		r, err := devnet.WaitReceipt(ctx, ec, tx.Hash())
		if err != nil || r.Status != 1 {
			t.Fatalf("tx to %s failed: %v", to, err)
		}
		return tx.Hash()
	}
	out, err := ec.CallContract(ctx, callTo(net.Contracts.KlasterFactoryV08, pack(factoryABI, "getAddress", owner.Address, big.NewInt(7))), nil)
	if err != nil {
		t.Fatal(err)
	}
	account := common.BytesToAddress(out)
	send(net.Contracts.KlasterFactoryV08, nil, pack(factoryABI, "createAccount", owner.Address, big.NewInt(7)))
	send(ep, big.NewInt(params.Ether), pack(epABI, "depositTo", account))
	send(account, big.NewInt(params.Ether), nil)

	head, _ := ec.HeaderByNumber(ctx, nil)
	recipient := common.HexToAddress("0x00000000000000000000000000000000000d00d1")
	op := &entrypoint.UserOperation{
		Sender: account, Nonce: big.NewInt(0),
		CallData:                      pack(accountABI, "execute", recipient, big.NewInt(5), []byte{}),
		CallGasLimit:                  big.NewInt(100_000),
		VerificationGasLimit:          big.NewInt(300_000),
		PreVerificationGas:            big.NewInt(60_000),
		MaxFeePerGas:                  new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(3)), big.NewInt(params.GWei)),
		MaxPriorityFeePerGas:          big.NewInt(params.GWei),
		PaymasterVerificationGasLimit: new(big.Int), PaymasterPostOpGasLimit: new(big.Int),
	}
	hash, err := entrypoint.Hash(op, ep, big.NewInt(1337))
	if err != nil {
		t.Fatal(err)
	}
	op.Signature, err = crypto.Sign(accounts.TextHash(hash.Bytes()), owner.Key)
	if err != nil {
		t.Fatal(err)
	}
	op.Signature[64] += 27
	packed, _ := op.Pack()
	bundleTx := send(ep, nil, pack(epABI, "handleOps", []v08.PackedUserOperation{v08.PackedUserOperation(packed)}, net.Accounts[1].Address))

	check := func(t *testing.T, l *receipt.Lookup) {
		rec, err := l.Receipt(ctx, hash)
		if err != nil || rec == nil {
			t.Fatalf("receipt: %v, %v", rec, err)
		}
		if !rec.Success || rec.Sender != account.Hex() || rec.EntryPoint != ep.Hex() || rec.TxHash != bundleTx || rec.Nonce.ToInt().Sign() != 0 {
			t.Errorf("receipt: %+v", rec)
		}
		raw, _ := json.Marshal(rec)
		for _, key := range []string{`"userOpHash"`, `"actualGasCost"`, `"actualGasUsed"`, `"logs"`, `"receipt":{`, `"from"`, `"logsBloom"`} {
			if !strings.Contains(string(raw), key) {
				t.Errorf("receipt JSON lacks %s: %s", key, raw)
			}
		}
		info, err := l.UserOperation(ctx, hash)
		if err != nil || info == nil {
			t.Fatalf("by hash: %v, %v", info, err)
		}
		again, err := entrypoint.Hash(info.UserOperation, ep, big.NewInt(1337))
		if err != nil || again != hash || *info.TransactionHash != bundleTx || info.EntryPoint != ep.Hex() {
			t.Errorf("by hash: rehash %s (want %s), %+v", again, hash, info)
		}
		missing, err := l.Receipt(ctx, common.Hash{1})
		if err != nil || missing != nil {
			t.Errorf("unknown op: %v, %v", missing, err)
		}
	}
	t.Run("log scan", func(t *testing.T) {
		check(t, receipt.NewLookup(chain.RPC(), []common.Address{ep}, nil, receipt.DefaultScanBlocks))
	})
	t.Run("log scan from the tracker's head", func(t *testing.T) {
		// The head given is from before the op was bundled (a tracker one
		// poll behind): the scan still reaches the latest block.
		l := receipt.NewLookup(chain.RPC(), []common.Address{ep}, nil, receipt.DefaultScanBlocks)
		l.UseHead(func() *types.Header { return head })
		check(t, l)
	})
	t.Run("index", func(t *testing.T) {
		idx := receipt.NewMemoryIndex(10)
		r, _ := ec.TransactionReceipt(ctx, bundleTx)
		idx.Put(ctx, receipt.Location{UserOpHash: hash, EntryPoint: ep, TxHash: bundleTx, BlockNumber: r.BlockNumber.Uint64(), BlockHash: r.BlockHash})
		check(t, receipt.NewLookup(chain.RPC(), []common.Address{ep}, idx, 0))
	})
}
