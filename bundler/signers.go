package bundler

import (
	"context"
	"crypto/ecdsa"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// signer is one bundle-sending key with its own nonce tracking. The
// builder's loop owns it.
type signer struct {
	key     *ecdsa.PrivateKey
	address common.Address
	// nonce is the next nonce to use; synced from the node's pending nonce
	// when unknown.
	nonce  uint64
	synced bool
	// busy is the bundle this signer has in flight; nil when free.
	busy *bundleTx
}

func newSigners(keys []*ecdsa.PrivateKey) []*signer {
	out := make([]*signer, len(keys))
	for i, k := range keys {
		out[i] = &signer{key: k, address: crypto.PubkeyToAddress(k.PublicKey)}
	}
	return out
}

// nextNonce returns the nonce for a new transaction, reading the node's
// pending nonce the first time and after a resync.
func (s *signer) nextNonce(ctx context.Context, eth *ethclient.Client) (uint64, error) {
	if !s.synced {
		n, err := eth.PendingNonceAt(ctx, s.address)
		if err != nil {
			return 0, fmt.Errorf("nonce of signer %s: %w", s.address, err)
		}
		s.nonce, s.synced = n, true
	}
	return s.nonce, nil
}

// resync forgets the tracked nonce (after a reorg or an unexpected nonce
// error), so the next transaction reads it from the node again.
func (s *signer) resync() { s.synced = false }

// freeSigner returns a signer with no bundle in flight.
func freeSigner(signers []*signer) *signer {
	for _, s := range signers {
		if s.busy == nil {
			return s
		}
	}
	return nil
}
