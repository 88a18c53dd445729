package test

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/klaster-dev/klaster/devnet"
	"github.com/klaster-dev/klaster/entrypoint"
)

// Two klaster processes share one Redis and one chain: both serve RPC, one
// builds bundles; killing it moves bundling to the other.
func TestBuilderFailover(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	net, a, b := twoProcessesOneRedis(t, nil)
	chain := net.Chains[0]
	leader := func() (lead, other *klasterProcess) {
		deadline := time.Now().Add(20 * time.Second)
		for time.Now().Before(deadline) {
			for _, p := range []*klasterProcess{a, b} {
				if strings.Contains(p.stderr.String(), "this process builds bundles") {
					if p == a {
						return a, b
					}
					return b, a
				}
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Fatal("no process took the builder lease")
		return nil, nil
	}
	lead, other := leader()

	node := chain.Client()
	defer node.Close()
	owner := net.Accounts[2]
	funder := devnet.NewTxSender(node, 1337, net.Accounts[0].Key)
	ep := net.Contracts.EntryPointV08
	accts := fundedAccounts(ctx, t, node, funder, net.Contracts.KlasterFactoryV08, ep, owner.Address, 2, 9000)
	call := mustPack(t, loadABIs(t).account, "execute", common.HexToAddress("0x00000000000000000000000000000000000fa110"), big.NewInt(0), []byte{})

	sendVia := func(p *klasterProcess, sender common.Address) common.Hash {
		c, err := gethrpc.DialContext(ctx, p.URL+"/rpc/1337")
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		op := baseOp(ctx, t, node, sender, big.NewInt(0), call)
		want, _ := entrypoint.Hash(op, ep, big.NewInt(1337))
		var h common.Hash
		if err := c.CallContext(ctx, &h, "eth_sendUserOperation", signedOp(t, op, ep, owner.Key), ep); err != nil || h != want {
			t.Fatalf("send via %s: %s %v", p.URL, h, err)
		}
		return h
	}
	// An op sent to the follower is bundled by the leader.
	h1 := sendVia(other, accts[0])
	waitReceipt(ctx, t, bundlerClient{t: t, rpc: dialT(ctx, t, other.URL+"/rpc/1337")}, h1)

	// Kill the leader: the other process takes the lease and bundles.
	lead.cmd.Process.Kill()
	<-lead.done
	killed := time.Now()
	var takeover time.Duration
	for takeover == 0 {
		if strings.Contains(other.stderr.String(), "this process builds bundles") {
			takeover = time.Since(killed)
			break
		}
		select {
		case <-ctx.Done():
			t.Fatal("the surviving process never took the lease")
		case <-time.After(20 * time.Millisecond):
		}
	}
	t.Logf("failover: the other process took the builder lease %.2fs after the kill -9 (lease TTL 3 s, renewed every 1 s)", takeover.Seconds())
	h2 := sendVia(other, accts[1])
	rec := waitReceipt(ctx, t, bundlerClient{t: t, rpc: dialT(ctx, t, other.URL+"/rpc/1337")}, h2)
	if rec["success"] != true {
		t.Fatalf("receipt after failover: %v", rec)
	}
	if !strings.Contains(other.stderr.String(), "this process builds bundles") {
		t.Fatal("the surviving process never took the lease")
	}
	t.Logf("bundling moved to the other process; op mined %.1fs after the kill", time.Since(killed).Seconds())
}

func dialT(ctx context.Context, t *testing.T, url string) *gethrpc.Client {
	t.Helper()
	c, err := gethrpc.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}
