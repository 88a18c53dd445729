package rpc

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/gorilla/websocket"
	"golang.org/x/time/rate"

	"github.com/klaster-dev/klaster/erc7769"
)

// WebSocket subscription limit
//
// go-ethereum's rpc server has no hook for subscriptions, so the limit sits
// in the transport: klaster terminates the WebSocket itself (wsProxy) and
// hands each connection's messages to the chain's go-ethereum rpc server
// over an in-memory stream (net.Pipe + rpc.NewCodec, the codec go-ethereum
// uses for IPC, which supports subscriptions). Watching the messages both
// ways, it counts each client's live subscriptions: a `*_subscribe` call
// takes a slot before it is forwarded, an error answer or a successful
// `*_unsubscribe` gives it back, and closing the connection gives back all
// of its slots. Slots are per client key (the IP, or the /64 for IPv6, as
// for rate limiting) across every connection and endpoint of the server.
// The call that would exceed Options.MaxWSSubscriptions is answered
// directly with -32005 and never reaches the service.

const (
	wsPingInterval = 30 * time.Second
	wsPongTimeout  = 30 * time.Second
	wsWriteTimeout = 10 * time.Second
)

// subLimiter counts live subscriptions per client key.
type subLimiter struct {
	max  int
	mu   sync.Mutex
	live map[string]int
}

func newSubLimiter(max int) *subLimiter { return &subLimiter{max: max, live: map[string]int{}} }

func (l *subLimiter) acquire(key string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.live[key] >= l.max {
		return false
	}
	l.live[key]++
	return true
}

func (l *subLimiter) release(key string, n int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.live[key] -= n; l.live[key] <= 0 {
		delete(l.live, key)
	}
}

// count returns the live subscriptions of key (tests).
func (l *subLimiter) count(key string) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.live[key]
}

// wsHandler serves WebSocket connections for srv: go-ethereum's own handler
// when subscriptions are unlimited, wsProxy otherwise.
func (s *Server) wsHandler(srv *gethrpc.Server) http.Handler {
	if s.subs == nil {
		return srv.WebsocketHandler(s.opts.CORSOrigins)
	}
	up := websocket.Upgrader{ReadBufferSize: 1024, WriteBufferSize: 1024, CheckOrigin: wsOriginCheck(s.opts.CORSOrigins)}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := clientKey(r, s.opts.TrustProxyHeaders)
		conn, err := up.Upgrade(w, r, nil)
		if err != nil {
			return // the upgrader answered
		}
		conn.SetReadLimit(int64(s.opts.MaxBodyBytes))
		p := &wsProxy{conn: conn, key: key, lim: s.subs, remote: r.RemoteAddr, pending: map[string][]pendingCall{}, splices: map[string][]json.RawMessage{}}
		if s.limiters != nil { // each message costs a token of the client's bucket, as an HTTP request does
			p.rate = s.limiters.get(key)
		}
		p.serve(srv)
	})
}

// pendingCall is a forwarded (un)subscribe call awaiting its answer.
type pendingCall struct {
	subscribe bool
	subID     string // unsubscribe: the subscription id
}

// wsProxy relays one client WebSocket to the rpc server, counting its
// subscriptions.
type wsProxy struct {
	conn   *websocket.Conn
	key    string
	lim    *subLimiter
	remote string
	rate   *rate.Limiter // the client's request bucket; nil: no rate limit

	writeMu sync.Mutex // one writer on conn at a time

	mu      sync.Mutex
	held    int // slots this connection holds
	pending map[string][]pendingCall
	live    map[string]bool // live subscription ids
	// splices holds the refused calls of a forwarded batch, keyed by the id
	// of its first forwarded call, to add to the batch's answer.
	splices map[string][]json.RawMessage
}

