package test

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/klaster-dev/klaster/devnet"
	"github.com/klaster-dev/klaster/entrypoint"
)

// A bundle signer key whose account carries an EIP-7702 delegation is
// refused at start-up while the chain serves EntryPoint v0.9, whose
// nonReentrant accepts handleOps only from code-less EOAs.
func TestDelegatedSignerRefusedAtStartUp(t *testing.T) {
	net := startDevnet(t, devnet.Config{ChainIDs: []uint64{1337}, Period: 1})
	chain := net.Chains[0]
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	node := chain.Client()
	defer node.Close()
	signer, payer := net.Accounts[8], net.Accounts[3]

	// The signer key works while its account has no code.
	// (runKlaster fails the test unless the process becomes healthy.)
	runKlaster(t, []string{"KLASTER_SIGNER_KEYS=env:TEST_SIGNER", "TEST_SIGNER=" + signer.KeyHex(), "KLASTER_RPC_URL=" + chain.HTTPURL})

	// Delegate the signer's account with a real SetCode transaction.
	signerNonce, err := node.NonceAt(ctx, signer.Address, nil)
	if err != nil {
		t.Fatal(err)
	}
	auth, err := types.SignSetCode(signer.Key, types.SetCodeAuthorization{
		ChainID: *uint256.NewInt(chain.ChainID), Address: net.Contracts.Simple7702Account, Nonce: signerNonce,
	})
	if err != nil {
		t.Fatal(err)
	}
	payerNonce, err := node.PendingNonceAt(ctx, payer.Address)
	if err != nil {
		t.Fatal(err)
	}
	head, err := node.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := types.SignTx(types.NewTx(&types.SetCodeTx{
		ChainID: uint256.NewInt(chain.ChainID), Nonce: payerNonce,
		GasTipCap: uint256.NewInt(params.GWei), GasFeeCap: uint256.MustFromBig(new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(params.GWei))),
		Gas: 100_000, To: payer.Address, AuthList: []types.SetCodeAuthorization{auth},
	}), types.LatestSignerForChainID(new(big.Int).SetUint64(chain.ChainID)), payer.Key)
	if err != nil {
		t.Fatal(err)
	}
	if err := node.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	if err := devnet.WaitMined(ctx, node, []*types.Transaction{tx}); err != nil {
		t.Fatal(err)
	}
	code, err := node.CodeAt(ctx, signer.Address, nil)
	if err != nil {
		t.Fatal(err)
	}
	if d, ok := entrypoint.DelegateFromCode(code); !ok || d != net.Contracts.Simple7702Account {
		t.Fatalf("the signer is not delegated: code %x", code)
	}

	msg := runToExit(t, []string{"KLASTER_SIGNER_KEYS=env:TEST_SIGNER", "TEST_SIGNER=" + signer.KeyHex(), "KLASTER_RPC_URL=" + chain.HTTPURL})
	for _, want := range []string{
		"bundle signer 0 (" + signer.Address.Hex() + ") carries an EIP-7702 delegation to " + net.Contracts.Simple7702Account.Hex(),
		"EntryPoint v0.9", "only from an EOA without code",
	} {
		if !strings.Contains(msg, want) {
			t.Fatalf("start-up refusal does not say %q:\n%s", want, lastLine(msg))
		}
	}
	if strings.Contains(msg, signer.KeyHex()) {
		t.Fatal("the refusal prints the key")
	}
}
