// Package config owns klaster's configuration: the file format (TOML), its
// defaults, validation, and the secrets it refers to (signer and node keys).
package config

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
	"github.com/naoina/toml"
)

// Config is the whole configuration of a klaster process.
type Config struct {
	// Listen is the address the JSON-RPC server listens on.
	Listen string `toml:"listen"`
	// LogLevel is one of trace, debug, info, warn, error.
	LogLevel string `toml:"log-level"`
	// LogFormat is auto (console on a TTY, JSON otherwise), console or json.
	LogFormat string `toml:"log-format"`
	// Pprof serves net/http/pprof on this loopback ADDR:PORT; empty: off.
	Pprof string `toml:"pprof"`
	// RedisURL enables the Redis store (durability and replicas); empty keeps
	// state in memory.
	RedisURL string `toml:"redis-url"`
	// NodeKey signs interchain commitments. See Secret for the forms.
	NodeKey Secret `toml:"node-key"`
	// DebugAPI enables the debug_bundler_* namespace.
	DebugAPI bool `toml:"debug-api"`
	// AllowScheduled lets plain ops whose validAfter lies in the future wait
	// in the mempool (as SCHEDULED) instead of being refused.
	AllowScheduled bool `toml:"allow-scheduled"`

	RPC     RPC     `toml:"rpc"`
	ITx     ITx     `toml:"itx"`
	Payment Payment `toml:"payment"`
	Chains  []Chain `toml:"chains"`

	// Witness runs witness mode: verdicts on the iTxs this node witnesses
	// and slash votes (signed with NodeKey) on MISSED ops.
	Witness bool `toml:"witness"`
	// P2P is the gossip network of committed iTxs.
	P2P P2P `toml:"p2p"`
	// Validation, Reputation and Gas apply to every chain; each field the
	// file leaves out keeps its default (the --validation.* and
	// --reputation.* flags override the file).
	Validation Validation `toml:"validation"`
	Reputation Reputation `toml:"reputation"`
	Gas        Gas        `toml:"gas"`
}

// ITx bounds what the waiting ops of interchain transactions (ops whose
// window has not opened, or whose validation fails on chain state) may
// cost the node. Zero keeps the default.
type ITx struct {
	// MaxWaitingPerSigner caps the waiting ops of one root signer, over
	// every chain (default 16).
	MaxWaitingPerSigner int `toml:"max-waiting-per-signer"`
	// MaxWaiting caps the waiting ops of the node (default 4096).
	MaxWaiting int `toml:"max-waiting"`
	// ResimsPerBlock caps the re-simulations of waiting ops per chain per
	// block (default 64); the oldest attempts go first.
	ResimsPerBlock int `toml:"resims-per-block"`
}

// Validation overrides ERC-7562 values (package validation's defaults, or
// the compatibility profile with --dev). A nil field keeps the default.
type Validation struct {
	MinStake                       *string  `toml:"min-stake"` // wei, decimal
	MinUnstakeDelay                *uint64  `toml:"min-unstake-delay"`
	SameSenderMempoolCount         *int     `toml:"same-sender-mempool-count"`
	SameUnstakedEntityMempoolCount *int     `toml:"same-unstaked-entity-mempool-count"`
	ThrottledEntityMempoolCount    *int     `toml:"throttled-entity-mempool-count"`
	ThrottledEntityBundleCount     *int     `toml:"throttled-entity-bundle-count"`
	MaxUserOpSize                  *int     `toml:"max-userop-size"`
	MaxContextSize                 *int     `toml:"max-context-size"`
	Lim030                         *bool    `toml:"lim-030"`
	ValidationGasSlack             *uint64  `toml:"validation-gas-slack"`
	Lim060                         *bool    `toml:"lim-060"`
	MaxVerificationGas             *uint64  `toml:"max-verification-gas"`
	AssociatedSlotRange            *uint64  `toml:"associated-slot-range"`
	ValidUntilMargin               *uint64  `toml:"valid-until-margin"`
	BeaconRootsWindow              *uint64  `toml:"beacon-roots-window"`
	StorageAllowlist               []string `toml:"storage-allowlist"` // ADDRESS:read or ADDRESS:readwrite; nil keeps the default
	Concurrency                    *int     `toml:"concurrency"`
}

