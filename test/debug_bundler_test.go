package test

import (
	"encoding/json"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/entrypoint"
)

// Every debug_bundler_* method against the binary, with the shapes the
// compatibility suite expects; and reputation: an entity seen but never
// included is throttled, then banned, which shows in admission and in
// dumpReputation.
func TestDebugBundlerMethods(t *testing.T) {
	env := newDevEnv(t, 3*time.Minute)
	ctx, contracts, c, node, funder := env.ctx, env.contracts, env.bundler, env.node, env.funder
	ep := contracts.EntryPointV08
	owner := env.accs[2]
	a := loadABIs(t)
	accounts := fundedAccounts(ctx, t, node, funder, contracts.KlasterFactoryV08, ep, owner.Address, 2, 700)
	call := mustPack(t, a.account, "execute", common.HexToAddress("0x00000000000000000000000000000000000d0b06"), big.NewInt(0), []byte{})
	opFor := func(sender common.Address) (*entrypoint.UserOperation, json.RawMessage, common.Hash) {
		op := baseOp(ctx, t, node, sender, big.NewInt(0), call)
		raw := signedOp(t, op, ep, owner.Key)
		h, _ := entrypoint.Hash(op, ep, big.NewInt(1337))
		return op, raw, h
	}
	var ok string
	mustOK := func(method string, args ...any) {
		t.Helper()
		if err := c.CallContext(ctx, &ok, method, args...); err != nil || ok != "ok" {
			t.Fatalf("%s: %q %v", method, ok, err)
		}
	}

	mustOK("debug_bundler_setBundlingMode", "manual")
	_, raw1, h1 := opFor(accounts[0])
	var got common.Hash
	if err := c.CallContext(ctx, &got, "eth_sendUserOperation", raw1, ep); err != nil || got != h1 {
		t.Fatalf("send: %v", err)
	}
	var dump []map[string]any
	if err := c.CallContext(ctx, &dump, "debug_bundler_dumpMempool", ep); err != nil || len(dump) != 1 {
		t.Fatalf("dumpMempool: %v %v", dump, err)
	}
	if _, wrapped := dump[0]["userOp"]; wrapped || dump[0]["sender"] != accounts[0].Hex() {
		t.Fatalf("dumpMempool entry is not a bare op: %v", dump[0])
	}

	var bundle struct {
		TransactionHash common.Hash   `json:"transactionHash"`
		UserOpHashes    []common.Hash `json:"userOpHashes"`
	}
	if err := c.CallContext(ctx, &bundle, "debug_bundler_sendBundleNow"); err != nil || len(bundle.UserOpHashes) != 1 || bundle.UserOpHashes[0] != h1 {
		t.Fatalf("sendBundleNow: %+v %v", bundle, err)
	}
	// It returned after mining: the receipt is there at once.
	var rec map[string]any
	if err := c.CallContext(ctx, &rec, "eth_getUserOperationReceipt", h1); err != nil || rec == nil {
		t.Fatalf("no receipt right after sendBundleNow: %v", err)
	}
	mustOK("debug_bundler_sendBundleNow") // nothing ready: "ok", no transaction

	var stake struct {
		StakeInfo struct {
			Addr            common.Address `json:"addr"`
			Stake           json.Number    `json:"stake"`
			UnstakeDelaySec json.Number    `json:"unstakeDelaySec"`
		} `json:"stakeInfo"`
		IsStaked bool `json:"isStaked"`
	}
	if err := c.CallContext(ctx, &stake, "debug_bundler_getStakeStatus", contracts.KlasterFactoryV08, ep); err != nil {
		t.Fatal(err)
	}
	if !stake.IsStaked || stake.StakeInfo.Stake.String() != "1000000000000000000" || stake.StakeInfo.UnstakeDelaySec.String() != "86400" {
		t.Fatalf("getStakeStatus: %+v", stake)
	}

	_, raw2, _ := opFor(accounts[1])
	mustOK("debug_bundler_addUserOps", []json.RawMessage{raw2}, ep)
	if err := c.CallContext(ctx, &dump, "debug_bundler_dumpMempool", ep); err != nil || len(dump) != 1 {
		t.Fatalf("after addUserOps: %v %v", dump, err)
	}
	mustOK("debug_bundler_clearMempool")
	if err := c.CallContext(ctx, &dump, "debug_bundler_dumpMempool", ep); err != nil || len(dump) != 0 {
		t.Fatalf("after clearMempool: %v %v", dump, err)
	}
	var cfg map[string]any
	if err := c.CallContext(ctx, &cfg, "debug_bundler_setConfiguration", map[string]any{"expectedBundleSize": 1, "fixedGasOverhead": 9830}); err != nil || len(cfg) != 0 {
		t.Fatalf("setConfiguration: %v %v", cfg, err)
	}

	// Reputation. The factory's counters as ERC-7562 would have them after
	// ops seen but never included: 250 seen is throttled (250/10 > 0+10),
	// 1000 seen is banned (1000/10 > 0+50).
	factory := contracts.KlasterFactoryV08
	status := func() int {
		var rep []struct {
			Address common.Address `json:"address"`
			Status  int            `json:"status"`
		}
		if err := c.CallContext(ctx, &rep, "debug_bundler_dumpReputation", ep); err != nil {
			t.Fatal(err)
		}
		for _, r := range rep {
			if r.Address == factory {
				return r.Status
			}
		}
		return -1
	}
	deployingOp := func(salt int64) json.RawMessage {
		raw, _ := env.deployingOp(t, a, ep, factory, call, salt)
		return raw
	}
	mustOK("debug_bundler_setReputation", []map[string]any{{"address": factory, "opsSeen": "0xfa", "opsIncluded": "0x0"}}, ep)
	if s := status(); s != 1 {
		t.Fatalf("factory with 250 seen, 0 included: status %d, want 1 (throttled)", s)
	}
	// Throttled: admitted, within THROTTLED_ENTITY_MEMPOOL_COUNT.
	if err := c.CallContext(ctx, &got, "eth_sendUserOperation", deployingOp(800), ep); err != nil {
		t.Fatalf("throttled factory's op refused: %v", err)
	}
	mustOK("debug_bundler_setReputation", []map[string]any{{"address": factory, "opsSeen": "0x3e8", "opsIncluded": "0x0"}}, ep)
	if s := status(); s != 2 {
		t.Fatalf("factory with 1000 seen, 0 included: status %d, want 2 (banned)", s)
	}
	err := c.CallContext(ctx, &got, "eth_sendUserOperation", deployingOp(801), ep)
	rpcError(t, err, -32504, "banned", factory.Hex())

	mustOK("debug_bundler_clearState")
	if s := status(); s != -1 {
		t.Fatalf("clearState left the factory's reputation (status %d)", s)
	}
	mustOK("debug_bundler_setBundlingMode", "auto")
}
