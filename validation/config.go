package validation

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/klaster-dev/klaster/entrypoint"
)

// BeaconRootsAddress is the EIP-4788 beacon roots contract.
var BeaconRootsAddress = common.HexToAddress("0x000F3df6D732807Ef1319fB7B8bB8522d0Beac02")

// AllowedStorage lets every entity, staked or not, access the storage of
// Contract (only SLOAD when ReadOnly). It is a local extension to ERC-7562.
type AllowedStorage struct {
	Contract common.Address
	ReadOnly bool
}

// Config holds the ERC-7562 constants and every limit with a known conflict
// between the ERC and the compatibility suite. All fields are plain values;
// the caller wires them to flags.
type Config struct {
	// Staking (SREP-010): an entity is staked with at least MinStake wei and
	// an unstake delay of at least MinUnstakeDelay seconds.
	MinStake        *big.Int
	MinUnstakeDelay uint64

	// Mempool constants of the ERC table (used by the mempool, kept here so
	// every rule constant lives in one place).
	SameSenderMempoolCount         int
	SameUnstakedEntityMempoolCount int
	ThrottledEntityMempoolCount    int
	ThrottledEntityBundleCount     int

	// Limits (LIM-*).
	MaxUserOpSize              int    // LIM-010
	MaxContextSize             int    // LIM-020, paymaster context bytes
	EnforceValidationGasSlack  bool   // LIM-030; off for the compatibility suite
	ValidationGasSlack         uint64 // LIM-030
	MaxBundleSize              int    // LIM-040
	MaxBundleContextSize       int    // LIM-050
	EnforceMaxVerificationGas  bool   // LIM-060; off for the compatibility suite
	MaxVerificationGas         uint64 // LIM-060
	PreVerificationOverheadGas uint64 // LIM-070
	// EnforcePreVerificationOverhead applies LIM-070 as the ERC writes it
	// (calldata cost + PreVerificationOverheadGas). Off by default: the gas
	// prechecks use the reference calculator instead (notes §1.12).
	EnforcePreVerificationOverhead bool

	// AssociatedSlotRange is the largest n in keccak(A‖x)+n that still
	// counts as storage associated with A.
	AssociatedSlotRange uint64
	// AllowedPrecompiles may be called during validation (OP-062).
	AllowedPrecompiles []common.Address
	// PrecompileRangeEnd: addresses below it without code are treated as
	// (forbidden) precompiles (OP-062) instead of undeployed contracts (OP-041).
	PrecompileRangeEnd uint64
	// AllowedEntryPointSelectors may be called on the EntryPoint from
	// validation (OP-052, OP-055); empty calldata (OP-053) is always allowed.
	AllowedEntryPointSelectors [][4]byte
	// StorageAllowlist is our EIP-4788 extension (see AllowedStorage).
	StorageAllowlist []AllowedStorage
	// BeaconRootsWindow caps, in seconds after the validation block, the
	// inclusion deadline against which reads of the EIP-4788 ring buffer are
	// checked: an unstaked read of an index that a block up to the deadline
	// (or the op's validUntil, if earlier) writes is refused. 0 means
	// DefaultBeaconRootsWindow.
	BeaconRootsWindow uint64

	// ValidUntilMargin rejects ops expiring within this many seconds of the
	// validation block (-32503).
	ValidUntilMargin uint64
	// RejectNotDue rejects ops whose validAfter is still in the future.
	// Off by default: Klaster ops are admitted before their window opens.
	RejectNotDue bool

	// SimulationGas is the gas of the simulateValidation call on top of the
	// op's verification gas limits.
	SimulationGas uint64
	// MaxSimulationGas caps the call gas (EIP-7825 caps a tx at 2^24).
	MaxSimulationGas uint64
	// MaxConcurrentCalls bounds concurrent node calls per Validator.
	MaxConcurrentCalls int
	// Unsafe skips tracing: a plain eth_call and no rule checks (--unsafe).
	Unsafe bool
	// EntryPoints are the EntryPoints the chain serves with their versions
	// (the chain spec's); an op for any other address is refused.
	EntryPoints entrypoint.Set
}

// DefaultConfig returns the ERC-7562 values.
func DefaultConfig() Config {
	return Config{
		MinStake:                       big.NewInt(params.Ether),
		MinUnstakeDelay:                86400,
		SameSenderMempoolCount:         4,
		SameUnstakedEntityMempoolCount: 10,
		ThrottledEntityMempoolCount:    4,
		ThrottledEntityBundleCount:     4,
		MaxUserOpSize:                  8192,
		MaxContextSize:                 2048,
		EnforceValidationGasSlack:      true,
		ValidationGasSlack:             4000,
		MaxBundleSize:                  262144,
		MaxBundleContextSize:           65536,
		EnforceMaxVerificationGas:      true,
		MaxVerificationGas:             500000,
		PreVerificationOverheadGas:     50000,
		AssociatedSlotRange:            128,
		AllowedPrecompiles:             defaultPrecompiles(),
		PrecompileRangeEnd:             0x400,
		AllowedEntryPointSelectors: [][4]byte{
			{0xb7, 0x60, 0xfa, 0xf9}, // depositTo(address)
			{0x0b, 0xd2, 0x8e, 0x3b}, // incrementNonce(uint192)
		},
		StorageAllowlist:   []AllowedStorage{{Contract: BeaconRootsAddress, ReadOnly: true}},
		BeaconRootsWindow:  DefaultBeaconRootsWindow,
		ValidUntilMargin:   30,
		SimulationGas:      2_000_000,
		MaxSimulationGas:   params.MaxTxGas,
		MaxConcurrentCalls: 8,
		EntryPoints:        entrypoint.Canonical(),
	}
}

// DevProfile returns what the compatibility suite accepts (notes §1.12):
// 1 ETH / 2 s stake, LIM-030 and LIM-060 off.
func DevProfile() Config {
	c := DefaultConfig()
	c.MinUnstakeDelay = 2
	c.EnforceValidationGasSlack = false
	c.EnforceMaxVerificationGas = false
	return c
}

// defaultPrecompiles: 0x01..0x11 and P256VERIFY at 0x100 (OP-062).
func defaultPrecompiles() []common.Address {
	out := make([]common.Address, 0, 18)
	for i := 1; i <= 0x11; i++ {
		out = append(out, common.BigToAddress(big.NewInt(int64(i))))
	}
	return append(out, common.BigToAddress(big.NewInt(0x100)))
}

// IsStaked applies SREP-010 with the configured thresholds.
func (c *Config) IsStaked(s StakeInfo) bool {
	if s.Stake == nil || c.MinStake == nil {
		return false
	}
	return s.Stake.Cmp(c.MinStake) >= 0 && s.UnstakeDelay >= c.MinUnstakeDelay
}
