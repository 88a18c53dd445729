// Package validation owns ERC-4337 UserOperation validation: simulating it
// through EntryPointSimulations with go-ethereum's native erc7562Tracer and
// checking the ERC-7562 rules on the trace.
//
// The entry point is Validator.Validate. Errors it returns for a rejected op
// are *erc7769.Error values carrying the ERC-7769 JSON-RPC code (ErrorCode) and data
// (ErrorData), so the RPC layer can return them unchanged.
package validation
