package gas

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/klaster-dev/klaster/bindings/klasteraccount"
	"github.com/klaster-dev/klaster/bindings/v08"
	"github.com/klaster-dev/klaster/devnet"
	"github.com/klaster-dev/klaster/entrypoint"
)

// fixture is one dev chain shared by the package's chain tests (started on
// first use, closed by TestMain).
type fixture struct {
	net     *devnet.Devnet
	chain   *devnet.Chain
	rpc     *gethrpc.Client
	client  *ethclient.Client
	sender  *devnet.TxSender
	mu      sync.Mutex // serialises sender
	ep      *abi.ABI
	factory *abi.ABI
	account *abi.ABI
	salt    int64
}

var (
	fixOnce sync.Once
	fix     *fixture
	fixErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if fix != nil {
		fix.net.Close()
	}
	os.Exit(code)
}

func getFixture(t testing.TB) *fixture {
	t.Helper()
	fixOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		net, err := devnet.Start(ctx, devnet.Config{ChainIDs: []uint64{1337}, Period: 0})
		if err != nil {
			fixErr = err
			return
		}
		f := &fixture{net: net, chain: net.Chains[0]}
		f.rpc = f.chain.RPC()
		f.client = ethclient.NewClient(f.rpc)
		f.sender = devnet.NewTxSender(f.client, f.chain.ChainID, net.Accounts[0].Key)
		if f.ep, err = v08.EntryPointMetaData.GetAbi(); err == nil {
			if f.factory, err = klasteraccount.KlasterAccountFactoryMetaData.GetAbi(); err == nil {
				f.account, err = klasteraccount.KlasterAccountMetaData.GetAbi()
			}
		}
		fix, fixErr = f, err
	})
	if fixErr != nil {
		t.Fatalf("devnet: %v", fixErr)
	}
	return fix
}

func mustPack(t testing.TB, a *abi.ABI, method string, args ...any) []byte {
	t.Helper()
	b, err := a.Pack(method, args...)
	if err != nil {
		t.Fatalf("pack %s: %v", method, err)
	}
	return b
}

// send sends a transaction from dev account 0 and waits for success.
func (f *fixture) send(ctx context.Context, t testing.TB, to common.Address, value *big.Int, data []byte) *types.Receipt {
	t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	tx, err := f.sender.Send(ctx, to, value, data)
	if err != nil {
		t.Fatalf("send to %s: %v", to, err)
	}
	r, err := devnet.WaitReceipt(ctx, f.client, tx.Hash())
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("tx to %s reverted", to)
	}
	return r
}

func (f *fixture) call(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	return f.client.CallContract(ctx, ethereum.CallMsg{From: f.net.Accounts[1].Address, To: &to, Data: data}, nil)
}

// account is a KlasterAccount of owner for one EntryPoint.
type account struct {
	addr        common.Address
	factory     common.Address
	factoryData []byte // createAccount(owner, salt)
}

// newAccount returns a fresh counterfactual KlasterAccount of owner. With
// deploy it is created and given 1 ETH of deposit; with fund it gets 1 ETH
// of balance.
func (f *fixture) newAccount(ctx context.Context, t testing.TB, ep, owner common.Address, deploy, fund bool) account {
	t.Helper()
	f.mu.Lock()
	f.salt++
	salt := big.NewInt(f.salt)
	f.mu.Unlock()
	factory, _ := f.net.Contracts.KlasterFactory(ep)
	out, err := f.call(ctx, factory, mustPack(t, f.factory, "getAddress", owner, salt))
	if err != nil {
		t.Fatalf("getAddress: %v", err)
	}
	a := account{addr: common.BytesToAddress(out), factory: factory, factoryData: mustPack(t, f.factory, "createAccount", owner, salt)}
	if deploy {
		f.send(ctx, t, factory, nil, a.factoryData)
		f.send(ctx, t, ep, big.NewInt(params.Ether), mustPack(t, f.ep, "depositTo", a.addr))
	}
	if fund {
		f.send(ctx, t, a.addr, big.NewInt(params.Ether), nil)
	}
	return a
}

// signRaw sets op's signature to owner's raw ECDSA signature of its hash.
func (f *fixture) signRaw(t testing.TB, op *entrypoint.UserOperation, ep common.Address, key *ecdsa.PrivateKey) {
	t.Helper()
	h, err := entrypoint.Hash(op, ep, new(big.Int).SetUint64(f.chain.ChainID))
	if err != nil {
		t.Fatal(err)
	}
	sig, err := crypto.Sign(h[:], key)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	op.Signature = sig
}

// strangerSignature is a well-formed 65-byte signature by an unrelated key:
// the validator does the same work as for the owner's, then fails.
func strangerSignature(t testing.TB) []byte {
	k, _ := crypto.GenerateKey()
	sig, err := crypto.Sign(crypto.Keccak256([]byte("placeholder")), k)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	return sig
}

func (f *fixture) handleOpsData(t testing.TB, op *entrypoint.UserOperation) []byte {
	p, err := op.Pack()
	if err != nil {
		t.Fatal(err)
	}
	return mustPack(t, f.ep, "handleOps", []v08.PackedUserOperation{v08.PackedUserOperation(p)}, f.net.Accounts[1].Address)
}

func (f *fixture) estimator() *Estimator {
	return &Estimator{Node: f.rpc, State: NodeState{RPC: f.rpc}, Config: DefaultEstimatorConfig()}
}

// userOpSuccess reports the success flag of the receipt's UserOperationEvent.
func (f *fixture) userOpSuccess(t testing.TB, r *types.Receipt) (bool, bool) {
	ev := f.ep.Events["UserOperationEvent"]
	for _, l := range r.Logs {
		if len(l.Topics) == 4 && l.Topics[0] == ev.ID {
			vals, err := ev.Inputs.NonIndexed().Unpack(l.Data)
			if err != nil {
				t.Fatal(err)
			}
			return vals[1].(bool), true
		}
	}
	return false, false
}
