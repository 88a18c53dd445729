package config

import (
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

func TestExampleConfigLoads(t *testing.T) {
	cfg, err := Load("../config.example.toml")
	if err != nil {
		t.Fatal(err)
	}
	cfg.Normalize()
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	if len(cfg.Chains) != 3 {
		t.Fatalf("chains: got %d, want 3", len(cfg.Chains))
	}
	mainnet := cfg.Chains[0]
	if mainnet.ChainID != 1 || mainnet.Bundling.Interval.D() != 12*time.Second || mainnet.Bundling.MaxBundleGas != 15_000_000 {
		t.Errorf("mainnet: %+v", mainnet)
	}
	if mainnet.EntryPoints[1] != common.HexToAddress("0x4337084D9E255Ff0702461CF8895CE9E3b5Ff108") {
		t.Errorf("entry points: %v", mainnet.EntryPoints)
	}
	if got := mainnet.SignerKeys[0].String(); got != "env:KLASTER_MAINNET_SIGNER_1" {
		t.Errorf("signer key ref: %q", got)
	}
	if cfg.RPC.RequestTimeout.D() != 30*time.Second || cfg.RPC.RateLimit != 50 {
		t.Errorf("rpc: %+v", cfg.RPC)
	}
}

func TestValidateNamesEveryProblem(t *testing.T) {
	cfg := Default()
	cfg.Chains = []Chain{{ChainID: 5, Bundling: Bundling{Mode: "sometimes", MaxBundleGas: 30_000_000}}}
	err := cfg.Validate()
	if err == nil {
		t.Fatal("expected an error")
	}
	for _, want := range []string{"rpc-url is empty", "no entry-points", "no signer-keys", `"sometimes"`, "EIP-7825"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
}

func TestSecretNeverPrintsAKey(t *testing.T) {
	const key = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
	s := NewSecret(key)
	if strings.Contains(s.String(), "ac0974") {
		t.Fatal("String leaks the key")
	}
	b, _ := s.MarshalText()
	if strings.Contains(string(b), "ac0974") {
		t.Fatal("MarshalText leaks the key")
	}
	if _, err := s.Key(); err != nil {
		t.Fatal(err)
	}
	bad := NewSecret("0xnothex" + key[10:])
	if _, err := bad.Key(); err == nil || strings.Contains(err.Error(), key[10:]) {
		t.Fatalf("bad key error leaks input or is nil: %v", err)
	}
	t.Setenv("KLASTER_TEST_KEY", key)
	if _, err := NewSecret("env:KLASTER_TEST_KEY").Key(); err != nil {
		t.Fatal(err)
	}
	if _, err := NewSecret("env:KLASTER_MISSING_KEY").Key(); err == nil || !strings.Contains(err.Error(), "not set") {
		t.Fatalf("missing env: %v", err)
	}
}

func TestExampleChainSettings(t *testing.T) {
	cfg, err := Load("../config.example.toml")
	if err != nil {
		t.Fatal(err)
	}
	cfg.Normalize()
	mainnet, base, arb := cfg.Chains[0], cfg.Chains[1], cfg.Chains[2]
	if mainnet.BlockTime.D() != 12*time.Second || mainnet.PriorityFeeFloor != 100_000_000 || mainnet.FeeHistoryPercentile != 50 ||
		mainnet.Legacy || !mainnet.EIP7702Enabled() || mainnet.DAOracle != DAOracleNone {
		t.Errorf("mainnet: %+v", mainnet)
	}
	if base.DAOracle != DAOracleOPStack || base.FeeHistoryPercentile != 60 || base.BaseFeeMultiplierPercent != 150 ||
		base.PriorityFeeMultiplierPercent != 100 || base.FeeHistoryBlocks != 10 || !base.EIP7702Enabled() {
		t.Errorf("base (with defaults): %+v", base)
	}
	if arb.DAOracle != DAOracleArbitrum || arb.EIP7702Enabled() || arb.BaseFeeMultiplierPercent != 200 || arb.BlockTime.D() != 250*time.Millisecond {
		t.Errorf("arbitrum: %+v", arb)
	}
	if cfg.RPC.MaxWSSubscriptions != 100 {
		t.Errorf("max-ws-subscriptions: %d", cfg.RPC.MaxWSSubscriptions)
	}
}

func TestValidateChainSettings(t *testing.T) {
	yes := true
	cfg := Default()
	cfg.Chains = []Chain{{ChainID: 5, RPCURL: "x", EntryPoints: []common.Address{{1}}, SignerKeys: []Secret{NewSecret("env:X")},
		Bundling: DefaultBundling(), FeeHistoryPercentile: 101, DAOracle: "zksync", Legacy: true, EIP7702: &yes, BaseFeeMultiplierPercent: 90}}
	err := cfg.Validate()
	if err == nil {
		t.Fatal("expected an error")
	}
	for _, want := range []string{"fee-history-percentile 101", `da-oracle "zksync"`, "legacy = true", "base-fee-multiplier-percent 90"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
	legacy := Chain{Legacy: true}
	if legacy.EIP7702Enabled() {
		t.Error("a legacy chain accepts EIP-7702 by default")
	}
}