func (p *wsProxy) serve(srv *gethrpc.Server) {
	client, server := net.Pipe()
	go srv.ServeCodec(gethrpc.NewCodec(pipeConn{server, p.remote}), 0)
	done := make(chan struct{})
	go func() { // server → client
		defer close(done)
		dec := json.NewDecoder(client)
		for {
			var msg json.RawMessage
			if err := dec.Decode(&msg); err != nil {
				break
			}
			if p.write(p.fromServer(msg)) != nil {
				break
			}
		}
		p.writeMu.Lock()
		p.conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseNormalClosure, ""), time.Now().Add(time.Second))
		p.writeMu.Unlock()
		p.conn.Close()
	}()
	go p.ping(done)
	for { // client → server
		_, msg, err := p.conn.ReadMessage()
		if err != nil {
			break
		}
		if p.rate != nil && !p.rate.Allow() {
			if p.write(rateRefusal(msg)) != nil {
				break
			}
			continue
		}
		fwd, answer := p.fromClient(msg)
		if answer != nil && p.write(answer) != nil {
			break
		}
		if fwd != nil {
			if _, err := client.Write(append(fwd, '\n')); err != nil {
				break
			}
		}
	}
	client.Close()
	p.conn.Close()
	<-done
	p.mu.Lock()
	held := p.held
	p.held = 0
	p.mu.Unlock()
	p.lim.release(p.key, held)
}

func (p *wsProxy) ping(done chan struct{}) {
	t := time.NewTicker(wsPingInterval)
	defer t.Stop()
	p.conn.SetPongHandler(func(string) error { return p.conn.SetReadDeadline(time.Time{}) })
	for {
		select {
		case <-done:
			return
		case <-t.C:
			p.conn.SetReadDeadline(time.Now().Add(wsPongTimeout))
			if p.conn.WriteControl(websocket.PingMessage, nil, time.Now().Add(wsWriteTimeout)) != nil {
				return
			}
		}
	}
}

func (p *wsProxy) write(msg []byte) error {
	if msg == nil {
		return nil
	}
	p.writeMu.Lock()
	defer p.writeMu.Unlock()
	p.conn.SetWriteDeadline(time.Now().Add(wsWriteTimeout))
	return p.conn.WriteMessage(websocket.TextMessage, msg)
}

// rpcMsg is the part of a JSON-RPC message the proxy reads.
type rpcMsg struct {
	ID     json.RawMessage   `json:"id"`
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
	Result json.RawMessage   `json:"result"`
	Error  json.RawMessage   `json:"error"`
}

// fromClient returns what to forward to the server and what to answer
// directly.
func (p *wsProxy) fromClient(msg []byte) (fwd, answer []byte) {
	msg = bytes.TrimSpace(msg)
	if !json.Valid(msg) {
		return nil, []byte(`{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"parse error"}}`)
	}
	if msg[0] != '[' {
		if refusal := p.admit(msg); refusal != nil {
			return nil, refusal
		}
		return msg, nil
	}
	var items []json.RawMessage
	if err := json.Unmarshal(msg, &items); err != nil || len(items) == 0 {
		return msg, nil // the server answers invalid batches
	}
	var kept, refused []json.RawMessage
	for _, it := range items {
		if r := p.admit(it); r != nil {
			refused = append(refused, r)
		} else {
			kept = append(kept, it)
		}
	}
	if len(refused) == 0 {
		return msg, nil
	}
	firstID := ""
	for _, it := range kept {
		var m rpcMsg
		if json.Unmarshal(it, &m) == nil && len(m.ID) > 0 && string(m.ID) != "null" {
			firstID = string(m.ID)
			break
		}
	}
	refusedJSON, _ := json.Marshal(refused)
	if firstID == "" { // nothing forwarded will be answered
		if len(kept) == 0 {
			return nil, refusedJSON
		}
		fwd, _ = json.Marshal(kept)
		return fwd, refusedJSON
	}
	p.mu.Lock()
	p.splices[firstID] = refused
	p.mu.Unlock()
	fwd, _ = json.Marshal(kept)
	return fwd, nil
}

