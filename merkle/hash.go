package merkle

import (
	"bytes"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// hasher computes sorted-pair keccak256 hashes with one reusable state. Its
// buffers live with it, so once allocated a hash costs no allocation. A
// hasher is not safe for concurrent use.
type hasher struct {
	state crypto.KeccakState
	in    [2 * common.HashLength]byte
	out   common.Hash
}

func newHasher() *hasher {
	return &hasher{state: crypto.NewKeccakState()}
}

// pair returns keccak256(min(a, b) ‖ max(a, b)), OpenZeppelin's
// Hashes.commutativeKeccak256.
func (h *hasher) pair(a, b *common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	copy(h.in[:common.HashLength], a[:])
	copy(h.in[common.HashLength:], b[:])
	h.state.Reset()
	h.state.Write(h.in[:])
	h.state.Read(h.out[:])
	return h.out
}

// HashPair returns keccak256 of a and b concatenated in ascending byte order:
// the inner-node hash of the tree and the fold step of Verify.
func HashPair(a, b common.Hash) common.Hash {
	return newHasher().pair(&a, &b)
}
