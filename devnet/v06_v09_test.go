package devnet

import (
	"context"
	"math/big"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/klaster-dev/klaster/bindings/v06"
	"github.com/klaster-dev/klaster/bindings/v09"
	"github.com/klaster-dev/klaster/entrypoint"
)

// TestDevnetV06V09EntryPointsExecute proves the v0.6 and v0.9 deployments
// of a dev chain work with klaster's data model: a SimpleAccount op built,
// hashed and packed by package entrypoint deploys its account through the
// deployed SimpleAccountFactory and executes in a handleOps sent straight to
// the deployed EntryPoint, whose UserOperationEvent carries our userOpHash.
func TestDevnetV06V09EntryPointsExecute(t *testing.T) {
	d := startTestDevnet(t, Config{Period: 1, ChainIDs: []uint64{1337}})
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	chain := d.Chains[0]
	client := chain.Client()
	defer client.Close()
	chainID := new(big.Int).SetUint64(chain.ChainID)
	payer := d.Accounts[0]
	tx := NewTxSender(client, chain.ChainID, payer.Key)

	for _, tc := range []struct {
		v       entrypoint.Version
		ep, saf common.Address
		epABI   func() (*abi.ABI, error)
		safABI  func() (*abi.ABI, error)
		accABI  func() (*abi.ABI, error)
	}{
		{entrypoint.V06, d.Contracts.EntryPointV06, d.Contracts.SimpleAccountFactoryV06, v06.EntryPointMetaData.GetAbi, v06.SimpleAccountFactoryMetaData.GetAbi, v06.SimpleAccountMetaData.GetAbi},
		{entrypoint.V09, d.Contracts.EntryPointV09, d.Contracts.SimpleAccountFactoryV09, v09.EntryPointMetaData.GetAbi, v09.SimpleAccountFactoryMetaData.GetAbi, v09.SimpleAccountMetaData.GetAbi},
	} {
		epABI, _ := tc.epABI()
		safABI, _ := tc.safABI()
		accABI, _ := tc.accABI()
		owner, _ := crypto.GenerateKey()
		ownerAddr := crypto.PubkeyToAddress(owner.PublicKey)
		salt := big.NewInt(7)

		// The counterfactual sender, from the factory itself.
		in, _ := safABI.Pack("getAddress", ownerAddr, salt)
		out, err := client.CallContract(ctx, ethereumCallMsg(tc.saf, in), nil)
		if err != nil {
			t.Fatalf("%v getAddress: %v", tc.v, err)
		}
		vals, err := safABI.Unpack("getAddress", out)
		if err != nil {
			t.Fatal(err)
		}
		sender := vals[0].(common.Address)
		// The account pays its own prefund from its balance.
		fund, err := tx.Send(ctx, sender, big.NewInt(params.Ether), nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := WaitMined(ctx, client, []*types.Transaction{fund}); err != nil {
			t.Fatal(err)
		}

		factoryData, _ := safABI.Pack("createAccount", ownerAddr, salt)
		dest := common.HexToAddress("0x000000000000000000000000000000000000d0d0")
		callData, _ := accABI.Pack("execute", dest, big.NewInt(12345), []byte{})
		head, err := client.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		fee := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(params.GWei))
		factory := tc.saf
		op := &entrypoint.UserOperation{
			Sender: sender, Nonce: new(big.Int), Factory: &factory, FactoryData: factoryData, CallData: callData,
			CallGasLimit: big.NewInt(100_000), VerificationGasLimit: big.NewInt(1_000_000), PreVerificationGas: big.NewInt(60_000),
			MaxFeePerGas: fee, MaxPriorityFeePerGas: big.NewInt(params.GWei),
		}
		h, err := entrypoint.NewHasher(tc.v, tc.ep, chainID)
		if err != nil {
			t.Fatal(err)
		}
		opHash, err := h.Hash(op)
		if err != nil {
			t.Fatal(err)
		}
		digest := opHash.Bytes()
		if tc.v == entrypoint.V06 { // v0.6 SimpleAccount signs the eth_sign digest
			digest = accounts.TextHash(digest)
		}
		sig, err := crypto.Sign(digest, owner)
		if err != nil {
			t.Fatal(err)
		}
		sig[64] += 27
		op.Signature = sig

		var data []byte
		if tc.v == entrypoint.V06 {
			p, err := op.PackV06()
			if err != nil {
				t.Fatal(err)
			}
			data, err = epABI.Pack("handleOps", []v06.UserOperation{v06.UserOperation(p)}, payer.Address)
			if err != nil {
				t.Fatal(err)
			}
		} else {
			p, err := op.Pack()
			if err != nil {
				t.Fatal(err)
			}
			data, err = epABI.Pack("handleOps", []v09.PackedUserOperation{v09.PackedUserOperation(p)}, payer.Address)
			if err != nil {
				t.Fatal(err)
			}
		}
		sent, err := tx.Send(ctx, tc.ep, nil, data)
		if err != nil {
			t.Fatalf("%v handleOps: %v", tc.v, err)
		}
		if err := WaitMined(ctx, client, []*types.Transaction{sent}); err != nil {
			t.Fatal(err)
		}
		rcpt, err := client.TransactionReceipt(ctx, sent.Hash())
		if err != nil || rcpt.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("%v handleOps receipt: %v %+v", tc.v, err, rcpt)
		}
		event := epABI.Events["UserOperationEvent"]
		found := false
		for _, l := range rcpt.Logs {
			if l.Address != tc.ep || len(l.Topics) < 2 || l.Topics[0] != event.ID {
				continue
			}
			if l.Topics[1] != opHash {
				t.Fatalf("%v: UserOperationEvent hash %s, ours %s", tc.v, l.Topics[1], opHash)
			}
			ev, err := event.Inputs.NonIndexed().Unpack(l.Data)
			if err != nil {
				t.Fatal(err)
			}
			if success := ev[1].(bool); !success {
				t.Fatalf("%v: op executed without success", tc.v)
			}
			found = true
		}
		if !found {
			t.Fatalf("%v: no UserOperationEvent", tc.v)
		}
		bal, err := client.BalanceAt(ctx, dest, nil)
		if err != nil || bal.Sign() == 0 {
			t.Fatalf("%v: the call did not run: balance %v (%v)", tc.v, bal, err)
		}
		t.Logf("%v at %s: op %s mined in block %d", tc.v, tc.ep, opHash, rcpt.BlockNumber)
	}
}

func ethereumCallMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}
