package validation

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// BeaconRootsBufferLength is HISTORY_BUFFER_LENGTH of EIP-4788: the contract
// keeps the timestamp of block t at slot t mod 8191 and its parent beacon
// root at slot t mod 8191 + 8191, both written by the protocol at the start
// of block t.
const BeaconRootsBufferLength = 8191

// DefaultBeaconRootsWindow is how long, in seconds after the validation
// block, an op may wait for its inclusion before a read of the beacon-roots
// ring buffer could see another value (--validation.beacon-roots-window).
const DefaultBeaconRootsWindow = 600

// beaconRootsIndex returns the ring-buffer index slot s belongs to; ok is
// false for slots the protocol never writes (they read zero forever).
func beaconRootsIndex(s common.Hash) (uint64, bool) {
	v := new(big.Int).SetBytes(s[:])
	if !v.IsUint64() || v.Uint64() >= 2*BeaconRootsBufferLength {
		return 0, false
	}
	return v.Uint64() % BeaconRootsBufferLength, true
}

// beaconRootsWritten reports whether a block with a timestamp in
// (blockTime, deadline] would write the ring-buffer index of slot s, which
// is when a read of s at blockTime can differ from the same read at
// inclusion. Any second in the range is assumed to possibly hold a block.
func beaconRootsWritten(s common.Hash, blockTime, deadline uint64) (index uint64, written bool) {
	index, ok := beaconRootsIndex(s)
	if !ok {
		return 0, false
	}
	if deadline <= blockTime {
		return index, false
	}
	span := deadline - blockTime
	if span >= BeaconRootsBufferLength {
		return index, true
	}
	first := (blockTime + 1) % BeaconRootsBufferLength
	dist := (index + BeaconRootsBufferLength - first) % BeaconRootsBufferLength
	return index, dist < span
}

// beaconRootsDeadline is the latest time an op validated at blockTime may
// be included: the configured window, or the op's validUntil if earlier.
func beaconRootsDeadline(cfg *Config, blockTime, validUntil uint64) uint64 {
	window := cfg.BeaconRootsWindow
	if window == 0 {
		window = DefaultBeaconRootsWindow
	}
	d := blockTime + window
	if validUntil != 0 && validUntil < d {
		d = validUntil
	}
	return d
}