// admit records an (un)subscribe call, or returns the refusal of a
// subscription over the limit.
func (p *wsProxy) admit(raw json.RawMessage) []byte {
	var m rpcMsg
	if json.Unmarshal(raw, &m) != nil {
		return nil
	}
	if len(m.ID) == 0 || string(m.ID) == "null" {
		if strings.HasSuffix(m.Method, "_subscribe") {
			// A notification would start a subscription nobody counts.
			b, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": nil, "error": map[string]any{
				"code": erc7769.CodeInvalidRequest, "message": m.Method + ": a subscribe call needs an id"}})
			return b
		}
		return nil
	}
	switch {
	case strings.HasSuffix(m.Method, "_subscribe"):
		if !p.lim.acquire(p.key) {
			return refusal(m.ID, m.Method, p.lim.max)
		}
		p.mu.Lock()
		p.held++
		p.pending[string(m.ID)] = append(p.pending[string(m.ID)], pendingCall{subscribe: true})
		p.mu.Unlock()
	case strings.HasSuffix(m.Method, "_unsubscribe") && len(m.Params) > 0:
		var sub string
		if json.Unmarshal(m.Params[0], &sub) == nil {
			p.mu.Lock()
			p.pending[string(m.ID)] = append(p.pending[string(m.ID)], pendingCall{subID: sub})
			p.mu.Unlock()
		}
	}
	return nil
}

// rateRefusal answers a WebSocket message over the client's rate with
// -32005 (to the message's id when it is a single call).
func rateRefusal(msg []byte) []byte {
	var m rpcMsg
	var id json.RawMessage
	if json.Unmarshal(msg, &m) == nil {
		id = m.ID
	}
	b, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": id, "error": map[string]any{
		"code": erc7769.CodeLimitExceeded, "message": "rate limit exceeded"}})
	return b
}

func refusal(id json.RawMessage, method string, max int) []byte {
	b, _ := json.Marshal(map[string]any{
		"jsonrpc": "2.0",
		"id":      id,
		"error": map[string]any{
			"code":    erc7769.CodeLimitExceeded,
			"message": fmt.Sprintf("%s: too many subscriptions: at most %d live subscriptions per client; unsubscribe or close a connection first", method, max),
			"data":    map[string]any{"limit": max},
		},
	})
	return b
}

// fromServer updates the counts from an answer and returns what to send to
// the client (a batch answer with its refused calls added).
func (p *wsProxy) fromServer(msg json.RawMessage) []byte {
	if len(msg) == 0 || msg[0] != '[' {
		p.settle(msg)
		return msg
	}
	var items []json.RawMessage
	if json.Unmarshal(msg, &items) != nil {
		return msg
	}
	var extra []json.RawMessage
	for _, it := range items {
		if id := p.settle(it); id != "" {
			p.mu.Lock()
			if r, ok := p.splices[id]; ok {
				extra = append(extra, r...)
				delete(p.splices, id)
			}
			p.mu.Unlock()
		}
	}
	if len(extra) == 0 {
		return msg
	}
	out, _ := json.Marshal(append(items, extra...))
	return out
}

// settle matches an answer with its pending (un)subscribe call and returns
// the answer's id.
func (p *wsProxy) settle(raw json.RawMessage) string {
	var m rpcMsg
	if json.Unmarshal(raw, &m) != nil || len(m.ID) == 0 || m.Method != "" {
		return ""
	}
	id := string(m.ID)
	p.mu.Lock()
	defer p.mu.Unlock()
	q := p.pending[id]
	if len(q) == 0 {
		return id
	}
	call := q[0]
	if len(q) == 1 {
		delete(p.pending, id)
	} else {
		p.pending[id] = q[1:]
	}
	var sub string
	ok := len(m.Error) == 0 && json.Unmarshal(m.Result, &sub) == nil
	switch {
	case call.subscribe && ok:
		if p.live == nil {
			p.live = map[string]bool{}
		}
		p.live[sub] = true
	case call.subscribe:
		p.held--
		p.lim.release(p.key, 1)
	default: // unsubscribe
		var done bool
		if len(m.Error) == 0 && json.Unmarshal(m.Result, &done) == nil && done && p.live[call.subID] {
			delete(p.live, call.subID)
			p.held--
			p.lim.release(p.key, 1)
		}
	}
	return id
}

// pipeConn is the server's end of the in-memory stream; RemoteAddr names
// the WebSocket client in go-ethereum's logs.
type pipeConn struct {
	net.Conn
	remote string
}

func (c pipeConn) RemoteAddr() string { return c.remote }
