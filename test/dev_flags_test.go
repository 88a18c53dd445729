package test

import (
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/devnet"
)

// --dev honours --entrypoints: only the named EntryPoint is served (an op
// for the other is refused), on every dev chain; an EntryPoint --dev does
// not deploy is refused at start-up with a message naming it.
func TestDevEntryPointsFlag(t *testing.T) {
	addrs, err := devnet.ContractAddresses()
	if err != nil {
		t.Fatal(err)
	}
	env := newDevEnv(t, 2*time.Minute, "--entrypoints", addrs.EntryPointV08.Hex())
	ctx, c := env.ctx, env.contracts
	for _, url := range []string{env.p.URL + "/rpc/1337", env.p.URL + "/rpc/1338"} {
		var eps []common.Address
		if err := dialT(ctx, t, url).CallContext(ctx, &eps, "eth_supportedEntryPoints"); err != nil || len(eps) != 1 || eps[0] != c.EntryPointV08 {
			t.Fatalf("%s: eth_supportedEntryPoints %v %v", url, eps, err)
		}
	}
	var out any
	err = env.bundler.CallContext(ctx, &out, "eth_sendUserOperation", map[string]any{"sender": env.accs[1].Address}, c.EntryPointV07)
	rpcError(t, err, -32602, "not supported", c.EntryPointV08.Hex())

	msg := runToExit(t, nil, "--dev", "--dev.node-port", "0", "--entrypoints", "0x00000000000000000000000000000000000000e9")
	if !strings.Contains(msg, "--entrypoints 0x00000000000000000000000000000000000000e9") || !strings.Contains(msg, c.EntryPointV07.Hex()) {
		t.Fatalf("start-up refusal: %s", lastLine(msg))
	}
	msg = runToExit(t, nil, "--dev", "--dev.node-port", "0", "--rpc-url", "http://127.0.0.1:1")
	if !strings.Contains(msg, "--rpc-url cannot be used with --dev") {
		t.Fatalf("start-up refusal: %s", lastLine(msg))
	}
}
