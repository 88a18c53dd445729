// Package archcheck holds no code: its test enforces the repository's
// structure rules in CI (go test ./... from scripts/test):
//   - ERC-7769 / JSON-RPC error codes are declared in package erc7769 only;
//   - an EntryPoint's version is derived in package chainspec only (every
//     other package asks the chain's entrypoint.Set);
//   - package app stays within its line budget.
package archcheck
