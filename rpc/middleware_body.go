package rpc

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"

	"github.com/gorilla/websocket"
	"github.com/klaster-dev/klaster/erc7769"
)

// limitBody enforces the body and batch limits before go-ethereum sees the
// request, so that the client gets a JSON-RPC error naming the limit.
//
// go-ethereum alone answers an oversized Content-Length with a text/plain 413
// "content length too large (N>L)", silently truncates a chunked body (which
// then fails as -32700 "parse error"), and answers a long batch with
// -32600 "batch too large". Here the body is read through http.MaxBytesReader
// and either case gets HTTP 413 with -32600 "request body too large: ...";
// a batch over the limit gets geth's response shape (an array holding one
// -32600 error carrying the first call's id) with the limit in the message.
//
// The body is buffered and handed to go-ethereum as a bytes.Reader with a
// known length, which go-ethereum reads in one allocation.
func (s *Server) limitBody(next http.Handler) http.Handler {
	limit := s.opts.MaxBodyBytes
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength == 0 || websocket.IsWebSocketUpgrade(r) {
			next.ServeHTTP(w, r)
			return
		}
		if r.ContentLength > int64(limit) {
			s.writeBodyTooLarge(w, r.ContentLength)
			return
		}
		body, err := readBody(http.MaxBytesReader(w, r.Body, int64(limit)), r.ContentLength)
		if err != nil {
			var tooLarge *http.MaxBytesError
			if errors.As(err, &tooLarge) {
				s.writeBodyTooLarge(w, -1)
				return
			}
			writeError(w, http.StatusBadRequest, nil, erc7769.New(erc7769.CodeParseError, "cannot read request body: %v", err))
			return
		}
		info := infoFrom(r)
		info.body = body
		r.Body = io.NopCloser(bytes.NewReader(body))
		r.ContentLength = int64(len(body))

		if isBatch(body) {
			if items, ok := parseBatch(body); ok {
				info.batch = true
				info.methods = make([]string, len(items))
				for i, it := range items {
					info.methods[i] = it.Method
				}
				if len(items) > s.opts.MaxBatchItems {
					s.writeBatchTooLarge(w, items)
					return
				}
				// rateLimit took one token; charge the other calls.
				if n := min(len(items), s.opts.RateBurst) - 1; info.limiter != nil && n > 0 && !info.limiter.AllowN(s.limiters.now(), n) {
					s.writeRateLimited(w)
					return
				}
			}
		}
		next.ServeHTTP(w, r)
	})
}

// readBody reads all of r, preallocating when the length is known.
func readBody(r io.Reader, contentLength int64) ([]byte, error) {
	var buf bytes.Buffer
	if contentLength > 0 {
		buf.Grow(int(contentLength) + 1)
	}
	_, err := buf.ReadFrom(r)
	return buf.Bytes(), err
}

func (s *Server) writeBodyTooLarge(w http.ResponseWriter, size int64) {
	limit := s.opts.MaxBodyBytes
	data := Fields{"limit": limit}
	var e *erc7769.Error
	if size >= 0 {
		data["size"] = size
		e = erc7769.New(erc7769.CodeInvalidRequest, "request body too large: %d bytes, the limit is %d bytes", size, limit)
	} else {
		e = erc7769.New(erc7769.CodeInvalidRequest, "request body too large: the limit is %d bytes", limit)
	}
	writeError(w, http.StatusRequestEntityTooLarge, nil, e.WithData(data))
}

// batchItem is the part of a batch call the transport looks at.
type batchItem struct {
	ID     json.RawMessage `json:"id"`
	Method string          `json:"method"`
}

// isBatch reports whether the body is a JSON array.
func isBatch(body []byte) bool {
	b := bytes.TrimLeft(body, " \t\r\n")
	return len(b) > 0 && b[0] == '['
}

// parseBatch decodes the ids and methods of a batch. It fails on malformed
// JSON or on items that are not objects; go-ethereum then reports those.
func parseBatch(body []byte) ([]batchItem, bool) {
	var items []batchItem
	if err := json.Unmarshal(body, &items); err != nil {
		return nil, false
	}
	return items, true
}

// writeBatchTooLarge answers like go-ethereum does (an array with one -32600
// error, carrying the id of the first call so that clients can match it) but
// names the limit.
func (s *Server) writeBatchTooLarge(w http.ResponseWriter, items []batchItem) {
	var id json.RawMessage
	for _, it := range items {
		if it.Method != "" && len(it.ID) > 0 && it.ID[0] != '{' && it.ID[0] != '[' {
			id = it.ID
			break
		}
	}
	if id == nil {
		id = nullID
	}
	limit := s.opts.MaxBatchItems
	e := erc7769.New(erc7769.CodeInvalidRequest, "batch too large: %d calls, the limit is %d", len(items), limit).
		WithData(Fields{"limit": limit, "size": len(items)})
	writeJSON(w, http.StatusOK, []errorResponse{{Version: "2.0", ID: id, Error: e}})
}