// Reputation lists entities the reputation rules never throttle (an
// operator's own factory or paymaster) or always ban.
type Reputation struct {
	Allowlist []common.Address `toml:"allowlist"`
	Blocklist []common.Address `toml:"blocklist"`
}

// Gas overrides the admission prechecks' bounds (package gas's defaults).
// A nil field keeps the default.
type Gas struct {
	MaxCallDataSize                  *int    `toml:"max-call-data-size"`
	MaxInitCodeSize                  *int    `toml:"max-init-code-size"`
	MaxPaymasterDataSize             *int    `toml:"max-paymaster-data-size"`
	MaxSignatureSize                 *int    `toml:"max-signature-size"`
	MaxVerificationGasLimit          *uint64 `toml:"max-verification-gas-limit"`
	MaxCallGasLimit                  *uint64 `toml:"max-call-gas-limit"`
	MaxPaymasterVerificationGasLimit *uint64 `toml:"max-paymaster-verification-gas-limit"`
	MaxPaymasterPostOpGasLimit       *uint64 `toml:"max-paymaster-post-op-gas-limit"`
	MaxOpGas                         *uint64 `toml:"max-op-gas"`
	BaseFeeMarginPercent             *uint64 `toml:"base-fee-margin-percent"`
	PVGSlackPercent                  *uint64 `toml:"pvg-slack-percent"`
	// PVG are the preVerificationGas constants of the prechecks and the
	// estimator ([gas.pvg]).
	PVG PVG `toml:"pvg"`
}

// PVG overrides preVerificationGas constants (package gas's defaults, the
// reference bundler's). debug_bundler_setConfiguration takes the same
// fields under their JSON names. A nil field keeps the value.
type PVG struct {
	ExpectedBundleSize          *uint64  `toml:"expected-bundle-size" json:"expectedBundleSize"`
	FixedGasOverhead            *uint64  `toml:"fixed-gas-overhead" json:"fixedGasOverhead"`
	PerUserOpGasOverhead        *uint64  `toml:"per-userop-gas-overhead" json:"perUserOpGasOverhead"`
	PerUserOpWordGasOverhead    *float64 `toml:"per-userop-word-gas-overhead" json:"perUserOpWordGasOverhead"`
	StandardTokenGasCost        *uint64  `toml:"standard-token-gas-cost" json:"standardTokenGasCost"`
	FloorPerTokenGasCost        *uint64  `toml:"floor-per-token-gas-cost" json:"floorPerTokenGasCost"`
	TransactionGasStipend       *uint64  `toml:"transaction-gas-stipend" json:"transactionGasStipend"`
	EstimationSignatureSize     *int     `toml:"estimation-signature-size" json:"estimationSignatureSize"`
	EstimationPaymasterDataSize *int     `toml:"estimation-paymaster-data-size" json:"estimationPaymasterDataSize"`
}

// P2P configures gossip (libp2p gossipsub, topic /klaster/itx/1). It is off
// unless Listen or Peers is set.
type P2P struct {
	// Listen are multiaddrs, e.g. /ip4/127.0.0.1/tcp/4001.
	Listen []string `toml:"listen"`
	// Peers are multiaddrs ending in /p2p/<peer id>.
	Peers []string `toml:"peers"`
	// KeyFile holds the node's libp2p identity (created when missing);
	// empty: a fresh identity each start.
	KeyFile string `toml:"key-file"`
}

// Enabled reports whether gossip is configured.
func (p P2P) Enabled() bool { return len(p.Listen) > 0 || len(p.Peers) > 0 }

// RPC holds the JSON-RPC server's limits.
type RPC struct {
	MaxBodyBytes   int      `toml:"max-body-bytes"`
	MaxBatchItems  int      `toml:"max-batch-items"`
	RateLimit      float64  `toml:"rate-limit"` // requests per second per client; 0 = off
	RateBurst      int      `toml:"rate-burst"`
	RequestTimeout Duration `toml:"request-timeout"`
	CORSOrigins    []string `toml:"cors-origins"`
	// MaxWSSubscriptions caps the live subscriptions (*_subscribe) of one
	// client IP over all its WebSocket connections; 0 means the default
	// (100), negative means unlimited.
	MaxWSSubscriptions int `toml:"max-ws-subscriptions"`
	// TrustProxyHeaders takes the client from X-Real-IP or the last
	// X-Forwarded-For entry instead of the TCP peer (rate limits, logs and
	// the subscription limit). Off by default: enable it only behind a
	// reverse proxy that sets these headers.
	TrustProxyHeaders bool `toml:"trust-proxy-headers"`
}

