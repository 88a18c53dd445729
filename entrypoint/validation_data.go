package entrypoint

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// MaxUint48 is the largest uint48, the value of an unbounded validUntil.
const MaxUint48 uint64 = 1<<48 - 1

// sigValidationFailed is SIG_VALIDATION_FAILED (Helpers.sol) as an address.
var sigValidationFailed = common.Address{19: 1}

// ValidationData is the parsed uint256 returned by validateUserOp and
// validatePaymasterUserOp: aggregator (low 160 bits), validUntil (next 48
// bits; 0 on the wire means "forever" and is parsed as MaxUint48) and
// validAfter (next 48 bits).
type ValidationData struct {
	// Aggregator is the zero address for success, address(1) for a signature
	// failure, otherwise a signature aggregator. For a paymaster any
	// non-zero value is a signature failure.
	Aggregator common.Address
	ValidAfter uint64
	ValidUntil uint64
}

// ParseValidationData splits a packed validationData word (like
// Helpers._parseValidationData). Bits above 256 are ignored.
func ParseValidationData(v *big.Int) ValidationData {
	var w [32]byte
	if v != nil {
		var tmp big.Int
		tmp.And(v, maxUint256()).FillBytes(w[:])
	}
	return ParseValidationDataBytes(w)
}

// ParseValidationDataBytes is ParseValidationData on a big-endian word.
func ParseValidationDataBytes(w [32]byte) ValidationData {
	var d ValidationData
	copy(d.Aggregator[:], w[12:32])
	d.ValidUntil = be48(w[6:12])
	d.ValidAfter = be48(w[0:6])
	if d.ValidUntil == 0 {
		d.ValidUntil = MaxUint48
	}
	return d
}

// Pack encodes d back into the uint256 word; times are masked to 48 bits. A
// ValidUntil of MaxUint48 is written as-is (the contracts treat 0 and
// MaxUint48 alike).
func (d ValidationData) Pack() *big.Int {
	var w [32]byte
	put48(w[0:6], d.ValidAfter)
	put48(w[6:12], d.ValidUntil)
	copy(w[12:], d.Aggregator[:])
	return new(big.Int).SetBytes(w[:])
}

// SigFailed reports a signature failure (aggregator == address(1)).
func (d ValidationData) SigFailed() bool { return d.Aggregator == sigValidationFailed }

// HasAggregator reports a real signature aggregator (neither 0 nor 1).
func (d ValidationData) HasAggregator() bool {
	return d.Aggregator != (common.Address{}) && !d.SigFailed()
}

// TimeRange returns the validity window.
func (d ValidationData) TimeRange() TimeRange {
	return TimeRange{ValidAfter: d.ValidAfter, ValidUntil: d.ValidUntil}
}

// String implements fmt.Stringer.
func (d ValidationData) String() string {
	return fmt.Sprintf("ValidationData{aggregator: %s, validAfter: %d, validUntil: %d}", d.Aggregator.Hex(), d.ValidAfter, d.ValidUntil)
}

// TimeRange is a validity window in seconds since the epoch; ValidUntil is
// inclusive. The zero value is not "unbounded": use UnboundedTimeRange.
type TimeRange struct {
	ValidAfter uint64
	ValidUntil uint64
}

// UnboundedTimeRange returns [0, MaxUint48].
func UnboundedTimeRange() TimeRange { return TimeRange{ValidAfter: 0, ValidUntil: MaxUint48} }

// Intersect returns the intersection of two windows (the later validAfter
// and the earlier validUntil), as a bundler does with the account and
// paymaster windows reported by simulateValidation. The result may be empty
// (see Empty). Both windows must count the same unit: a v0.9 block window
// and a timestamp window do not intersect this way.
func (r TimeRange) Intersect(o TimeRange) TimeRange {
	out := r
	if o.ValidAfter > out.ValidAfter {
		out.ValidAfter = o.ValidAfter
	}
	if o.ValidUntil < out.ValidUntil {
		out.ValidUntil = o.ValidUntil
	}
	return out
}

// Empty reports whether no timestamp satisfies the window.
func (r TimeRange) Empty() bool { return r.ValidAfter > r.ValidUntil }

