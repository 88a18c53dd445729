package chainspec

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/config"
	"github.com/klaster-dev/klaster/gas"
	"github.com/klaster-dev/klaster/validation"
)

// SharedFrom applies the configuration's [validation], [gas] and
// [reputation] tables over base (validation.DefaultConfig, or
// validation.DevProfile with --dev) and the other defaults.
func SharedFrom(cfg config.Config, base validation.Config) (Shared, error) {
	v, err := ApplyValidation(base, cfg.Validation)
	if err != nil {
		return Shared{}, err
	}
	s := DefaultShared()
	s.Validation, s.Gas = v, ApplyGas(s.Gas, cfg.Gas)
	s.Estimator.PVG = s.Gas.PVG
	s.Reputation.Allowlist, s.Reputation.Blocklist = cfg.Reputation.Allowlist, cfg.Reputation.Blocklist
	s.AllowScheduled = cfg.AllowScheduled
	return s, nil
}

// ApplyValidation sets every field o sets.
func ApplyValidation(c validation.Config, o config.Validation) (validation.Config, error) {
	if o.MinStake != nil {
		v, ok := new(big.Int).SetString(*o.MinStake, 10)
		if !ok || v.Sign() < 0 {
			return c, fmt.Errorf("validation.min-stake %q: want a decimal amount of wei", *o.MinStake)
		}
		c.MinStake = v
	}
	set(&c.MinUnstakeDelay, o.MinUnstakeDelay)
	set(&c.SameSenderMempoolCount, o.SameSenderMempoolCount)
	set(&c.SameUnstakedEntityMempoolCount, o.SameUnstakedEntityMempoolCount)
	set(&c.ThrottledEntityMempoolCount, o.ThrottledEntityMempoolCount)
	set(&c.ThrottledEntityBundleCount, o.ThrottledEntityBundleCount)
	set(&c.MaxUserOpSize, o.MaxUserOpSize)
	set(&c.MaxContextSize, o.MaxContextSize)
	set(&c.EnforceValidationGasSlack, o.Lim030)
	set(&c.ValidationGasSlack, o.ValidationGasSlack)
	set(&c.EnforceMaxVerificationGas, o.Lim060)
	set(&c.MaxVerificationGas, o.MaxVerificationGas)
	set(&c.AssociatedSlotRange, o.AssociatedSlotRange)
	set(&c.ValidUntilMargin, o.ValidUntilMargin)
	set(&c.BeaconRootsWindow, o.BeaconRootsWindow)
	set(&c.MaxConcurrentCalls, o.Concurrency)
	if o.StorageAllowlist != nil {
		c.StorageAllowlist = nil
		for _, item := range o.StorageAllowlist {
			addr, mode, _ := strings.Cut(item, ":")
			if !common.IsHexAddress(addr) || (mode != "read" && mode != "readwrite") {
				return c, fmt.Errorf("validation.storage-allowlist %q: want ADDRESS:read or ADDRESS:readwrite", item)
			}
			c.StorageAllowlist = append(c.StorageAllowlist, validation.AllowedStorage{Contract: common.HexToAddress(addr), ReadOnly: mode == "read"})
		}
	}
	return c, nil
}

// ApplyGas sets every precheck bound o sets.
func ApplyGas(c gas.Config, o config.Gas) gas.Config {
	set(&c.MaxCallDataSize, o.MaxCallDataSize)
	set(&c.MaxInitCodeSize, o.MaxInitCodeSize)
	set(&c.MaxPaymasterDataSize, o.MaxPaymasterDataSize)
	set(&c.MaxSignatureSize, o.MaxSignatureSize)
	set(&c.MaxVerificationGasLimit, o.MaxVerificationGasLimit)
	set(&c.MaxCallGasLimit, o.MaxCallGasLimit)
	set(&c.MaxPaymasterVerificationGasLimit, o.MaxPaymasterVerificationGasLimit)
	set(&c.MaxPaymasterPostOpGasLimit, o.MaxPaymasterPostOpGasLimit)
	set(&c.MaxOpGas, o.MaxOpGas)
	set(&c.BaseFeeMarginPercent, o.BaseFeeMarginPercent)
	set(&c.PVGSlackPercent, o.PVGSlackPercent)
	c.PVG = ApplyPVG(c.PVG, o.PVG)
	return c
}

// ApplyPVG sets every preVerificationGas constant o sets.
func ApplyPVG(p gas.PVGConfig, o config.PVG) gas.PVGConfig {
	set(&p.ExpectedBundleSize, o.ExpectedBundleSize)
	set(&p.FixedGasOverhead, o.FixedGasOverhead)
	set(&p.PerUserOpGasOverhead, o.PerUserOpGasOverhead)
	set(&p.PerUserOpWordGasOverhead, o.PerUserOpWordGasOverhead)
	set(&p.StandardTokenGasCost, o.StandardTokenGasCost)
	set(&p.FloorPerTokenGasCost, o.FloorPerTokenGasCost)
	set(&p.TransactionGasStipend, o.TransactionGasStipend)
	set(&p.EstimationSignatureSize, o.EstimationSignatureSize)
	set(&p.EstimationPaymasterDataSize, o.EstimationPaymasterDataSize)
	return p
}

func set[T any](dst *T, v *T) {
	if v != nil {
		*dst = *v
	}
}