// Chain is one chain klaster bundles for.
type Chain struct {
	// ChainID must match the node's eth_chainId.
	ChainID uint64 `toml:"chain-id"`
	// Name is for logs and metrics only.
	Name string `toml:"name"`
	// RPCURL is the node's JSON-RPC endpoint (http(s):// or ws(s)://). It must
	// serve debug_traceCall with erc7562Tracer unless Unsafe is set.
	RPCURL string `toml:"rpc-url"`
	// EntryPoints are the EntryPoints served, any of v0.7, v0.8 and v0.9 (v0.6 is not served yet).
	EntryPoints []common.Address `toml:"entry-points"`
	// EntryPointVersions gives the version ("v0.7", "v0.8", "v0.9") of EntryPoints
	// at non-canonical addresses, keyed by address; canonical ones need
	// no entry.
	EntryPointVersions map[string]string `toml:"entry-point-versions"`
	// SignerKeys are the bundler's transaction signers; several allow bundles
	// in parallel.
	SignerKeys []Secret `toml:"signer-keys"`
	// Beneficiary receives the bundles' gas refunds; the first signer when
	// empty.
	Beneficiary common.Address `toml:"beneficiary"`
	// Validator is the deployed KlasterMerkleValidator, if any.
	Validator common.Address `toml:"validator"`
	// StakeManager is the deployed KlasterStakeManager, if any: witnesses
	// read it and send slash votes to it.
	StakeManager common.Address `toml:"stake-manager"`
	// EIP7702Account is the deployed Klaster7702Account, if any: the one
	// implementation an EOA op of an iTx may delegate to with eip7702Auth
	// (klaster_getInfo's eip7702Account).
	EIP7702Account common.Address `toml:"eip7702-account"`
	// AccountFactories maps an EntryPoint to its KlasterAccountFactory.
	AccountFactories map[string]common.Address `toml:"account-factories"`
	// Paymasters maps an EntryPoint to the node's KlasterNodePaymaster in
	// it (signer: the node key); ops of paid iTxs are sponsored by it.
	Paymasters map[string]common.Address `toml:"paymasters"`
	// PaymentTokens are the tokens a quote's payment may be made in on
	// this chain, with their prices.
	PaymentTokens []PaymentToken `toml:"payment-tokens"`
	// Unsafe skips ERC-7562 tracing: for trusted, private deployments whose
	// node has no erc7562Tracer.
	Unsafe bool `toml:"unsafe"`

	// BlockTime is the chain's block interval; the bundle builder polls the
	// head at a quarter of it (0: every 200ms).
	BlockTime Duration `toml:"block-time"`

	// Fees (klaster_getQuote's suggestions and bundle transactions).
	// BaseFeeMultiplierPercent: maxFeePerGas = baseFee·this/100 + tip
	// (0 means DefaultBaseFeeMultiplierPercent, 150).
	BaseFeeMultiplierPercent uint64 `toml:"base-fee-multiplier-percent"`
	// PriorityFeeMultiplierPercent scales the tip taken from the fee
	// history (0 means 100).
	PriorityFeeMultiplierPercent uint64 `toml:"priority-fee-multiplier-percent"`
	// PriorityFeeFloor (wei) is the lowest tip suggested, accepted from an op
	// and paid by a bundle transaction.
	PriorityFeeFloor uint64 `toml:"priority-fee-floor"`
	// FeeHistoryPercentile is the eth_feeHistory reward percentile (0-100)
	// the suggested tip comes from (0 means 50).
	FeeHistoryPercentile uint64 `toml:"fee-history-percentile"`
	// FeeHistoryBlocks is how many recent blocks eth_feeHistory covers
	// (0 means 10).
	FeeHistoryBlocks int `toml:"fee-history-blocks"`
	// Legacy marks a chain without EIP-1559: bundle transactions are type 0
	// with a gas price, and suggested ops pay maxFeePerGas =
	// maxPriorityFeePerGas (the EntryPoint then never reads BASEFEE).
	Legacy bool `toml:"legacy"`
	// EIP7702 allows ops with an eip7702Auth tuple or the 0x7702 initCode
	// marker. Unset means true, except on Legacy chains.
	EIP7702 *bool `toml:"eip7702"`
	// DAOracle prices the L2 data-availability fee into preVerificationGas:
	// "" (none, an L1), "op-stack" (GasPriceOracle.getL1Fee) or "arbitrum"
	// (NodeInterface.gasEstimateL1Component).
	DAOracle string `toml:"da-oracle"`
	// DAOracleAddress overrides the oracle's predeploy address (tests,
	// non-standard deployments); zero means the standard one.
	DAOracleAddress common.Address `toml:"da-oracle-address"`

	Bundling Bundling `toml:"bundling"`
}

