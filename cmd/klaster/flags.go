package main

import (
	"time"

	"github.com/urfave/cli/v2"
)

// Flag categories, as --help groups them.
const (
	catGeneral  = "GENERAL"
	catChain    = "CHAIN (single chain from flags; use --config for several)"
	catRPC      = "JSON-RPC SERVER"
	catDev      = "DEV MODE"
	catBundling = "BUNDLING"
)

// envName maps a flag name to its KLASTER_* environment variable.
func envName(flag string) []string {
	out := []byte("KLASTER_")
	for _, c := range []byte(flag) {
		switch {
		case c == '.' || c == '-':
			out = append(out, '_')
		case c >= 'a' && c <= 'z':
			out = append(out, c-'a'+'A')
		default:
			out = append(out, c)
		}
	}
	return []string{string(out)}
}

var (
	configFlag = &cli.StringFlag{Name: "config", Category: catGeneral, EnvVars: envName("config"),
		Usage: "TOML configuration `FILE` (see config.example.toml); flags and KLASTER_* variables override it"}
	listenFlag = &cli.StringFlag{Name: "listen", Category: catGeneral, EnvVars: envName("listen"), Value: "127.0.0.1:4337",
		Usage: "`ADDR:PORT` of the JSON-RPC server"}
	logLevelFlag = &cli.StringFlag{Name: "log.level", Category: catGeneral, EnvVars: envName("log.level"), Value: "info",
		Usage: "log level: trace, debug, info, warn, error"}
	logFormatFlag = &cli.StringFlag{Name: "log.format", Category: catGeneral, EnvVars: envName("log.format"), Value: "auto",
		Usage: "log format: auto (console on a TTY, JSON otherwise), console, json"}
	redisFlag = &cli.StringFlag{Name: "redis-url", Category: catGeneral, EnvVars: envName("redis-url"),
		Usage: "Redis `URL` for durable, shared state (redis://host:6379/0); in memory when empty"}
	nodeKeyFlag = &cli.StringFlag{Name: "node-key", Category: catGeneral, EnvVars: envName("node-key"),
		Usage: "key that signs interchain commitments: env:NAME, file:PATH or keystore:PATH?password-file=PATH"}
	allowScheduledFlag = &cli.BoolFlag{Name: "allow-scheduled", Category: catGeneral, EnvVars: envName("allow-scheduled"),
		Usage: "let plain ops whose validAfter is in the future wait in the mempool as SCHEDULED instead of refusing them"}
	debugAPIFlag = &cli.BoolFlag{Name: "debug-api", Category: catGeneral, EnvVars: envName("debug-api"),
		Usage: "serve the debug_bundler_* methods (always on with --dev)"}

	rpcURLFlag = &cli.StringFlag{Name: "rpc-url", Category: catChain, EnvVars: envName("rpc-url"),
		Usage: "node JSON-RPC `URL` of the chain (http(s):// or ws(s)://)"}
	chainIDFlag = &cli.Uint64Flag{Name: "chain-id", Category: catChain, EnvVars: envName("chain-id"),
		Usage: "expected chain id; read from the node when 0"}
	entryPointsFlag = &cli.StringSliceFlag{Name: "entrypoints", Category: catChain, EnvVars: envName("entrypoints"),
		Usage: "EntryPoint `ADDRESS`es to serve, each ADDRESS or ADDRESS:VERSION (VERSION v0.7 or v0.8; needed for non-canonical addresses; default: the canonical v0.7 and v0.8)"}
	signerKeysFlag = &cli.StringSliceFlag{Name: "signer-keys", Category: catChain, EnvVars: envName("signer-keys"),
		Usage: "bundler signer keys, each env:NAME, file:PATH or keystore:PATH?password-file=PATH"}
	beneficiaryFlag = &cli.StringFlag{Name: "beneficiary", Category: catChain, EnvVars: envName("beneficiary"),
		Usage: "`ADDRESS` that receives bundle gas refunds (default: the first signer)"}
	unsafeFlag = &cli.BoolFlag{Name: "unsafe", Category: catChain, EnvVars: envName("unsafe"),
		Usage: "skip ERC-7562 tracing (trusted private deployments whose node lacks erc7562Tracer)"}

	bundlingModeFlag = &cli.StringFlag{Name: "bundling.mode", Category: catBundling, EnvVars: envName("bundling.mode"), Value: "auto",
		Usage: "auto (bundle each block, on max-ops and on the interval) or manual (debug_bundler_sendBundleNow)"}
	bundlingIntervalFlag = &cli.DurationFlag{Name: "bundling.interval", Category: catBundling, EnvVars: envName("bundling.interval"), Value: time.Second,
		Usage: "bundle at least this often while ops wait"}
	bundlingMaxGasFlag = &cli.Uint64Flag{Name: "bundling.max-gas", Category: catBundling, EnvVars: envName("bundling.max-gas"), Value: 15_000_000,
		Usage: "gas cap of one bundle (at most 16777216, the EIP-7825 transaction cap)"}
	bundlingMaxOpsFlag = &cli.IntFlag{Name: "bundling.max-ops", Category: catBundling, EnvVars: envName("bundling.max-ops"),
		Usage: "bundle as soon as this many ops wait (0 = off); a trigger, not a size cap"}

	rpcMaxBodyFlag = &cli.IntFlag{Name: "rpc.max-body", Category: catRPC, EnvVars: envName("rpc.max-body"), Value: 1 << 20,
		Usage: "largest request body in `BYTES`"}
	rpcMaxBatchFlag = &cli.IntFlag{Name: "rpc.max-batch", Category: catRPC, EnvVars: envName("rpc.max-batch"), Value: 100,
		Usage: "most requests in one batch"}
	rpcRateFlag = &cli.Float64Flag{Name: "rpc.rate-limit", Category: catRPC, EnvVars: envName("rpc.rate-limit"),
		Usage: "HTTP requests and WebSocket messages per second per client IP (default 50; 0 = unlimited)"}
	rpcBurstFlag = &cli.IntFlag{Name: "rpc.rate-burst", Category: catRPC, EnvVars: envName("rpc.rate-burst"), Value: 100,
		Usage: "burst allowed above the per-client rate"}
	rpcTimeoutFlag = &cli.DurationFlag{Name: "rpc.timeout", Category: catRPC, EnvVars: envName("rpc.timeout"), Value: 30 * time.Second,
		Usage: "timeout of one request"}
	rpcCORSFlag = &cli.StringSliceFlag{Name: "rpc.cors", Category: catRPC, EnvVars: envName("rpc.cors"), Value: cli.NewStringSlice("*"),
		Usage: "allowed browser `ORIGIN`s (CORS and WebSocket)"}
	rpcTrustProxyFlag = &cli.BoolFlag{Name: "rpc.trust-proxy-headers", Category: catRPC, EnvVars: envName("rpc.trust-proxy-headers"),
		Usage: "take the client from X-Real-IP / the last X-Forwarded-For entry (rate limits, logs, WebSocket subscription limit); only behind a proxy that sets them"}

	devFlag = &cli.BoolFlag{Name: "dev", Category: catDev, EnvVars: envName("dev"),
		Usage: "run everything in one process: embedded dev chains, contracts, in-memory store"}
	devChainsFlag = &cli.IntFlag{Name: "dev.chains", Category: catDev, EnvVars: envName("dev.chains"), Value: 2,
		Usage: "number of dev chains (chain ids 1337, 1338, …)"}
	devPeriodFlag = &cli.Uint64Flag{Name: "dev.period", Category: catDev, EnvVars: envName("dev.period"), Value: 1,
		Usage: "block period in `SECONDS` (0 seals a block per transaction)"}
	devNodePortFlag = &cli.IntFlag{Name: "dev.node-port", Category: catDev, EnvVars: envName("dev.node-port"), Value: 8545,
		Usage: "JSON-RPC `PORT` of the first dev chain's node (HTTP and WebSocket); chain i uses PORT+i; 0 picks free ports"}
	itxMaxWaitingPerSignerFlag = itxIntFlag("itx.max-waiting-per-signer", 16,
		"most waiting iTx ops (window not open, or validation failing on chain state) of one root signer, over every chain")
	itxMaxWaitingFlag = itxIntFlag("itx.max-waiting", 4096, "most waiting iTx ops of the node, over every chain")
	itxResimsFlag     = itxIntFlag("itx.resims-per-block", 64, "most re-simulations of waiting iTx ops per chain per block (oldest attempts first)")
	devDataDirFlag    = &cli.StringFlag{Name: "dev.datadir", Category: catDev, EnvVars: envName("dev.datadir"),
		Usage: "keep the dev chains in `DIR` between runs (crash-safe); in memory when empty"}
)

// itxIntFlag is an --itx.* bound on what waiting iTx ops may cost.
func itxIntFlag(name string, value int, usage string) *cli.IntFlag {
	return &cli.IntFlag{Name: name, Category: catGeneral, EnvVars: envName(name), Value: value, Usage: usage}
}

var runFlags = []cli.Flag{
	configFlag, listenFlag, pprofFlag, logLevelFlag, logFormatFlag, redisFlag, nodeKeyFlag, debugAPIFlag, allowScheduledFlag,
	itxMaxWaitingPerSignerFlag, itxMaxWaitingFlag, itxResimsFlag,
	rpcURLFlag, chainIDFlag, entryPointsFlag, signerKeysFlag, beneficiaryFlag, unsafeFlag,
	bundlingModeFlag, bundlingIntervalFlag, bundlingMaxGasFlag, bundlingMaxOpsFlag,
	rpcMaxBodyFlag, rpcMaxBatchFlag, rpcRateFlag, rpcBurstFlag, rpcTimeoutFlag, rpcCORSFlag, rpcTrustProxyFlag,
	devFlag, devChainsFlag, devPeriodFlag, devNodePortFlag, devDataDirFlag,
}
