// Package health owns a chain's node health: a Monitor probes the node
// (head and sync state) every second; after BreakerThreshold failures in a
// row the chain's circuit breaker opens, and sends on that chain fail fast
// instead of waiting on a dead node. One chain's node never holds up
// another chain. It answers /health and the chain's part of /ready.
package health

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"
)

// Probe timing and the breaker's threshold.
const (
	Interval         = time.Second
	Timeout          = 2 * time.Second
	BreakerThreshold = 3
)

// ErrNodeUnavailable answers requests on a chain whose breaker is open.
var ErrNodeUnavailable = errors.New("the chain's node is unavailable (circuit breaker open); try again shortly")

// Node is what a probe calls (a go-ethereum *rpc.Client).
type Node interface {
	CallContext(ctx context.Context, result any, method string, args ...any) error
}

// Monitor is what the probes last saw of one chain's node.
type Monitor struct {
	chainID uint64
	node    Node
	log     zerolog.Logger
	tracked func() *types.Header // the chain tracker's latest head; nil: ask the node

	mu       sync.Mutex
	failures int
	lastErr  string
	head     uint64
	headAt   time.Time
	syncing  bool
	checked  bool
}

// New returns the monitor of chainID's node.
func New(chainID uint64, node Node, log zerolog.Logger) *Monitor {
	return &Monitor{chainID: chainID, node: node, log: log}
}

// UseHead takes the head from head (the chain tracker's latest) instead of
// asking the node for it; the probe then only asks eth_syncing. A nil
// answer falls back to asking. Call it before Run.
func (m *Monitor) UseHead(head func() *types.Header) { m.tracked = head }

// Reachable reports a node that answered the last probe.
func (m *Monitor) Reachable() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.checked && m.failures == 0
}

// Open reports an open circuit breaker.
func (m *Monitor) Open() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.failures >= BreakerThreshold
}

// Unavailable is ErrNodeUnavailable while the circuit breaker is open, nil
// otherwise (admission.Config.Unavailable).
func (m *Monitor) Unavailable() error {
	if m.Open() {
		return ErrNodeUnavailable
	}
	return nil
}

// Run probes the node until ctx ends.
func (m *Monitor) Run(ctx context.Context) {
	t := time.NewTicker(Interval)
	defer t.Stop()
	for {
		m.Probe(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Probe asks the node for its head and sync state once and records the
// answer (no lock is held while it asks).
func (m *Monitor) Probe(ctx context.Context) {
	cctx, cancel := context.WithTimeout(ctx, Timeout)
	defer cancel()
	var n hexutil.Uint64
	var err error
	if h := m.latest(); h != nil {
		n = hexutil.Uint64(h.Number.Uint64())
	} else {
		err = m.node.CallContext(cctx, &n, "eth_blockNumber")
	}
	var syncing bool
	if err == nil {
		var progress any
		if err = m.node.CallContext(cctx, &progress, "eth_syncing"); err == nil {
			syncing = progress != nil && progress != false
		}
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.checked = true
	if err != nil {
		if ctx.Err() != nil {
			return
		}
		m.failures++
		m.lastErr = err.Error()
		if m.failures == BreakerThreshold {
			m.log.Warn().Err(err).Msg("chain node unreachable: circuit breaker open")
		}
		return
	}
	if m.failures >= BreakerThreshold {
		m.log.Info().Msg("chain node reachable again: circuit breaker closed")
	}
	m.failures, m.lastErr, m.syncing = 0, "", syncing
	if head := uint64(n); head != m.head {
		m.head, m.headAt = head, time.Now()
	}
}

func (m *Monitor) latest() *types.Header {
	if m.tracked == nil {
		return nil
	}
	return m.tracked()
}

// Readiness is one chain's part of /ready.
type Readiness struct {
	ChainID  uint64  `json:"chainId"`
	Ready    bool    `json:"ready"`
	Breaker  string  `json:"breaker"` // closed or open
	Syncing  bool    `json:"syncing"`
	Head     uint64  `json:"head"`
	HeadAgeS float64 `json:"headAgeSeconds"`
	Error    string  `json:"error,omitempty"`
}

// Readiness reports the last probe's view.
func (m *Monitor) Readiness() Readiness {
	m.mu.Lock()
	defer m.mu.Unlock()
	r := Readiness{ChainID: m.chainID, Breaker: "closed", Syncing: m.syncing, Head: m.head, Error: m.lastErr}
	if !m.headAt.IsZero() {
		r.HeadAgeS = time.Since(m.headAt).Seconds()
	}
	if m.failures >= BreakerThreshold {
		r.Breaker = "open"
	}
	r.Ready = m.checked && m.failures == 0 && !m.syncing
	return r
}
