package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/klaster-dev/klaster/devnet"
)

// devFlags parses args as the binary does and returns checkDevFlags' answer.
func devFlags(t *testing.T, env map[string]string, args ...string) (devSettings, error) {
	t.Helper()
	for k, v := range env {
		t.Setenv(k, v)
	}
	contracts, err := devnet.ContractAddresses()
	if err != nil {
		t.Fatal(err)
	}
	var s devSettings
	var checkErr error
	a := newApp()
	a.Action = func(c *cli.Context) error {
		cfg, err := loadConfig(c)
		if err != nil {
			return err
		}
		s, checkErr = checkDevFlags(c, cfg, contracts)
		return nil
	}
	if err := a.Run(append([]string{"klaster", "--dev"}, args...)); err != nil {
		t.Fatal(err)
	}
	return s, checkErr
}

// Every flag whose setting --dev replaces either works under --dev or is
// refused with a message naming it.
func TestDevHonoursOrRefusesFlags(t *testing.T) {
	c, _ := devnet.ContractAddresses()

	s, err := devFlags(t, nil)
	if err != nil || len(s.entryPoints) != 4 || !s.debugAPI || s.unsafe || s.beneficiary != (common.Address{}) {
		t.Fatalf("defaults: %+v %v", s, err)
	}
	// v0.6 is served at its canonical address (no version entry needed),
	// listed last (v0.7 is the preferred one); v0.9 where the npm artifact
	// lands, named by version, with its own Klaster factory.
	if s.entryPoints[2] != c.EntryPointV09 || s.entryPoints[3] != c.EntryPointV06 || s.versions(c)[c.EntryPointV09.Hex()] != "v0.9" || len(s.versions(c)) != 1 || len(s.factories(c)) != 3 ||
		s.factories(c)[c.EntryPointV09.Hex()] != c.KlasterFactoryV09 {
		t.Fatalf("v0.6/v0.9 defaults: %+v versions %v factories %v", s, s.versions(c), s.factories(c))
	}
	if s, err := devFlags(t, nil, "--entrypoints", c.EntryPointV06.Hex()); err != nil || len(s.entryPoints) != 1 || s.entryPoints[0] != c.EntryPointV06 {
		t.Fatalf("--entrypoints v0.6: %+v %v", s, err)
	}
	if _, err := devFlags(t, nil, "--entrypoints", "0x1111111111111111111111111111111111111111"); err == nil || !strings.Contains(err.Error(), "v0.6") {
		t.Fatalf("--entrypoints of no dev EntryPoint: %v", err)
	}
	s, err = devFlags(t, nil, "--entrypoints", c.EntryPointV08.Hex(), "--beneficiary", "0x00000000000000000000000000000000000000b1", "--unsafe", "--debug-api=false")
	if err != nil || len(s.entryPoints) != 1 || s.entryPoints[0] != c.EntryPointV08 || s.debugAPI || !s.unsafe ||
		s.beneficiary != common.HexToAddress("0xb1") || len(s.factories(c)) != 1 {
		t.Fatalf("honoured flags: %+v %v", s, err)
	}
	// The environment counts as the flag.
	if s, err = devFlags(t, map[string]string{"KLASTER_ENTRYPOINTS": c.EntryPointV07.Hex()}); err != nil || len(s.entryPoints) != 1 || s.entryPoints[0] != c.EntryPointV07 {
		t.Fatalf("KLASTER_ENTRYPOINTS: %+v %v", s, err)
	}

	dir := t.TempDir()
	withChains := filepath.Join(dir, "chains.toml")
	if err := os.WriteFile(withChains, []byte("[[chains]]\nchain-id = 5\nrpc-url = \"http://127.0.0.1:1\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"--entrypoints", "0x00000000000000000000000000000000000000e9"}, []string{"--entrypoints 0x00000000000000000000000000000000000000e9", "v0.7", "v0.8", "v0.9"}},
		{[]string{"--entrypoints", "not-an-address"}, []string{"--entrypoints not-an-address"}},
		{[]string{"--rpc-url", "http://127.0.0.1:8545"}, []string{"--rpc-url cannot be used with --dev"}},
		{[]string{"--chain-id", "5"}, []string{"--chain-id cannot be used with --dev"}},
		{[]string{"--signer-keys", "env:K"}, []string{"--signer-keys cannot be used with --dev"}},
		{[]string{"--beneficiary", "0xb1"}, []string{"--beneficiary", "not an address"}},
		{[]string{"--config", withChains}, []string{"defines chains", "--dev"}},
	} {
		_, err := devFlags(t, nil, tc.args...)
		if err == nil {
			t.Errorf("%v: accepted", tc.args)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%v: %q does not mention %q", tc.args, err, w)
			}
		}
	}
}
