package admission

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/mempool"
)

// Leaf is a checked leaf of an interchain transaction, ready to insert; it
// is the chain's klaster.Admitted.
type Leaf struct {
	a   *Admitter
	c   *Checked
	res mempool.AddResult // what Insert did, for Remove
}

// CheckLeaf checks an iTx leaf: it waits for its window [lower, upper], a
// failure that comes only from chain state lets it wait (as a waiting op,
// retried every block until the window closes), and signer, who signed the
// root itxHash with userSig, must be entitled to its sender.
func (a *Admitter) CheckLeaf(ctx context.Context, op *entrypoint.UserOperation, entryPoint common.Address, itxHash common.Hash,
	lower, upper uint64, signer common.Address, userSig []byte) (*Leaf, error) {
	c, err := a.Check(ctx, Request{
		Op:                  op,
		EntryPoint:          entryPoint,
		Source:              mempool.Source{Kind: mempool.SourceITx, ITxHash: itxHash},
		Window:              &entrypoint.TimeRange{ValidAfter: lower, ValidUntil: upper},
		WaitForWindow:       true,
		RetryUntilWindowEnd: true,
		TolerateChainState:  true,
		RootSigner:          &RootSigner{Signer: signer, Root: itxHash, Signature: userSig},
	})
	if err != nil {
		return nil, err
	}
	c.Entry.Held = true // until the iTx's admission commits (mempool.Pool.Release)
	return &Leaf{a: a, c: c}, nil
}

// Insert adds the leaf to its pool; added is false when an equal op was
// already there (it then belongs to whoever sent it).
func (l *Leaf) Insert(ctx context.Context) (added bool, err error) {
	l.res, err = l.a.Insert(ctx, l.c)
	return err == nil && !l.res.Duplicate, err
}

// Remove undoes an Insert that added the leaf (Admitter.Remove).
func (l *Leaf) Remove(ctx context.Context) { l.a.Remove(ctx, l.c, l.res) }

// Waiting reports whether the leaf waits (it is not a bundle candidate
// until a re-simulation passes).
func (l *Leaf) Waiting() bool { return l.c.Entry.Waiting }
