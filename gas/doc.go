// Package gas owns UserOperation gas: prechecks before simulation,
// preVerificationGas, fee checks and gas-limit estimation.
//
// The package never imports the JSON-RPC layer. Its errors (*erc7769.Error) carry
// their ERC-7769 code and data through ErrorCode/ErrorData, the interfaces
// go-ethereum's rpc server understands, so the RPC layer returns them
// unchanged.
//
// Files, one concern each:
//   - errors.go: the error type and codes
//   - pvg.go, tokens.go, da.go: preVerificationGas (calldata, EIP-7623 floor, L2 DA hook)
//   - chainstate.go: the chain reads the prechecks need (ChainState, NodeState)
//   - precheck.go: Config and Precheck
//   - fees.go: fee suggestion from the node
//   - override.go, simulate.go, search.go, estimate.go: eth_estimateUserOperationGas
package gas
