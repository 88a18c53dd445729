package rpc

import (
	"context"
	"github.com/klaster-dev/klaster/erc7769"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/receipt"
)

// opState is what this node knows of a userOpHash, for the status methods
// of Alto and Rundler: the mempool entry (live or recently finished) and,
// once the op is mined (by this node or, for ops it never held, anyone),
// its receipt.
type opState struct {
	entry   mempool.Entry
	inPool  bool
	receipt *receipt.Receipt // nil: not mined (or not looked up)
}

// lookupOp finds hash. A live op is answered from the pool alone, so status
// polling never costs a log scan; the receipt is looked up for ops the
// pool saw mined and for ops it no longer holds as live.
func lookupOp(ctx context.Context, b UserOpBackend, hash common.Hash) (opState, error) {
	var s opState
	s.entry, s.inPool = b.UserOperationEntry(hash)
	if s.inPool && s.entry.Status.Live() {
		return s, nil
	}
	r, err := b.Lookup().Receipt(ctx, hash)
	if err != nil {
		return s, erc7769.New(erc7769.CodeInternal, "looking up the receipt of %s: %v", hash.Hex(), err)
	}
	s.receipt = r
	return s, nil
}

// mined reports whether the op is on chain.
func (s opState) mined() bool {
	return s.receipt != nil || (s.inPool && (s.entry.Status == mempool.MinedSuccess || s.entry.Status == mempool.MinedFail))
}

// txHash is the bundle transaction of a mined or submitted op (nil: none).
func (s opState) txHash() *common.Hash {
	if s.receipt != nil {
		return &s.receipt.TxHash
	}
	if s.inPool && s.entry.TxHash != (common.Hash{}) {
		h := s.entry.TxHash
		return &h
	}
	return nil
}
