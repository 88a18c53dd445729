// Package admission owns accepting UserOperations into a chain's mempools:
// prechecks, ERC-7562 validation, reputation, then the pool insert.
// eth_sendUserOperation admits one op; klaster_sendInterchainTx checks every
// op of an interchain transaction first and inserts them only when all pass.
package admission
