// Package bench is the logic of `klaster bench`: a load generator that
// measures any ERC-4337 bundler through the ERC-7769 JSON-RPC API alone
// (and klaster-rpc for its interchain part).
//
// A run creates counterfactual accounts, funds them with plain transfers,
// deploys them with a wave of UserOps carrying initCode, then sends waves
// of plain UserOps at a chosen concurrency. It reports acceptance, send
// latency, time to inclusion, bundle sizes, gas per op and whether every
// receipt is backed by a UserOperationEvent in that transaction on the node.
// In the same run it times the node's own debug_traceCall of the same
// validation call with the erc7562Tracer (the floor any bundler that runs
// full ERC-7562 validation pays) and reports the send latency against it.
package bench
