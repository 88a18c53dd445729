package merkle

import (
	"fmt"
	"testing"
)

var benchSizes = []int{1, 2, 16, 64, 256, 1024, 4096}

func BenchmarkNew(b *testing.B) {
	for _, n := range benchSizes {
		leaves := testLeaves(n)
		b.Run(fmt.Sprintf("leaves=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := New(leaves); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkProofAt(b *testing.B) {
	for _, n := range benchSizes {
		tree, err := New(testLeaves(n))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("leaves=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				if _, err := tree.ProofAt(i % n); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}

func BenchmarkVerify(b *testing.B) {
	for _, n := range benchSizes {
		leaves := testLeaves(n)
		tree, err := New(leaves)
		if err != nil {
			b.Fatal(err)
		}
		proof, err := tree.ProofAt(n - 1)
		if err != nil {
			b.Fatal(err)
		}
		root, leaf := tree.Root(), leaves[n-1]
		b.Run(fmt.Sprintf("leaves=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if !Verify(root, leaf, proof) {
					b.Fatal("proof does not verify")
				}
			}
		})
	}
}
