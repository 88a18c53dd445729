package test

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/klaster-dev/klaster/devnet"
)

// devEnv is a running `klaster --dev` with the clients most tests need:
// chain 1337's bundler URL, its node, the dev accounts and a funder (dev
// account 0).
type devEnv struct {
	p         *klasterProcess
	ctx       context.Context
	contracts devnet.Contracts
	bundler   *gethrpc.Client
	node      *ethclient.Client
	accs      []devnet.Account
	funder    *devnet.TxSender
}

// newDevEnv starts klaster --dev (plus args) and connects to chain 1337.
func newDevEnv(t *testing.T, timeout time.Duration, args ...string) *devEnv {
	t.Helper()
	p := startKlaster(t, args...)
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	t.Cleanup(cancel)
	contracts, err := devnet.ContractAddresses()
	if err != nil {
		t.Fatal(err)
	}
	node, err := ethclient.DialContext(ctx, nodeURL(p, 0))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(node.Close)
	accs, err := devnet.DevAccounts(7)
	if err != nil {
		t.Fatal(err)
	}
	return &devEnv{
		p:         p,
		ctx:       ctx,
		contracts: contracts,
		bundler:   dialT(ctx, t, p.URL+"/rpc/1337"),
		node:      node,
		accs:      accs,
		funder:    devnet.NewTxSender(node, 1337, accs[0].Key),
	}
}
