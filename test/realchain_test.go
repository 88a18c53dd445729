package test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/klaster-dev/klaster/devnet"
	"github.com/klaster-dev/klaster/entrypoint"
)

// klaster pointed at a node by URL, as in production: once with flags and
// KLASTER_* variables, once with a TOML file.
func TestRealChainConfiguration(t *testing.T) {
	net := startDevnet(t, devnet.Config{ChainIDs: []uint64{1337}, Period: 1})
	chain := net.Chains[0]
	signer := net.Accounts[8].KeyHex()

	check := func(t *testing.T, p *klasterProcess) {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		for _, path := range []string{"/", "/rpc/1337"} {
			c, err := gethrpc.DialContext(ctx, p.URL+path)
			if err != nil {
				t.Fatal(err)
			}
			var id hexutil.Uint64
			if err := c.CallContext(ctx, &id, "eth_chainId"); err != nil || id != 1337 {
				t.Fatalf("%s eth_chainId: %d, %v", path, id, err)
			}
			var eps []common.Address
			if err := c.CallContext(ctx, &eps, "eth_supportedEntryPoints"); err != nil || len(eps) == 0 || eps[0] != entrypoint.V07.EntryPoint() {
				t.Fatalf("%s eth_supportedEntryPoints: %v, %v", path, eps, err)
			}
			c.Close()
		}
	}

	t.Run("flags and environment", func(t *testing.T) {
		p := runKlaster(t, []string{"KLASTER_SIGNER_KEYS=env:TEST_SIGNER", "TEST_SIGNER=" + signer, "KLASTER_RPC_URL=" + chain.HTTPURL})
		check(t, p)
	})
	t.Run("config file", func(t *testing.T) {
		cfg := fmt.Sprintf(`
[[chains]]
chain-id = 1337
rpc-url = %q
entry-points = [%q]
signer-keys = ["env:TEST_SIGNER"]
`, chain.WSURL, entrypoint.V07.EntryPoint().Hex())
		path := filepath.Join(t.TempDir(), "klaster.toml")
		if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
			t.Fatal(err)
		}
		p := runKlaster(t, []string{"TEST_SIGNER=" + signer}, "--config", path)
		check(t, p)
	})
}
