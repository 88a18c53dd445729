package bundler

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// Mode says when bundles are built.
type Mode string

const (
	// ModeAuto bundles on every new block, when MaxOpsTrigger ops wait, and
	// at least every Interval.
	ModeAuto Mode = "auto"
	// ModeManual bundles only on SendBundleNow (debug_bundler_sendBundleNow).
	ModeManual Mode = "manual"
)

// Config configures a chain's Builder.
type Config struct {
	ChainID uint64
	Mode    Mode
	// Interval bundles at least this often while ops wait (auto mode).
	Interval time.Duration
	// MaxOpsTrigger bundles as soon as this many ops wait; 0 disables it.
	MaxOpsTrigger int
	// MaxBundleGas caps the sum of the ops' gas limits in one bundle.
	MaxBundleGas uint64
	// Signers send bundles; each has at most one bundle in flight.
	Signers []*ecdsa.PrivateKey
	// Fees: tip floor and multipliers, legacy (type-0) transactions.
	Fees FeePolicy
	// Beneficiary receives the EntryPoint's gas refunds; zero means the
	// signer that sends the bundle.
	Beneficiary common.Address
	// PollInterval is how often the head is polled (without Heads), and how
	// often the builder checks its Interval.
	PollInterval time.Duration
	// Heads, when set, delivers the chain's new heads (the chain tracker's):
	// the builder then polls no head itself, except for a manual bundle.
	Heads <-chan *types.Header
	// Latest, when set, reads the current head for a manual bundle (and
	// without Heads, on each poll): the chain tracker's Latest. Nil: the
	// node's latest header.
	Latest func(ctx context.Context) (*types.Header, error)
	// ReplaceAfterBlocks replaces a bundle transaction not mined after this
	// many blocks, with fees bumped by FeeBumpPercent.
	ReplaceAfterBlocks uint64
	FeeBumpPercent     int64
	// MaxReplacements is how often a bundle is replaced before it is
	// cancelled (a 0-value self-transfer on its nonce) and its ops requeued.
	MaxReplacements int
	// ReorgDepth is how many blocks a mined bundle is watched for reorgs.
	ReorgDepth uint64
	// LowBalance logs a warning when a signer's balance drops below it.
	LowBalance *big.Int
	// RevalidateConcurrency bounds parallel second validations.
	RevalidateConcurrency int
	// Limits are the bundle size limits applied when building.
	Limits Limits
}

// Limits bound what one bundle may carry: ERC-7562's LIM-040 and LIM-050,
// and the node's transaction-size limit (geth refuses transactions over
// 128 KiB).
type Limits struct {
	// MaxBundleSize is LIM-040: handleOps calldata bytes (0: no limit).
	MaxBundleSize int
	// MaxBundleContextSize is LIM-050: the sum of the ops' paymaster
	// context bytes (0: no limit).
	MaxBundleContextSize int
	// MaxTxSize is the node's limit on a signed transaction's encoded size
	// (0: DefaultMaxTxSize).
	MaxTxSize int
}

// DefaultMaxTxSize is geth's txMaxSize (4 slots of 32 KiB).
const DefaultMaxTxSize = 128 * 1024

// txEnvelopeReserve is what a bundle transaction adds to its calldata:
// the RLP envelope, signature and fee fields, with room to spare.
const txEnvelopeReserve = 1024

// authorizationSize bounds one RLP-encoded EIP-7702 authorization.
const authorizationSize = 160

func (c Config) withDefaults() Config {
	if c.Mode == "" {
		c.Mode = ModeAuto
	}
	if c.Interval <= 0 {
		c.Interval = time.Second
	}
	if c.MaxBundleGas == 0 || c.MaxBundleGas > params.MaxTxGas-1_000_000 {
		c.MaxBundleGas = params.MaxTxGas - 1_000_000
	}
	if c.PollInterval <= 0 {
		c.PollInterval = 200 * time.Millisecond
	}
	if c.ReplaceAfterBlocks == 0 {
		c.ReplaceAfterBlocks = 3
	}
	if c.FeeBumpPercent < 10 {
		c.FeeBumpPercent = 15 // node txpools want at least 10% on both fee fields
	}
	if c.MaxReplacements == 0 {
		c.MaxReplacements = 3
	}
	if c.ReorgDepth == 0 {
		c.ReorgDepth = 12
	}
	if c.LowBalance == nil {
		c.LowBalance = big.NewInt(params.Ether / 10)
	}
	if c.RevalidateConcurrency <= 0 {
		c.RevalidateConcurrency = 8
	}
	if c.Limits.MaxTxSize <= 0 {
		c.Limits.MaxTxSize = DefaultMaxTxSize
	}
	return c
}
