package main

import (
	"context"
	"fmt"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/klaster-dev/klaster/config"
	"github.com/klaster-dev/klaster/devnet"
)

var (
	paymentPremiumFlag = &cli.Uint64Flag{Name: "payment.premium-percent", Category: catGeneral, EnvVars: envName("payment.premium-percent"),
		Usage: "`PERCENT` added to the gas cost of a quote's payment (config [payment] premium-percent)"}
	paymentMinDepositFlag = &cli.StringFlag{Name: "payment.min-deposit", Category: catGeneral, EnvVars: envName("payment.min-deposit"),
		Usage: "top up a node paymaster's EntryPoint deposit from the signers when it falls below `WEI` ([payment] min-deposit)"}
	paymentTargetDepositFlag = &cli.StringFlag{Name: "payment.target-deposit", Category: catGeneral, EnvVars: envName("payment.target-deposit"),
		Usage: "the deposit, in `WEI`, a top-up brings a node paymaster back to ([payment] target-deposit)"}
	devPriceFeedFlag = &cli.StringFlag{Name: "dev.price-feed", Category: catDev, EnvVars: envName("dev.price-feed"),
		Usage: "price the dev test token with the AggregatorV3 feed at `ADDRESS` (read on each chain) instead of the fixed 3000 KUSD per ETH"}
	devPriceFeedMaxAgeFlag = &cli.DurationFlag{Name: "dev.price-feed-max-age", Category: catDev, EnvVars: envName("dev.price-feed-max-age"),
		Usage: "refuse quotes when --dev.price-feed is older than this", Value: 0}
)

var paymentFlags = []cli.Flag{paymentPremiumFlag, paymentMinDepositFlag, paymentTargetDepositFlag, devPriceFeedFlag, devPriceFeedMaxAgeFlag}

// applyPaymentFlags sets [payment] from its flags.
func applyPaymentFlags(c *cli.Context, cfg *config.Config) {
	if c.IsSet(paymentPremiumFlag.Name) {
		cfg.Payment.PremiumPercent = c.Uint64(paymentPremiumFlag.Name)
	}
	if c.IsSet(paymentMinDepositFlag.Name) {
		cfg.Payment.MinDeposit = c.String(paymentMinDepositFlag.Name)
	}
	if c.IsSet(paymentTargetDepositFlag.Name) {
		cfg.Payment.TargetDeposit = c.String(paymentTargetDepositFlag.Name)
	}
}

// devPayments deploys and stakes the node's paymasters on every dev chain
// and lets each chain take payments in the test token (every chain's ETH at
// DevTokenPerNative, or --dev.price-feed).
func devPayments(ctx context.Context, c *cli.Context, net *devnet.Devnet, cfg *config.Config) error {
	key, err := cfg.NodeKey.Key()
	if err != nil {
		return fmt.Errorf("node key: %w", err)
	}
	node := crypto.PubkeyToAddress(key.PublicKey)
	price := config.PriceSource{Fixed: devnet.DevTokenPerNative.String()}
	if f := c.String(devPriceFeedFlag.Name); f != "" {
		if !common.IsHexAddress(f) {
			return fmt.Errorf("--dev.price-feed: %q is not an address", f)
		}
		price = config.PriceSource{Feed: common.HexToAddress(f), MaxAge: config.Duration(c.Duration(devPriceFeedMaxAgeFlag.Name))}
	}
	prices := map[string]config.PriceSource{}
	for _, ch := range net.Chains {
		prices[strconv.FormatUint(ch.ChainID, 10)] = price
	}
	if cfg.Payment.MinDeposit == "" && cfg.Payment.TargetDeposit == "" {
		cfg.Payment.MinDeposit = devnet.PaymasterStake.String() // 1 ETH
		cfg.Payment.TargetDeposit = devnet.DevPaymasterDeposit.String()
	}
	eps := []common.Address{net.Contracts.EntryPointV07, net.Contracts.EntryPointV08, net.Contracts.EntryPointV09}
	for i, ch := range net.Chains {
		client := ch.Client()
		pms, err := devnet.DeployPaymasters(ctx, client, ch.ChainID, net.Accounts[0], node, eps, devnet.DevPaymasterDeposit)
		client.Close()
		if err != nil {
			return fmt.Errorf("chain %d: paymasters: %w", ch.ChainID, err)
		}
		cc := &cfg.Chains[i]
		cc.Paymasters = map[string]common.Address{}
		for ep, pm := range pms {
			cc.Paymasters[ep.Hex()] = pm
		}
		cc.PaymentTokens = []config.PaymentToken{{Address: net.Contracts.TestToken, Symbol: "KUSD", Decimals: 6, Prices: prices}}
	}
	return nil
}
