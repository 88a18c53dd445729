package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/klaster-dev/klaster/bench"
)

var benchCommand = &cli.Command{
	Name:  "bench",
	Usage: "measure a bundler (any ERC-7769 one) under load",
	Description: `bench creates --accounts smart accounts, funds them from --key with plain
transfers, deploys them with a wave of UserOps (initCode), then sends --waves
waves of --ops-per-account plain ops per account at --concurrency. It reports
accepted/rejected ops, accepted ops/s, send latency, time to inclusion, ops
per bundle, gas per op and whether each receipt's UserOperationEvent is in
that transaction on the node; and, in the same run, the node's own traced
validation (debug_traceCall with the erc7562Tracer) as the floor of the send
latency. With --itx-ops K (klaster only) it also times the admission of
iTxs of 1 and K ops across the --node chains.

Against klaster --dev:
  klaster bench --url http://127.0.0.1:4337/rpc/1337 --node http://127.0.0.1:8545 \
    --key 0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80`,
	Flags: []cli.Flag{
		&cli.StringFlag{Name: "url", Value: "http://127.0.0.1:4337/rpc/1337", Usage: "the bundler's ERC-7769 `URL` for the chain"},
		&cli.StringFlag{Name: "klaster-url", Usage: "klaster_* `URL` (default: --url without /rpc/N)"},
		&cli.StringSliceFlag{Name: "node", Value: cli.NewStringSlice("http://127.0.0.1:8545"),
			Usage: "node `URL`s: the first is --url's chain; more chains for --itx-ops"},
		&cli.StringFlag{Name: "entrypoint", Value: "0x0000000071727De22E5E9d8BAf0edAc6f37da032", Usage: "EntryPoint `ADDRESS`"},
		&cli.StringFlag{Name: "key", EnvVars: []string{"KLASTER_BENCH_KEY"}, Usage: "funded private `KEY` (hex) that pays the accounts' funding"},
		&cli.IntFlag{Name: "accounts", Value: 200, Usage: "accounts to create and deploy"},
		&cli.IntFlag{Name: "concurrency", Value: 50, Usage: "concurrent clients"},
		&cli.IntFlag{Name: "ops-per-account", Value: 4, Usage: "plain ops per account per wave"},
		&cli.IntFlag{Name: "waves", Value: 3, Usage: "plain waves after the deploy wave"},
		&cli.StringFlag{Name: "account", Value: bench.AccountAuto, Usage: "account kind: auto, simple (SimpleAccount) or klaster (KlasterAccount)"},
		&cli.IntFlag{Name: "floor-samples", Usage: "ops per wave whose validation the node traces directly (0: every op of the wave)"},
		&cli.IntFlag{Name: "itx-ops", Usage: "ops of the large iTx (0: no iTx part)"},
		&cli.IntFlag{Name: "itx-repeat", Value: 3, Usage: "iTxs of each size"},
		&cli.DurationFlag{Name: "soak", Usage: "instead of the plain waves, send plain ops at --rate for this `DURATION`, sampled every --sample-every"},
		&cli.Float64Flag{Name: "rate", Usage: "the soak's target `OPS/S`"},
		&cli.DurationFlag{Name: "sample-every", Value: time.Minute, Usage: "the soak's sampling `INTERVAL`"},
		&cli.StringFlag{Name: "metrics-url", Usage: "the bundler's Prometheus `URL` (klaster: http://HOST:PORT/metrics): RSS, goroutines and pool size in each soak sample"},
		&cli.DurationFlag{Name: "timeout", Usage: "give up after this long (default 10 min plus --soak)"},
		&cli.BoolFlag{Name: "json", Usage: "print the report as JSON"},
	},
	Action: runBench,
}

func runBench(c *cli.Context) error {
	keyHex := strings.TrimPrefix(c.String("key"), "0x")
	if keyHex == "" {
		return errors.New("--key: a funded private key is required (with --dev: dev account 0's)")
	}
	key, err := crypto.HexToECDSA(keyHex)
	if err != nil {
		return fmt.Errorf("--key: %w", err)
	}
	if !common.IsHexAddress(c.String("entrypoint")) {
		return fmt.Errorf("--entrypoint %q is not an address", c.String("entrypoint"))
	}
	asJSON := c.Bool("json")
	cfg := bench.Config{
		URL:           c.String("url"),
		KlasterURL:    c.String("klaster-url"),
		Nodes:         c.StringSlice("node"),
		EntryPoint:    common.HexToAddress(c.String("entrypoint")),
		FundKey:       key,
		Accounts:      c.Int("accounts"),
		Concurrency:   c.Int("concurrency"),
		OpsPerAccount: c.Int("ops-per-account"),
		Waves:         c.Int("waves"),
		AccountKind:   c.String("account"),
		FloorSamples:  c.Int("floor-samples"),
		ITxOps:        c.Int("itx-ops"),
		ITxRepeat:     c.Int("itx-repeat"),
		SoakDuration:  c.Duration("soak"),
		SoakRate:      c.Float64("rate"),
		SampleEvery:   c.Duration("sample-every"),
		MetricsURL:    c.String("metrics-url"),
		Timeout:       c.Duration("timeout"),
		Progress:      os.Stderr,
		TTY:           isTerminal(os.Stderr),
	}
	rep, err := bench.Run(c.Context, cfg)
	if err != nil {
		return err
	}
	if asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	rep.WriteTable(os.Stdout)
	return nil
}
