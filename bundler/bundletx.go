package bundler

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// txState is where a bundle transaction is in its life.
type txState int

const (
	// txPending: sent, not mined yet (possibly replaced with higher fees).
	txPending txState = iota
	// txMined: mined; watched for ReorgDepth blocks.
	txMined
	// txCancelling: a 0-value self-transfer replaced it; its ops went back
	// to the pool.
	txCancelling
)

// bundleTx is one handleOps transaction and everything sent in its place.
type bundleTx struct {
	source *Source
	signer *signer
	nonce  uint64
	ops    []common.Hash
	state  txState

	// txs are every transaction sent on this nonce, newest last: the
	// original, its fee-bumped replacements and a cancellation.
	txs          []*types.Transaction
	sentAtBlock  uint64
	replacements int

	// Once mined:
	minedTx     common.Hash
	minedBlock  uint64
	minedHash   common.Hash
	minedStatus uint64

	// waiters are SendBundleNow callers waiting for the bundle to be mined.
	waiters []chan BundleResult
}

// BundleResult answers SendBundleNow: the mined bundle transaction and the
// ops it carried (zero when nothing was ready).
type BundleResult struct {
	TxHash       common.Hash
	UserOpHashes []common.Hash
	Err          error
}

func (b *bundleTx) latest() *types.Transaction { return b.txs[len(b.txs)-1] }

func (b *bundleTx) notify(r BundleResult) {
	for _, w := range b.waiters {
		w <- r
	}
	b.waiters = nil
}
