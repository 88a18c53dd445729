package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/klaster-dev/klaster/chainspec"
	"github.com/klaster-dev/klaster/config"
	"github.com/klaster-dev/klaster/validation"
)

// tomlKeys returns the toml tags of struct v's fields.
func tomlKeys(v any) map[string]bool {
	out := map[string]bool{}
	rt := reflect.TypeOf(v)
	for i := 0; i < rt.NumField(); i++ {
		out[rt.Field(i).Tag.Get("toml")] = true
	}
	return out
}

// --help promises that every flag can be set in the TOML file: each
// --validation.X and --reputation.X has the key X in that table.
func TestEveryValidationAndReputationFlagHasATOMLKey(t *testing.T) {
	tables := map[string]map[string]bool{"validation": tomlKeys(config.Validation{}), "reputation": tomlKeys(config.Reputation{})}
	for _, f := range validationFlags {
		table, key, _ := strings.Cut(f.Names()[0], ".")
		if keys, ok := tables[table]; !ok || !keys[key] {
			t.Errorf("--%s has no key %q in the [%s] table", f.Names()[0], key, table)
		}
	}
}

// loadWith runs loadConfig over args as the klaster command would.
func loadWith(t *testing.T, args ...string) config.Config {
	var got config.Config
	a := newApp()
	a.Action = func(c *cli.Context) error {
		var err error
		got, err = loadConfig(c)
		return err
	}
	if err := a.Run(append([]string{"klaster"}, args...)); err != nil {
		t.Fatal(err)
	}
	return got
}