// Data-availability oracles (Chain.DAOracle).
const (
	DAOracleNone     = ""
	DAOracleOPStack  = "op-stack"
	DAOracleArbitrum = "arbitrum"
)

// EIP7702Enabled reports whether the chain accepts EIP-7702 ops.
func (c Chain) EIP7702Enabled() bool {
	if c.EIP7702 != nil {
		return *c.EIP7702
	}
	return !c.Legacy
}

// Bundling configures a chain's bundle builder.
type Bundling struct {
	// Mode is "auto" (bundle on each block, on max-ops and on the interval)
	// or "manual" (only debug_bundler_sendBundleNow).
	Mode string `toml:"mode"`
	// Interval bundles at least this often when ops wait (auto mode).
	Interval Duration `toml:"interval"`
	// MaxBundleGas caps a bundle's total gas; it never exceeds EIP-7825's
	// per-transaction cap.
	MaxBundleGas uint64 `toml:"max-bundle-gas"`
	// MaxOps triggers a bundle as soon as this many ops wait (auto mode);
	// it is a trigger, not a cap on bundle size.
	MaxOps int `toml:"max-ops"`
}

// Fee defaults of a chain that sets none: the one place they are defined
// (gas.DefaultFeeConfig and the bundler's fee policy use them too).
const (
	DefaultBaseFeeMultiplierPercent     = 150
	DefaultPriorityFeeMultiplierPercent = 100
	DefaultFeeHistoryPercentile         = 50
	DefaultFeeHistoryBlocks             = 10
)

// Default returns the configuration used when nothing is set.
func Default() Config {
	return Config{
		Listen:    "127.0.0.1:4337",
		LogLevel:  "info",
		LogFormat: "auto",
		RPC: RPC{
			MaxBodyBytes:   1 << 20,
			MaxBatchItems:  100,
			RateLimit:      50, // per client IP, HTTP requests and WebSocket messages alike
			RateBurst:      100,
			RequestTimeout: Duration(30 * time.Second),
			CORSOrigins:    []string{"*"},

			MaxWSSubscriptions: 100,
		},
		ITx: ITx{MaxWaitingPerSigner: 16, MaxWaiting: 4096, ResimsPerBlock: 64},
	}
}

// DefaultBundling is the bundling configuration of a chain that sets none.
func DefaultBundling() Bundling {
	return Bundling{Mode: "auto", Interval: Duration(time.Second), MaxBundleGas: 15_000_000, MaxOps: 0}
}

// Load reads a TOML file over the defaults.
func Load(path string) (Config, error) {
	cfg := Default()
	f, err := os.Open(path)
	if err != nil {
		return cfg, fmt.Errorf("open config: %w", err)
	}
	defer f.Close()
	if err := toml.NewDecoder(f).Decode(&cfg); err != nil {
		return cfg, fmt.Errorf("parse config %s: %w", path, err)
	}
	return cfg, nil
}

