// Package metrics owns klaster's Prometheus metrics: one registry per process
// (no global default registry), per-chain collectors, and the /metrics
// handler.
//
// Create one Metrics with New, hand it to every component, and serve
// Handler at /metrics. Components record events through a per-chain handle:
//
//	m.Chain(chainID).OpReceived()
//	m.Chain(chainID).RPCDuration("eth_sendUserOperation", time.Since(start))
//
// Counts that a component already keeps (mempool sizes, reputation entries)
// are read on scrape through RegisterPoolCounter and
// RegisterReputationCounter instead of being mirrored into gauges.
//
// Everything is nil-safe: a nil *Metrics returns nil chain handles, and every
// method of a nil *Chain does nothing, so packages run (and are tested)
// without metrics.
//
// Every series carries a "chain" label with the decimal chain id.
package metrics
