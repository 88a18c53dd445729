package rpc

import (
	"bytes"
	"encoding/json"
	"net/http"
	"time"

	"github.com/gorilla/websocket"
)

// maxLoggedResponse bounds the response bytes kept to find error codes.
const maxLoggedResponse = 1 << 20

// logRequests installs the requestInfo and, when the logger is at debug
// level, logs one line per HTTP request:
//
//	{"level":"debug","path":"/rpc/1337","client":"127.0.0.1","methods":["eth_chainId"],
//	 "batch":false,"status":200,"outcome":"ok","duration":0.3,"message":"rpc request"}
//
// outcome is "ok", "error" (with "codes": the JSON-RPC error codes, in
// response order) or "unknown" (response too large to inspect). A WebSocket
// connection is logged once, when it closes. With debug off it costs one
// level check and no parsing.
func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r, info := withRequestInfo(r)
		ev := s.log.Debug()
		observe := s.opts.Observe
		if !ev.Enabled() && observe == nil {
			next.ServeHTTP(w, r)
			return
		}
		start := time.Now()
		if websocket.IsWebSocketUpgrade(r) {
			next.ServeHTTP(w, r) // returns when the connection closes
			ev.Str("path", r.URL.Path).Str("client", clientKey(r, s.opts.TrustProxyHeaders)).
				Str("transport", "ws").Dur("duration", time.Since(start)).Msg("rpc websocket closed")
			return
		}
		methodsOf := func() []string {
			if !info.batch && len(info.body) > 0 {
				return requestMethods(info.body)
			}
			return info.methods
		}
		if !ev.Enabled() {
			next.ServeHTTP(w, r)
			observe(r.URL.Path, methodsOf(), time.Since(start))
			return
		}
		rec := &responseRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		elapsed := time.Since(start)
		methods := methodsOf()
		if observe != nil {
			observe(r.URL.Path, methods, elapsed)
		}
		ev.Str("path", r.URL.Path).Str("client", clientKey(r, s.opts.TrustProxyHeaders))
		ev.Strs("methods", methods).Bool("batch", info.batch).Int("status", rec.status)
		switch codes, ok := responseErrorCodes(rec.buf.Bytes(), rec.overflow); {
		case !ok:
			ev.Str("outcome", "unknown")
		case len(codes) == 0:
			ev.Str("outcome", "ok")
		default:
			ev.Str("outcome", "error").Ints("codes", codes)
		}
		ev.Dur("duration", elapsed).Msg("rpc request")
	})
}

// requestMethods returns the method name(s) of a request body.
func requestMethods(body []byte) []string {
	if isBatch(body) {
		items, _ := parseBatch(body)
		out := make([]string, len(items))
		for i, it := range items {
			out[i] = it.Method
		}
		return out
	}
	var it batchItem
	if json.Unmarshal(body, &it) != nil {
		return nil
	}
	return []string{it.Method}
}

// responseErrorCodes returns the error codes of a JSON-RPC response (single
// or batch); ok is false when the response cannot be inspected.
func responseErrorCodes(body []byte, overflow bool) (codes []int, ok bool) {
	body = bytes.TrimSpace(body)
	if overflow {
		return nil, false
	}
	if len(body) == 0 {
		return nil, true // e.g. notifications only
	}
	type resp struct {
		Error *struct {
			Code int `json:"code"`
		} `json:"error"`
	}
	var list []resp
	if body[0] == '[' {
		if json.Unmarshal(body, &list) != nil {
			return nil, false
		}
	} else {
		var one resp
		if json.Unmarshal(body, &one) != nil {
			return nil, false
		}
		list = []resp{one}
	}
	for _, r := range list {
		if r.Error != nil {
			codes = append(codes, r.Error.Code)
		}
	}
	return codes, true
}

// responseRecorder keeps the status and (up to maxLoggedResponse) the body.
type responseRecorder struct {
	http.ResponseWriter
	status      int
	wroteHeader bool
	buf         bytes.Buffer
	overflow    bool
}

func (r *responseRecorder) WriteHeader(code int) {
	if !r.wroteHeader {
		r.status, r.wroteHeader = code, true
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *responseRecorder) Write(p []byte) (int, error) {
	r.wroteHeader = true
	if !r.overflow {
		if r.buf.Len()+len(p) > maxLoggedResponse {
			r.overflow = true
			r.buf = bytes.Buffer{}
		} else {
			r.buf.Write(p)
		}
	}
	return r.ResponseWriter.Write(p)
}

// Flush is needed: go-ethereum flushes error responses.
func (r *responseRecorder) Flush() {
	if f, ok := r.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (r *responseRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }
