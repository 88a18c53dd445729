package rpc

import (
	"bufio"
	"bytes"
	"encoding/json"
	"sync"
	"testing"

	"github.com/klaster-dev/klaster/erc7769"
	"github.com/rs/zerolog"
)

// syncBuffer is a bytes.Buffer safe for the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) lines(t *testing.T) []map[string]any {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []map[string]any
	sc := bufio.NewScanner(bytes.NewReader(s.b.Bytes()))
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("log line is not JSON: %s", sc.Bytes())
		}
		out = append(out, m)
	}
	return out
}

func TestDebugLogLine(t *testing.T) {
	var buf syncBuffer
	opts := testOptions()
	opts.Logger = zerolog.New(&buf).Level(zerolog.DebugLevel)
	_, ts := startServer(t, opts, testChain)
	post(t, ts.URL+"/rpc/1337", `{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`)
	post(t, ts.URL+"/rpc/1337", `{"jsonrpc":"2.0","id":2,"method":"eth_nope"}`)
	post(t, ts.URL+"/rpc/1337", `[{"jsonrpc":"2.0","id":1,"method":"eth_chainId"},{"jsonrpc":"2.0","id":2,"method":"test_fail"}]`)
	post(t, ts.URL+"/rpc/5", `{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`)

	lines := buf.lines(t)
	if len(lines) != 4 {
		t.Fatalf("want 4 lines, got %d: %v", len(lines), lines)
	}
	type want struct {
		methods []any
		outcome string
		codes   []any
		status  float64
	}
	wants := []want{
		{[]any{"eth_chainId"}, "ok", nil, 200},
		{[]any{"eth_nope"}, "error", []any{float64(erc7769.CodeMethodNotFound)}, 200},
		{[]any{"eth_chainId", "test_fail"}, "error", []any{float64(erc7769.CodeRejectedByPaymaster)}, 200},
		{[]any{"eth_chainId"}, "error", []any{float64(erc7769.CodeInvalidRequest)}, 404},
	}
	for i, w := range wants {
		l := lines[i]
		if l["level"] != "debug" || l["message"] != "rpc request" {
			t.Fatalf("line %d: %v", i, l)
		}
		if got, _ := json.Marshal(l["methods"]); string(got) != mustJSON(w.methods) {
			t.Fatalf("line %d methods: %s", i, got)
		}
		if l["outcome"] != w.outcome || l["status"] != w.status {
			t.Fatalf("line %d outcome/status: %v", i, l)
		}
		if got, _ := json.Marshal(l["codes"]); w.codes != nil && string(got) != mustJSON(w.codes) {
			t.Fatalf("line %d codes: %s", i, got)
		}
		if _, ok := l["duration"].(float64); !ok {
			t.Fatalf("line %d: no duration: %v", i, l)
		}
	}
}

func TestNoLogAboveDebug(t *testing.T) {
	var buf syncBuffer
	opts := testOptions()
	opts.Logger = zerolog.New(&buf).Level(zerolog.InfoLevel)
	_, ts := startServer(t, opts, testChain)
	post(t, ts.URL+"/rpc/1337", `{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`)
	if n := len(buf.lines(t)); n != 0 {
		t.Fatalf("%d lines at info level", n)
	}
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
