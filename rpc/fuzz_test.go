package rpc_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/rpc"
)

// FuzzJSONRPCRequest posts arbitrary bodies to a chain path and to the root
// path of a server built like the production one (no backends, so the
// user-op methods answer "not available"), and checks that the transport
// never panics, answers with an expected HTTP status, and always answers
// JSON (or nothing, for notifications).
//
// Seeds are in testdata/fuzz/FuzzJSONRPCRequest; run with
// go test -run '^$' -fuzz '^FuzzJSONRPCRequest$' ./rpc
func FuzzJSONRPCRequest(f *testing.F) {
	f.Add([]byte(`{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}`))
	f.Add([]byte(`[{"jsonrpc":"2.0","id":1,"method":"eth_supportedEntryPoints"},{"jsonrpc":"2.0","id":2,"method":"web3_clientVersion"}]`))
	f.Add([]byte(`{"jsonrpc":"2.0","id":1,"method":"eth_sendUserOperation","params":[{},"0x0000000071727de22e5e9d8baf0edac6f37da032"]}`))
	f.Add([]byte(`not json`))

	h := fuzzHandler(f)
	f.Fuzz(func(t *testing.T, body []byte) {
		for _, path := range []string{"/rpc/1337", "/"} {
			checkRPCResponse(t, h, path, body)
		}
	})
}

var (
	fuzzEP07  = common.HexToAddress("0x0000000071727de22e5e9d8baf0edac6f37da032")
	fuzzEP08  = common.HexToAddress("0x4337084d9e255ff0702461cf8895ce9e3b5ff108")
	fuzzChain = rpc.ChainInfo{ChainID: 1337, EntryPoints: entrypoint.Canonical(entrypoint.V07, entrypoint.V08),
		Validator: common.HexToAddress("0x4e59b44847b379578588920ca78fbf26c0b4956c")}
	fuzzChain2 = rpc.ChainInfo{ChainID: 1338, EntryPoints: entrypoint.Canonical(entrypoint.V07)}
	fuzzNode   = rpc.NodeInfo{Version: "v0.0.0-fuzz", Node: common.HexToAddress("0x3fab184622dc19b6109349b94811493bf2a45362"),
		Chains: []rpc.ChainInfo{fuzzChain, fuzzChain2}}
)

// fuzzHandler builds the server once per fuzz run. It uses DefaultOptions
// with two changes: the rate limit is so high that it never answers 429 (every
// input comes from the same client, so the default would turn all but the
// first 100 inputs into 429s) but the limiter still runs, and the request
// timeout is short so that a slow input shows up as a timeout, not a hang.
func fuzzHandler(f *testing.F) http.Handler {
	opts := rpc.DefaultOptions()
	opts.RateLimit = 1e12
	opts.RateBurst = 1 << 30
	opts.RequestTimeout = 5 * time.Second
	s := rpc.NewServer(opts)
	for _, c := range []rpc.ChainInfo{fuzzChain, fuzzChain2} {
		if err := s.AddChain(c.ChainID, rpc.ChainAPIs(c, fuzzNode, rpc.ChainBackends{})); err != nil {
			f.Fatal(err)
		}
	}
	if err := s.SetRootAPIs(rpc.RootAPIs(fuzzNode, nil)); err != nil {
		f.Fatal(err)
	}
	f.Cleanup(s.Stop)
	return s.Handler()
}

// okStatus lists the statuses the transport may answer a POST with.
var okStatus = map[int]bool{
	http.StatusOK:                    true, // JSON-RPC results and errors
	http.StatusBadRequest:            true, // unreadable body
	http.StatusRequestEntityTooLarge: true, // body over MaxBodyBytes
}

func checkRPCResponse(t *testing.T, h http.Handler, path string, body []byte) {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, path, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req) // a panic fails the fuzz run
	resp := rec.Body.Bytes()
	if !okStatus[rec.Code] {
		t.Fatalf("POST %s: unexpected status %d, body %q", path, rec.Code, resp)
	}
	if len(bytes.TrimSpace(resp)) == 0 {
		// Only notifications (calls without id) get no answer.
		if rec.Code != http.StatusOK {
			t.Fatalf("POST %s: status %d with an empty body", path, rec.Code)
		}
		return
	}
	if !json.Valid(resp) {
		t.Fatalf("POST %s: status %d, body is not JSON: %q", path, rec.Code, resp)
	}
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("POST %s: content type %q for a JSON body", path, ct)
	}
	// go-ethereum recovers panics in methods and answers -32603 "method
	// handler crashed"; treat that as the panic it is.
	if bytes.Contains(resp, []byte("method handler crashed")) {
		t.Fatalf("POST %s: a method panicked: %s", path, resp)
	}
	switch first := bytes.TrimLeft(resp, " \t\r\n")[0]; first {
	case '{', '[':
	default:
		t.Fatalf("POST %s: response is JSON but not an object or array: %s", path, resp)
	}
}
