package test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/klaster-dev/klaster/bindings/klasteraccount"
	"github.com/klaster-dev/klaster/bindings/v08"
	"github.com/klaster-dev/klaster/devnet"
	"github.com/klaster-dev/klaster/entrypoint"
)

// abis the tests encode calls with. v0.7 and v0.8 share handleOps,
// depositTo and UserOperationEvent.
type abis struct {
	entryPoint *abi.ABI
	factory    *abi.ABI
	account    *abi.ABI
}

func loadABIs(t *testing.T) abis {
	t.Helper()
	ep, err := v08.EntryPointMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	f, err := klasteraccount.KlasterAccountFactoryMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	a, err := klasteraccount.KlasterAccountMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	return abis{entryPoint: ep, factory: f, account: a}
}

func mustPack(t *testing.T, a *abi.ABI, method string, args ...any) []byte {
	t.Helper()
	data, err := a.Pack(method, args...)
	if err != nil {
		t.Fatalf("pack %s: %v", method, err)
	}
	return data
}

// startDevnet boots dev chains for one test and stops them at its end.
func startDevnet(t *testing.T, cfg devnet.Config) *devnet.Devnet {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	d, err := devnet.Start(ctx, cfg)
	if err != nil {
		t.Fatalf("start devnet: %v", err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

// sendAndWait sends one transaction and waits for a successful receipt.
func sendAndWait(ctx context.Context, t *testing.T, s *devnet.TxSender, client *ethclient.Client, to common.Address, value *big.Int, data []byte) *types.Receipt {
	t.Helper()
	tx, err := s.Send(ctx, to, value, data)
	if err != nil {
		t.Fatalf("send to %s: %v", to, err)
	}
	receipt, err := devnet.WaitReceipt(ctx, client, tx.Hash())
	if err != nil {
		t.Fatal(err)
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("tx %s to %s reverted", tx.Hash(), to)
	}
	return receipt
}

// klasterAccount deploys (through its factory) a KlasterAccount owned by
// owner, gives it 1 ETH of EntryPoint deposit and 1 ETH of balance, and
// returns its address.
func klasterAccount(ctx context.Context, t *testing.T, a abis, s *devnet.TxSender, client *ethclient.Client, factory, entryPoint, owner common.Address, salt int64) common.Address {
	t.Helper()
	out, err := client.CallContract(ctx, callMsg(factory, mustPack(t, a.factory, "getAddress", owner, big.NewInt(salt))), nil)
	if err != nil {
		t.Fatalf("getAddress: %v", err)
	}
	account := common.BytesToAddress(out)
	sendAndWait(ctx, t, s, client, factory, nil, mustPack(t, a.factory, "createAccount", owner, big.NewInt(salt)))
	sendAndWait(ctx, t, s, client, entryPoint, big.NewInt(params.Ether), mustPack(t, a.entryPoint, "depositTo", account))
	sendAndWait(ctx, t, s, client, account, big.NewInt(params.Ether), nil)
	return account
}

// userOpEvent is one decoded UserOperationEvent.
type userOpEvent struct {
	UserOpHash common.Hash
	Sender     common.Address
	Nonce      *big.Int
	Success    bool
}

func userOpEvents(t *testing.T, a abis, receipt *types.Receipt) []userOpEvent {
	t.Helper()
	ev := a.entryPoint.Events["UserOperationEvent"]
	var out []userOpEvent
	for _, l := range receipt.Logs {
		if len(l.Topics) != 4 || l.Topics[0] != ev.ID {
			continue
		}
		vals, err := ev.Inputs.NonIndexed().Unpack(l.Data)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, userOpEvent{
			UserOpHash: l.Topics[1],
			Sender:     common.BytesToAddress(l.Topics[2].Bytes()),
			Nonce:      vals[0].(*big.Int),
			Success:    vals[1].(bool),
		})
	}
	return out
}

// packForABI converts ops to the tuple type of the handleOps binding.
func packForABI(t *testing.T, ops []*entrypoint.UserOperation) []v08.PackedUserOperation {
	t.Helper()
	out := make([]v08.PackedUserOperation, len(ops))
	for i, op := range ops {
		p, err := op.Pack()
		if err != nil {
			t.Fatal(err)
		}
		out[i] = v08.PackedUserOperation(p)
	}
	return out
}

// baseOp is a KlasterAccount op with fixed, generous gas limits and fees that
// cover the current base fee.
func baseOp(ctx context.Context, t *testing.T, client *ethclient.Client, sender common.Address, nonce *big.Int, callData []byte) *entrypoint.UserOperation {
	t.Helper()
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tip := big.NewInt(params.GWei)
	return &entrypoint.UserOperation{
		Sender:                        sender,
		Nonce:                         nonce,
		CallData:                      callData,
		CallGasLimit:                  big.NewInt(100_000),
		VerificationGasLimit:          big.NewInt(400_000),
		PreVerificationGas:            big.NewInt(60_000),
		MaxFeePerGas:                  new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(3)), tip),
		MaxPriorityFeePerGas:          tip,
		PaymasterVerificationGasLimit: new(big.Int),
		PaymasterPostOpGasLimit:       new(big.Int),
	}
}

func keyAddress(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// revertReasons decodes the UserOperationRevertReason events of a receipt,
// for failure messages.
func revertReasons(t *testing.T, a abis, receipt *types.Receipt) []string {
	t.Helper()
	ev := a.entryPoint.Events["UserOperationRevertReason"]
	var out []string
	for _, l := range receipt.Logs {
		if len(l.Topics) == 0 || l.Topics[0] != ev.ID {
			continue
		}
		vals, err := ev.Inputs.NonIndexed().Unpack(l.Data)
		if err != nil {
			t.Fatal(err)
		}
		reason := vals[1].([]byte)
		if rev, err := entrypoint.DecodeRevert(reason); err == nil {
			out = append(out, rev.Error())
		} else {
			out = append(out, common.Bytes2Hex(reason))
		}
	}
	return out
}
