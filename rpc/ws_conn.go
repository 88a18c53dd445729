package rpc

import (
	"bytes"
	"encoding/json"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/gorilla/websocket"
	"golang.org/x/time/rate"

	"github.com/klaster-dev/klaster/erc7769"
)

// The WebSocket transport: klaster upgrades the connection and serves it
// with go-ethereum's stream codec (rpc.NewCodec) over wsConn, which reads
// one WebSocket message at a time and writes each answer as one message.
// Two things happen per message before go-ethereum sees it, which its own
// WebSocket handler has no hook for: it costs a token of the client's rate
// bucket (over the rate it is answered -32005 and the connection stays),
// and a *_subscribe call without an id is refused (its subscription id
// could never reach the client). Subscriptions are counted by the
// subscribe methods themselves (ws_subscriptions.go): the codec's
// RemoteAddr is the request's, so go-ethereum's PeerInfo names the client.

const (
	wsPingInterval = 30 * time.Second
	wsPongTimeout  = 30 * time.Second
	wsWriteTimeout = 10 * time.Second
)

// wsHandler serves WebSocket connections for srv.
func (s *Server) wsHandler(srv *gethrpc.Server) http.Handler {
	up := websocket.Upgrader{ReadBufferSize: 1024, WriteBufferSize: 1024, CheckOrigin: wsOriginCheck(s.opts.CORSOrigins)}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := clientKey(r, s.opts.TrustProxyHeaders)
		conn, err := up.Upgrade(w, r, nil)
		if err != nil {
			return // the upgrader answered
		}
		conn.SetReadLimit(int64(s.opts.MaxBodyBytes))
		c := &wsConn{conn: conn, remote: r.RemoteAddr, done: make(chan struct{})}
		if s.limiters != nil { // each message costs a token of the client's bucket, as an HTTP request does
			c.rate = s.limiters.get(key)
		}
		go c.ping()
		srv.ServeCodec(gethrpc.NewCodec(c), 0)
	})
}

// wsConn is one WebSocket connection as the stream go-ethereum's codec
// reads and writes (gethrpc.Conn).
type wsConn struct {
	conn   *websocket.Conn
	remote string
	rate   *rate.Limiter // the client's request bucket; nil: no rate limit

	buf []byte // the rest of the message being read (one reader: the codec's)

	writeMu  sync.Mutex // one writer on conn at a time
	deadline atomic.Pointer[time.Time]

	closeOnce sync.Once
	done      chan struct{}
}

// RemoteAddr names the client in go-ethereum's PeerInfo and logs.
func (c *wsConn) RemoteAddr() string { return c.remote }

// Read returns the next messages' bytes, each followed by a newline.
func (c *wsConn) Read(p []byte) (int, error) {
	for len(c.buf) == 0 {
		_, msg, err := c.conn.ReadMessage()
		if err != nil {
			return 0, err
		}
		if fwd := c.admit(bytes.TrimSpace(msg)); fwd != nil {
			c.buf = append(fwd, '\n')
		}
	}
	n := copy(p, c.buf)
	c.buf = c.buf[n:]
	return n, nil
}

// admit returns what of msg go-ethereum serves; the rest is answered here.
func (c *wsConn) admit(msg []byte) []byte {
	if c.rate != nil && !c.rate.Allow() {
		c.writeDirect(rateRefusal(msg))
		return nil
	}
	if !json.Valid(msg) {
		c.writeDirect([]byte(`{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"parse error"}}`))
		return nil
	}
	if !bytes.Contains(msg, []byte("_subscribe")) {
		return msg
	}
	if msg[0] != '[' {
		if m, ok := idlessSubscribe(msg); ok {
			c.writeDirect(idlessRefusal(m))
			return nil
		}
		return msg
	}
	var items []json.RawMessage
	if json.Unmarshal(msg, &items) != nil {
		return msg // go-ethereum answers invalid batches
	}
	kept := items[:0]
	for _, it := range items {
		if m, ok := idlessSubscribe(it); ok {
			c.writeDirect(idlessRefusal(m))
		} else {
			kept = append(kept, it)
		}
	}
	if len(kept) == 0 {
		return nil
	}
	out, _ := json.Marshal(kept)
	return out
}

// rpcMsg is the part of a JSON-RPC call the transport reads.
type rpcMsg struct {
	ID     json.RawMessage `json:"id"`
	Method string          `json:"method"`
}

// idlessSubscribe reports a *_subscribe call sent as a notification.
func idlessSubscribe(raw []byte) (rpcMsg, bool) {
	var m rpcMsg
	if json.Unmarshal(raw, &m) != nil || !subscribeMethod(m.Method) {
		return m, false
	}
	return m, len(m.ID) == 0 || string(m.ID) == "null"
}

func idlessRefusal(m rpcMsg) []byte {
	b, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": nil, "error": map[string]any{
		"code": erc7769.CodeInvalidRequest, "message": m.Method + ": a subscribe call needs an id"}})
	return b
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

// Write sends one answer (the codec writes each in one call) as one
// message.
func (c *wsConn) Write(p []byte) (int, error) {
	d := time.Now().Add(wsWriteTimeout)
	if t := c.deadline.Load(); t != nil && !t.IsZero() {
		d = *t
	}
	if err := c.write(bytes.TrimRight(p, "\n"), d); err != nil {
		return 0, err
	}
	return len(p), nil
}

// writeDirect sends an answer the transport gives itself; a failed write
// ends the connection (the next read fails).
func (c *wsConn) writeDirect(msg []byte) {
	if c.write(msg, time.Now().Add(wsWriteTimeout)) != nil {
		c.Close()
	}
}

func (c *wsConn) write(msg []byte, deadline time.Time) error {
	c.writeMu.Lock()
	defer c.writeMu.Unlock()
	c.conn.SetWriteDeadline(deadline)
	return c.conn.WriteMessage(websocket.TextMessage, msg)
}

// SetWriteDeadline sets the deadline of the codec's writes.
func (c *wsConn) SetWriteDeadline(t time.Time) error {
	c.deadline.Store(&t)
	return nil
}

// Close sends a close frame and closes the connection.
func (c *wsConn) Close() error {
	c.closeOnce.Do(func() {
		close(c.done)
		c.writeMu.Lock()
		c.conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseNormalClosure, ""), time.Now().Add(time.Second))
		c.writeMu.Unlock()
		c.conn.Close()
	})
	return nil
}

// ping keeps the connection alive: a client that does not answer a ping
// within wsPongTimeout is disconnected.
func (c *wsConn) ping() {
	t := time.NewTicker(wsPingInterval)
	defer t.Stop()
	c.conn.SetPongHandler(func(string) error { return c.conn.SetReadDeadline(time.Time{}) })
	for {
		select {
		case <-c.done:
			return
		case <-t.C:
			c.conn.SetReadDeadline(time.Now().Add(wsPongTimeout))
			c.writeMu.Lock()
			err := c.conn.WriteControl(websocket.PingMessage, nil, time.Now().Add(wsWriteTimeout))
			c.writeMu.Unlock()
			if err != nil {
				return
			}
		}
	}
}
