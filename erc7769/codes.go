package erc7769

// JSON-RPC error codes. The -325xx codes are ERC-7769's; the others are
// JSON-RPC 2.0's, EIP-1474's and go-ethereum's.
const (
	CodeParseError     = -32700 // JSON-RPC: invalid JSON
	CodeInvalidRequest = -32600 // JSON-RPC: not a valid request (also: body or batch too large)
	CodeMethodNotFound = -32601 // JSON-RPC: returned by go-ethereum's dispatcher
	CodeInvalidParams  = -32602 // ERC-7769: invalid UserOperation struct/fields
	CodeInternal       = -32603 // JSON-RPC: internal error
	CodeTimeout        = -32002 // go-ethereum: "request timed out"
	CodeLimitExceeded  = -32005 // EIP-1474: limit exceeded (rate limit, subscription limit)

	CodeRejectedByEntryPoint   = -32500 // ERC-7769: rejected by EntryPoint simulation (wallet creation or validation)
	CodeRejectedByPaymaster    = -32501 // ERC-7769: rejected by the paymaster's validatePaymasterUserOp
	CodeOpcodeValidation       = -32502 // ERC-7769: ERC-7562 opcode/storage rule violation
	CodeOutOfTimeRange         = -32503 // ERC-7769: UserOperation out of time range
	CodeThrottledOrBanned      = -32504 // ERC-7769: paymaster or other entity throttled or banned
	CodeStakeTooLow            = -32505 // ERC-7769: stake or unstake delay too low
	CodeUnsupportedAggregator  = -32506 // ERC-4337 (dropped from ERC-7769): unsupported signature aggregator
	CodeInvalidSignature       = -32507 // ERC-7769: account or paymaster signature check failed
	CodePaymasterDepositTooLow = -32508 // ERC-7769: paymaster deposit cannot cover all pending ops
	CodeExecutionReverted      = -32521 // reference bundler: callData execution reverted during estimation
)
