package test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/klaster-dev/klaster/devnet"
	"github.com/klaster-dev/klaster/entrypoint"
)

func nodeURL(p *klasterProcess, i int) string {
	return fmt.Sprintf("http://127.0.0.1:%d", p.NodePort+i)
}

func TestDevServesInfoAndNodes(t *testing.T) {
	p := startKlaster(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	want, err := devnet.ContractAddresses()
	if err != nil {
		t.Fatal(err)
	}

	client, err := gethrpc.DialContext(ctx, p.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	var info struct {
		Version         string         `json:"version"`
		Node            common.Address `json:"node"`
		LeafScheme      string         `json:"leafScheme"`
		SignaturePrefix string         `json:"signaturePrefix"`
		Chains          []struct {
			ChainID          hexutil.Uint64                    `json:"chainId"`
			RPCPath          string                            `json:"rpcPath"`
			EntryPoints      []common.Address                  `json:"entryPoints"`
			Validator        common.Address                    `json:"validator"`
			AccountFactories map[common.Address]common.Address `json:"accountFactories"`
		} `json:"chains"`
	}
	if err := client.CallContext(ctx, &info, "klaster_getInfo"); err != nil {
		t.Fatal(err)
	}
	if info.LeafScheme != "mee-v1" || info.SignaturePrefix != "0x177eee00" || info.Node == (common.Address{}) {
		t.Errorf("getInfo header: %+v", info)
	}
	if len(info.Chains) != 2 {
		t.Fatalf("getInfo lists %d chains, want 2", len(info.Chains))
	}
	for i, ch := range info.Chains {
		if uint64(ch.ChainID) != 1337+uint64(i) || ch.RPCPath != fmt.Sprintf("/rpc/%d", 1337+i) {
			t.Errorf("chain %d: id %d path %s", i, ch.ChainID, ch.RPCPath)
		}
		if ch.Validator != want.KlasterValidator {
			t.Errorf("chain %d: validator %s, want %s", ch.ChainID, ch.Validator, want.KlasterValidator)
		}
		if ch.AccountFactories[want.EntryPointV07] != want.KlasterFactoryV07 || ch.AccountFactories[want.EntryPointV08] != want.KlasterFactoryV08 ||
			ch.AccountFactories[want.EntryPointV09] != want.KlasterFactoryV09 {
			t.Errorf("chain %d: factories %v", ch.ChainID, ch.AccountFactories)
		}
		// v0.9 where the npm 0.9.0-rc.1 artifact lands (README, "Contracts");
		// v0.6 at its canonical address, last (v0.7 is the preferred one).
		if len(ch.EntryPoints) != 4 || ch.EntryPoints[0] != entrypoint.V07.EntryPoint() || ch.EntryPoints[1] != entrypoint.V08.EntryPoint() ||
			ch.EntryPoints[2] != want.EntryPointV09 || ch.EntryPoints[3] != entrypoint.V06.EntryPoint() {
			t.Errorf("chain %d: entry points %v", ch.ChainID, ch.EntryPoints)
		}
	}

	// Each node URL serves its chain, produces blocks and traces with
	// erc7562Tracer.
	for i := 0; i < 2; i++ {
		node, err := gethrpc.DialContext(ctx, nodeURL(p, i))
		if err != nil {
			t.Fatal(err)
		}
		ec := ethclient.NewClient(node)
		id, err := ec.ChainID(ctx)
		if err != nil || id.Uint64() != 1337+uint64(i) {
			t.Fatalf("node %d: chain id %v, %v", i, id, err)
		}
		first, _ := ec.BlockNumber(ctx)
		deadline := time.Now().Add(10 * time.Second)
		for {
			n, _ := ec.BlockNumber(ctx)
			if n >= first+2 {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("node %d: no new blocks (stuck at %d)", i, n)
			}
			time.Sleep(200 * time.Millisecond)
		}
		var trace json.RawMessage
		call := map[string]any{"to": entrypoint.V07.EntryPoint(), "data": "0x"}
		if err := node.CallContext(ctx, &trace, "debug_traceCall", call, "latest", map[string]any{"tracer": "erc7562Tracer"}); err != nil {
			t.Fatalf("node %d: debug_traceCall erc7562Tracer: %v", i, err)
		}
		if !strings.Contains(string(trace), "usedOpcodes") {
			t.Fatalf("node %d: not an erc7562Tracer result: %.200s", i, trace)
		}
		ec.Close()
	}

	// The banner names the URLs and contracts.
	for _, s := range []string{p.URL + "/rpc/1337", nodeURL(p, 1), want.KlasterFactoryV08.Hex(), "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"} {
		if !strings.Contains(p.stdout.String(), s) {
			t.Errorf("banner lacks %s", s)
		}
	}

	// SIGTERM shuts down gracefully.
	if err := p.signal(t, syscall.SIGTERM); err != nil {
		t.Fatalf("exit after SIGTERM: %v", err)
	}
	if !strings.Contains(p.stderr.String(), "shutting down") {
		t.Error("no shutdown log line")
	}
}

func TestDevDatadirSurvivesKill9(t *testing.T) {
	dir := t.TempDir()
	p := startKlaster(t, "--dev.datadir", dir, "--dev.chains", "1")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	ec, err := ethclient.DialContext(ctx, nodeURL(p, 0))
	if err != nil {
		t.Fatal(err)
	}
	accounts, _ := devnet.DevAccounts(6)
	recipient := common.BytesToAddress(crypto.Keccak256([]byte(t.Name()))[:20])
	sender := devnet.NewTxSender(ec, 1337, accounts[5].Key)
	tx, err := sender.Send(ctx, recipient, big.NewInt(12345), nil)
	if err != nil {
		t.Fatal(err)
	}
	receipt, err := devnet.WaitReceipt(ctx, ec, tx.Hash())
	if err != nil {
		t.Fatal(err)
	}
	ec.Close()

	p.cmd.Process.Kill() // SIGKILL: no chance to flush anything
	<-p.done

	p2 := startKlaster(t, "--dev.datadir", dir, "--dev.chains", "1")
	ec2, err := ethclient.DialContext(ctx, nodeURL(p2, 0))
	if err != nil {
		t.Fatal(err)
	}
	defer ec2.Close()
	block, err := ec2.HeaderByNumber(ctx, receipt.BlockNumber)
	if err != nil || block.Hash() != receipt.BlockHash {
		t.Fatalf("after restart, block %d is not the one that held the transfer (%v)", receipt.BlockNumber, err)
	}
	bal, err := ec2.BalanceAt(ctx, recipient, nil)
	if err != nil || bal.Cmp(big.NewInt(12345)) != 0 {
		t.Fatalf("transfer lost after kill -9: balance %v (%v)", bal, err)
	}
	code, err := ec2.CodeAt(ctx, entrypoint.V08.EntryPoint(), nil)
	if err != nil || len(code) == 0 {
		t.Fatalf("EntryPoint v0.8 lost after kill -9 (%v)", err)
	}
}
