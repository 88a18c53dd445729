package chainspec

import (
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/config"
	"github.com/klaster-dev/klaster/entrypoint"
)

var custom = common.HexToAddress("0x00000000000000000000000000000000000c0ffe")

// A custom EntryPoint is resolved once, and every component's settings see
// the same version (before, the RPC check accepted one that the precheck
// then refused as "not supported").
func TestCustomEntryPointResolvedOnceForEveryComponent(t *testing.T) {
	c := config.Chain{ChainID: 7, EntryPoints: []common.Address{entrypoint.V08.EntryPoint(), custom},
		EntryPointVersions: map[string]string{custom.Hex(): "v0.7"}}
	s, err := Resolve(c, DefaultShared())
	if err != nil {
		t.Fatal(err)
	}
	for name, set := range map[string]entrypoint.Set{"spec": s.EntryPoints, "validation": s.Validation.EntryPoints, "gas": s.Gas.EntryPoints, "estimator": s.Estimator.EntryPoints} {
		if v, ok := set.Version(custom); !ok || v != entrypoint.V07 {
			t.Errorf("%s: custom EntryPoint has version %v (%v)", name, v, ok)
		}
		if _, ok := set.Version(entrypoint.V07.EntryPoint()); ok {
			t.Errorf("%s: serves the canonical v0.7 EntryPoint, which the chain does not list", name)
		}
	}
	if got := s.EntryPoints.Addresses(); len(got) != 2 || got[0] != entrypoint.V08.EntryPoint() {
		t.Fatalf("order %v", got)
	}
}

func TestEntryPointsRefusesWhatItCannotResolve(t *testing.T) {
	for name, c := range map[string]config.Chain{
		"custom address without a version": {EntryPoints: []common.Address{custom}},
		"a version for an address not served": {EntryPoints: []common.Address{entrypoint.V07.EntryPoint()},
			EntryPointVersions: map[string]string{custom.Hex(): "v0.8"}},
		"an unknown version":   {EntryPoints: []common.Address{custom}, EntryPointVersions: map[string]string{custom.Hex(): "v0.5"}},
		"a key not an address": {EntryPoints: []common.Address{custom}, EntryPointVersions: map[string]string{"0xzz": "v0.7"}},
		"listed twice":         {EntryPoints: []common.Address{entrypoint.V07.EntryPoint(), entrypoint.V07.EntryPoint()}},
	} {
		if _, err := EntryPoints(c); err == nil {
			t.Errorf("%s: resolved", name)
		} else if name == "custom address without a version" && !strings.Contains(err.Error(), "entry-point-versions") {
			t.Errorf("the error does not say how to fix it: %v", err)
		}
	}
}

// EntryPoint v0.6 is served like the others: at its canonical address, or
// anywhere with its version named.
func TestEntryPointsServesV06(t *testing.T) {
	for name, c := range map[string]config.Chain{
		"canonical v0.6": {EntryPoints: []common.Address{entrypoint.V06.EntryPoint()}},
		"custom v0.6":    {EntryPoints: []common.Address{custom}, EntryPointVersions: map[string]string{custom.Hex(): "v0.6"}},
	} {
		set, err := EntryPoints(c)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if v, ok := set.Version(c.EntryPoints[0]); !ok || v != entrypoint.V06 {
			t.Errorf("%s: version %v %v", name, v, ok)
		}
	}
}

func TestChainFeeSettings(t *testing.T) {
	c := config.Chain{BlockTime: config.Duration(2 * time.Second), BaseFeeMultiplierPercent: 175,
		PriorityFeeMultiplierPercent: 120, FeeHistoryPercentile: 60, FeeHistoryBlocks: 20, Legacy: true, PriorityFeeFloor: 7,
		EntryPoints: []common.Address{entrypoint.V07.EntryPoint()}}
	s, err := Resolve(c, DefaultShared())
	if err != nil {
		t.Fatal(err)
	}
	if s.PollInterval != 500*time.Millisecond {
		t.Errorf("poll interval %v", s.PollInterval)
	}
	fc := s.Fees
	if fc.BaseFeeMultiplierPercent != 175 || fc.PriorityFeeMultiplierPercent != 120 || fc.RewardPercentile != 60 || fc.HistoryBlocks != 20 || !fc.Legacy {
		t.Errorf("fee config %+v", fc)
	}
	if p := s.BundleFees; !p.Legacy || p.BaseFeeMultiplierPercent != 175 || p.PriorityFeeFloor.Int64() != 7 {
		t.Errorf("bundle policy %+v", p)
	}
	if s.Gas.MinPriorityFeePerGas.Int64() != 7 || s.EIP7702 {
		t.Errorf("precheck floor %v, eip7702 %v on a legacy chain", s.Gas.MinPriorityFeePerGas, s.EIP7702)
	}

	def, err := Resolve(config.Chain{EntryPoints: []common.Address{entrypoint.V07.EntryPoint()}}, DefaultShared())
	if err != nil {
		t.Fatal(err)
	}
	if def.PollInterval != 0 {
		t.Errorf("no block time: %v", def.PollInterval)
	}
	if def.Fees.BaseFeeMultiplierPercent != config.DefaultBaseFeeMultiplierPercent || def.BundleFees.BaseFeeMultiplierPercent != config.DefaultBaseFeeMultiplierPercent {
		t.Errorf("quotes and bundles do not share the default multiplier: %d %d", def.Fees.BaseFeeMultiplierPercent, def.BundleFees.BaseFeeMultiplierPercent)
	}
	if !def.EIP7702 {
		t.Error("EIP-7702 is off by default on an EIP-1559 chain")
	}
}
