package test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/klaster-dev/klaster/devnet"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/receipt"
	"github.com/klaster-dev/klaster/store/redistest"
)

// fundedAccounts deploys n KlasterAccounts (owner accs[2]) with deposits,
// sending every transaction before waiting.
func fundedAccounts(ctx context.Context, t *testing.T, node *ethclient.Client, funder *devnet.TxSender, factory, ep, owner common.Address, n int, saltBase int64) []common.Address {
	t.Helper()
	a := loadABIs(t)
	var txs []*types.Transaction
	out := make([]common.Address, n)
	for i := range out {
		salt := big.NewInt(saltBase + int64(i))
		res, err := node.CallContract(ctx, callMsg(factory, mustPack(t, a.factory, "getAddress", owner, salt)), nil)
		if err != nil {
			t.Fatal(err)
		}
		out[i] = common.BytesToAddress(res)
		for _, call := range []struct {
			to    common.Address
			value *big.Int
			data  []byte
		}{
			{factory, nil, mustPack(t, a.factory, "createAccount", owner, salt)},
			{ep, big.NewInt(params.Ether / 10), mustPack(t, a.entryPoint, "depositTo", out[i])},
		} {
			tx, err := funder.Send(ctx, call.to, call.value, call.data)
			if err != nil {
				t.Fatal(err)
			}
			txs = append(txs, tx)
		}
	}
	if err := devnet.WaitMined(ctx, node, txs); err != nil {
		t.Fatal(err)
	}
	return out
}

// With Redis, accepted ops survive a kill -9: after a restart every one of
// them is still pending or mined, and none is executed twice.
func TestDurabilityKill9(t *testing.T) {
	redisSrv := redistest.Start(t, redistest.Options{AppendOnly: true})
	redisURL := "redis://" + redisSrv.Addr() + "/0"
	datadir := t.TempDir()
	args := []string{"--dev.chains", "1", "--dev.datadir", datadir, "--redis-url", redisURL}
	p := startKlaster(t, args...)
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()

	contracts, _ := devnet.ContractAddresses()
	ep := contracts.EntryPointV08
	node, err := ethclient.DialContext(ctx, nodeURL(p, 0))
	if err != nil {
		t.Fatal(err)
	}
	accs, _ := devnet.DevAccounts(7)
	owner := accs[2]
	funder := devnet.NewTxSender(node, 1337, accs[0].Key)
	const senders, perSender = 125, 4 // the ERC-7562 limit for an unstaked sender
	accounts := fundedAccounts(ctx, t, node, funder, contracts.KlasterFactoryV08, ep, owner.Address, senders, 5000)
	node.Close()

	client, err := gethrpc.DialContext(ctx, p.URL+"/rpc/1337")
	if err != nil {
		t.Fatal(err)
	}
	type sent struct {
		hash common.Hash
		raw  json.RawMessage
	}
	ops := make([]sent, 0, senders*perSender)
	target := common.HexToAddress("0x000000000000000000000000000000000000d0d0")
	call := mustPack(t, loadABIs(t).account, "execute", target, big.NewInt(0), []byte{})
	nodeForOps, _ := ethclient.DialContext(ctx, nodeURL(p, 0))
	for _, acc := range accounts {
		for k := 0; k < perSender; k++ {
			op := baseOp(ctx, t, nodeForOps, acc, new(big.Int).Lsh(big.NewInt(int64(k)), 64), call)
			op.MaxFeePerGas = new(big.Int).Mul(op.MaxFeePerGas, big.NewInt(3)) // room for base fee growth across the restart
			h, _ := entrypoint.Hash(op, ep, big.NewInt(1337))
			ops = append(ops, sent{hash: h, raw: signedOp(t, op, ep, owner.Key)})
		}
	}
	nodeForOps.Close()
	// Send them 8 at a time.
	var wg sync.WaitGroup
	errs := make(chan error, len(ops))
	sem := make(chan struct{}, 8)
	for _, o := range ops {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			var h common.Hash
			if err := client.CallContext(ctx, &h, "eth_sendUserOperation", o.raw, ep); err != nil {
				errs <- fmt.Errorf("send %s: %w", o.hash, err)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	client.Close()

	// No warning: SIGKILL in the middle of bundling.
	p.cmd.Process.Kill()
	<-p.done

	p2 := startKlaster(t, args...)
	client2, err := gethrpc.DialContext(ctx, p2.URL+"/rpc/1337")
	if err != nil {
		t.Fatal(err)
	}
	defer client2.Close()
	pending := map[common.Hash]bool{}
	for _, o := range ops {
		pending[o.hash] = true
	}
	for len(pending) > 0 {
		for h := range pending {
			var rec map[string]any
			if err := client2.CallContext(ctx, &rec, "eth_getUserOperationReceipt", h); err != nil {
				t.Fatal(err)
			}
			if rec != nil {
				if rec["success"] != true {
					t.Fatalf("op %s failed: %v", h, rec)
				}
				delete(pending, h)
				continue
			}
			var byHash map[string]any
			if err := client2.CallContext(ctx, &byHash, "eth_getUserOperationByHash", h); err != nil || byHash == nil {
				vals, _ := redisSrv.Client().HGetAll(ctx, "klaster:1337:"+strings.ToLower(ep.Hex())+":pool").Result()
				t.Logf("redis pool has %d entries; this op: %.300s", len(vals), vals[h.Hex()])
				t.Logf("klaster stderr after restart:\n%s", p2.stderr.String())
				t.Fatalf("op %s lost after kill -9 (%v)", h, err)
			}
		}
		if len(pending) == 0 {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("%d ops never mined after the restart", len(pending))
		case <-time.After(time.Second):
		}
	}

	// Each op executed exactly once.
	node2, err := ethclient.DialContext(ctx, nodeURL(p2, 0))
	if err != nil {
		t.Fatal(err)
	}
	defer node2.Close()
	logs, err := node2.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{ep}, Topics: [][]common.Hash{{receipt.TopicUserOperationEvent}}})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[common.Hash]int{}
	for _, l := range logs {
		seen[l.Topics[1]]++
	}
	for _, o := range ops {
		if seen[o.hash] != 1 {
			t.Fatalf("op %s has %d UserOperationEvents", o.hash, seen[o.hash])
		}
	}
}
