package merkle

import (
	"math/bits"

	"github.com/ethereum/go-ethereum/common"
)

// ProcessProof folds proof into leaf with sorted-pair keccak256 and returns
// the root it implies (OpenZeppelin's MerkleProof.processProof).
func ProcessProof(leaf common.Hash, proof []common.Hash) common.Hash {
	if len(proof) == 0 {
		return leaf
	}
	h := newHasher()
	node := leaf
	for i := range proof {
		node = h.pair(&node, &proof[i])
	}
	return node
}

// Verify reports whether proof proves leaf against root, with the semantics
// of OpenZeppelin's MerkleProof.verify.
func Verify(root, leaf common.Hash, proof []common.Hash) bool {
	return ProcessProof(leaf, proof) == root
}

// depthOf returns the depth of tree-array index at (the root has depth 0),
// which is also the proof length of a leaf stored there.
func depthOf(at int) int {
	return bits.Len(uint(at)+1) - 1
}

// ProofLen returns the proof length of the leaf at sortedIndex (its position
// in ascending order) in a tree of n leaves, or -1 if the arguments do not
// describe a leaf. When n is not a power of two, leaves sit at depths
// MaxProofLen(n)-1 and MaxProofLen(n).
func ProofLen(n, sortedIndex int) int {
	if n <= 0 || sortedIndex < 0 || sortedIndex >= n {
		return -1
	}
	return depthOf(2*n - 2 - sortedIndex)
}

// MaxProofLen returns the longest proof length in a tree of n leaves,
// ceil(log2(n)), or -1 for n <= 0. It is the proof length to size a
// signature for before the leaves, and so their order, are known.
func MaxProofLen(n int) int {
	if n <= 0 {
		return -1
	}
	return bits.Len(uint(n - 1))
}
