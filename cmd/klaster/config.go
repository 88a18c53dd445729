package main

import (
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/klaster-dev/klaster/config"
	"github.com/klaster-dev/klaster/entrypoint"
)

// loadConfig builds the configuration: defaults, then the config file, then
// KLASTER_* variables and flags (urfave/cli resolves those two, flags first).
func loadConfig(c *cli.Context) (config.Config, error) {
	cfg := config.Default()
	if path := c.String(configFlag.Name); path != "" {
		loaded, err := config.Load(path)
		if err != nil {
			return cfg, err
		}
		cfg = loaded
	}
	set := func(flag cli.Flag) bool { return c.IsSet(flag.Names()[0]) }

	if set(listenFlag) || cfg.Listen == "" {
		cfg.Listen = c.String(listenFlag.Name)
	}
	if set(logLevelFlag) || cfg.LogLevel == "" {
		cfg.LogLevel = c.String(logLevelFlag.Name)
	}
	if set(logFormatFlag) || cfg.LogFormat == "" {
		cfg.LogFormat = c.String(logFormatFlag.Name)
	}
	if set(pprofFlag) {
		cfg.Pprof = c.String(pprofFlag.Name)
	}
	if set(redisFlag) {
		cfg.RedisURL = c.String(redisFlag.Name)
	}
	if set(nodeKeyFlag) {
		cfg.NodeKey = config.NewSecret(c.String(nodeKeyFlag.Name))
	}
	if set(allowScheduledFlag) {
		cfg.AllowScheduled = c.Bool(allowScheduledFlag.Name)
	}
	for flag, v := range map[*cli.IntFlag]*int{itxMaxWaitingPerSignerFlag: &cfg.ITx.MaxWaitingPerSigner, itxMaxWaitingFlag: &cfg.ITx.MaxWaiting, itxResimsFlag: &cfg.ITx.ResimsPerBlock} {
		if set(flag) {
			*v = c.Int(flag.Name)
		}
	}
	if set(debugAPIFlag) {
		cfg.DebugAPI = c.Bool(debugAPIFlag.Name)
	}
	if set(rpcMaxBodyFlag) {
		cfg.RPC.MaxBodyBytes = c.Int(rpcMaxBodyFlag.Name)
	}
	if set(rpcMaxBatchFlag) {
		cfg.RPC.MaxBatchItems = c.Int(rpcMaxBatchFlag.Name)
	}
	if set(rpcRateFlag) {
		cfg.RPC.RateLimit = c.Float64(rpcRateFlag.Name)
	}
	if set(rpcBurstFlag) {
		cfg.RPC.RateBurst = c.Int(rpcBurstFlag.Name)
	}
	if set(rpcTimeoutFlag) {
		cfg.RPC.RequestTimeout = config.Duration(c.Duration(rpcTimeoutFlag.Name))
	}
	if set(rpcCORSFlag) {
		cfg.RPC.CORSOrigins = c.StringSlice(rpcCORSFlag.Name)
	}
	if set(rpcTrustProxyFlag) {
		cfg.RPC.TrustProxyHeaders = c.Bool(rpcTrustProxyFlag.Name)
	}

	if err := applyValidationFlags(c, &cfg); err != nil {
		return cfg, err
	}
	applyNetworkFlags(c, &cfg)
	applyPaymentFlags(c, &cfg)

	// A chain given by flags is added to (or, by chain id, overrides) the
	// file's chains.
	if set(rpcURLFlag) {
		ch, err := chainFromFlags(c)
		if err != nil {
			return cfg, err
		}
		replaced := false
		for i := range cfg.Chains {
			if ch.ChainID != 0 && cfg.Chains[i].ChainID == ch.ChainID {
				cfg.Chains[i], replaced = ch, true
			}
		}
		if !replaced {
			cfg.Chains = append(cfg.Chains, ch)
		}
	}
	return cfg, nil
}

func chainFromFlags(c *cli.Context) (config.Chain, error) {
	ch := config.Chain{
		ChainID: c.Uint64(chainIDFlag.Name),
		RPCURL:  c.String(rpcURLFlag.Name),
		Unsafe:  c.Bool(unsafeFlag.Name),
		Bundling: config.Bundling{
			Mode:         c.String(bundlingModeFlag.Name),
			Interval:     config.Duration(c.Duration(bundlingIntervalFlag.Name)),
			MaxBundleGas: c.Uint64(bundlingMaxGasFlag.Name),
			MaxOps:       c.Int(bundlingMaxOpsFlag.Name),
		},
	}
	eps := c.StringSlice(entryPointsFlag.Name)
	if len(eps) == 0 {
		for _, v := range entrypoint.Preferred() {
			ch.EntryPoints = append(ch.EntryPoints, v.EntryPoint())
		}
	}
	for _, item := range eps {
		ep, version, hasVersion := strings.Cut(item, ":")
		if !common.IsHexAddress(ep) {
			return ch, fmt.Errorf("--entrypoints: %q is not an address (want ADDRESS or ADDRESS:VERSION)", item)
		}
		ch.EntryPoints = append(ch.EntryPoints, common.HexToAddress(ep))
		if hasVersion {
			if ch.EntryPointVersions == nil {
				ch.EntryPointVersions = map[string]string{}
			}
			ch.EntryPointVersions[common.HexToAddress(ep).Hex()] = version
		}
	}
	for _, k := range c.StringSlice(signerKeysFlag.Name) {
		ch.SignerKeys = append(ch.SignerKeys, config.NewSecret(k))
	}
	if b := c.String(beneficiaryFlag.Name); b != "" {
		if !common.IsHexAddress(b) {
			return ch, fmt.Errorf("--beneficiary: %q is not an address", b)
		}
		ch.Beneficiary = common.HexToAddress(b)
	}
	return ch, nil
}
