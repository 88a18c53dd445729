package merkle

import (
	"bytes"
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
)

// ErrNoLeaves is returned by New for an empty leaf set.
var ErrNoLeaves = errors.New("merkle: tree needs at least one leaf")

// Tree is an OpenZeppelin SimpleMerkleTree over sorted leaves.
type Tree struct {
	// nodes is the OpenZeppelin tree array; nodes[0] is the root.
	nodes []common.Hash
	// pos[i] is the index in nodes of the i-th leaf given to New.
	pos []int
}

// New builds the tree of leaves. The leaves are not modified; they are sorted
// (stably, as OpenZeppelin does) on a copy. Duplicates are allowed.
func New(leaves []common.Hash) (*Tree, error) {
	n := len(leaves)
	if n == 0 {
		return nil, ErrNoLeaves
	}
	order := make([]int, n) // order[sortedIndex] = input index
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return bytes.Compare(leaves[a][:], leaves[b][:])
	})

	size := 2*n - 1
	t := &Tree{nodes: make([]common.Hash, size), pos: make([]int, n)}
	for sorted, input := range order {
		at := size - 1 - sorted
		t.nodes[at] = leaves[input]
		t.pos[input] = at
	}
	if n > 1 {
		h := newHasher()
		for k := size - 1 - n; k >= 0; k-- {
			t.nodes[k] = h.pair(&t.nodes[2*k+1], &t.nodes[2*k+2])
		}
	}
	return t, nil
}

// Root returns the Merkle root.
func (t *Tree) Root() common.Hash { return t.nodes[0] }

// Len returns the number of leaves, duplicates included.
func (t *Tree) Len() int { return len(t.pos) }

// Nodes returns a copy of the tree array in OpenZeppelin's layout (the
// "tree" field of SimpleMerkleTree.dump()).
func (t *Tree) Nodes() []common.Hash { return slices.Clone(t.nodes) }

// SortedIndex returns the position in ascending leaf order of the i-th leaf
// given to New.
func (t *Tree) SortedIndex(i int) (int, error) {
	if i < 0 || i >= len(t.pos) {
		return 0, fmt.Errorf("merkle: leaf index %d out of range [0, %d)", i, len(t.pos))
	}
	return len(t.nodes) - 1 - t.pos[i], nil
}

// ProofAt returns the proof of the i-th leaf given to New (OpenZeppelin's
// getProof(i)), siblings ordered from the leaf up to the root's children.
func (t *Tree) ProofAt(i int) ([]common.Hash, error) {
	if i < 0 || i >= len(t.pos) {
		return nil, fmt.Errorf("merkle: leaf index %d out of range [0, %d)", i, len(t.pos))
	}
	return t.proof(t.pos[i]), nil
}

// Proof returns the proof of the leaf with the given value (OpenZeppelin's
// getProof(value)). For a duplicated value it is the proof of the occurrence
// given last to New.
func (t *Tree) Proof(leaf common.Hash) ([]common.Hash, error) {
	for i := len(t.pos) - 1; i >= 0; i-- {
		if t.nodes[t.pos[i]] == leaf {
			return t.proof(t.pos[i]), nil
		}
	}
	return nil, fmt.Errorf("merkle: leaf %s is not in the tree", leaf.Hex())
}

// proof collects the siblings on the path from node index at to the root.
func (t *Tree) proof(at int) []common.Hash {
	proof := make([]common.Hash, 0, depthOf(at))
	for at > 0 {
		sibling := at + 1
		if at%2 == 0 {
			sibling = at - 1
		}
		proof = append(proof, t.nodes[sibling])
		at = (at - 1) / 2
	}
	return proof
}
