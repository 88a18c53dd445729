package rpc

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/gorilla/websocket"
	"github.com/klaster-dev/klaster/erc7769"
)

func TestWebSocketSubscriptionLimit(t *testing.T) {
	opts := testOptions()
	opts.MaxWSSubscriptions = 3
	s, ts := startServer(t, opts, testChain)
	url := wsURL(ts.URL) + "/rpc/1337"
	dial := func() *gethrpc.Client {
		c, err := gethrpc.DialWebsocket(ctx5s(t), url, "")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(c.Close)
		return c
	}
	subscribe := func(c *gethrpc.Client) (*gethrpc.ClientSubscription, error) {
		return c.Subscribe(ctx5s(t), "test", make(chan int, 8), "ticks", 1)
	}
	// Two connections of one client IP share the limit.
	a, b := dial(), dial()
	var subs []*gethrpc.ClientSubscription
	for _, c := range []*gethrpc.Client{a, a, b} {
		sub, err := subscribe(c)
		if err != nil {
			t.Fatalf("subscription %d: %v", len(subs)+1, err)
		}
		subs = append(subs, sub)
	}
	_, err := subscribe(b)
	var rpcErr gethrpc.Error
	if !errors.As(err, &rpcErr) || rpcErr.ErrorCode() != erc7769.CodeLimitExceeded || !strings.Contains(err.Error(), "at most 3 live subscriptions per client") {
		t.Fatalf("4th subscription: %v", err)
	}
	// Calls still work on that connection.
	var id string
	if err := b.CallContext(ctx5s(t), &id, "eth_chainId"); err != nil {
		t.Fatalf("call after refusal: %v", err)
	}
	// Unsubscribing frees a slot.
	subs[0].Unsubscribe()
	waitCount(t, s, 2)
	if _, err := subscribe(b); err != nil {
		t.Fatalf("after unsubscribe: %v", err)
	}
	// Closing a connection frees all of its slots.
	a.Close()
	waitCount(t, s, 2)
	for i := 0; i < 1; i++ {
		if _, err := subscribe(b); err != nil {
			t.Fatalf("after close: %v", err)
		}
	}
	if _, err := subscribe(b); err == nil {
		t.Fatal("limit not enforced after close")
	}
}

