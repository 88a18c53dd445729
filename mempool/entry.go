package mempool

import (
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/entrypoint"
)

// Entity is an address named by an op (sender, factory or paymaster) and
// whether validation found it staked (ERC-7562 SREP-010).
type Entity struct {
	Address common.Address `json:"address"`
	Staked  bool           `json:"staked"`
}

// SourceKind tells how an op reached the pool.
type SourceKind uint8

// Sources of an op.
const (
	SourceRPC SourceKind = iota // eth_sendUserOperation
	SourceITx                   // a leaf of a Klaster interchain transaction
)

// Source is where an op came from; ITxHash and Signer (who signed the
// iTx's root) are set for SourceITx.
type Source struct {
	Kind    SourceKind
	ITxHash common.Hash
	Signer  common.Address
}

// Entry is one op in the pool together with what validation found and its
// lifecycle state.
//
// The caller fills the admission fields (Op to WaitForWindow) and passes the
// Entry to Pool.Add; the pool owns the lifecycle fields (Status to Seq).
// Entries returned by the pool are snapshots: their Op and big.Int values are
// shared with the pool and must be treated as read-only.
type Entry struct {
	Op         *entrypoint.UserOperation
	UserOpHash common.Hash
	EntryPoint common.Address // zero: the pool's
	ChainID    uint64         // zero: the pool's

	Sender    Entity  // Sender.Address must equal Op.Sender
	Factory   *Entity // nil: taken from Op (unstaked), none for the EIP-7702 marker
	Paymaster *Entity // nil: taken from Op (unstaked)

	ValidAfter uint64 // unix seconds; 0: no lower bound
	ValidUntil uint64 // unix seconds; 0: no upper bound
	// ValidAfterBlock and ValidUntilBlock are an EntryPoint v0.9
	// block-number window (VALIDITY_BLOCK_RANGE_FLAG): the op is valid in
	// blocks ValidAfterBlock < n <= ValidUntilBlock. ValidUntilBlock 0: none.
	ValidAfterBlock uint64
	ValidUntilBlock uint64

	Prefund          *big.Int // the op's maximum cost (ERC-7562 EREP-010)
	PaymasterDeposit *big.Int // the paymaster's EntryPoint deposit; nil: not checked

	Source Source
	// RetryUntilWindowEnd keeps an op whose re-simulation fails (Drop) in the
	// pool, to be retried every block until its window closes.
	RetryUntilWindowEnd bool
	// WaitForWindow lets an op whose validAfter lies in the future wait as
	// Scheduled instead of being refused (iTx ops; Config.AllowScheduled for
	// plain ops).
	WaitForWindow bool
	// Waiting marks an op that is not a bundle candidate: it was admitted
	// without passing simulation (an iTx op whose window has not opened, or
	// whose validation failed on chain state), or its last re-simulation
	// failed. It counts against no limit of any sender or entity and never
	// makes another op be refused, replaced or evicted; Best never picks it.
	// Tick hands it out for re-simulation (within Config.Resims), and
	// MarkPending makes it a candidate under every ordinary rule.
	Waiting bool
	// Held marks an op of an iTx whose admission is not committed yet: it
	// obeys every rule but is not bundled (nor re-simulated) until Release,
	// so a crash midway cannot execute part of an iTx that is then rolled
	// back.
	Held bool

	Status      Status
	Reason      string // why the op failed or expired (or the last re-simulation failure)
	AddedAt     time.Time
	UpdatedAt   time.Time
	TxHash      common.Hash // bundle transaction, once Submitted or mined
	BlockNumber uint64      // once mined
	BlockHash   common.Hash // once mined
	// LogIndex is the block-wide index of the op's UserOperationEvent once
	// mined, when known (0: unknown; a real event never has index 0, since
	// the EntryPoint's BeforeExecution log precedes it).
	LogIndex uint64
	Seq      uint64 // insertion sequence, strictly increasing per pool
	// Facts are what the first validation found that later checks need;
	// nil for ops admitted without one (unsafe mode, or a reorged op).
	Facts *ValidationFacts
}

// NonceKey returns the upper 192 bits of the op's nonce.
func (e *Entry) NonceKey() *big.Int {
	if e.Op == nil || e.Op.Nonce == nil {
		return new(big.Int)
	}
	return new(big.Int).Rsh(e.Op.Nonce, 64)
}

// NonceSeq returns the lower 64 bits of the op's nonce.
func (e *Entry) NonceSeq() uint64 {
	_, seq := splitNonce(e.Op.Nonce)
	return seq
}

// Gas returns Gas(e.Op).
func (e *Entry) Gas() uint64 { return Gas(e.Op) }

// windowOpen reports whether the window is open at unix time now for a
// bundle simulated at head next-1 and landing in block next: validAfter <=
// now < validUntil (validUntil is exclusive because a bundle built at now
// lands in a later block) and, with a block window, validAfterBlock <
// next-1 and next <= validUntilBlock.
func (e *Entry) windowOpen(now, next uint64) bool {
	return e.due(now, next) && !e.windowClosed(now, next)
}

// due reports whether the window's lower bounds have passed. A block
// window opens once the head itself is past validAfterBlock (next >
// validAfterBlock+1): the bundle is simulated at the head before it lands in
// next, and both must be inside the window. next 0 (no head seen yet) trusts
// admission, which judged the window against the node's head.
func (e *Entry) due(now, next uint64) bool {
	return e.ValidAfter <= now && (e.ValidUntilBlock == 0 || next == 0 || next > e.ValidAfterBlock+1)
}

// windowClosed reports whether validUntil has been reached at unix time now,
// or block next lies past validUntilBlock. next 0 (no head seen yet) never
// closes a block window.
func (e *Entry) windowClosed(now, next uint64) bool {
	return (e.ValidUntil != 0 && now >= e.ValidUntil) ||
		(e.ValidUntilBlock != 0 && next != 0 && next > e.ValidUntilBlock)
}

// HasBlockWindow reports a v0.9 block-number window.
func (e *Entry) HasBlockWindow() bool { return e.ValidUntilBlock != 0 }

// nonceID identifies the nonce slot an op occupies: sender, key, sequence.
type nonceID struct {
	sender common.Address
	key    [24]byte
	seq    uint64
}

// splitNonce splits a uint256 nonce into its 192-bit key and 64-bit sequence.
func splitNonce(n *big.Int) (key [24]byte, seq uint64) {
	if n == nil {
		return key, 0
	}
	var b [32]byte
	n.FillBytes(b[:])
	copy(key[:], b[:24])
	for _, x := range b[24:] {
		seq = seq<<8 | uint64(x)
	}
	return key, seq
}

func nonceOf(e *Entry) nonceID {
	key, seq := splitNonce(e.Op.Nonce)
	return nonceID{sender: e.Op.Sender, key: key, seq: seq}
}
