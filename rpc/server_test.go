package rpc

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/klaster-dev/klaster/erc7769"
)

func chainIDOf(t *testing.T, url string) (hexutil.Uint64, error) {
	t.Helper()
	var id hexutil.Uint64
	err := dial(t, url).CallContext(ctx5s(t), &id, "eth_chainId")
	return id, err
}

func TestChainIDOnChainPathsAndSingleChainRoot(t *testing.T) {
	_, ts := startServer(t, testOptions(), testChain)
	for _, path := range []string{"/rpc/1337", "/rpc/0x539", "/rpc/0X539", "/"} {
		id, err := chainIDOf(t, ts.URL+path)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if id != 1337 {
			t.Fatalf("%s: chainId %d, want 1337", path, id)
		}
	}
	// The single chain's web3 service is on / too, and klaster_getInfo is everywhere.
	var v string
	if err := dial(t, ts.URL+"/").CallContext(ctx5s(t), &v, "web3_clientVersion"); err != nil {
		t.Fatal(err)
	}
	var info map[string]any
	if err := dial(t, ts.URL+"/").CallContext(ctx5s(t), &info, "klaster_getInfo"); err != nil {
		t.Fatal(err)
	}
}

func TestRootWithTwoChainsServesOnlyKlaster(t *testing.T) {
	_, ts := startServer(t, testOptions(), testChain, testChain2)
	root := dial(t, ts.URL+"/")
	var info Info
	if err := root.CallContext(ctx5s(t), &info, "klaster_getInfo"); err != nil {
		t.Fatal(err)
	}
	if len(info.Chains) != 2 {
		t.Fatalf("chains = %d", len(info.Chains))
	}
	var id hexutil.Uint64
	err := root.CallContext(ctx5s(t), &id, "eth_chainId")
	if code := rpcErrorOf(t, err).ErrorCode(); code != erc7769.CodeMethodNotFound {
		t.Fatalf("eth_chainId on / with two chains: code %d, want %d (%v)", code, erc7769.CodeMethodNotFound, err)
	}
	for path, want := range map[string]uint64{"/rpc/1337": 1337, "/rpc/1338": 1338} {
		id, err := chainIDOf(t, ts.URL+path)
		if err != nil || uint64(id) != want {
			t.Fatalf("%s: %d, %v", path, id, err)
		}
	}
}

func TestUnknownChainIs404WithJSONRPCError(t *testing.T) {
	_, ts := startServer(t, testOptions(), testChain)
	for path, name := range map[string]string{"/rpc/5": "5", "/rpc/0x5": "0x5", "/rpc/abc": "abc"} {
		status, hdr, body := post(t, ts.URL+path, `{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`)
		if status != http.StatusNotFound {
			t.Fatalf("%s: status %d", path, status)
		}
		if ct := hdr.Get("Content-Type"); ct != "application/json" {
			t.Fatalf("%s: content type %q", path, ct)
		}
		resp := decodeErrorBody(t, body)
		if !strings.Contains(resp.Error.Message, "unsupported chain id "+name) || !strings.Contains(resp.Error.Message, "[1337]") {
			t.Fatalf("%s: message %q", path, resp.Error.Message)
		}
	}
	// A geth client sees an HTTPError carrying the body.
	_, err := chainIDOf(t, ts.URL+"/rpc/5")
	var he gethrpc.HTTPError
	if !asHTTPError(err, &he) || he.StatusCode != 404 || !strings.Contains(string(he.Body), "unsupported chain id 5") {
		t.Fatalf("client error: %v", err)
	}
}

func asHTTPError(err error, he *gethrpc.HTTPError) bool {
	e, ok := err.(gethrpc.HTTPError)
	if ok {
		*he = e
	}
	return ok
}

func TestAddChainErrors(t *testing.T) {
	s := NewServer(testOptions())
	defer s.Stop()
	if err := s.AddChain(1, ChainAPIs(testChain, testNodeInfo, ChainBackends{})); err != nil {
		t.Fatal(err)
	}
	if err := s.AddChain(1, ChainAPIs(testChain, testNodeInfo, ChainBackends{})); err == nil {
		t.Fatal("duplicate chain accepted")
	}
	if err := s.AddChain(2, []gethrpc.API{{Namespace: "x", Service: struct{}{}}}); err == nil {
		t.Fatal("service without methods accepted")
	}
	if got := s.ChainIDs(); len(got) != 1 || got[0] != 1 {
		t.Fatalf("chains %v", got)
	}
}

func TestHealth(t *testing.T) {
	s, ts := startServer(t, testOptions(), testChain)
	get := func() (int, map[string]any) {
		resp, err := http.Get(ts.URL + "/health")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var body map[string]any
		if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
			t.Fatal(err)
		}
		return resp.StatusCode, body
	}
	if status, body := get(); status != 200 || body["status"] != "ok" {
		t.Fatalf("default: %d %v", status, body)
	}
	healthy := true
	s.SetHealthFunc(func(ctx context.Context) (bool, any) {
		if _, ok := ctx.Deadline(); !ok {
			t.Error("health check without deadline")
		}
		return healthy, map[string]any{"chains": map[string]any{"1337": map[string]any{"ok": healthy}}}
	})
	if status, body := get(); status != 200 || body["chains"].(map[string]any)["1337"].(map[string]any)["ok"] != true {
		t.Fatalf("healthy: %d %v", status, body)
	}
	healthy = false
	if status, body := get(); status != 503 || body["chains"].(map[string]any)["1337"].(map[string]any)["ok"] != false {
		t.Fatalf("unhealthy: %d %v", status, body)
	}
}

func TestMountAndStop(t *testing.T) {
	s, ts := startServer(t, testOptions(), testChain)
	s.Mount("/metrics", http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("m 1\n")) }))
	resp, err := http.Get(ts.URL + "/metrics")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("metrics: %v %v", resp, err)
	}
	resp.Body.Close()
	s.Stop()
	status, _, body := post(t, ts.URL+"/rpc/1337", `{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`)
	if status != http.StatusServiceUnavailable {
		t.Fatalf("after stop: %d %s", status, body)
	}
}

func TestParseChainID(t *testing.T) {
	for in, want := range map[string]uint64{"1": 1, "1337": 1337, "0x539": 1337, "0X539": 1337, "0x0": 0} {
		if got, ok := parseChainID(in); !ok || got != want {
			t.Errorf("%q: %d %v", in, got, ok)
		}
	}
	for _, in := range []string{"", "0x", "-1", "+1", "abc", "0xzz", "18446744073709551616"} {
		if _, ok := parseChainID(in); ok {
			t.Errorf("%q accepted", in)
		}
	}
}

func TestRootAPIsBeforeChain(t *testing.T) {
	s := NewServer(testOptions())
	if err := s.SetRootAPIs(RootAPIs(testNodeInfo, nil)); err != nil {
		t.Fatal(err)
	}
	if err := s.AddChain(1337, ChainAPIs(testChain, testNodeInfo, ChainBackends{})); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	defer s.Stop()
	if id, err := chainIDOf(t, ts.URL+"/"); err != nil || id != 1337 {
		t.Fatalf("%d %v", id, err)
	}
}
