package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/rs/zerolog"
	"github.com/urfave/cli/v2"

	"github.com/klaster-dev/klaster/app"
	"github.com/klaster-dev/klaster/config"
	"github.com/klaster-dev/klaster/devnet"
	"github.com/klaster-dev/klaster/entrypoint"
)

// Roles of the dev accounts: the rest (0–6) are free for users and tests.
const (
	devNodeKeyAccount = 7 // signs interchain commitments
	devSignerAccount1 = 8 // bundle transaction signers
	devSignerAccount2 = 9
)

// devEnv is the embedded part of a --dev process.
type devEnv struct {
	net *devnet.Devnet
}

func (d *devEnv) Close() { d.net.Close() }

// dial connects the bundler to a dev chain's node in process.
func (d *devEnv) dial(_ context.Context, c config.Chain) (*gethrpc.Client, error) {
	chain, ok := d.net.Chain(c.ChainID)
	if !ok {
		return nil, fmt.Errorf("no dev chain %d", c.ChainID)
	}
	return chain.RPC(), nil
}

// startDev boots the dev chains and points the configuration at them.
func startDev(ctx context.Context, c *cli.Context, cfg *config.Config, logger zerolog.Logger) (*devEnv, error) {
	n := c.Int(devChainsFlag.Name)
	if n < 1 || n > 16 {
		return nil, fmt.Errorf("--dev.chains %d: want 1 to 16", n)
	}
	addrs, err := devnet.ContractAddresses()
	if err != nil {
		return nil, err
	}
	settings, err := checkDevFlags(c, *cfg, addrs)
	if err != nil {
		return nil, err
	}
	logger.Info().Int("chains", n).Msg("starting dev chains")
	net, err := devnet.Start(ctx, devnet.Config{
		ChainIDs: devnet.ChainIDsFrom(n),
		Period:   c.Uint64(devPeriodFlag.Name),
		NodePort: c.Int(devNodePortFlag.Name),
		DataDir:  c.String(devDataDirFlag.Name),
		Logger:   logger,
	})
	if err != nil {
		return nil, fmt.Errorf("dev chains: %w", err)
	}
	accounts := net.Accounts
	if cfg.NodeKey.IsZero() {
		cfg.NodeKey = config.NewSecret(accounts[devNodeKeyAccount].KeyHex())
	}
	cfg.DebugAPI = settings.debugAPI
	cfg.Chains = nil
	contracts := net.Contracts
	beneficiary := settings.beneficiary
	if beneficiary == (common.Address{}) {
		beneficiary = accounts[devSignerAccount1].Address
	}
	for _, chain := range net.Chains {
		cfg.Chains = append(cfg.Chains, config.Chain{
			ChainID:            chain.ChainID,
			Name:               fmt.Sprintf("dev-%d", chain.ChainID),
			RPCURL:             chain.HTTPURL,
			EntryPoints:        settings.entryPoints,
			EntryPointVersions: settings.versions(contracts),
			SignerKeys: []config.Secret{
				config.NewSecret(accounts[devSignerAccount1].KeyHex()),
				config.NewSecret(accounts[devSignerAccount2].KeyHex()),
			},
			Beneficiary:      beneficiary,
			Unsafe:           settings.unsafe,
			Validator:        contracts.KlasterValidator,
			StakeManager:     contracts.StakeManager,
			EIP7702Account:   contracts.Klaster7702Account,
			AccountFactories: settings.factories(contracts),
			Bundling: config.Bundling{
				Mode:         c.String(bundlingModeFlag.Name),
				Interval:     config.Duration(c.Duration(bundlingIntervalFlag.Name)),
				MaxBundleGas: c.Uint64(bundlingMaxGasFlag.Name),
				MaxOps:       c.Int(bundlingMaxOpsFlag.Name),
			},
		})
	}
	if err := devPayments(ctx, c, net, cfg); err != nil {
		net.Close()
		return nil, err
	}
	return &devEnv{net: net}, nil
}