// ValidAt reports whether an op with this (timestamp) window is accepted by
// EntryPoint v at block timestamp now. v0.6/v0.7 reject now < validAfter;
// v0.8/v0.9 reject now <= validAfter. All reject now > validUntil. For a
// window that may count blocks (v0.9) use ValidIn.
func (r TimeRange) ValidAt(v Version, now uint64) bool {
	if now > r.ValidUntil {
		return false
	}
	if v >= V08 {
		return now > r.ValidAfter
	}
	return now >= r.ValidAfter
}

// ValidityBlockRangeFlag is EntryPoint v0.9's VALIDITY_BLOCK_RANGE_FLAG:
// when validAfter and validUntil are both above it, the window counts block
// numbers (the bits below it) instead of seconds.
const ValidityBlockRangeFlag uint64 = 1 << 47

// IsBlockRange reports whether EntryPoint v reads the window as block
// numbers: v0.9 and later, with both bounds strictly above the flag (a
// validUntil of 0 is parsed as MaxUint48, which is). Like the EntryPoint,
// validAfter equal to the flag (block 0) is a timestamp window.
func (r TimeRange) IsBlockRange(v Version) bool {
	return v.HasBlockRange() && r.ValidAfter > ValidityBlockRangeFlag && r.ValidUntil > ValidityBlockRangeFlag
}

// Bounds returns the window as EntryPoint v compares it: block numbers
// without the flag when blocks is true, else seconds.
func (r TimeRange) Bounds(v Version) (after, until uint64, blocks bool) {
	if r.IsBlockRange(v) {
		return r.ValidAfter &^ ValidityBlockRangeFlag, r.ValidUntil &^ ValidityBlockRangeFlag, true
	}
	return r.ValidAfter, r.ValidUntil, false
}

// ValidIn reports whether EntryPoint v accepts the window in a block with
// this number and timestamp (EntryPoint._getValidationData: a block window
// is open for validAfter < number <= validUntil).
func (r TimeRange) ValidIn(v Version, number, timestamp uint64) bool {
	after, until, blocks := r.Bounds(v)
	if !blocks {
		return r.ValidAt(v, timestamp)
	}
	return number > after && number <= until
}

// BlockRange returns the v0.9 validationData bounds of the block window
// (after, until]: the flag set on both.
func BlockRange(after, until uint64) TimeRange {
	return TimeRange{ValidAfter: after | ValidityBlockRangeFlag, ValidUntil: until | ValidityBlockRangeFlag}
}

// IntersectValidationData merges the account and paymaster validationData
// of a simulation: the account's aggregator is kept and the time ranges are
// intersected. A paymaster signature failure
// (non-zero paymaster aggregator) is reported by pmSigFailed.
func IntersectValidationData(account, paymaster ValidationData) (merged ValidationData, pmSigFailed bool) {
	tr := account.TimeRange().Intersect(paymaster.TimeRange())
	return ValidationData{Aggregator: account.Aggregator, ValidAfter: tr.ValidAfter, ValidUntil: tr.ValidUntil},
		paymaster.Aggregator != (common.Address{})
}

func be48(b []byte) uint64 {
	return uint64(b[0])<<40 | uint64(b[1])<<32 | uint64(b[2])<<24 | uint64(b[3])<<16 | uint64(b[4])<<8 | uint64(b[5])
}

func put48(b []byte, v uint64) {
	for i := 5; i >= 0; i-- {
		b[i] = byte(v)
		v >>= 8
	}
}

func maxUint256() *big.Int {
	return new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
}

// Windows splits the account's and the paymaster's validationData of an op
// for EntryPoint v into the window the EntryPoint checks against the block
// timestamp and the one (v0.9) it checks against the block number: each
// side is one or the other, and sides of the same kind intersect. blocks is
// nil when neither side counts blocks; its bounds carry no flag.
func Windows(v Version, account, paymaster ValidationData) (timeWindow TimeRange, blocks *TimeRange) {
	timeWindow = UnboundedTimeRange()
	for _, d := range [...]TimeRange{account.TimeRange(), paymaster.TimeRange()} {
		after, until, isBlocks := d.Bounds(v)
		if !isBlocks {
			timeWindow = timeWindow.Intersect(d)
			continue
		}
		b := TimeRange{ValidAfter: after, ValidUntil: until}
		if blocks != nil {
			b = blocks.Intersect(b)
		}
		blocks = &b
	}
	return timeWindow, blocks
}
