package mempool

import (
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// ERC-7562 mempool constants (§ constants table).
const (
	SameSenderMempoolCount         = 4  // UREP-010
	SameUnstakedEntityMempoolCount = 10 // UREP-020
	ThrottledEntityMempoolCount    = 4  // GREP-020
	ThrottledEntityBundleCount     = 4  // GREP-020
	ThrottledEntityLiveBlocks      = 10 // GREP-020
)

// ReputationStatus is an entity's ERC-7562 reputation status.
type ReputationStatus int

// Reputation statuses.
const (
	ReputationOK ReputationStatus = iota
	ReputationThrottled
	ReputationBanned
)

// Reputation tells the pool an entity's reputation status. It is called with
// the pool lock held and must not call back into the pool.
type Reputation interface {
	Status(addr common.Address) ReputationStatus
}

// EntityQuota is optionally implemented by a Reputation to raise the quota of
// an unstaked factory or paymaster above base (UnstakedEntityLimit) by its
// inclusions (UREP-020).
type EntityQuota interface {
	OpsAllowed(addr common.Address, base int) int
}

// Config configures a Pool. Zero values take the defaults noted.
type Config struct {
	ChainID    uint64
	EntryPoint common.Address

	MaxOps                     int // live ops (Scheduled+Pending+Submitted); default 50000
	SameSenderLimit            int // ops per unstaked sender; default 4
	StakedSenderLimit          int // ops per staked sender; default 0: unlimited (SREP-040)
	UnstakedEntityLimit        int // ops per unstaked factory/paymaster; default 10
	ThrottledEntityLimit       int // ops per throttled entity; default 4
	ThrottledEntityBundleCount int // ops per throttled entity in one bundle; default 4
	// ThrottledEntityLiveBlocks is how many blocks an op naming a throttled
	// entity may stay Pending or Scheduled (GREP-020); default 10.
	ThrottledEntityLiveBlocks uint64
	ReplacementBumpPercent    int64 // required fee bump on both fee fields; default 10

	// TTL bounds the time an op without RetryUntilWindowEnd stays Scheduled
	// or Pending, counted from when its window opened (or it was added);
	// Prune expires older ones. Default 30 min; negative: none.
	TTL time.Duration
	// FinishedTTL and MaxFinished bound the set of finished ops kept for
	// status lookups. Defaults 1 h and 100000.
	FinishedTTL time.Duration
	MaxFinished int

	// AllowScheduled lets every op with a future validAfter wait as
	// Scheduled, not only those added with WaitForWindow.
	AllowScheduled bool

	// Resims bounds the re-simulations of waiting ops that Tick hands out
	// per block; one budget is shared by the pools of a chain. Nil: no
	// bound.
	Resims *ResimBudget
	// Refresh, when set, updates a waiting op that passed its
	// re-simulation with what it found (prefund, entities' stake,
	// paymaster deposit) before it is judged as a candidate. It runs under
	// the pool lock: memory only.
	Refresh func(*Entry)

	Reputation Reputation       // nil: every entity is OK
	Store      Store            // nil: nothing is persisted
	Now        func() time.Time // nil: time.Now
	// OnStoreError receives persistence failures that do not fail the call
	// (deleting a replaced, evicted or finished op). Nil: ignored.
	OnStoreError func(error)
}

func (c Config) withDefaults() Config {
	def := func(v *int, d int) {
		if *v == 0 {
			*v = d
		}
	}
	def(&c.MaxOps, 50000)
	def(&c.SameSenderLimit, SameSenderMempoolCount)
	def(&c.UnstakedEntityLimit, SameUnstakedEntityMempoolCount)
	def(&c.ThrottledEntityLimit, ThrottledEntityMempoolCount)
	def(&c.ThrottledEntityBundleCount, ThrottledEntityBundleCount)
	if c.ThrottledEntityLiveBlocks == 0 {
		c.ThrottledEntityLiveBlocks = ThrottledEntityLiveBlocks
	}
	def(&c.MaxFinished, 100000)
	if c.ReplacementBumpPercent == 0 {
		c.ReplacementBumpPercent = 10
	}
	if c.TTL == 0 {
		c.TTL = 30 * time.Minute
	}
	if c.FinishedTTL == 0 {
		c.FinishedTTL = time.Hour
	}
	if c.Store == nil {
		c.Store = nopStore{}
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return c
}
