// Package mempool owns the per-chain, per-EntryPoint pool of UserOperations:
// admission (replacement, limits, eviction), ordering, time windows and
// status.
//
// A Pool never talks to a chain. The caller (the RPC layer or the bundle
// builder) validates an op and passes what validation found (entities and
// their stake, the validity window, the prefund, the paymaster deposit) to
// Add; the pool enforces the ERC-7562 mempool rules on top of that.
//
// # Ordering
//
// Bundles are ordered by effective tip, min(maxPriorityFeePerGas,
// maxFeePerGas-baseFee). The pool keeps every Pending op in a binary max-heap
// keyed by the effective tip at the pool's current base fee, and every
// evictable (Scheduled or Pending) op in a min-heap with the same key. The
// key only changes when the base fee changes, which happens once per block:
// SetBaseFee (or Best with a new BaseFee) recomputes the keys and re-heapifies
// in O(n). Adds and removals are O(log n). Best walks the max-heap lazily in
// key order without mutating it (a small frontier heap of heap positions), so
// selecting a bundle costs O(k log k) for k visited ops instead of sorting the
// pool.
//
// # Error codes
//
// Admission errors are *Error values carrying the ERC-7769 code the RPC layer
// returns unchanged (ErrorCode, ErrorData), following the reference bundler:
//   - -32602 underpriced replacement, replacement of an op already in a
//     bundle, a full pool whose lowest op pays more, invalid input;
//   - -32503 validity window already closed or (for ops that may not wait)
//     not yet open;
//   - -32504 an entity is banned, or throttled and at its throttled quota;
//   - -32505 an unstaked sender or entity at its mempool quota (the reference
//     raises its "is unstaked" stake error here);
//   - -32508 the paymaster's deposit does not cover all its mempool ops;
//   - -32603 the Store failed to persist the op.
package mempool
