package main

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/klaster-dev/klaster/validation"
)

const catValidation = "ERC-7562 VALIDATION (defaults: the ERC's values; --dev uses the compatibility-suite profile)"

func vflag(name string) string { return "validation." + name }

var (
	vMinStake = &cli.StringFlag{Name: vflag("min-stake"), Category: catValidation, EnvVars: envName("validation.min-stake"), Value: "1000000000000000000",
		Usage: "MIN_STAKE_VALUE in wei: the stake that makes an entity staked (SREP-010)"}
	vMinUnstakeDelay = &cli.Uint64Flag{Name: vflag("min-unstake-delay"), Category: catValidation, EnvVars: envName("validation.min-unstake-delay"), Value: 86400,
		Usage: "MIN_UNSTAKE_DELAY in seconds (--dev: 2)"}
	vSameSender = &cli.IntFlag{Name: vflag("same-sender-mempool-count"), Category: catValidation, EnvVars: envName("validation.same-sender-mempool-count"), Value: 4,
		Usage: "SAME_SENDER_MEMPOOL_COUNT: ops per unstaked sender in the mempool"}
	vSameEntity = &cli.IntFlag{Name: vflag("same-unstaked-entity-mempool-count"), Category: catValidation, EnvVars: envName("validation.same-unstaked-entity-mempool-count"), Value: 10,
		Usage: "SAME_UNSTAKED_ENTITY_MEMPOOL_COUNT: ops per unstaked factory or paymaster"}
	vThrottled = &cli.IntFlag{Name: vflag("throttled-entity-mempool-count"), Category: catValidation, EnvVars: envName("validation.throttled-entity-mempool-count"), Value: 4,
		Usage: "THROTTLED_ENTITY_MEMPOOL_COUNT"}
	vThrottledBundle = &cli.IntFlag{Name: vflag("throttled-entity-bundle-count"), Category: catValidation, EnvVars: envName("validation.throttled-entity-bundle-count"), Value: 4,
		Usage: "THROTTLED_ENTITY_BUNDLE_COUNT"}
	vMaxOpSize = &cli.IntFlag{Name: vflag("max-userop-size"), Category: catValidation, EnvVars: envName("validation.max-userop-size"), Value: 8192,
		Usage: "LIM-010: largest packed op in bytes"}
	vMaxContext = &cli.IntFlag{Name: vflag("max-context-size"), Category: catValidation, EnvVars: envName("validation.max-context-size"), Value: 2048,
		Usage: "LIM-020: largest paymaster context in bytes"}
	vLim030 = &cli.BoolFlag{Name: vflag("lim-030"), Category: catValidation, EnvVars: envName("validation.lim-030"), Value: true,
		Usage: "enforce LIM-030 (verification gas slack); a known conflict with the compatibility suite (--dev: off)"}
	vGasSlack = &cli.Uint64Flag{Name: vflag("validation-gas-slack"), Category: catValidation, EnvVars: envName("validation.validation-gas-slack"), Value: 4000,
		Usage: "LIM-030: VALIDATION_GAS_SLACK"}
	vLim060 = &cli.BoolFlag{Name: vflag("lim-060"), Category: catValidation, EnvVars: envName("validation.lim-060"), Value: true,
		Usage: "enforce LIM-060 (MAX_VERIFICATION_GAS); a known conflict with the compatibility suite (--dev: off)"}
	vMaxVerificationGas = &cli.Uint64Flag{Name: vflag("max-verification-gas"), Category: catValidation, EnvVars: envName("validation.max-verification-gas"), Value: 500000,
		Usage: "LIM-060: MAX_VERIFICATION_GAS"}
	vAssociated = &cli.Uint64Flag{Name: vflag("associated-slot-range"), Category: catValidation, EnvVars: envName("validation.associated-slot-range"), Value: 128,
		Usage: "largest n of keccak(A‖x)+n that counts as storage associated with A"}
	vValidUntilMargin = &cli.Uint64Flag{Name: vflag("valid-until-margin"), Category: catValidation, EnvVars: envName("validation.valid-until-margin"), Value: 30,
		Usage: "refuse ops that expire within this many seconds (-32503)"}
	vAllowlist = &cli.StringSliceFlag{Name: vflag("storage-allowlist"), Category: catValidation, EnvVars: envName("validation.storage-allowlist"),
		Value: cli.NewStringSlice(validation.BeaconRootsAddress.Hex() + ":read"),
		Usage: "contracts whose storage any entity may access during validation, as ADDRESS:read or ADDRESS:readwrite (default: the EIP-4788 beacon roots, read-only)"}
	vRepAllow = &cli.StringSliceFlag{Name: "reputation.allowlist", Category: catValidation, EnvVars: envName("reputation.allowlist"),
		Usage: "entity `ADDRESS`es never throttled or banned (your own factory or paymaster)"}
	vRepBlock = &cli.StringSliceFlag{Name: "reputation.blocklist", Category: catValidation, EnvVars: envName("reputation.blocklist"),
		Usage: "entity `ADDRESS`es always banned"}
	vConcurrency = &cli.IntFlag{Name: vflag("concurrency"), Category: catValidation, EnvVars: envName("validation.concurrency"), Value: 8,
		Usage: "concurrent node calls per chain for validation"}
)

