package validation

import (
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
)

// Entity names a validation entity (the errors package's role type).
type Entity = erc7769.Entity

// Entities of ERC-7562.
const (
	EntityAccount    = erc7769.EntityAccount
	EntityFactory    = erc7769.EntityFactory
	EntityPaymaster  = erc7769.EntityPaymaster
	EntityAggregator = erc7769.EntityAggregator
)

// StakeInfo is an entity's EntryPoint stake.
type StakeInfo struct {
	Stake        *big.Int
	UnstakeDelay uint64 // seconds
}

// EntityInfo is one entity of an op with its stake.
type EntityInfo struct {
	Address common.Address
	Stake   StakeInfo
	// Staked applies the configured MinStake / MinUnstakeDelay (SREP-010).
	Staked bool
}

// Entities of a validated op. Factory, Paymaster and Aggregator are nil when
// the op has none (the 7702 initCode marker is not a factory).
type Entities struct {
	Sender     EntityInfo
	Factory    *EntityInfo
	Paymaster  *EntityInfo
	Aggregator *EntityInfo
}

// ReturnInfo is the decoded ValidationResult.returnInfo.
type ReturnInfo struct {
	PreOpGas                *big.Int
	Prefund                 *big.Int
	AccountValidationData   entrypoint.ValidationData
	PaymasterValidationData entrypoint.ValidationData
	PaymasterContext        []byte
	// ValidityWindow merges the account and paymaster windows that count
	// seconds.
	ValidityWindow entrypoint.TimeRange
	// BlockWindow (v0.9) merges the windows that count block numbers
	// (VALIDITY_BLOCK_RANGE_FLAG, bounds without the flag): the op is valid
	// in blocks validAfter < n <= validUntil. nil: none.
	BlockWindow *entrypoint.TimeRange
	// SigFailed: the account's validationData signalled a signature failure.
	SigFailed bool
	// PaymasterSigFailed: the paymaster's validationData did.
	PaymasterSigFailed bool
}

// Result is a successful validation.
type Result struct {
	UserOpHash common.Hash
	Version    entrypoint.Version
	EntryPoint common.Address
	ReturnInfo ReturnInfo
	Entities   Entities

	// BlockNumber, BlockHash and BlockTime identify the state validated against.
	BlockNumber uint64
	BlockHash   common.Hash
	BlockTime   uint64
	// WindowOpen reports ValidityWindow.ValidAt(Version, BlockTime) and,
	// with a BlockWindow, that the next block (BlockNumber+1) is inside it.
	WindowOpen bool

	// CodeHashes is the code hash of every contract the validation touched
	// (COD-010); re-check it with Validator.RecheckCodeHashes before bundling.
	CodeHashes map[common.Address]common.Hash
	// Storage is, per entity, the storage slots accessed, keyed by the
	// contract owning the storage.
	Storage map[Entity]map[common.Address][]common.Hash
	// ValidationGas is the gas each entity's validation frame used
	// (EREP-070); empty without tracing.
	ValidationGas map[Entity]uint64
	// Unsafe marks a result produced without tracing (no rule checks).
	Unsafe bool
}

// AccessedStorageOwners returns the contracts whose storage any entity
// accessed, sorted.
func (r *Result) AccessedStorageOwners() []common.Address {
	seen := map[common.Address]bool{}
	var out []common.Address
	for _, byOwner := range r.Storage {
		for a := range byOwner {
			if !seen[a] {
				seen[a] = true
				out = append(out, a)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Cmp(out[j]) < 0 })
	return out
}

// TouchesStorageOf reports whether the validation accessed storage of addr
// (e.g. another mempool op's sender: STO-041).
func (r *Result) TouchesStorageOf(addr common.Address) bool {
	for _, byOwner := range r.Storage {
		if _, ok := byOwner[addr]; ok {
			return true
		}
	}
	return false
}
