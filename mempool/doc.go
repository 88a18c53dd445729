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
// maxFeePerGas-baseFee), ties by insertion. The base fee changes every block,
// so the pool keeps no index keyed by it: Pending ops sit in two static
// binary max-heaps, by maxPriorityFeePerGas and by maxFeePerGas, and Best
// merges them lazily with the threshold algorithm (tiporder.go). An op's
// effective tip is bounded by both its keys, so an op is released once it
// ranks above min(next priority fee, next maxFee-baseFee). Best therefore
// visits only the ops near the top (about the bundle's size when fees are
// well above the base fee, or the affordable ops when the base fee prices
// most out) and never sorts or re-keys the pool; adds and removals are
// O(log n). Eviction uses a static min-heap (lowest maxPriorityFeePerGas,
// then maxFeePerGas, then latest insertion).
//
// # Error codes
//
// Admission errors are *erc7769.Error values carrying the ERC-7769 code the RPC layer
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
