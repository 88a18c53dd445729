// Package gossip carries committed interchain transactions between klaster
// nodes over libp2p gossipsub, on the topic /klaster/itx/1. It owns the
// libp2p host (with a persistent identity), the connections to configured
// peers, peer scoring, and the topic validator that bounds message size and
// per-peer rate and drops every message the caller's check refuses, so that
// its sender's score falls.
package gossip
