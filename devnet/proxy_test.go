package devnet

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/klaster-dev/klaster/bindings/klasteraccount"
)

func TestCreate2ProxyDeploymentIsTheCanonicalOne(t *testing.T) {
	tx, from, err := create2ProxyTx()
	if err != nil {
		t.Fatal(err)
	}
	if from != common.HexToAddress("0x3fab184622dc19b6109349b94811493bf2a45362") {
		t.Fatalf("deployer %s", from)
	}
	if got := crypto.CreateAddress(from, 0); got != Create2Proxy {
		t.Fatalf("the pre-signed deployment creates %s, not %s", got, Create2Proxy)
	}
	if tx.Protected() {
		t.Fatal("the deployment must be chain-agnostic (pre-EIP-155)")
	}
	if c, want := tx.Cost(), new(big.Int).Mul(big.NewInt(100*params.GWei), big.NewInt(100_000)); c.Cmp(want) != 0 {
		t.Fatalf("cost %s", c)
	}
}

// Deploy on a chain that has neither the proxy nor any contract yet: the
// proxy arrives through its pre-signed transaction and everything lands
// where --dev puts it.
func TestDeployOnABareChain(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	accounts, err := DevAccounts(DevAccountCount)
	if err != nil {
		t.Fatal(err)
	}
	chain, err := startChain(chainOptions{chainID: 1337, period: 0, gasLimit: DefaultBlockGasLimit, coinbase: accounts[0].Address, accounts: accounts, bare: true})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	client := chain.Client()
	defer client.Close()
	if code, _ := client.CodeAt(ctx, Create2Proxy, nil); len(code) != 0 {
		t.Fatal("a bare chain has the proxy in genesis")
	}
	got, err := Deploy(ctx, client, accounts[0])
	if err != nil {
		t.Fatal(err)
	}
	want, _ := ContractAddresses()
	if got != want {
		t.Fatalf("deployed %+v, want %+v", got, want)
	}
	code, err := client.CodeAt(ctx, Create2Proxy, nil)
	if err != nil || string(code) != string(create2ProxyCode) {
		t.Fatalf("proxy code %x (%v)", code, err)
	}
	// The stake manager reads the validator's registry, with the dev
	// parameters fixed at deployment.
	sm, err := klasteraccount.NewKlasterStakeManager(got.StakeManager, client)
	if err != nil {
		t.Fatal(err)
	}
	if reg, err := sm.Registry(nil); err != nil || reg != got.KlasterValidator {
		t.Fatalf("stake manager registry %s (%v), want the validator %s", reg, err, got.KlasterValidator)
	}
	if d, err := sm.ChallengeDelay(nil); err != nil || d.Uint64() != DevStakeManager.ChallengeDelay {
		t.Fatalf("challenge delay %v (%v)", d, err)
	}
	if th, err := sm.ThresholdBps(nil); err != nil || th.Uint64() != DevStakeManager.ThresholdBps {
		t.Fatalf("threshold %v (%v)", th, err)
	}
	// A second run changes nothing.
	if _, err := Deploy(ctx, client, accounts[0]); err != nil {
		t.Fatal(err)
	}
}
