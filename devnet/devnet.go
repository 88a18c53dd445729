// Package devnet runs embedded go-ethereum dev chains for `klaster --dev` and
// for tests: each chain is a full node (eth service, debug tracers with
// erc7562Tracer, a simulated beacon) with the EntryPoints, SimpleAccount
// factories and Klaster contracts deployed at fixed addresses and the
// well-known dev accounts prefunded.
package devnet

import (
	"context"
	"errors"
	"fmt"

	"github.com/rs/zerolog"
)

// Config says which dev chains to run and how.
type Config struct {
	// ChainIDs lists the chains to start; the default is 1337 and 1338.
	ChainIDs []uint64
	// Period is the block period in seconds; 0 seals a block for every
	// transaction, on demand.
	Period uint64
	// NodePort is the first chain's JSON-RPC port (HTTP and WebSocket); chain
	// i listens on NodePort+i. 0 picks free ports.
	NodePort int
	// DataDir keeps the chains between runs; empty means in memory.
	DataDir string
	// GasLimit is the block gas limit.
	GasLimit uint64
	Logger   zerolog.Logger
}

// DefaultChainIDs are the chains `klaster --dev` starts.
var DefaultChainIDs = []uint64{1337, 1338}

// ChainIDsFrom returns n consecutive chain ids starting at 1337.
func ChainIDsFrom(n int) []uint64 {
	ids := make([]uint64, n)
	for i := range ids {
		ids[i] = 1337 + uint64(i)
	}
	return ids
}

// ContractAddresses returns where the contracts land on every dev chain,
// without starting one.
func ContractAddresses() (Contracts, error) {
	accounts, err := DevAccounts(1)
	if err != nil {
		return Contracts{}, err
	}
	_, c, err := plan(accounts[0].Address)
	return c, err
}

// Devnet is a set of running dev chains.
type Devnet struct {
	Chains    []*Chain
	Accounts  []Account
	Contracts Contracts
}

// Start boots every chain, deploys the contracts and returns once all of them
// are ready. On error nothing is left running.
func Start(ctx context.Context, cfg Config) (*Devnet, error) {
	if len(cfg.ChainIDs) == 0 {
		cfg.ChainIDs = DefaultChainIDs
	}
	if cfg.GasLimit == 0 {
		cfg.GasLimit = DefaultBlockGasLimit
	}
	seen := map[uint64]bool{}
	for _, id := range cfg.ChainIDs {
		if seen[id] {
			return nil, fmt.Errorf("dev chain id %d listed twice", id)
		}
		seen[id] = true
	}
	accounts, err := DevAccounts(DevAccountCount)
	if err != nil {
		return nil, err
	}
	deployments, contracts, err := plan(accounts[0].Address)
	if err != nil {
		return nil, err
	}
	d := &Devnet{Accounts: accounts, Contracts: contracts}
	for i, id := range cfg.ChainIDs {
		port := 0
		if cfg.NodePort != 0 {
			port = cfg.NodePort + i
		}
		chain, err := startChain(chainOptions{
			chainID:  id,
			period:   cfg.Period,
			port:     port,
			datadir:  cfg.DataDir,
			gasLimit: cfg.GasLimit,
			coinbase: accounts[0].Address,
			accounts: accounts,
		})
		if err != nil {
			d.Close()
			return nil, err
		}
		d.Chains = append(d.Chains, chain)
		cfg.Logger.Debug().Uint64("chain", id).Str("url", chain.HTTPURL).Msg("dev chain started")
	}
	// Deploy on all chains at once: each waits for its own blocks.
	errs := make(chan error, len(d.Chains))
	for _, chain := range d.Chains {
		go func() {
			client := chain.Client()
			defer client.Close()
			if err := deployContracts(ctx, client, chain.ChainID, accounts[0], deployments, contracts); err != nil {
				errs <- fmt.Errorf("chain %d: %w", chain.ChainID, err)
				return
			}
			if err := mintTestToken(ctx, client, chain.ChainID, accounts, contracts); err != nil {
				errs <- fmt.Errorf("chain %d: %w", chain.ChainID, err)
				return
			}
			errs <- nil
		}()
	}
	var all []error
	for range d.Chains {
		all = append(all, <-errs)
	}
	if err := errors.Join(all...); err != nil {
		d.Close()
		return nil, err
	}
	return d, nil
}

// Chain returns the chain with the given id.
func (d *Devnet) Chain(id uint64) (*Chain, bool) {
	for _, c := range d.Chains {
		if c.ChainID == id {
			return c, true
		}
	}
	return nil, false
}

// Close stops every chain.
func (d *Devnet) Close() error {
	var errs []error
	for _, c := range d.Chains {
		errs = append(errs, c.Close())
	}
	return errors.Join(errs...)
}
