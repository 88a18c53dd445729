// Package entrypoint owns the EntryPoint v0.7/v0.8 data model: UserOperation
// JSON and packing, userOpHash, validationData, and decoding of EntryPoint
// errors.
//
// The package is pure: it never talks to a node. Values that the EntryPoint
// reads from chain state (for example the EIP-7702 delegate of a sender, which
// enters the v0.8 userOpHash) are explicit inputs.
package entrypoint
