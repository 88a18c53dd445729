package test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/klaster-dev/klaster/devnet"
	"github.com/klaster-dev/klaster/klaster"
	"github.com/klaster-dev/klaster/store/redistest"
)

// Two processes on one Redis apply the status changes of the same iTx:
// both follow the chain and record its ops' transitions, and no update is
// lost (records change with WATCH/MULTI).
func TestITxTwoProcessesOneRedisLoseNoUpdate(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	net, a, b := twoProcessesOneRedis(t, []string{"TEST_NODE=" + devnetKey(7)}, "--node-key", "env:TEST_NODE")
	chain := net.Chains[0]
	node := chain.Client()
	defer node.Close()
	owner := net.Accounts[2]
	funder := devnet.NewTxSender(node, 1337, net.Accounts[0].Key)
	ep := net.Contracts.EntryPointV07
	const n = 6
	accts := fundedAccounts(ctx, t, node, funder, net.Contracts.KlasterFactoryV07, ep, owner.Address, n, 7000)
	abis := loadABIs(t)
	var items []map[string]any
	for i, acct := range accts {
		items = append(items, map[string]any{"chainId": "0x539", "entryPoint": ep, "userOp": map[string]any{
			"sender": acct, "nonce": "0x0", "signature": "0x",
			"callData": hexutil.Bytes(mustPack(t, abis.account, "execute", recipient(int64(i)), big.NewInt(0), []byte{})),
		}})
	}
	ra, rb := dialT(ctx, t, a.URL), dialT(ctx, t, b.URL)
	var q quoteResult
	if err := ra.CallContext(ctx, &q, "klaster_getQuote", map[string]any{"userOps": items}); err != nil {
		t.Fatalf("quote: %v", err)
	}
	sig, err := klaster.SignRoot(owner.Key, q.ItxHash)
	if err != nil {
		t.Fatal(err)
	}
	var res sendResult
	if err := ra.CallContext(ctx, &res, "klaster_sendInterchainTx", map[string]any{"userOps": q.UserOps, "signature": hexutil.Bytes(sig)}); err != nil {
		t.Fatalf("send: %v", err)
	}
	// Both processes see the same final record: every op mined, none lost.
	for _, p := range []interface {
		CallContext(context.Context, any, string, ...any) error
	}{ra, rb} {
		for {
			var st *itxStatus
			if err := p.CallContext(ctx, &st, "klaster_getInterchainTxStatus", q.ItxHash); err != nil {
				t.Fatal(err)
			}
			if st != nil && st.Status == "SUCCESS" {
				for i, op := range st.UserOps {
					if op.Status != "MINED_SUCCESS" || op.BlockNumber == nil || op.TransactionHash == nil {
						t.Fatalf("op %d: %+v", i, op)
					}
				}
				break
			}
			select {
			case <-ctx.Done():
				t.Fatalf("iTx not SUCCESS: %+v", st)
			case <-time.After(250 * time.Millisecond):
			}
		}
	}
	var page struct {
		Items []feedItem `json:"items"`
	}
	if err := rb.CallContext(ctx, &page, "klaster_getExecutedInterchainTxs", map[string]any{}); err != nil {
		t.Fatal(err)
	}
	if len(page.Items) != 1 || page.Items[0].ItxHash != q.ItxHash || len(page.Items[0].Executions) != n {
		t.Fatalf("feed: %+v", page.Items)
	}
}

// twoProcessesOneRedis starts a one-chain devnet (1 s blocks), a Redis and
// two klaster processes on both (bundle signers: dev accounts 8 and 9),
// with env and args added.
func twoProcessesOneRedis(t *testing.T, env []string, args ...string) (*devnet.Devnet, *klasterProcess, *klasterProcess) {
	t.Helper()
	net := startDevnet(t, devnet.Config{ChainIDs: []uint64{1337}, Period: 1})
	redisSrv := redistest.Start(t, redistest.Options{})
	run := func(signer int) *klasterProcess {
		return runKlaster(t, append([]string{"TEST_SIGNER=" + net.Accounts[signer].KeyHex()}, env...),
			append([]string{"--rpc-url", net.Chains[0].HTTPURL, "--signer-keys", "env:TEST_SIGNER", "--redis-url", "redis://" + redisSrv.Addr() + "/0"}, args...)...)
	}
	return net, run(8), run(9)
}

func devnetKey(i int) string {
	accs, _ := devnet.DevAccounts(i + 1)
	return accs[i].KeyHex()
}
