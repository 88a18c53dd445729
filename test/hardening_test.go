package test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// fromIP returns a dialer whose connections come from the loopback address
// ip (127.0.0.0/8 is all loopback on Linux), so that the server sees a
// different client for rate limiting.
func fromIP(ip string) *net.Dialer {
	return &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}, Timeout: 10 * time.Second}
}

// chainIDOver calls eth_chainId over HTTP from ip and reports whether it
// was answered with the chain id.
func chainIDOver(ctx context.Context, url, ip string) error {
	client := &http.Client{Transport: &http.Transport{DialContext: fromIP(ip).DialContext}, Timeout: 10 * time.Second}
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, url, strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}`))
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var out struct {
		Result string `json:"result"`
		Error  any    `json:"error"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return err
	}
	if out.Result != "0x539" {
		return fmt.Errorf("status %d, answer %+v", resp.StatusCode, out)
	}
	return nil
}

// Attack: slow-loris clients open connections and trickle a request body
// one byte at a time, and a WebSocket client floods messages. Clients at
// other addresses keep being served throughout; the server ends the slow
// connections (read timeout) and answers the flood beyond the client's rate
// with -32005 without closing its connection.
func TestSlowLorisAndWebSocketFlood(t *testing.T) {
	p := startKlaster(t, "--rpc.rate-limit", "20", "--rpc.rate-burst", "20")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	url := p.URL + "/rpc/1337"
	host := strings.TrimPrefix(p.URL, "http://")

	// Slow-loris: 20 connections from 127.0.0.3, headers sent, body
	// trickled (1 byte every 2 s of a declared 100 kB).
	var ended atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		conn, err := fromIP("127.0.0.3").DialContext(ctx, "tcp", host)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		fmt.Fprintf(conn, "POST /rpc/1337 HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{", host)
		wg.Add(2)
		go func() { // trickle until the server hangs up
			defer wg.Done()
			for ctx.Err() == nil {
				if _, err := conn.Write([]byte(" ")); err != nil {
					return
				}
				time.Sleep(2 * time.Second)
			}
		}()
		go func() { // the server ends the connection (an answer, then EOF)
			defer wg.Done()
			io.Copy(io.Discard, bufio.NewReader(conn))
			if ctx.Err() == nil {
				ended.Add(1)
			}
			conn.Close()
		}()
	}

	// WebSocket flood from 127.0.0.4.
	wsURL := strings.Replace(url, "http://", "ws://", 1)
	ws, _, err := (&websocket.Dialer{NetDialContext: fromIP("127.0.0.4").DialContext}).DialContext(ctx, wsURL, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	const flood = 500
	var limited, answered atomic.Int32
	readDone := make(chan struct{})
	go func() {
		defer close(readDone)
		for answered.Load() < flood {
			var m struct {
				Result string `json:"result"`
				Error  *struct {
					Code int `json:"code"`
				} `json:"error"`
			}
			if err := ws.ReadJSON(&m); err != nil {
				return
			}
			answered.Add(1)
			if m.Error != nil && m.Error.Code == -32005 {
				limited.Add(1)
			}
		}
	}()
	for i := 0; i < flood; i++ {
		if err := ws.WriteMessage(websocket.TextMessage, []byte(fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":"eth_chainId","params":[]}`, i))); err != nil {
			t.Fatalf("flood write %d: %v", i, err)
		}
	}

	// Meanwhile, clients at 127.0.0.2 (HTTP) and 127.0.0.5 (WebSocket) are
	// served, every call.
	ws2, _, err := (&websocket.Dialer{NetDialContext: fromIP("127.0.0.5").DialContext}).DialContext(ctx, wsURL, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ws2.Close()
	for i := 0; i < 15; i++ {
		if err := chainIDOver(ctx, url, "127.0.0.2"); err != nil {
			t.Fatalf("HTTP client call %d during the attacks: %v", i, err)
		}
		if err := ws2.WriteMessage(websocket.TextMessage, []byte(fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":"eth_chainId","params":[]}`, i))); err != nil {
			t.Fatal(err)
		}
		var m struct {
			Result string `json:"result"`
		}
		if err := ws2.ReadJSON(&m); err != nil || m.Result != "0x539" {
			t.Fatalf("WebSocket client call %d during the attacks: %+v %v", i, m, err)
		}
		time.Sleep(100 * time.Millisecond)
	}

	select {
	case <-readDone:
	case <-ctx.Done():
		t.Fatal("the flood was not answered")
	}
	if answered.Load() != flood || limited.Load() == 0 || limited.Load() == flood {
		t.Fatalf("flood: %d of %d answered, %d rate limited", answered.Load(), flood, limited.Load())
	}
	t.Logf("flood: %d of %d messages answered -32005", limited.Load(), flood)
	// The flooding connection stays open and is served once its bucket refills.
	time.Sleep(time.Second)
	if err := ws.WriteJSON(map[string]any{"jsonrpc": "2.0", "id": "after", "method": "eth_chainId", "params": []any{}}); err != nil {
		t.Fatal(err)
	}
	var after struct {
		Result string `json:"result"`
	}
	if err := ws.ReadJSON(&after); err != nil || after.Result != "0x539" {
		t.Fatalf("flooding client after its bucket refilled: %+v %v", after, err)
	}

	// Every slow-loris connection is ended by the server (read timeout).
	for ended.Load() < 20 {
		select {
		case <-ctx.Done():
			t.Fatalf("%d of 20 slow-loris connections still open", 20-ended.Load())
		case <-time.After(500 * time.Millisecond):
		}
	}
	cancel()
	wg.Wait()
}
