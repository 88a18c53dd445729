package devnet

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/klaster-dev/klaster/entrypoint"
)

// startTestDevnet boots two chains on free ports with 1 s blocks.
func startTestDevnet(t *testing.T, cfg Config) *Devnet {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	d, err := Start(ctx, cfg)
	if err != nil {
		t.Fatalf("start devnet: %v", err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

func TestDevnetBoots(t *testing.T) {
	d := startTestDevnet(t, Config{Period: 1})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()

	if len(d.Chains) != 2 || d.Chains[0].ChainID != 1337 || d.Chains[1].ChainID != 1338 {
		t.Fatalf("chains: got %d", len(d.Chains))
	}
	for _, chain := range d.Chains {
		// Talk to the node over its HTTP URL, as a wallet would.
		client, err := gethrpc.DialContext(ctx, chain.HTTPURL)
		if err != nil {
			t.Fatal(err)
		}
		defer client.Close()

		var id hexutil.Uint64
		if err := client.CallContext(ctx, &id, "eth_chainId"); err != nil || uint64(id) != chain.ChainID {
			t.Fatalf("chain %d: eth_chainId = %d, %v", chain.ChainID, id, err)
		}

		// Blocks keep coming.
		head := chain.Head()
		if err := chain.WaitForBlock(ctx, head+2); err != nil {
			t.Fatalf("chain %d produces no blocks: %v", chain.ChainID, err)
		}

		// Code at the four canonical addresses.
		for _, addr := range []common.Address{
			entrypoint.V07.EntryPoint(), entrypoint.V08.EntryPoint(),
			entrypoint.V07.SimpleAccountFactory(), entrypoint.V08.SimpleAccountFactory(),
			d.Contracts.KlasterValidator, d.Contracts.KlasterFactoryV07, d.Contracts.KlasterFactoryV08, d.Contracts.StakeManager,
			// v0.6 at its canonical addresses; v0.9 where the npm rc lands.
			entrypoint.V06.EntryPoint(), entrypoint.V06.SimpleAccountFactory(),
			common.HexToAddress(EntryPointV09DevAddress), common.HexToAddress(SimpleAccountFactoryV09DevAddress),
			d.Contracts.Simple7702AccountV09, d.Contracts.KlasterFactoryV09,
		} {
			var code hexutil.Bytes
			if err := client.CallContext(ctx, &code, "eth_getCode", addr, "latest"); err != nil || len(code) == 0 {
				t.Errorf("chain %d: no code at %s (%v)", chain.ChainID, addr, err)
			}
		}

		// The Klaster factories are staked: 1 ETH, one day.
		ec := chain.Client()
		for _, pair := range [][2]common.Address{
			{d.Contracts.EntryPointV07, d.Contracts.KlasterFactoryV07},
			{d.Contracts.EntryPointV08, d.Contracts.KlasterFactoryV08},
			{d.Contracts.EntryPointV09, d.Contracts.KlasterFactoryV09},
		} {
			info, err := DepositInfo(ctx, client, pair[0], pair[1])
			if err != nil {
				t.Fatal(err)
			}
			if !info.Staked || info.Stake.Cmp(FactoryStake) != 0 || info.UnstakeDelaySec != uint64(FactoryUnstakeDelay) {
				t.Errorf("chain %d: factory %s stake = %+v", chain.ChainID, pair[1], info)
			}
		}
		ec.Close()

		// The node's debug_traceCall answers with go-ethereum's native
		// erc7562Tracer.
		var trace map[string]any
		call := map[string]any{"to": entrypoint.V08.EntryPoint(), "data": "0x"}
		if err := client.CallContext(ctx, &trace, "debug_traceCall", call, "latest", map[string]any{"tracer": "erc7562Tracer"}); err != nil {
			t.Fatalf("chain %d: debug_traceCall with erc7562Tracer: %v", chain.ChainID, err)
		}
		if _, ok := trace["calls"]; !ok {
			if _, ok := trace["type"]; !ok {
				raw, _ := json.Marshal(trace)
				t.Fatalf("chain %d: unexpected erc7562Tracer output %s", chain.ChainID, raw)
			}
		}
	}
}

func TestDevnetAddressesAreStable(t *testing.T) {
	accounts, err := DevAccounts(1)
	if err != nil {
		t.Fatal(err)
	}
	_, a, err := plan(accounts[0].Address)
	if err != nil {
		t.Fatal(err)
	}
	_, b, err := plan(accounts[0].Address)
	if err != nil {
		t.Fatal(err)
	}
	if a != b {
		t.Fatalf("plan is not deterministic: %+v vs %+v", a, b)
	}
}

// TestDevnetV09IsNotAtTheCanonicalAddress pins what the README says: the npm
// v0.9.0-rc.1 EntryPoint does not reproduce the canonical v0.9 address, and
// the dev chain reports where it lands.
func TestDevnetV09IsNotAtTheCanonicalAddress(t *testing.T) {
	accounts, err := DevAccounts(1)
	if err != nil {
		t.Fatal(err)
	}
	_, c, err := plan(accounts[0].Address)
	if err != nil {
		t.Fatal(err)
	}
	if c.EntryPointV09 == entrypoint.V09.EntryPoint() {
		t.Fatal("the npm v0.9 artifact now reproduces the canonical address: update the README and EntryPointV09DevAddress")
	}
	if c.EntryPointV09.Hex() != EntryPointV09DevAddress || c.EntryPointV06 != entrypoint.V06.EntryPoint() {
		t.Fatalf("v0.9 at %s, v0.6 at %s", c.EntryPointV09, c.EntryPointV06)
	}
}
