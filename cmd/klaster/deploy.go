package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/klaster-dev/klaster/config"
	"github.com/klaster-dev/klaster/devnet"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/nodeurl"
)

// deployCommand deploys the contracts klaster uses on a chain that lacks
// them (a fresh geth --dev, a private network).
var deployCommand = &cli.Command{
	Name:  "deploy",
	Usage: "deploy the EntryPoints, SimpleAccountFactories and Klaster contracts to a chain (idempotent)",
	Description: `Deploys through the deterministic CREATE2 proxy (itself deployed first when
missing, which needs a node that accepts pre-EIP-155 transactions, e.g. geth
--rpc.allow-unprotected-txs). EntryPoint v0.7/v0.8, their SimpleAccountFactory
and Simple7702Account land at their canonical addresses; the Klaster
validator and factories at addresses fixed by the deployer, who also owns the
factories' 1 ETH stake. Contracts already deployed are left alone.`,
	Flags: []cli.Flag{
		&cli.StringFlag{Name: "rpc-url", Required: true, EnvVars: envName("deploy.rpc-url"), Usage: "node JSON-RPC `URL`"},
		&cli.StringFlag{Name: "key", Required: true, EnvVars: envName("deploy.key"),
			Usage: "deployer key: env:NAME, file:PATH or keystore:PATH?password-file=PATH; it pays for everything"},
		&cli.StringFlag{Name: "node", EnvVars: envName("deploy.node"),
			Usage: "the node `ADDRESS` (its --node-key) whose paymasters to deploy and stake; default: the deployer's"},
	},
	Action: func(c *cli.Context) error {
		ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
		defer stop()
		ctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
		defer cancel()
		key, err := config.NewSecret(c.String("key")).Key()
		if err != nil {
			return fmt.Errorf("--key: %w", err)
		}
		rc, err := nodeurl.Dial(ctx, c.String("rpc-url"))
		if err != nil {
			return fmt.Errorf("--rpc-url %s: %w", nodeurl.Redact(c.String("rpc-url")), err)
		}
		client := ethclient.NewClient(rc)
		defer client.Close()
		deployer := devnet.Account{Address: crypto.PubkeyToAddress(key.PublicKey), Key: key}
		got, err := devnet.Deploy(ctx, client, deployer)
		if err != nil {
			return err
		}
		node := deployer.Address
		if n := c.String("node"); n != "" {
			if !common.IsHexAddress(n) {
				return fmt.Errorf("--node: %q is not an address", n)
			}
			node = common.HexToAddress(n)
		}
		chainID, err := client.ChainID(ctx)
		if err != nil {
			return err
		}
		pms, err := devnet.DeployPaymasters(ctx, client, chainID.Uint64(), deployer, node, []common.Address{got.EntryPointV07, got.EntryPointV08, got.EntryPointV09}, nil)
		if err != nil {
			return err
		}
		out := c.App.Writer
		fmt.Fprintf(out, "EntryPoint v0.7             %s\n", got.EntryPointV07)
		fmt.Fprintf(out, "EntryPoint v0.8             %s\n", got.EntryPointV08)
		fmt.Fprintf(out, "SimpleAccountFactory v0.7   %s\n", got.SimpleAccountFactoryV07)
		fmt.Fprintf(out, "SimpleAccountFactory v0.8   %s\n", got.SimpleAccountFactoryV08)
		fmt.Fprintf(out, "Simple7702Account (v0.8)    %s\n", got.Simple7702Account)
		fmt.Fprintf(out, "KlasterMerkleValidator      %s\n", got.KlasterValidator)
		fmt.Fprintf(out, "KlasterAccountFactory v0.7  %s (staked)\n", got.KlasterFactoryV07)
		fmt.Fprintf(out, "KlasterAccountFactory v0.8  %s (staked)\n", got.KlasterFactoryV08)
		fmt.Fprintf(out, "KlasterStakeManager         %s\n", got.StakeManager)
		fmt.Fprintf(out, "Klaster7702Account (v0.8)   %s\n", got.Klaster7702Account)
		fmt.Fprintf(out, "KlasterTestToken (KUSD)     %s\n", got.TestToken)
		for _, ep := range []common.Address{got.EntryPointV07, got.EntryPointV08, got.EntryPointV09} {
			fmt.Fprintf(out, "node paymaster (EP %s) %s (staked; node %s; paymasters = { \"%s\" = \"%s\" })\n", ep.Hex()[:10], pms[ep], node, ep, pms[ep])
		}
		fmt.Fprintf(out, "EntryPoint v0.6             %s\n", got.EntryPointV06)
		fmt.Fprintf(out, "SimpleAccountFactory v0.6   %s\n", got.SimpleAccountFactoryV06)
		fmt.Fprintf(out, "EntryPoint v0.9             %s (npm 0.9.0-rc.1, not the canonical %s)\n", got.EntryPointV09, entrypoint.V09.EntryPoint())
		fmt.Fprintf(out, "SimpleAccountFactory v0.9   %s\n", got.SimpleAccountFactoryV09)
		fmt.Fprintf(out, "Simple7702Account (v0.9)    %s\n", got.Simple7702AccountV09)
		fmt.Fprintf(out, "KlasterAccountFactory v0.9  %s (staked)\n", got.KlasterFactoryV09)
		return nil
	},
}
