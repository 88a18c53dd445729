package test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/devnet"
	"github.com/klaster-dev/klaster/entrypoint"
)

// tcpProxy forwards a loopback port to a node; Stop cuts it like a dead
// node and Start brings it back on the same port.
type tcpProxy struct {
	t      *testing.T
	addr   string
	target string
	mu     sync.Mutex
	ln     net.Listener
	conns  []net.Conn
}

func newTCPProxy(t *testing.T, target string) *tcpProxy {
	p := &tcpProxy{t: t, addr: fmt.Sprintf("127.0.0.1:%d", freePorts(t, 1)), target: target}
	p.Start()
	t.Cleanup(p.Stop)
	return p
}

func (p *tcpProxy) Start() {
	ln, err := net.Listen("tcp", p.addr)
	if err != nil {
		p.t.Fatal(err)
	}
	p.mu.Lock()
	p.ln = ln
	p.mu.Unlock()
	go func() {
		for {
			in, err := ln.Accept()
			if err != nil {
				return
			}
			out, err := net.Dial("tcp", p.target)
			if err != nil {
				in.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, in, out)
			p.mu.Unlock()
			go func() { io.Copy(out, in); out.Close() }()
			go func() { io.Copy(in, out); in.Close() }()
		}
	}()
}

func (p *tcpProxy) Stop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != nil {
		p.ln.Close()
		p.ln = nil
	}
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

type readyBody struct {
	Ready  bool `json:"ready"`
	Chains []struct {
		ChainID uint64 `json:"chainId"`
		Ready   bool   `json:"ready"`
		Breaker string `json:"breaker"`
	} `json:"chains"`
}

func getReady(t *testing.T, url string) (int, readyBody) {
	t.Helper()
	resp, err := http.Get(url + "/ready")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var b readyBody
	if err := json.NewDecoder(resp.Body).Decode(&b); err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, b
}

func waitReady(t *testing.T, url string, want int) readyBody {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		code, b := getReady(t, url)
		if code == want {
			return b
		}
		if time.Now().After(deadline) {
			t.Fatalf("/ready stayed %d, want %d: %+v", code, want, b)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// /ready turns 503 while one chain's node is down and 200 when it is back;
// the other chain keeps bundling the whole time.
func TestReadyFollowsANodeOutage(t *testing.T) {
	net := startDevnet(t, devnet.Config{Period: 1})
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	c1337, _ := net.Chain(1337)
	c1338, _ := net.Chain(1338)
	proxy := newTCPProxy(t, c1338.Node.HTTPEndpoint()[len("http://"):])
	cfg := fmt.Sprintf(`
[[chains]]
chain-id = 1337
rpc-url = %q
entry-points = [%q]
signer-keys = ["env:SIGNER_A"]

[[chains]]
chain-id = 1338
rpc-url = "http://%s"
entry-points = [%q]
signer-keys = ["env:SIGNER_B"]
`, c1337.HTTPURL, entrypoint.V08.EntryPoint().Hex(), proxy.addr, entrypoint.V08.EntryPoint().Hex())
	path := filepath.Join(t.TempDir(), "klaster.toml")
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	p := runKlaster(t, []string{"SIGNER_A=" + net.Accounts[8].KeyHex(), "SIGNER_B=" + net.Accounts[9].KeyHex()}, "--config", path)
	waitReady(t, p.URL, http.StatusOK)

	proxy.Stop()
	waitReady(t, p.URL, http.StatusServiceUnavailable)
	// A few failed probes in a row open the chain's circuit breaker.
	var down readyBody
	for deadline := time.Now().Add(15 * time.Second); ; {
		_, down = getReady(t, p.URL)
		if len(down.Chains) == 2 && down.Chains[1].Breaker == "open" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("breaker of chain 1338 never opened: %+v", down)
		}
		time.Sleep(200 * time.Millisecond)
	}
	for _, ch := range down.Chains {
		if ch.ChainID == 1337 && (!ch.Ready || ch.Breaker != "closed") {
			t.Fatalf("chain 1337 reported down with 1338's node: %+v", down)
		}
		if ch.ChainID == 1338 && (ch.Ready || ch.Breaker != "open") {
			t.Fatalf("chain 1338 not reported down: %+v", down)
		}
	}

	// Chain 1337 keeps bundling while 1338's node is gone.
	node := c1337.Client()
	defer node.Close()
	owner := net.Accounts[2]
	funder := devnet.NewTxSender(node, 1337, net.Accounts[0].Key)
	ep := net.Contracts.EntryPointV08
	accts := fundedAccounts(ctx, t, node, funder, net.Contracts.KlasterFactoryV08, ep, owner.Address, 1, 4200)
	op := baseOp(ctx, t, node, accts[0], big.NewInt(0), mustPack(t, loadABIs(t).account, "execute", common.HexToAddress("0x00000000000000000000000000000000000000aa"), big.NewInt(0), []byte{}))
	client := dialT(ctx, t, p.URL+"/rpc/1337")
	var h common.Hash
	if err := client.CallContext(ctx, &h, "eth_sendUserOperation", signedOp(t, op, ep, owner.Key), ep); err != nil {
		t.Fatalf("send on the healthy chain: %v", err)
	}
	if rec := waitReceipt(ctx, t, bundlerClient{t: t, rpc: client}, h); rec["success"] != true {
		t.Fatalf("receipt: %v", rec)
	}
	// Chain 1338 answers at once instead of hanging.
	c2 := dialT(ctx, t, p.URL+"/rpc/1338")
	start := time.Now()
	err := c2.CallContext(ctx, &h, "eth_sendUserOperation", signedOp(t, op, ep, owner.Key), ep)
	if err == nil || time.Since(start) > 5*time.Second {
		t.Fatalf("send on the dead chain: %v after %v", err, time.Since(start))
	}

	proxy.Start()
	waitReady(t, p.URL, http.StatusOK)
}