// Normalize fills per-chain defaults.
func (c *Config) Normalize() {
	def := DefaultBundling()
	for i := range c.Chains {
		b := &c.Chains[i].Bundling
		if b.Mode == "" {
			b.Mode = def.Mode
		}
		if b.Interval == 0 {
			b.Interval = def.Interval
		}
		if b.MaxBundleGas == 0 {
			b.MaxBundleGas = def.MaxBundleGas
		}
		f := &c.Chains[i]
		if f.BaseFeeMultiplierPercent == 0 {
			f.BaseFeeMultiplierPercent = DefaultBaseFeeMultiplierPercent
		}
		if f.PriorityFeeMultiplierPercent == 0 {
			f.PriorityFeeMultiplierPercent = DefaultPriorityFeeMultiplierPercent
		}
		if f.FeeHistoryPercentile == 0 {
			f.FeeHistoryPercentile = DefaultFeeHistoryPercentile
		}
		if f.FeeHistoryBlocks == 0 {
			f.FeeHistoryBlocks = DefaultFeeHistoryBlocks
		}
	}
}

// Validate reports every problem of the configuration at once.
func (c *Config) Validate() error {
	var problems []string
	if c.Listen == "" {
		problems = append(problems, "listen: empty")
	}
	if c.ITx.MaxWaitingPerSigner < 0 || c.ITx.MaxWaiting < 0 || c.ITx.ResimsPerBlock < 0 {
		problems = append(problems, "itx: the waiting-op caps and the re-simulation budget must not be negative")
	}
	if len(c.Chains) == 0 {
		problems = append(problems, "no chain configured: set --rpc-url or add [[chains]] to the config file")
	}
	seen := map[uint64]bool{}
	for i, ch := range c.Chains {
		where := fmt.Sprintf("chains[%d]", i)
		if ch.ChainID != 0 {
			where = fmt.Sprintf("chain %d", ch.ChainID)
			if seen[ch.ChainID] {
				problems = append(problems, where+": configured twice")
			}
			seen[ch.ChainID] = true
		}
		if ch.RPCURL == "" {
			problems = append(problems, where+": rpc-url is empty")
		}
		if len(ch.EntryPoints) == 0 {
			problems = append(problems, where+": no entry-points")
		}
		if len(ch.SignerKeys) == 0 {
			problems = append(problems, where+": no signer-keys")
		}
		switch ch.Bundling.Mode {
		case "auto", "manual":
		default:
			problems = append(problems, fmt.Sprintf("%s: bundling mode %q is neither auto nor manual", where, ch.Bundling.Mode))
		}
		if ch.Bundling.MaxBundleGas > params.MaxTxGas {
			problems = append(problems, fmt.Sprintf("%s: max-bundle-gas %d exceeds the EIP-7825 transaction cap %d", where, ch.Bundling.MaxBundleGas, params.MaxTxGas))
		}
		problems = append(problems, ch.validateFees(where)...)
		for ep := range ch.AccountFactories {
			if !common.IsHexAddress(ep) {
				problems = append(problems, fmt.Sprintf("%s: account-factories key %q is not an address", where, ep))
			}
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("invalid configuration:\n  %s", strings.Join(problems, "\n  "))
	}
	return nil
}

// validateFees checks the fee, legacy, EIP-7702 and DA settings.
func (ch Chain) validateFees(where string) []string {
	var problems []string
	f := ch
	if f.FeeHistoryPercentile > 100 {
		problems = append(problems, fmt.Sprintf("%s: fee-history-percentile %v is not within 0-100", where, f.FeeHistoryPercentile))
	}
	if f.FeeHistoryBlocks < 0 || f.FeeHistoryBlocks > 1024 {
		problems = append(problems, fmt.Sprintf("%s: fee-history-blocks %d is not within 1-1024", where, f.FeeHistoryBlocks))
	}
	if f.BaseFeeMultiplierPercent != 0 && f.BaseFeeMultiplierPercent < 100 {
		problems = append(problems, fmt.Sprintf("%s: base-fee-multiplier-percent %d is below 100", where, f.BaseFeeMultiplierPercent))
	}
	if ch.Legacy && ch.EIP7702 != nil && *ch.EIP7702 {
		problems = append(problems, where+": eip7702 = true needs EIP-1559 transactions, but legacy = true")
	}
	switch ch.DAOracle {
	case DAOracleNone, DAOracleOPStack, DAOracleArbitrum:
	default:
		problems = append(problems, fmt.Sprintf("%s: da-oracle %q is none of \"\", %q, %q", where, ch.DAOracle, DAOracleOPStack, DAOracleArbitrum))
	}
	if ch.BlockTime < 0 {
		problems = append(problems, where+": block-time is negative")
	}
	return problems
}
