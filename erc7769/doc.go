// Package erc7769 owns the error surface of the bundler's JSON-RPC API: the
// ERC-7769 (and JSON-RPC) error codes, declared here and nowhere else, and
// the one error type every domain package returns when a client must see a
// code. It imports only the standard library, so any package can use it.
//
// The error carries, besides the wire fields (code, message, data), the
// typed facts Go callers decide on: the rule (an ERC-7562 rule id or an
// EntryPoint AAxx code), the entity at fault, its address, a sentinel kind
// for errors.Is, and the cause. Reputation blame is derived from Entity and
// Rule, never from the message text.
package erc7769
