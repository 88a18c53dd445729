package rpc

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/klaster-dev/klaster/entrypoint"
)

var (
	testEP07     = common.HexToAddress("0x0000000071727de22e5e9d8baf0edac6f37da032")
	testEP08     = common.HexToAddress("0x4337084d9e255ff0702461cf8895ce9e3b5ff108")
	testNode     = common.HexToAddress("0x3fab184622dc19b6109349b94811493bf2a45362")
	testValid    = common.HexToAddress("0x4e59b44847b379578588920ca78fbf26c0b4956c")
	testFactory  = common.HexToAddress("0xefc2c1444ebcc4db75e7613d20c6a62ff67a167c")
	testChain    = ChainInfo{ChainID: 1337, EntryPoints: entrypoint.Canonical(entrypoint.V07, entrypoint.V08), Validator: testValid, AccountFactories: map[common.Address]common.Address{testEP07: testFactory}}
	testChain2   = ChainInfo{ChainID: 1338, EntryPoints: entrypoint.Canonical(entrypoint.V07), Validator: testValid}
	testNodeInfo = NodeInfo{Version: "v0.1.0-test", Node: testNode, Chains: []ChainInfo{testChain, testChain2}}
)

// testService is registered under the "test" namespace. Its subscriptions
// count against the server's per-client limit, as every subscribe method's
// do.
type testService struct{ subscriptions }

// Sleep sleeps for d or until ctx ends.
func (*testService) Sleep(ctx context.Context, d string) (string, error) {
	dur, err := time.ParseDuration(d)
	if err != nil {
		return "", InvalidParams("bad duration %q", d)
	}
	select {
	case <-time.After(dur):
		return "slept", nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

// Echo returns its argument.
func (*testService) Echo(s string) string { return s }

// Fail returns an ERC-7769 error with data.
func (*testService) Fail() error {
	return RejectedByPaymaster(testValid, "AA33 reverted").ForOp(1, 1337)
}

// Ticks is test_subscribe("ticks", n): it sends 1..n, then waits.
func (s *testService) Ticks(ctx context.Context, n int) (*gethrpc.Subscription, error) {
	notifier, sub, err := s.create(ctx, "test_subscribe")
	if err != nil {
		return nil, err
	}
	go func() {
		for i := 1; i <= n; i++ {
			if err := notifier.Notify(sub.ID, i); err != nil {
				return
			}
		}
		<-sub.Err()
	}()
	return sub, nil
}

func testAPIs(chain ChainInfo) []gethrpc.API {
	return append(ChainAPIs(chain, testNodeInfo, ChainBackends{}), gethrpc.API{Namespace: "test", Service: &testService{}})
}

// testOptions are DefaultOptions without rate limiting.
func testOptions() Options {
	o := DefaultOptions()
	o.RateLimit = 0
	return o
}

// startServer serves the given chains (with the test service) and the root
// APIs over httptest.
func startServer(t *testing.T, opts Options, chains ...ChainInfo) (*Server, *httptest.Server) {
	t.Helper()
	s := NewServer(opts)
	for _, c := range chains {
		if err := s.AddChain(c.ChainID, testAPIs(c)); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.SetRootAPIs(RootAPIs(testNodeInfo, nil)); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(func() {
		s.Stop()
		ts.Close()
	})
	return s, ts
}

func dial(t *testing.T, url string) *gethrpc.Client {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	c, err := gethrpc.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

func ctx5s(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// post sends a raw body and returns the status, headers and body.
func post(t *testing.T, url, body string) (int, http.Header, []byte) {
	t.Helper()
	resp, err := http.Post(url, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, b
}

// rpcErrorOf unwraps a JSON-RPC error or fails.
func rpcErrorOf(t *testing.T, err error) gethrpc.Error {
	t.Helper()
	var re gethrpc.Error
	if !errors.As(err, &re) {
		t.Fatalf("want a JSON-RPC error, got %T %v", err, err)
	}
	return re
}

// decodeErrorBody decodes a JSON-RPC error response body.
func decodeErrorBody(t *testing.T, body []byte) errorResponse {
	t.Helper()
	var resp errorResponse
	if err := json.Unmarshal(bytes.TrimSpace(body), &resp); err != nil || resp.Error == nil {
		t.Fatalf("not a JSON-RPC error response: %s (%v)", body, err)
	}
	return resp
}
