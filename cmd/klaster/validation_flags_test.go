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
