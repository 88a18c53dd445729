package merkle

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// vector is one file written by testdata/gen-vectors.mjs.
type vector struct {
	Leaves        []common.Hash   `json:"leaves"`
	Root          common.Hash     `json:"root"`
	Tree          []common.Hash   `json:"tree"`
	TreeIndex     []int           `json:"treeIndex"`
	Proofs        [][]common.Hash `json:"proofs"`
	ProofsByValue [][]common.Hash `json:"proofsByValue"`
}

func loadVectors(t *testing.T) map[string]vector {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "simple-*.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 6 {
		t.Fatalf("found %d vector files, want at least 6", len(files))
	}
	out := make(map[string]vector, len(files))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var v vector
		if err := json.Unmarshal(raw, &v); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out[filepath.Base(f)] = v
	}
	return out
}

func TestOpenZeppelinVectors(t *testing.T) {
	for name, v := range loadVectors(t) {
		t.Run(name, func(t *testing.T) {
			input := slices.Clone(v.Leaves)
			tree, err := New(input)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(input, v.Leaves) {
				t.Fatal("New modified its input")
			}
			if tree.Root() != v.Root {
				t.Fatalf("root %s, want %s", tree.Root(), v.Root)
			}
			if !slices.Equal(tree.Nodes(), v.Tree) {
				t.Fatalf("tree layout differs:\n got %v\nwant %v", tree.Nodes(), v.Tree)
			}
			if tree.Len() != len(v.Leaves) {
				t.Fatalf("Len %d, want %d", tree.Len(), len(v.Leaves))
			}
			n := len(v.Leaves)
			for i, leaf := range v.Leaves {
				proof, err := tree.ProofAt(i)
				if err != nil {
					t.Fatal(err)
				}
				if !slices.Equal(proof, v.Proofs[i]) {
					t.Fatalf("ProofAt(%d) = %v, want %v", i, proof, v.Proofs[i])
				}
				byValue, err := tree.Proof(leaf)
				if err != nil {
					t.Fatal(err)
				}
				if !slices.Equal(byValue, v.ProofsByValue[i]) {
					t.Fatalf("Proof(leaf %d) = %v, want %v", i, byValue, v.ProofsByValue[i])
				}
				if !Verify(v.Root, leaf, proof) {
					t.Fatalf("proof %d does not verify", i)
				}
				sorted, err := tree.SortedIndex(i)
				if err != nil {
					t.Fatal(err)
				}
				if want := 2*n - 2 - v.TreeIndex[i]; sorted != want {
					t.Fatalf("SortedIndex(%d) = %d, want %d", i, sorted, want)
				}
				if got := ProofLen(n, sorted); got != len(proof) {
					t.Fatalf("ProofLen(%d, %d) = %d, want %d", n, sorted, got, len(proof))
				}
				if len(proof) > MaxProofLen(n) {
					t.Fatalf("proof %d has %d elements, MaxProofLen(%d) = %d", i, len(proof), n, MaxProofLen(n))
				}
			}
		})
	}
}

func TestVerifyRejects(t *testing.T) {
	for name, v := range loadVectors(t) {
		t.Run(name, func(t *testing.T) {
			other := common.HexToHash("0x1234")
			for i, leaf := range v.Leaves {
				proof := v.Proofs[i]
				if Verify(v.Root, other, proof) {
					t.Fatalf("leaf %d: wrong leaf verified", i)
				}
				if Verify(other, leaf, proof) {
					t.Fatalf("leaf %d: wrong root verified", i)
				}
				for j := range proof {
					tampered := slices.Clone(proof)
					tampered[j][31] ^= 1
					if Verify(v.Root, leaf, tampered) {
						t.Fatalf("leaf %d: proof with element %d tampered verified", i, j)
					}
				}
				if len(proof) > 0 {
					if Verify(v.Root, leaf, proof[:len(proof)-1]) {
						t.Fatalf("leaf %d: truncated proof verified", i)
					}
					if Verify(v.Root, leaf, append(slices.Clone(proof), other)) {
						t.Fatalf("leaf %d: extended proof verified", i)
					}
				}
			}
		})
	}
}
