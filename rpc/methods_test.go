package rpc

import (
	"encoding/json"
	"net/http"
	"reflect"
	"runtime"
	"testing"

	"github.com/klaster-dev/klaster/erc7769"
)

func TestGetInfoExactShape(t *testing.T) {
	_, ts := startServer(t, testOptions(), testChain, testChain2)
	for _, path := range []string{"/", "/rpc/1337"} {
		status, _, body := post(t, ts.URL+path, `{"jsonrpc":"2.0","id":7,"method":"klaster_getInfo","params":[]}`)
		if status != http.StatusOK {
			t.Fatalf("%s: %d %s", path, status, body)
		}
		var resp struct {
			Result json.RawMessage `json:"result"`
		}
		if err := json.Unmarshal(body, &resp); err != nil {
			t.Fatal(err)
		}
		var got any
		if err := json.Unmarshal(resp.Result, &got); err != nil {
			t.Fatal(err)
		}
		want := map[string]any{
			"version":         "v0.1.0-test",
			"node":            "0x3fAB184622Dc19b6109349B94811493BF2a45362",
			"leafScheme":      "mee-v1",
			"signaturePrefix": "0x177eee00",
			"chains": []any{
				map[string]any{
					"chainId":     "0x539",
					"rpcPath":     "/rpc/1337",
					"entryPoints": []any{"0x0000000071727De22E5E9d8BAf0edAc6f37da032", "0x4337084D9E255Ff0702461CF8895CE9E3b5Ff108"},
					"validator":   "0x4e59b44847b379578588920cA78FbF26c0B4956C",
					"accountFactories": map[string]any{
						"0x0000000071727De22E5E9d8BAf0edAc6f37da032": "0xEFC2c1444eBCC4Db75e7613d20C6a62fF67A167C",
					},
				},
				map[string]any{ // no factories: the key is omitted
					"chainId":     "0x53a",
					"rpcPath":     "/rpc/1338",
					"entryPoints": []any{"0x0000000071727De22E5E9d8BAf0edAc6f37da032"},
					"validator":   "0x4e59b44847b379578588920cA78FbF26c0B4956C",
				},
			},
		}
		if !reflect.DeepEqual(got, want) {
			gj, _ := json.MarshalIndent(got, "", "  ")
			t.Fatalf("%s: klaster_getInfo =\n%s", path, gj)
		}
	}
}

func TestGetInfoEmptyNode(t *testing.T) {
	b, err := json.Marshal(NewKlasterAPI(NodeInfo{}, nil).GetInfo())
	if err != nil {
		t.Fatal(err)
	}
	want := `{"version":"","node":"0x0000000000000000000000000000000000000000","leafScheme":"mee-v1","signaturePrefix":"0x177eee00","chains":[]}`
	if string(b) != want {
		t.Fatalf("got %s", b)
	}
}

func TestSupportedEntryPointsAndClientVersion(t *testing.T) {
	_, ts := startServer(t, testOptions(), testChain)
	c := dial(t, ts.URL+"/rpc/1337")
	var eps []string
	if err := c.CallContext(ctx5s(t), &eps, "eth_supportedEntryPoints"); err != nil {
		t.Fatal(err)
	}
	want := []string{"0x0000000071727De22E5E9d8BAf0edAc6f37da032", "0x4337084D9E255Ff0702461CF8895CE9E3b5Ff108"}
	if !reflect.DeepEqual(eps, want) {
		t.Fatalf("entry points %v", eps)
	}
	var v string
	if err := c.CallContext(ctx5s(t), &v, "web3_clientVersion"); err != nil {
		t.Fatal(err)
	}
	if v != "klaster/v0.1.0-test/"+runtime.Version() {
		t.Fatalf("client version %q", v)
	}
	// Params are validated at the edge: these methods take none.
	err := c.CallContext(ctx5s(t), &v, "eth_chainId", 1)
	if code := rpcErrorOf(t, err).ErrorCode(); code != erc7769.CodeInvalidParams {
		t.Fatalf("extra param: code %d (%v)", code, err)
	}
}
