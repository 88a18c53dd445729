// Package rpc owns klaster's JSON-RPC surface: the HTTP/WebSocket transport
// mounted on chi, its limits, and one file per RPC method.
//
// Dispatch, batching and subscriptions come from go-ethereum's rpc package:
// there is one go-ethereum rpc server per chain, served at /rpc/{chainId}, and
// one for the root path /. The transport in front of them (server.go and the
// middleware_*.go files) enforces the limits in Options and logs requests.
//
// Methods live in files named after them (eth_chainId.go, klaster_getInfo.go,
// ...), as methods on the per-namespace service structs declared in api.go.
// Errors returned by methods should be *erc7769.Error values (errors.go), which carry
// ERC-7769 codes.
package rpc