// The file sets [validation] and [reputation]; a flag overrides the file;
// what neither sets keeps the ERC's default once resolved.
func TestValidationSettingsFromFileAndFlags(t *testing.T) {
	pm := common.HexToAddress("0x00000000000000000000000000000000000000b1")
	file := filepath.Join(t.TempDir(), "klaster.toml")
	body := "[validation]\nmax-userop-size = 9000\nmin-stake = \"5\"\nlim-030 = false\n\n[reputation]\nallowlist = [\"" + pm.Hex() + "\"]\n\n[gas]\nmax-signature-size = 1000\n"
	if err := os.WriteFile(file, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg := loadWith(t, "--config", file, "--validation.max-userop-size", "7000")
	shared, err := chainspec.SharedFrom(cfg, validation.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	v, def := shared.Validation, validation.DefaultConfig()
	if v.MaxUserOpSize != 7000 {
		t.Errorf("the flag did not win over the file: max-userop-size %d", v.MaxUserOpSize)
	}
	if v.MinStake.Int64() != 5 || v.EnforceValidationGasSlack {
		t.Errorf("file settings lost: min-stake %v, lim-030 %v", v.MinStake, v.EnforceValidationGasSlack)
	}
	if v.MaxContextSize != def.MaxContextSize || v.ValidUntilMargin != def.ValidUntilMargin {
		t.Errorf("unset settings changed: %d %d", v.MaxContextSize, v.ValidUntilMargin)
	}
	if len(cfg.Reputation.Allowlist) != 1 || cfg.Reputation.Allowlist[0] != pm {
		t.Errorf("reputation allowlist %v", cfg.Reputation.Allowlist)
	}
	if shared.Gas.MaxSignatureSize != 1000 {
		t.Errorf("[gas] max-signature-size %d", shared.Gas.MaxSignatureSize)
	}
}

// A bad value names the setting.
func TestBadValidationSettingIsNamed(t *testing.T) {
	bad := "12x"
	_, err := chainspec.SharedFrom(config.Config{Validation: config.Validation{MinStake: &bad}}, validation.DefaultConfig())
	if err == nil || !strings.Contains(err.Error(), "validation.min-stake") {
		t.Fatalf("%v", err)
	}
	_, err = chainspec.SharedFrom(config.Config{Validation: config.Validation{StorageAllowlist: []string{"0x01:write"}}}, validation.DefaultConfig())
	if err == nil || !strings.Contains(err.Error(), "validation.storage-allowlist") {
		t.Fatalf("%v", err)
	}
}

// tomlPaths returns every toml key path of the struct type rt ("rpc.rate-limit").
func tomlPaths(rt reflect.Type, prefix string, out map[string]bool) {
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		key := f.Tag.Get("toml")
		if key == "" || key == "-" {
			continue
		}
		path := prefix + key
		out[path] = true
		ft := f.Type
		if ft.Kind() == reflect.Slice {
			ft = ft.Elem()
		}
		if ft.Kind() == reflect.Struct && ft.PkgPath() == rt.PkgPath() {
			tomlPaths(ft, path+".", out)
		}
	}
}

// --help says every flag can be set in the TOML file: each run flag has
// its key (dev.* flags excepted: --dev runs without a file).
func TestEveryRunFlagHasATOMLKey(t *testing.T) {
	keys := map[string]bool{}
	tomlPaths(reflect.TypeOf(config.Config{}), "", keys)
	key := map[string]string{
		"config": "", "listen": "listen", "pprof": "pprof", "log.level": "log-level", "log.format": "log-format",
		"redis-url": "redis-url", "node-key": "node-key", "debug-api": "debug-api", "allow-scheduled": "allow-scheduled",
		"rpc-url": "chains.rpc-url", "chain-id": "chains.chain-id", "entrypoints": "chains.entry-points",
		"signer-keys": "chains.signer-keys", "beneficiary": "chains.beneficiary", "unsafe": "chains.unsafe",
		"bundling.mode": "chains.bundling.mode", "bundling.interval": "chains.bundling.interval",
		"bundling.max-gas": "chains.bundling.max-bundle-gas", "bundling.max-ops": "chains.bundling.max-ops",
		"rpc.max-body": "rpc.max-body-bytes", "rpc.max-batch": "rpc.max-batch-items", "rpc.rate-limit": "rpc.rate-limit",
		"rpc.rate-burst": "rpc.rate-burst", "rpc.timeout": "rpc.request-timeout", "rpc.cors": "rpc.cors-origins",
		"rpc.trust-proxy-headers":    "rpc.trust-proxy-headers",
		"itx.max-waiting-per-signer": "itx.max-waiting-per-signer", "itx.max-waiting": "itx.max-waiting", "itx.resims-per-block": "itx.resims-per-block",
	}
	for _, f := range runFlags {
		name := f.Names()[0]
		if strings.HasPrefix(name, "dev") {
			continue
		}
		k, ok := key[name]
		if !ok {
			t.Errorf("--%s: no TOML key known for it (add it to the config and to this table)", name)
			continue
		}
		if k != "" && !keys[k] {
			t.Errorf("--%s: the TOML key %q does not exist", name, k)
		}
	}
}

// log-level, log-format and pprof from the file are what the process uses
// (log-level was read by nothing before); a flag wins.
func TestLoggingAndPprofFromTheFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "klaster.toml")
	if err := os.WriteFile(file, []byte("log-level = \"debug\"\nlog-format = \"json\"\npprof = \"127.0.0.1:6060\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg := loadWith(t, "--config", file)
	if cfg.LogLevel != "debug" || cfg.LogFormat != "json" || cfg.Pprof != "127.0.0.1:6060" {
		t.Fatalf("%q %q %q", cfg.LogLevel, cfg.LogFormat, cfg.Pprof)
	}
	if cfg := loadWith(t, "--config", file, "--log.level", "warn"); cfg.LogLevel != "warn" || cfg.LogFormat != "json" {
		t.Fatalf("flag over file: %q %q", cfg.LogLevel, cfg.LogFormat)
	}
	if cfg := loadWith(t); cfg.LogLevel != "info" || cfg.LogFormat != "auto" || cfg.Pprof != "" {
		t.Fatalf("defaults: %q %q %q", cfg.LogLevel, cfg.LogFormat, cfg.Pprof)
	}
}

// --rpc.trust-proxy-headers is off unless the file or the flag turns it on;
// the flag overrides the file.
func TestTrustProxyHeadersFromFileAndFlag(t *testing.T) {
	if cfg := loadWith(t); cfg.RPC.TrustProxyHeaders {
		t.Fatal("trust-proxy-headers on by default")
	}
	file := filepath.Join(t.TempDir(), "klaster.toml")
	if err := os.WriteFile(file, []byte("[rpc]\ntrust-proxy-headers = true\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if cfg := loadWith(t, "--config", file); !cfg.RPC.TrustProxyHeaders {
		t.Fatal("rpc.trust-proxy-headers = true in the file not applied")
	}
	if cfg := loadWith(t, "--config", file, "--rpc.trust-proxy-headers=false"); cfg.RPC.TrustProxyHeaders {
		t.Fatal("--rpc.trust-proxy-headers=false did not override the file")
	}
	if cfg := loadWith(t, "--rpc.trust-proxy-headers"); !cfg.RPC.TrustProxyHeaders {
		t.Fatal("--rpc.trust-proxy-headers not applied")
	}
}