var validationFlags = []cli.Flag{
	vMinStake, vMinUnstakeDelay, vSameSender, vSameEntity, vThrottled, vThrottledBundle, vMaxOpSize, vMaxContext,
	vLim030, vGasSlack, vLim060, vMaxVerificationGas, vAssociated, vValidUntilMargin, vAllowlist, vConcurrency,
	vRepAllow, vRepBlock,
}

// reputationLists reads --reputation.allowlist and --reputation.blocklist.
func reputationLists(c *cli.Context) (allow, block []common.Address, err error) {
	parse := func(name string) ([]common.Address, error) {
		var out []common.Address
		for _, a := range c.StringSlice(name) {
			if !common.IsHexAddress(a) {
				return nil, fmt.Errorf("--%s: %q is not an address", name, a)
			}
			out = append(out, common.HexToAddress(a))
		}
		return out, nil
	}
	if allow, err = parse(vRepAllow.Name); err != nil {
		return nil, nil, err
	}
	block, err = parse(vRepBlock.Name)
	return allow, block, err
}

// validationConfig builds the ERC-7562 configuration: the ERC's values (or,
// with --dev, the compatibility profile), then every flag that is set.
func validationConfig(c *cli.Context, dev bool) (validation.Config, error) {
	cfg := validation.DefaultConfig()
	if dev {
		cfg = validation.DevProfile()
	}
	set := func(f cli.Flag) bool { return c.IsSet(f.Names()[0]) }
	if set(vMinStake) {
		v, ok := new(big.Int).SetString(c.String(vMinStake.Name), 10)
		if !ok || v.Sign() < 0 {
			return cfg, fmt.Errorf("--%s %q: want a decimal amount of wei", vMinStake.Name, c.String(vMinStake.Name))
		}
		cfg.MinStake = v
	}
	if set(vMinUnstakeDelay) {
		cfg.MinUnstakeDelay = c.Uint64(vMinUnstakeDelay.Name)
	}
	if set(vSameSender) {
		cfg.SameSenderMempoolCount = c.Int(vSameSender.Name)
	}
	if set(vSameEntity) {
		cfg.SameUnstakedEntityMempoolCount = c.Int(vSameEntity.Name)
	}
	if set(vThrottled) {
		cfg.ThrottledEntityMempoolCount = c.Int(vThrottled.Name)
	}
	if set(vThrottledBundle) {
		cfg.ThrottledEntityBundleCount = c.Int(vThrottledBundle.Name)
	}
	if set(vMaxOpSize) {
		cfg.MaxUserOpSize = c.Int(vMaxOpSize.Name)
	}
	if set(vMaxContext) {
		cfg.MaxContextSize = c.Int(vMaxContext.Name)
	}
	if set(vLim030) {
		cfg.EnforceValidationGasSlack = c.Bool(vLim030.Name)
	}
	if set(vGasSlack) {
		cfg.ValidationGasSlack = c.Uint64(vGasSlack.Name)
	}
	if set(vLim060) {
		cfg.EnforceMaxVerificationGas = c.Bool(vLim060.Name)
	}
	if set(vMaxVerificationGas) {
		cfg.MaxVerificationGas = c.Uint64(vMaxVerificationGas.Name)
	}
	if set(vAssociated) {
		cfg.AssociatedSlotRange = c.Uint64(vAssociated.Name)
	}
	if set(vValidUntilMargin) {
		cfg.ValidUntilMargin = c.Uint64(vValidUntilMargin.Name)
	}
	if set(vConcurrency) {
		cfg.MaxConcurrentCalls = c.Int(vConcurrency.Name)
	}
	if set(vAllowlist) {
		cfg.StorageAllowlist = nil
		for _, item := range c.StringSlice(vAllowlist.Name) {
			addr, mode, _ := strings.Cut(item, ":")
			if !common.IsHexAddress(addr) || (mode != "read" && mode != "readwrite") {
				return cfg, fmt.Errorf("--%s %q: want ADDRESS:read or ADDRESS:readwrite", vAllowlist.Name, item)
			}
			cfg.StorageAllowlist = append(cfg.StorageAllowlist, validation.AllowedStorage{Contract: common.HexToAddress(addr), ReadOnly: mode == "read"})
		}
	}
	return cfg, nil
}
