package entrypoint

import (
	"encoding/json"
	"math/big"
	"testing"
)

func benchOp() *UserOperation {
	op := withPaymaster(withFactory(baseOp()))
	op.CallData = make([]byte, 256)
	op.Signature = make([]byte, 65)
	return op
}

func benchmarkHash(b *testing.B, v Version) {
	op := benchOp()
	h, err := NewHasher(v, v.EntryPoint(), big.NewInt(1))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := h.Hash(op); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkHashV07(b *testing.B) { benchmarkHash(b, V07) }
func BenchmarkHashV08(b *testing.B) { benchmarkHash(b, V08) }

// BenchmarkHashOneShot measures the convenience function, which builds a
// Hasher (and keccak state) per call.
func BenchmarkHashOneShot(b *testing.B) {
	op := benchOp()
	chainID := big.NewInt(1)
	ep := V08.EntryPoint()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Hash(op, ep, chainID); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPack(b *testing.B) {
	op := benchOp()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := op.Pack(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkUnmarshalJSON(b *testing.B) {
	data, err := json.Marshal(benchOp())
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var op UserOperation
		if err := json.Unmarshal(data, &op); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMarshalJSON(b *testing.B) {
	op := benchOp()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := json.Marshal(op); err != nil {
			b.Fatal(err)
		}
	}
}
