package bundler

import (
	"github.com/ethereum/go-ethereum/common"
)

// SentBundle describes a bundle transaction this builder sent, for status
// queries (rundler_getUserOperationStatus).
type SentBundle struct {
	Signer      common.Address // the bundler key that sent it
	SentAtBlock uint64         // the head when it was first sent
}

// SentBundle returns the record of the bundle first sent as tx, while the
// builder still tracks it (until it is final).
func (b *Builder) SentBundle(tx common.Hash) (SentBundle, bool) {
	v, ok := b.sent.Load(tx)
	if !ok {
		return SentBundle{}, false
	}
	return v.(SentBundle), true
}
