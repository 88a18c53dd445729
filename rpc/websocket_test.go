package rpc

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
)

func wsURL(ts string) string { return "ws" + strings.TrimPrefix(ts, "http") }

func TestWebSocketCallAndSubscription(t *testing.T) {
	opts := testOptions()
	opts.RequestTimeout = 100 * time.Millisecond // must not cut the connection
	s, ts := startServer(t, opts, testChain)
	for _, path := range []string{"/rpc/1337", "/rpc/0x539", "/"} {
		c, err := gethrpc.DialWebsocket(ctx5s(t), wsURL(ts.URL)+path, "")
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		var id hexutil.Uint64
		if err := c.CallContext(ctx5s(t), &id, "eth_chainId"); err != nil || id != 1337 {
			t.Fatalf("%s: eth_chainId %d %v", path, id, err)
		}
		c.Close()
	}

	c, err := gethrpc.DialWebsocket(ctx5s(t), wsURL(ts.URL)+"/rpc/1337", "")
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ch := make(chan int, 8)
	sub, err := c.Subscribe(ctx5s(t), "test", ch, "ticks", 3)
	if err != nil {
		t.Fatal(err)
	}
	for want := 1; want <= 3; want++ {
		select {
		case got := <-ch:
			if got != want {
				t.Fatalf("tick %d, want %d", got, want)
			}
		case err := <-sub.Err():
			t.Fatalf("subscription ended: %v", err)
		case <-time.After(5 * time.Second):
			t.Fatal("no notification")
		}
	}
	time.Sleep(300 * time.Millisecond) // past RequestTimeout: still open
	var id hexutil.Uint64
	if err := c.CallContext(ctx5s(t), &id, "eth_chainId"); err != nil {
		t.Fatalf("call after RequestTimeout: %v", err)
	}
	// Stop closes the connection and so ends the subscription.
	s.Stop()
	select {
	case <-sub.Err():
	case <-time.After(5 * time.Second):
		t.Fatal("subscription survived Stop")
	}
}

func TestSubscriptionNeedsWebSocket(t *testing.T) {
	_, ts := startServer(t, testOptions(), testChain)
	_, err := dial(t, ts.URL+"/rpc/1337").Subscribe(ctx5s(t), "test", make(chan int), "ticks", 1)
	if err == nil {
		t.Fatal("subscription over HTTP accepted")
	}
}

func TestWebSocketOrigin(t *testing.T) {
	opts := testOptions()
	opts.CORSOrigins = []string{"https://wallet.example"}
	_, ts := startServer(t, opts, testChain)
	c, err := gethrpc.DialWebsocket(ctx5s(t), wsURL(ts.URL)+"/rpc/1337", "https://wallet.example")
	if err != nil {
		t.Fatalf("allowed origin: %v", err)
	}
	c.Close()
	if _, err := gethrpc.DialWebsocket(ctx5s(t), wsURL(ts.URL)+"/rpc/1337", "https://evil.example"); err == nil {
		t.Fatal("disallowed origin connected")
	} else if !strings.Contains(err.Error(), "403") && !strings.Contains(err.Error(), http.StatusText(http.StatusForbidden)) {
		t.Logf("disallowed origin error: %v", err)
	}
	// Unknown chain: no upgrade.
	if _, err := gethrpc.DialWebsocket(ctx5s(t), wsURL(ts.URL)+"/rpc/5", ""); err == nil || !strings.Contains(err.Error(), "404") {
		t.Fatalf("unknown chain: %v", err)
	}
}
