package merkle

import (
	"encoding/binary"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// testLeaves returns keccak256(uint256(i)) for i in [0, n), the leaves the
// vector generator uses.
func testLeaves(n int) []common.Hash {
	leaves := make([]common.Hash, n)
	for i := range leaves {
		var word [32]byte
		binary.BigEndian.PutUint64(word[24:], uint64(i))
		leaves[i] = crypto.Keccak256Hash(word[:])
	}
	return leaves
}

func TestNewErrors(t *testing.T) {
	if _, err := New(nil); !errors.Is(err, ErrNoLeaves) {
		t.Fatalf("New(nil) error = %v, want ErrNoLeaves", err)
	}
	tree, err := New(testLeaves(3))
	if err != nil {
		t.Fatal(err)
	}
	for _, i := range []int{-1, 3} {
		if _, err := tree.ProofAt(i); err == nil {
			t.Fatalf("ProofAt(%d) succeeded", i)
		}
		if _, err := tree.SortedIndex(i); err == nil {
			t.Fatalf("SortedIndex(%d) succeeded", i)
		}
	}
	if _, err := tree.Proof(common.Hash{}); err == nil {
		t.Fatal("Proof of a missing leaf succeeded")
	}
}

func TestSingleLeaf(t *testing.T) {
	leaf := common.HexToHash("0xabcd")
	tree, err := New([]common.Hash{leaf})
	if err != nil {
		t.Fatal(err)
	}
	proof, err := tree.ProofAt(0)
	if err != nil {
		t.Fatal(err)
	}
	if tree.Root() != leaf || len(proof) != 0 || !Verify(leaf, leaf, proof) {
		t.Fatalf("one-leaf tree: root %s proof %v", tree.Root(), proof)
	}
}

func TestHashPairCommutes(t *testing.T) {
	a, b := common.HexToHash("0x01"), common.HexToHash("0x02")
	want := crypto.Keccak256Hash(a[:], b[:])
	if HashPair(a, b) != want || HashPair(b, a) != want {
		t.Fatal("HashPair is not keccak256 of the sorted pair")
	}
}

func TestProofLengths(t *testing.T) {
	for n := 1; n <= 300; n++ {
		tree, err := New(testLeaves(n))
		if err != nil {
			t.Fatal(err)
		}
		longest := 0
		for i := range n {
			proof, err := tree.ProofAt(i)
			if err != nil {
				t.Fatal(err)
			}
			sorted, _ := tree.SortedIndex(i)
			if ProofLen(n, sorted) != len(proof) {
				t.Fatalf("n=%d leaf %d: ProofLen %d, proof has %d", n, i, ProofLen(n, sorted), len(proof))
			}
			if !Verify(tree.Root(), tree.nodes[tree.pos[i]], proof) {
				t.Fatalf("n=%d leaf %d: proof does not verify", n, i)
			}
			longest = max(longest, len(proof))
		}
		if MaxProofLen(n) != longest {
			t.Fatalf("MaxProofLen(%d) = %d, longest proof %d", n, MaxProofLen(n), longest)
		}
	}
	if ProofLen(0, 0) != -1 || ProofLen(3, 3) != -1 || ProofLen(3, -1) != -1 || MaxProofLen(0) != -1 {
		t.Fatal("invalid arguments not reported as -1")
	}
}
