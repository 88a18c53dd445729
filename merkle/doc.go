// Package merkle owns klaster's Merkle tree: a byte-exact Go port of
// OpenZeppelin's SimpleMerkleTree (@openzeppelin/merkle-tree, sortLeaves
// enabled) and of the matching on-chain MerkleProof.verify.
//
// Leaves are 32-byte values used as given (they are not hashed again). They
// are sorted ascending by byte value, and the tree is stored as an array of
// 2n-1 nodes: sorted leaf i sits at index 2n-2-i and every inner node k is
// keccak256 of the sorted pair (node[2k+1], node[2k+2]), the smaller value
// first. There is no padding, so when n is not a power of two leaves sit at
// two different depths (see ProofLen). A one-leaf tree has the leaf as its
// root and an empty proof.
//
// Duplicate leaves are kept, as OpenZeppelin keeps them: each occupies its own
// position, ProofAt addresses a specific occurrence and Proof (lookup by value)
// returns the proof of the occurrence given last to New.
//
// A Tree is immutable once built and safe for concurrent use.
package merkle
