package main

import (
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/klaster-dev/klaster/config"
	"github.com/klaster-dev/klaster/devnet"
	"github.com/klaster-dev/klaster/entrypoint"
)

// devRefused are the flags --dev cannot honour: it runs its own chains and
// signs bundles with its own funded keys. Each is refused with the reason,
// never silently ignored.
var devRefused = []struct {
	flag cli.Flag
	why  string
}{
	{rpcURLFlag, "--dev runs its own embedded chains (see --dev.chains); drop --dev to use a node"},
	{chainIDFlag, "the dev chains' ids are 1337, 1338, … (see --dev.chains)"},
	{signerKeysFlag, "the dev chains' bundles are signed by the funded dev accounts 8 and 9"},
}

// devSettings are the chain flags --dev honours on every dev chain.
type devSettings struct {
	entryPoints []common.Address // served, in the order given
	beneficiary common.Address   // zero: the first signer
	unsafe      bool
	debugAPI    bool
}

// checkDevFlags refuses what --dev cannot honour (cfg is the configuration
// loaded from the file, flags and environment) and returns what it
// honours. --entrypoints may name the dev EntryPoints only.
func checkDevFlags(c *cli.Context, cfg config.Config, contracts devnet.Contracts) (devSettings, error) {
	for _, r := range devRefused {
		if name := r.flag.Names()[0]; c.IsSet(name) {
			return devSettings{}, fmt.Errorf("--%s cannot be used with --dev: %s", name, r.why)
		}
	}
	if len(cfg.Chains) > 0 {
		return devSettings{}, fmt.Errorf("--config %s defines chains, which --dev replaces with its dev chains: drop --dev, or its [[chains]]", c.String(configFlag.Name))
	}
	served := map[common.Address]entrypoint.Version{}
	var servedNames []string
	s := devSettings{
		unsafe:   c.Bool(unsafeFlag.Name),
		debugAPI: true,
	}
	for _, d := range devPreferred(contracts) {
		if d.Version.Served() {
			served[d.Address] = d.Version
			s.entryPoints = append(s.entryPoints, d.Address)
			servedNames = append(servedNames, fmt.Sprintf("%v (%s)", d.Version, d.Address))
		}
	}
	if c.IsSet(debugAPIFlag.Name) {
		s.debugAPI = c.Bool(debugAPIFlag.Name)
	}
	if c.IsSet(entryPointsFlag.Name) {
		s.entryPoints = nil
		for _, ep := range c.StringSlice(entryPointsFlag.Name) {
			addr := common.HexToAddress(ep)
			if _, ok := served[addr]; !common.IsHexAddress(ep) || !ok {
				return devSettings{}, fmt.Errorf("--entrypoints %s: --dev serves EntryPoint %s only", ep, strings.Join(servedNames, ", "))
			}
			dup := false
			for _, e := range s.entryPoints {
				dup = dup || e == addr
			}
			if !dup {
				s.entryPoints = append(s.entryPoints, addr)
			}
		}
		if len(s.entryPoints) == 0 {
			return devSettings{}, fmt.Errorf("--entrypoints is empty: name some of %s", strings.Join(servedNames, ", "))
		}
	}
	if b := c.String(beneficiaryFlag.Name); c.IsSet(beneficiaryFlag.Name) {
		if !common.IsHexAddress(b) {
			return devSettings{}, fmt.Errorf("--beneficiary: %q is not an address", b)
		}
		s.beneficiary = common.HexToAddress(b)
	}
	return s, nil
}

// factories returns the dev account factories of the served EntryPoints.
func (s devSettings) factories(contracts devnet.Contracts) map[string]common.Address {
	all := map[common.Address]common.Address{
		contracts.EntryPointV07: contracts.KlasterFactoryV07,
		contracts.EntryPointV08: contracts.KlasterFactoryV08,
		contracts.EntryPointV09: contracts.KlasterFactoryV09,
	}
	out := map[string]common.Address{}
	for _, ep := range s.entryPoints {
		if f, ok := all[ep]; ok {
			out[ep.Hex()] = f
		}
	}
	return out
}

// versions names the version of each served EntryPoint that is not at its
// canonical address (v0.9 on a dev chain), for entry-point-versions.
func (s devSettings) versions(contracts devnet.Contracts) map[string]string {
	out := map[string]string{}
	for _, d := range contracts.EntryPoints() {
		for _, ep := range s.entryPoints {
			if ep == d.Address && d.Address != d.Version.EntryPoint() {
				out[d.Address.Hex()] = d.Version.String()
			}
		}
	}
	return out
}

// devPreferred orders the dev chain's EntryPoints as entrypoint.Preferred.
func devPreferred(contracts devnet.Contracts) []entrypoint.Deployment {
	var out []entrypoint.Deployment
	for _, v := range entrypoint.Preferred() {
		for _, d := range contracts.EntryPoints() {
			if d.Version == v {
				out = append(out, d)
			}
		}
	}
	return out
}
