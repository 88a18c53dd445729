// Package chainspec owns what klaster knows about one chain, resolved once
// at start from the configuration: the EntryPoints it serves (each with its
// version, hence its hasher and its simulation contract), its fee, legacy,
// EIP-7702 and data-availability settings, and the validation and gas
// limits its components run with.
//
// Every package reads these values from the Spec (or from the entrypoint.Set
// and configs it hands them); nothing else derives an EntryPoint's version
// or fills a chain default. The check in scripts/check-structure enforces
// the first rule.
package chainspec

import (
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/bundler"
	"github.com/klaster-dev/klaster/config"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/gas"
	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/reputation"
	"github.com/klaster-dev/klaster/validation"
)

// Spec is one chain, resolved.
type Spec struct {
	ChainID uint64
	Name    string

	// EntryPoints are the EntryPoints served, in configuration order.
	EntryPoints entrypoint.Set

	// Legacy: no EIP-1559 (type-0 bundles; ops pay maxFee = maxPriorityFee).
	Legacy bool
	// EIP7702 allows ops with an eip7702Auth tuple or the 0x7702 marker.
	EIP7702 bool
	// DAOracle and DAOracleAddress name the L2 data-availability fee oracle
	// ("" none, "op-stack", "arbitrum"; zero address: the standard one).
	DAOracle        string
	DAOracleAddress common.Address

	// Fees are the fee suggestions (klaster_getQuote); BundleFees the fee
	// policy of bundle transactions. Both use the same multipliers and tip
	// floor.
	Fees       gas.FeeConfig
	BundleFees bundler.FeePolicy
	// PollInterval is how often the bundle builder polls the head (0: the
	// builder's default).
	PollInterval time.Duration

	// Validation, Gas and Estimator are the ERC-7562 rules and limits, the
	// admission prechecks and the gas estimator's settings, each with this
	// chain's EntryPoints.
	Validation validation.Config
	Gas        gas.Config
	Estimator  gas.EstimatorConfig
	// Reputation are the ERC-7562 reputation parameters and the operator's
	// allow- and blocklists.
	Reputation Reputation
	// AllowScheduled lets plain ops whose validAfter lies in the future
	// wait as Scheduled (--allow-scheduled).
	AllowScheduled bool

	// Validator is the deployed KlasterMerkleValidator and StakeManager the
	// KlasterStakeManager (zero: none); AccountFactories maps an EntryPoint
	// to its KlasterAccountFactory (klaster_getInfo).
	Validator, StakeManager common.Address
	// EIP7702Account is the account implementation an EOA may delegate to
	// in an iTx (klaster_getInfo eip7702Account; zero: none).
	EIP7702Account   common.Address
	AccountFactories map[common.Address]common.Address
}

// Reputation is the reputation manager's settings.
type Reputation struct {
	Params               reputation.Params
	Allowlist, Blocklist []common.Address
}

// Shared are the settings every chain of a process starts from.
type Shared struct {
	Validation validation.Config
	Gas        gas.Config
	Estimator  gas.EstimatorConfig
	Reputation Reputation
	// AllowScheduled is --allow-scheduled.
	AllowScheduled bool
}

// DefaultShared returns the defaults: the ERC-7562 values, the default
// precheck bounds and estimator.
func DefaultShared() Shared {
	return Shared{Validation: validation.DefaultConfig(), Gas: gas.DefaultConfig(), Estimator: gas.DefaultEstimatorConfig(),
		Reputation: Reputation{Params: reputation.BundlerParams()}}
}