// TestWebSocketSubscriptionLimitBatch checks a batch gets one answer with
// the refused subscriptions in it, and the others served.
func TestWebSocketSubscriptionLimitBatch(t *testing.T) {
	opts := testOptions()
	opts.MaxWSSubscriptions = 1
	_, ts := startServer(t, opts, testChain)
	conn, _, err := websocket.DefaultDialer.DialContext(ctx5s(t), wsURL(ts.URL)+"/rpc/1337", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	batch := `[{"jsonrpc":"2.0","id":1,"method":"test_subscribe","params":["ticks",0]},
		{"jsonrpc":"2.0","id":2,"method":"test_subscribe","params":["ticks",0]},
		{"jsonrpc":"2.0","id":3,"method":"eth_chainId","params":[]}]`
	if err := conn.WriteMessage(websocket.TextMessage, []byte(batch)); err != nil {
		t.Fatal(err)
	}
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	_, msg, err := conn.ReadMessage()
	if err != nil {
		t.Fatal(err)
	}
	var answers []struct {
		ID     int             `json:"id"`
		Result json.RawMessage `json:"result"`
		Error  *struct {
			Code int `json:"code"`
		} `json:"error"`
	}
	if err := json.Unmarshal(msg, &answers); err != nil || len(answers) != 3 {
		t.Fatalf("batch answer %s: %v", msg, err)
	}
	byID := map[int]bool{}
	for _, a := range answers {
		byID[a.ID] = a.Error == nil
		if a.ID == 2 && (a.Error == nil || a.Error.Code != erc7769.CodeLimitExceeded) {
			t.Fatalf("id 2 not refused: %s", msg)
		}
	}
	if !byID[1] || !byID[3] {
		t.Fatalf("served calls failed: %s", msg)
	}
}

func TestWebSocketUnlimitedSubscriptions(t *testing.T) {
	opts := testOptions()
	opts.MaxWSSubscriptions = -1
	s, ts := startServer(t, opts, testChain)
	if s.subs != nil {
		t.Fatal("limiter set while unlimited")
	}
	c, err := gethrpc.DialWebsocket(ctx5s(t), wsURL(ts.URL)+"/rpc/1337", "")
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := c.Subscribe(ctx5s(t), "test", make(chan int, 1), "ticks", 0); err != nil {
		t.Fatal(err)
	}
}

func waitCount(t *testing.T, s *Server, want int) {
	t.Helper()
	waitKeyCount(t, s, "127.0.0.1", want)
}

// A subscribe call sent as a notification (no id) would start a
// subscription that no answer ever counts: it is refused and never reaches
// the service, so the cap counts every subscription.
func TestWebSocketSubscribeWithoutIDRefused(t *testing.T) {
	opts := testOptions()
	opts.MaxWSSubscriptions = 1
	s, ts := startServer(t, opts, testChain)
	conn, _, err := websocket.DefaultDialer.DialContext(ctx5s(t), wsURL(ts.URL)+"/rpc/1337", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	for i := 0; i < 3; i++ {
		if err := conn.WriteMessage(websocket.TextMessage, []byte(`{"jsonrpc":"2.0","method":"test_subscribe","params":["ticks",1]}`)); err != nil {
			t.Fatal(err)
		}
		var m struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
			Error  *struct {
				Code    int    `json:"code"`
				Message string `json:"message"`
			} `json:"error"`
		}
		conn.SetReadDeadline(time.Now().Add(5 * time.Second))
		if err := conn.ReadJSON(&m); err != nil {
			t.Fatal(err)
		}
		if m.Error == nil || m.Error.Code != erc7769.CodeInvalidRequest || !strings.Contains(m.Error.Message, "needs an id") {
			t.Fatalf("subscribe without id %d: %+v (a notification %q)", i, m, m.Method)
		}
	}
	// The one counted slot is still free.
	c, err := gethrpc.DialWebsocket(ctx5s(t), wsURL(ts.URL)+"/rpc/1337", "")
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := c.Subscribe(ctx5s(t), "test", make(chan int, 8), "ticks", 1); err != nil {
		t.Fatalf("subscription after refused notifications: %v", err)
	}
	waitCount(t, s, 1)
}

// Messages on an open WebSocket take tokens from the client's bucket, as
// HTTP requests do; over the rate they get -32005 and the connection stays.
func TestWebSocketMessagesRateLimited(t *testing.T) {
	opts := testOptions()
	opts.RateLimit, opts.RateBurst = 1, 5
	_, ts := startServer(t, opts, testChain)
	c, err := gethrpc.DialWebsocket(ctx5s(t), wsURL(ts.URL)+"/rpc/1337", "")
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	limited := 0
	for i := 0; i < 10; i++ {
		var id string
		err := c.CallContext(ctx5s(t), &id, "eth_chainId")
		var rpcErr gethrpc.Error
		if errors.As(err, &rpcErr) && rpcErr.ErrorCode() == erc7769.CodeLimitExceeded {
			limited++
		} else if err != nil {
			t.Fatalf("call %d: %v", i, err)
		}
	}
	if limited < 4 {
		t.Fatalf("%d of 10 calls rate limited with a burst of 5", limited)
	}
}

// Subscriptions are counted per client from go-ethereum's PeerInfo: behind
// a trusted proxy the client is the forwarded address (two connections of
// one forwarded client share its slots, another forwarded client has its
// own); without trusted proxy headers a client cannot dodge the limit by
// sending them.
func TestWebSocketSubscriptionsCountedPerPeer(t *testing.T) {
	dial := func(t *testing.T, url, realIP string) *gethrpc.Client {
		c, err := gethrpc.DialOptions(ctx5s(t), url, gethrpc.WithHeader("X-Real-IP", realIP))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(c.Close)
		return c
	}
	subscribe := func(t *testing.T, c *gethrpc.Client) error {
		_, err := c.Subscribe(ctx5s(t), "test", make(chan int, 8), "ticks", 0)
		return err
	}
	limited := func(err error) bool {
		var rpcErr gethrpc.Error
		return errors.As(err, &rpcErr) && rpcErr.ErrorCode() == erc7769.CodeLimitExceeded
	}

	t.Run("trusted", func(t *testing.T) {
		opts := testOptions()
		opts.MaxWSSubscriptions, opts.TrustProxyHeaders = 2, true
		s, ts := startServer(t, opts, testChain)
		url := wsURL(ts.URL) + "/rpc/1337"
		a1, a2, b := dial(t, url, "203.0.113.7"), dial(t, url, "203.0.113.7"), dial(t, url, "203.0.113.8")
		for i, c := range []*gethrpc.Client{a1, a2, b} {
			if err := subscribe(t, c); err != nil {
				t.Fatalf("subscription %d: %v", i, err)
			}
		}
		if err := subscribe(t, a2); !limited(err) {
			t.Fatalf("third subscription of 203.0.113.7: %v", err)
		}
		if got := []int{s.subs.count("203.0.113.7"), s.subs.count("203.0.113.8"), s.subs.count("127.0.0.1")}; got[0] != 2 || got[1] != 1 || got[2] != 0 {
			t.Fatalf("live subscriptions (203.0.113.7, 203.0.113.8, 127.0.0.1) = %v, want [2 1 0]", got)
		}
		a1.Close() // its slot comes back
		waitKeyCount(t, s, "203.0.113.7", 1)
		if err := subscribe(t, a2); err != nil {
			t.Fatalf("after the other connection closed: %v", err)
		}
	})
	t.Run("untrusted", func(t *testing.T) {
		opts := testOptions()
		opts.MaxWSSubscriptions = 2
		s, ts := startServer(t, opts, testChain)
		url := wsURL(ts.URL) + "/rpc/1337"
		a, b := dial(t, url, "203.0.113.7"), dial(t, url, "203.0.113.8")
		if err := subscribe(t, a); err != nil {
			t.Fatal(err)
		}
		if err := subscribe(t, b); err != nil {
			t.Fatal(err)
		}
		if err := subscribe(t, b); !limited(err) {
			t.Fatalf("a spoofed X-Real-IP got a third slot: %v", err)
		}
		if got := s.subs.count("127.0.0.1"); got != 2 {
			t.Fatalf("live subscriptions of 127.0.0.1 = %d, want 2", got)
		}
	})
}

func waitKeyCount(t *testing.T, s *Server, key string, want int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	for s.subs.count(key) != want {
		select {
		case <-ctx.Done():
			t.Fatalf("live subscriptions of %s: %d, want %d", key, s.subs.count(key), want)
		case <-time.After(10 * time.Millisecond):
		}
	}
}
