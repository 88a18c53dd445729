// Package bundler owns a chain's bundle pipeline: it selects ops from the
// chain's mempools, validates them a second time, simulates the bundle,
// signs and sends the handleOps transaction, and tracks it to inclusion,
// replacing stuck transactions and undoing reorged-out bundles.
//
// One Builder runs per chain. Its loop goroutine owns all bundle state;
// other goroutines talk to it through channels.
package bundler
