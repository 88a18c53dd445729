// Package store owns klaster's durable state backends: memory (default) and
// Redis.
//
// Memory keeps nothing beyond the process (the pools themselves hold the
// state). Redis persists each mempool in one hash per (chain, EntryPoint),
// field = userOpHash, value = the stable JSON of mempool.Entry, and provides
// renewable leases so that exactly one of several klaster processes builds
// bundles for a chain.
package store
