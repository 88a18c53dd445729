package nodeurl

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestRedact(t *testing.T) {
	for in, want := range map[string]string{
		"https://mainnet.infura.io/v3/0123456789abcdef": "https://mainnet.infura.io/…",
		"https://user:secret@node.example:8545":         "https://node.example:8545/…",
		"wss://eth.example/ws?key=topsecret":            "wss://eth.example/…",
		"http://127.0.0.1:8545":                         "http://127.0.0.1:8545",
		"not a url with key 0123456789abcdef\x7f":       "(node URL)",
	} {
		if got := Redact(in); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
}

// The client reaches the real URL (path and query included), and an error
// of a node that is down does not quote the key.
func TestDialHidesTheKey(t *testing.T) {
	const key = "k3y0123456789abcdef"
	var gotPath string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotPath = r.URL.RequestURI()
		var req struct {
			ID json.RawMessage `json:"id"`
		}
		body, _ := io.ReadAll(r.Body)
		json.Unmarshal(body, &req)
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"jsonrpc":"2.0","id":` + string(req.ID) + `,"result":"0x539"}`))
	}))
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	c, err := Dial(ctx, srv.URL+"/v3/"+key+"?x=1")
	if err != nil {
		t.Fatal(err)
	}
	var id string
	if err := c.CallContext(ctx, &id, "eth_chainId"); err != nil || id != "0x539" {
		t.Fatalf("call: %q %v", id, err)
	}
	if gotPath != "/v3/"+key+"?x=1" {
		t.Fatalf("request went to %q", gotPath)
	}
	c.Close()

	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	down := "http://" + ln.Addr().String() + "/v3/" + key
	ln.Close()
	c, err = Dial(ctx, down)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	err = c.CallContext(ctx, &id, "eth_chainId")
	if err == nil || strings.Contains(err.Error(), key) {
		t.Fatalf("error of a node that is down: %v", err)
	}
	t.Logf("error: %v", err)
}