// printBanner lists every URL, contract address and dev key of a --dev run.
func printBanner(w io.Writer, dev *devEnv, cfg config.Config, a *app.App) {
	var b strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	bundler := "http://" + a.Addr().String()
	c := dev.net.Contracts

	line("")
	line("klaster %s — dev mode (everything in this process; state %s)", app.Version, storeDescription(cfg))
	line("")
	line("Bundler JSON-RPC (HTTP and WebSocket)")
	line("  all klaster_* methods   %s/", bundler)
	for _, ch := range dev.net.Chains {
		line("  chain %-5d             %s/rpc/%d", ch.ChainID, bundler, ch.ChainID)
	}
	line("  health                  %s/health", bundler)
	line("")
	if addrs := a.P2PAddrs(); len(addrs) > 0 {
		line("Gossip (libp2p gossipsub, topic /klaster/itx/1)")
		for _, addr := range addrs {
			line("  %s", addr)
		}
		line("")
	}
	line("Dev chain nodes (eth, net, web3, debug, txpool, dev; HTTP and WebSocket)")
	for _, ch := range dev.net.Chains {
		line("  chain %-5d             %s", ch.ChainID, ch.HTTPURL)
	}
	line("")
	line("Contracts (the same on every chain and every run)")
	line("  EntryPoint v0.7             %s", c.EntryPointV07)
	line("  EntryPoint v0.8             %s", c.EntryPointV08)
	line("  SimpleAccountFactory v0.7   %s", c.SimpleAccountFactoryV07)
	line("  SimpleAccountFactory v0.8   %s", c.SimpleAccountFactoryV08)
	line("  KlasterMerkleValidator      %s", c.KlasterValidator)
	line("  KlasterAccountFactory v0.7  %s (staked)", c.KlasterFactoryV07)
	line("  KlasterAccountFactory v0.8  %s (staked)", c.KlasterFactoryV08)
	line("  Simple7702Account (v0.8)    %s", c.Simple7702Account)
	line("  KlasterStakeManager         %s", c.StakeManager)
	line("  Klaster7702Account (v0.8)   %s", c.Klaster7702Account)
	line("  KlasterTestToken (KUSD, 6)  %s (dev accounts 0–6 hold 1,000,000)", c.TestToken)
	for _, ep := range []common.Address{c.EntryPointV07, c.EntryPointV08, c.EntryPointV09} {
		line("  node paymaster (EP %s) %s (staked)", ep.Hex()[:10], cfg.Chains[0].Paymasters[ep.Hex()])
	}
	line("  EntryPoint v0.9             %s (npm 0.9.0-rc.1; not the canonical %s)", c.EntryPointV09, entrypoint.V09.EntryPoint())
	line("  SimpleAccountFactory v0.9   %s", c.SimpleAccountFactoryV09)
	line("  Simple7702Account (v0.9)    %s", c.Simple7702AccountV09)
	line("  KlasterAccountFactory v0.9  %s (staked)", c.KlasterFactoryV09)
	line("  deployed, not served yet:")
	line("  EntryPoint v0.6             %s", c.EntryPointV06)
	line("  SimpleAccountFactory v0.6   %s", c.SimpleAccountFactoryV06)
	line("  CREATE2 proxy               %s", devnet.Create2Proxy)
	line("")
	line("Dev accounts (mnemonic %q, 10000 ETH each)", devnet.DevMnemonic)
	for _, acc := range dev.net.Accounts {
		role := ""
		switch acc.Index {
		case 0:
			role = "deployer, factory owner"
		case devNodeKeyAccount:
			role = "node key (commitments)"
		case devSignerAccount1, devSignerAccount2:
			role = "bundle signer"
		}
		line("  (%d) %s  %s  %s", acc.Index, acc.Address, acc.KeyHex(), role)
	}
	line("")
	line("Node (commitment signer): %s", a.NodeAddress())
	line("Stop with Ctrl-C.")
	io.WriteString(w, b.String())
}

func storeDescription(cfg config.Config) string {
	if cfg.RedisURL != "" {
		return "in Redis"
	}
	return "in memory"
}