// Resolve resolves chain c (normalized: config.Normalize ran) over shared.
func Resolve(c config.Chain, shared Shared) (*Spec, error) {
	eps, err := EntryPoints(c)
	if err != nil {
		return nil, fmt.Errorf("chain %d: %w", c.ChainID, err)
	}
	s := &Spec{
		ChainID:         c.ChainID,
		Name:            c.Name,
		EntryPoints:     eps,
		Legacy:          c.Legacy,
		EIP7702:         c.EIP7702Enabled(),
		DAOracle:        c.DAOracle,
		DAOracleAddress: c.DAOracleAddress,
		Validation:      shared.Validation,
		Gas:             shared.Gas,
		Estimator:       shared.Estimator,
		Reputation:      shared.Reputation,
		AllowScheduled:  shared.AllowScheduled,
		Validator:       c.Validator,
		StakeManager:    c.StakeManager,
		EIP7702Account:  c.EIP7702Account,
	}
	for ep, f := range c.AccountFactories {
		if s.AccountFactories == nil {
			s.AccountFactories = map[common.Address]common.Address{}
		}
		s.AccountFactories[common.HexToAddress(ep)] = f
	}
	s.Validation.Unsafe = s.Validation.Unsafe || c.Unsafe
	s.Validation.EntryPoints, s.Gas.EntryPoints, s.Estimator.EntryPoints = eps, eps, eps
	if s.Validation.EnforceValidationGasSlack {
		s.Estimator.VerificationGasSlack = s.Validation.ValidationGasSlack
	}
	s.Estimator.PVG = s.Gas.PVG
	s.Estimator.ValidUntilMargin = s.Validation.ValidUntilMargin
	var floor *big.Int
	if c.PriorityFeeFloor > 0 {
		floor = new(big.Int).SetUint64(c.PriorityFeeFloor)
		s.Gas.MinPriorityFeePerGas = floor
	}
	s.Fees = gas.FeeConfig{
		BaseFeeMultiplierPercent:     orDefault(c.BaseFeeMultiplierPercent, config.DefaultBaseFeeMultiplierPercent),
		PriorityFeeMultiplierPercent: orDefault(c.PriorityFeeMultiplierPercent, config.DefaultPriorityFeeMultiplierPercent),
		MinPriorityFeePerGas:         floor,
		RewardPercentile:             float64(orDefault(c.FeeHistoryPercentile, config.DefaultFeeHistoryPercentile)),
		HistoryBlocks:                int(orDefault(uint64(max(c.FeeHistoryBlocks, 0)), config.DefaultFeeHistoryBlocks)),
		Legacy:                       c.Legacy,
	}
	s.BundleFees = bundler.FeePolicy{
		BaseFeeMultiplierPercent:     s.Fees.BaseFeeMultiplierPercent,
		PriorityFeeMultiplierPercent: s.Fees.PriorityFeeMultiplierPercent,
		PriorityFeeFloor:             floor,
		Legacy:                       c.Legacy,
	}
	if c.BlockTime > 0 {
		s.PollInterval = min(max(c.BlockTime.D()/4, 50*time.Millisecond), 2*time.Second)
	}
	return s, nil
}

// Mempool is the configuration of the mempool of entryPoint: the
// ERC-7562 mempool limits of the spec's validation settings.
func (s *Spec) Mempool(entryPoint common.Address) mempool.Config {
	v := s.Validation
	return mempool.Config{
		ChainID:                    s.ChainID,
		EntryPoint:                 entryPoint,
		SameSenderLimit:            v.SameSenderMempoolCount,
		UnstakedEntityLimit:        v.SameUnstakedEntityMempoolCount,
		ThrottledEntityLimit:       v.ThrottledEntityMempoolCount,
		ThrottledEntityBundleCount: v.ThrottledEntityBundleCount,
		AllowScheduled:             s.AllowScheduled,
	}
}

// DefaultHeadPollInterval is how often a chain's head is read when the
// configuration gives no block time.
const DefaultHeadPollInterval = 200 * time.Millisecond

// HeadPollInterval is how often the chain tracker reads the head.
func (s *Spec) HeadPollInterval() time.Duration {
	if s.PollInterval > 0 {
		return s.PollInterval
	}
	return DefaultHeadPollInterval
}

func servedList() string {
	var names []string
	for _, v := range entrypoint.Versions() {
		names = append(names, v.String())
	}
	return strings.Join(names, ", ")
}

func orDefault(v, def uint64) uint64 {
	if v == 0 {
		return def
	}
	return v
}

// EntryPoints resolves a chain's EntryPoints: a canonical address has its
// canonical version unless entry-point-versions says otherwise; any other
// address needs its version there. Entries of entry-point-versions for
// addresses the chain does not serve are an error too (a typo would
// otherwise go unnoticed).
func EntryPoints(c config.Chain) (entrypoint.Set, error) {
	versions := make(map[common.Address]entrypoint.Version, len(c.EntryPointVersions))
	for addr, s := range c.EntryPointVersions {
		if !common.IsHexAddress(addr) {
			return entrypoint.Set{}, fmt.Errorf("entry-point-versions: key %q is not an address", addr)
		}
		v, err := entrypoint.ParseVersion(s)
		if err != nil {
			return entrypoint.Set{}, fmt.Errorf("entry-point-versions %s: %w", addr, err)
		}
		versions[common.HexToAddress(addr)] = v
	}
	ds := make([]entrypoint.Deployment, 0, len(c.EntryPoints))
	var problems []string
	for _, addr := range c.EntryPoints {
		v, ok := versions[addr]
		if !ok {
			v, ok = entrypoint.VersionOf(addr)
		}
		if !ok {
			problems = append(problems, fmt.Sprintf("entry point %s is not a canonical EntryPoint: set its version in entry-point-versions (or --entrypoints ADDRESS:VERSION)", addr.Hex()))
			continue
		}
		delete(versions, addr)
		if !v.Served() {
			problems = append(problems, fmt.Sprintf("entry point %s is EntryPoint %v, which klaster does not serve yet (served: %s)", addr.Hex(), v, servedList()))
			continue
		}
		ds = append(ds, entrypoint.Deployment{Address: addr, Version: v})
	}
	var extra []string
	for addr := range versions {
		extra = append(extra, fmt.Sprintf("entry-point-versions names %s, which is not in entry-points", addr.Hex()))
	}
	slices.Sort(extra)
	problems = append(problems, extra...)
	if len(problems) > 0 {
		return entrypoint.Set{}, fmt.Errorf("%s", strings.Join(problems, "; "))
	}
	return entrypoint.NewSet(ds...)
}
