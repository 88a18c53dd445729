// Command klaster is an ERC-4337 bundler and Klaster interchain relayer.
//
//	klaster --dev                      everything in one process, on embedded dev chains
//	klaster --config klaster.toml      against real nodes
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/urfave/cli/v2"

	"github.com/klaster-dev/klaster/app"
	"github.com/klaster-dev/klaster/validation"
)

func main() {
	if err := newApp().Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "klaster:", err)
		os.Exit(1)
	}
}

func newApp() *cli.App {
	return &cli.App{
		Name:    "klaster",
		Usage:   "ERC-4337 bundler and interchain (Klaster) relayer",
		Version: app.Version,
		Description: `klaster serves the ERC-7769 bundler JSON-RPC API for EntryPoint v0.7 and v0.8
on every configured chain, enforcing ERC-7562, and the klaster_* interchain API.

Quick start, nothing else installed:   klaster --dev
Real chains:                           klaster --config klaster.toml

Every flag can also be set through its KLASTER_* environment variable (shown
with each flag) or in the TOML config file; flags win over the environment,
which wins over the file.`,
		Flags:           append(append(append(append([]cli.Flag{}, runFlags...), validationFlags...), networkFlags...), paymentFlags...),
		Action:          run,
		HideHelpCommand: true,
		Commands:        []*cli.Command{demoCommand, deployCommand, benchCommand},
	}
}

// run is the main job: a bundler on real chains, or everything with --dev.
func run(c *cli.Context) error {
	cfg, err := loadConfig(c)
	if err != nil {
		return err
	}
	logger, err := newLogger(os.Stderr, cfg.LogLevel, cfg.LogFormat)
	if err != nil {
		return err
	}
	routeGethLogs(logger)
	stopPprof, err := startPprof(cfg.Pprof, logger)
	if err != nil {
		return err
	}
	defer stopPprof()

	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	opts := app.Options{Logger: logger}
	var dev *devEnv
	if c.Bool(devFlag.Name) {
		if dev, err = startDev(ctx, c, &cfg, logger); err != nil {
			return err
		}
		defer dev.Close()
		opts.Dial = dev.dial
		opts.DevFaults = true // debug_klaster_skipInterchainTx
	}
	if dev != nil {
		profile := validation.DevProfile()
		opts.Validation = &profile
	}
	a, err := app.New(ctx, cfg, opts)
	if err != nil {
		return err
	}
	if dev != nil {
		printBanner(os.Stdout, dev, cfg, a)
	}
	return ignoreCanceled(a.Run(ctx))
}

func ignoreCanceled(err error) error {
	if errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}
