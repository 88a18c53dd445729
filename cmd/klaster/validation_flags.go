package main

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/klaster-dev/klaster/config"
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
	vBeaconWindow = &cli.Uint64Flag{Name: vflag("beacon-roots-window"), Category: catValidation, EnvVars: envName("validation.beacon-roots-window"), Value: validation.DefaultBeaconRootsWindow,
		Usage: "inclusion deadline in seconds after validation (capped by validUntil): unstaked reads of an EIP-4788 ring-buffer index a block writes before it are refused (-32502); at most 8190"}
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
	vLim030, vGasSlack, vLim060, vMaxVerificationGas, vAssociated, vValidUntilMargin, vBeaconWindow, vAllowlist, vConcurrency,
	vRepAllow, vRepBlock,
}

// applyValidationFlags copies the --validation.* and --reputation.* flags
// that are set into cfg, over what the config file says.
func applyValidationFlags(c *cli.Context, cfg *config.Config) error {
	set := func(f cli.Flag) bool { return c.IsSet(f.Names()[0]) }
	v := &cfg.Validation
	if set(vMinStake) {
		s := c.String(vMinStake.Name)
		v.MinStake = &s
	}
	setUint := func(f *cli.Uint64Flag, dst **uint64) {
		if set(f) {
			x := c.Uint64(f.Name)
			*dst = &x
		}
	}
	setInt := func(f *cli.IntFlag, dst **int) {
		if set(f) {
			x := c.Int(f.Name)
			*dst = &x
		}
	}
	setBool := func(f *cli.BoolFlag, dst **bool) {
		if set(f) {
			x := c.Bool(f.Name)
			*dst = &x
		}
	}
	setUint(vMinUnstakeDelay, &v.MinUnstakeDelay)
	setInt(vSameSender, &v.SameSenderMempoolCount)
	setInt(vSameEntity, &v.SameUnstakedEntityMempoolCount)
	setInt(vThrottled, &v.ThrottledEntityMempoolCount)
	setInt(vThrottledBundle, &v.ThrottledEntityBundleCount)
	setInt(vMaxOpSize, &v.MaxUserOpSize)
	setInt(vMaxContext, &v.MaxContextSize)
	setBool(vLim030, &v.Lim030)
	setUint(vGasSlack, &v.ValidationGasSlack)
	setBool(vLim060, &v.Lim060)
	setUint(vMaxVerificationGas, &v.MaxVerificationGas)
	setUint(vAssociated, &v.AssociatedSlotRange)
	setUint(vValidUntilMargin, &v.ValidUntilMargin)
	setUint(vBeaconWindow, &v.BeaconRootsWindow)
	setInt(vConcurrency, &v.Concurrency)
	if set(vAllowlist) {
		v.StorageAllowlist = c.StringSlice(vAllowlist.Name)
	}
	parse := func(f *cli.StringSliceFlag, dst *[]common.Address) error {
		if !set(f) {
			return nil
		}
		*dst = nil
		for _, a := range c.StringSlice(f.Name) {
			if !common.IsHexAddress(a) {
				return fmt.Errorf("--%s: %q is not an address", f.Name, a)
			}
			*dst = append(*dst, common.HexToAddress(a))
		}
		return nil
	}
	if err := parse(vRepAllow, &cfg.Reputation.Allowlist); err != nil {
		return err
	}
	return parse(vRepBlock, &cfg.Reputation.Blocklist)
}
