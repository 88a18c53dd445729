package bundler

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/receipt"
)

// Validator runs the second validation of an op right before bundling,
// including the COD-010 code-hash check. A nil error means the op may go
// into a bundle; the map is the validation gas of each of the op's staked
// entities (EREP-070), nil when none is staked.
type Validator interface {
	Revalidate(ctx context.Context, e mempool.Entry) (map[common.Address]uint64, error)
}

// Reputation receives the reputation effects of bundling (ERC-7562
// SREP/EREP): included ops, ops that failed at bundle time, and staked
// entities whose validation used much less gas in the bundle than at the
// second validation (EREP-070).
type Reputation interface {
	IncludedOp(e mempool.Entry)
	FailedInBundle(e mempool.Entry, err error)
	ValidationGasReduced(addr common.Address, secondValidation, bundle, inBundle uint64) bool
}

// Source is one EntryPoint's mempool on this chain.
type Source struct {
	EntryPoint common.Address
	Version    entrypoint.Version
	Pool       *mempool.Pool
}

// Metrics receives the builder's counters; *metrics.Chain implements it.
type Metrics interface {
	BundleSent()
	BundleMined(ops int, gasPerOp float64)
	BundleReplaced()
	BundleCancelled()
	SignerBalance(addr common.Address, wei *big.Int)
}

// Deps are what a Builder works with besides the node.
type Deps struct {
	Sources    []Source
	Validator  Validator     // nil: no second validation
	Reputation Reputation    // nil: no reputation effects
	Index      receipt.Index // where mined ops are recorded; nil: none
	// Conflicts reports a candidate whose validation touched the storage of
	// an op already chosen for the bundle (or the other way round); nil: no
	// check. It runs under the pool lock and must not call the pool.
	Conflicts func(candidate, chosen *mempool.Entry) bool
	// Metrics, when set, counts bundles and reports signer balances.
	Metrics Metrics
	// ContextSize returns the paymaster context size of an op's validation
	// (LIM-050); nil: contexts are not counted.
	ContextSize func(e *mempool.Entry) int
}
