package klaster

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/gas"
	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/receipt"
)

// benchChain admits every leaf without a node: the benchmark measures
// klaster's own part of admission (tree rebuild, proofs, signature recovery,
// signature encoding, record creation).
type benchChain struct{ id uint64 }

func (c benchChain) ChainID() uint64 { return c.id }
func (c benchChain) EntryPoints() entrypoint.Set {
	return entrypoint.Canonical(entrypoint.V07, entrypoint.V08)
}
func (benchChain) SuggestFees(context.Context) (gas.Fees, error) { return gas.Fees{}, nil }
func (benchChain) EstimateGas(context.Context, *entrypoint.UserOperation, common.Address) (*gas.Estimate, error) {
	return nil, nil
}
func (benchChain) Check(_ context.Context, req AdmitRequest) (Admitted, error) {
	return benchAdmitted{}, nil
}

// benchAdmitted is a leaf whose insert costs nothing.
type benchAdmitted struct{}

func (benchAdmitted) Insert(context.Context) (bool, error) { return true, nil }
func (benchAdmitted) Remove(context.Context)               {}
func (benchAdmitted) Waiting() bool                        { return false }
func (benchChain) Pools() map[common.Address]*mempool.Pool { return nil }
func (benchChain) Receipt(context.Context, common.Hash) (*receipt.Receipt, error) {
	return nil, nil
}

// benchRequest is a signed iTx of n ops alternating between chains 1337
// and 1338, as a client sends it after klaster_getQuote; seq makes it
// unique.
func benchRequest(b *testing.B, n int, seq int64) SendRequest {
	b.Helper()
	key, _ := crypto.HexToECDSA("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")
	now := uint64(time.Now().Unix())
	in := make([]leafInput, n)
	req := SendRequest{Ops: make([]SignedOp, n)}
	for i := range in {
		op := &entrypoint.UserOperation{
			Sender:               common.BigToAddress(big.NewInt(0x1000 + int64(i))),
			Nonce:                big.NewInt(seq),
			CallData:             make([]byte, 100),
			CallGasLimit:         big.NewInt(50_000),
			VerificationGasLimit: big.NewInt(100_000),
			PreVerificationGas:   big.NewInt(50_000),
			MaxFeePerGas:         big.NewInt(2e9),
			MaxPriorityFeePerGas: big.NewInt(1e9),
		}
		in[i] = leafInput{chainID: 1337 + uint64(i%2), entryPoint: entrypoint.V07.EntryPoint(), version: entrypoint.V07, op: op, lower: now - 10, upper: now + 600}
	}
	t, err := buildTree(in)
	if err != nil {
		b.Fatal(err)
	}
	sig, err := SignRoot(key, t.root)
	if err != nil {
		b.Fatal(err)
	}
	for i, l := range in {
		op := l.op.Copy()
		op.Signature = EncodeSignature(MerkleSignature{ItxHash: t.root, LowerBound: l.lower, UpperBound: l.upper, Proof: t.proofs[i], UserSignature: sig})
		h, leaf := t.hashes[i], t.leaves[i]
		req.Ops[i] = SignedOp{ChainID: l.chainID, EntryPoint: l.entryPoint, Op: op, UserOpHash: &h, Leaf: &leaf, Proof: t.proofs[i], Lower: l.lower, Upper: l.upper}
	}
	req.Signature = sig
	return req
}

// BenchmarkSendAdmission measures klaster_sendInterchainTx's admission with
// chains that accept every leaf at once, at 2, 16 and 64 ops over two
// chains. The node's part (one validation per op, in parallel) comes on top.
func BenchmarkSendAdmission(b *testing.B) {
	for _, n := range []int{1, 2, 16, 64} {
		b.Run(fmt.Sprintf("ops=%d", n), func(b *testing.B) {
			nodeKey, _ := crypto.GenerateKey()
			s, err := New(Config{NodeKey: nodeKey, Logger: zerolog.Nop()}, []Chain{benchChain{1337}, benchChain{1338}})
			if err != nil {
				b.Fatal(err)
			}
			ctx := context.Background()
			b.ReportAllocs()
			var seq int64
			for b.Loop() {
				b.StopTimer()
				seq++
				req := benchRequest(b, n, seq)
				b.StartTimer()
				if _, err := s.Send(ctx, req); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCheckSigned is the stateless part alone: fields, tree rebuild,
// proofs, the ops' signatures and recovery of the root signer.
func BenchmarkCheckSigned(b *testing.B) {
	for _, n := range []int{2, 16, 64} {
		b.Run(fmt.Sprintf("ops=%d", n), func(b *testing.B) {
			s, err := New(Config{Logger: zerolog.Nop()}, []Chain{benchChain{1337}, benchChain{1338}})
			if err != nil {
				b.Fatal(err)
			}
			req := benchRequest(b, n, 1)
			b.ReportAllocs()
			for b.Loop() {
				if _, _, _, err := s.checkSigned(req); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
