package health

import (
	"context"
	"encoding/json"
	"errors"
	"sync"
	"testing"

	"github.com/rs/zerolog"
)

// fakeNode answers eth_blockNumber and eth_syncing, or fails.
type fakeNode struct {
	mu      sync.Mutex
	down    bool
	head    uint64
	syncing bool
}

func (n *fakeNode) CallContext(_ context.Context, result any, method string, _ ...any) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.down {
		return errors.New("connection refused")
	}
	var raw string
	switch method {
	case "eth_blockNumber":
		raw = `"0x` + string("0123456789abcdef"[n.head%16]) + `"`
	case "eth_syncing":
		raw = "false"
		if n.syncing {
			raw = `{"currentBlock":"0x1"}`
		}
	default:
		return errors.New("unexpected " + method)
	}
	return json.Unmarshal([]byte(raw), result)
}

func TestBreakerOpensAfterThreeFailuresAndCloses(t *testing.T) {
	node := &fakeNode{head: 5}
	m := New(7, node, zerolog.Nop())
	ctx := context.Background()
	if m.Reachable() || m.Readiness().Ready {
		t.Fatal("ready before any probe")
	}
	m.Probe(ctx)
	if r := m.Readiness(); !r.Ready || r.Head != 5 || r.Breaker != "closed" || !m.Reachable() {
		t.Fatalf("after a good probe: %+v", r)
	}
	node.down = true
	for i := 1; i < BreakerThreshold; i++ {
		m.Probe(ctx)
		if m.Open() || m.Reachable() {
			t.Fatalf("after %d failures: open %v reachable %v", i, m.Open(), m.Reachable())
		}
	}
	m.Probe(ctx)
	if r := m.Readiness(); !m.Open() || r.Breaker != "open" || r.Ready || r.Error == "" {
		t.Fatalf("after %d failures: %+v", BreakerThreshold, r)
	}
	node.down, node.syncing = false, true
	m.Probe(ctx)
	if r := m.Readiness(); m.Open() || r.Ready || !r.Syncing {
		t.Fatalf("back but syncing: %+v", r)
	}
	node.syncing = false
	m.Probe(ctx)
	if !m.Readiness().Ready {
		t.Fatal("not ready once synced")
	}
}

// A probe cut short by the caller's context is not a node failure.
func TestCanceledProbeIsNoFailure(t *testing.T) {
	node := &fakeNode{down: true}
	m := New(7, node, zerolog.Nop())
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for i := 0; i < BreakerThreshold; i++ {
		m.Probe(ctx)
	}
	if m.Open() {
		t.Fatal("a shutdown opened the breaker")
	}
}
