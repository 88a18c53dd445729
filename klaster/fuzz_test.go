package klaster_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/gas"
	"github.com/klaster-dev/klaster/klaster"
	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/merkle"
	"github.com/klaster-dev/klaster/receipt"
	"github.com/klaster-dev/klaster/rpc"
)

// fuzzNow is the fuzz target's clock: seeds' bounds lie around it.
var fuzzNow = time.Unix(1_700_000_000, 0)

// fuzzChain admits every leaf without a node.
type fuzzChain struct{ id uint64 }

func (c fuzzChain) ChainID() uint64 { return c.id }
func (fuzzChain) EntryPoints() entrypoint.Set {
	return entrypoint.Canonical(entrypoint.V07, entrypoint.V08)
}
func (fuzzChain) SuggestFees(context.Context) (gas.Fees, error) { return gas.Fees{}, nil }
func (fuzzChain) EstimateGas(context.Context, *entrypoint.UserOperation, common.Address) (*gas.Estimate, error) {
	return nil, errors.New("no estimation while fuzzing")
}
func (fuzzChain) Check(_ context.Context, req klaster.AdmitRequest) (klaster.Admitted, error) {
	return fuzzLeaf{}, nil
}

// fuzzLeaf is an admitted leaf whose insert does nothing.
type fuzzLeaf struct{}

func (fuzzLeaf) Insert(context.Context) (bool, error)     { return true, nil }
func (fuzzLeaf) Remove(context.Context)                   {}
func (fuzzLeaf) Waiting() bool                            { return false }
func (fuzzChain) Pools() map[common.Address]*mempool.Pool { return nil }
func (fuzzChain) Receipt(context.Context, common.Hash) (*receipt.Receipt, error) {
	return nil, nil
}

// recorder is the rpc layer's backend: a real Service that keeps the
// request the JSON decoding produced.
type recorder struct {
	*klaster.Service
	req *klaster.SendRequest
}

func (r *recorder) Send(ctx context.Context, req klaster.SendRequest) (*klaster.SendResult, error) {
	r.req = &req
	return r.Service.Send(ctx, req)
}

// newFuzzAPI is klaster_sendInterchainTx as served: the rpc layer's JSON
// decoding in front of a fresh Service over chains 1337 and 1338.
func newFuzzAPI(t testing.TB) (*rpc.KlasterAPI, *recorder) {
	svc, err := klaster.New(klaster.Config{Logger: zerolog.Nop(), Now: func() time.Time { return fuzzNow }},
		[]klaster.Chain{fuzzChain{1337}, fuzzChain{1338}})
	if err != nil {
		t.Fatal(err)
	}
	eps := fuzzChain{}.EntryPoints()
	rec := &recorder{Service: svc}
	node := rpc.NodeInfo{Version: "fuzz", Chains: []rpc.ChainInfo{{ChainID: 1337, EntryPoints: eps}, {ChainID: 1338, EntryPoints: eps}}}
	return rpc.NewKlasterAPI(node, rec), rec
}

// FuzzSendInterchainTx decodes klaster_sendInterchainTx's signedItx param
// with the rpc layer and checks it with the Service (tree and proof
// rebuild, signatures). It asserts no panic, that every refusal carries a
// JSON-RPC code, that an accepted iTx's hash and userOpHashes are the
// sorted-leaf Merkle root and EntryPoint hashes recomputed independently,
// that every claimed proof verifies, and that decoding the same input again
// gives the same answer.
func FuzzSendInterchainTx(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		api, rec := newFuzzAPI(t)
		res, err := api.SendInterchainTx(context.Background(), json.RawMessage(data))
		again, _ := newFuzzAPI(t)
		res2, err2 := again.SendInterchainTx(context.Background(), json.RawMessage(data))
		if fmt.Sprint(err) != fmt.Sprint(err2) || (res == nil) != (res2 == nil) || (res != nil && res.ItxHash != res2.ItxHash) {
			t.Fatalf("not deterministic: %v / %v, %v / %v", res, res2, err, err2)
		}
		if err != nil {
			var coded interface{ ErrorCode() int }
			if !errors.As(err, &coded) || coded.ErrorCode() == 0 {
				t.Fatalf("refusal without a JSON-RPC code: %T %v", err, err)
			}
			return
		}
		if rec.req == nil {
			t.Fatal("accepted without reaching the service")
		}
		checkAccepted(t, *rec.req, res)
	})
}

// checkAccepted recomputes an accepted iTx from the decoded request.
func checkAccepted(t *testing.T, req klaster.SendRequest, res *klaster.SendResult) {
	if len(res.UserOpHashes) != len(req.Ops) {
		t.Fatalf("%d hashes for %d ops", len(res.UserOpHashes), len(req.Ops))
	}
	leaves := make([]common.Hash, len(req.Ops))
	for i, o := range req.Ops {
		v, ok := entrypoint.VersionOf(o.EntryPoint)
		if !ok {
			t.Fatalf("op %d: accepted with EntryPoint %s", i, o.EntryPoint)
		}
		h, err := entrypoint.NewHasher(v, o.EntryPoint, new(big.Int).SetUint64(o.ChainID))
		if err != nil {
			t.Fatal(err)
		}
		// The service signs a copy; the hash ignores the signature.
		hash, err := h.Hash(o.Op)
		if err != nil || hash != res.UserOpHashes[i] {
			t.Fatalf("op %d: userOpHash %s, recomputed %s (%v)", i, res.UserOpHashes[i], hash, err)
		}
		leaves[i] = klaster.Leaf(hash, o.Lower, o.Upper)
		if o.Leaf != nil && *o.Leaf != leaves[i] {
			t.Fatalf("op %d: a wrong claimed leaf was accepted", i)
		}
	}
	tree, err := merkle.New(leaves)
	if err != nil || tree.Root() != res.ItxHash {
		t.Fatalf("itxHash %s, recomputed root %v (%v)", res.ItxHash, tree, err)
	}
	for i, o := range req.Ops {
		if o.Proof != nil && !merkle.Verify(res.ItxHash, leaves[i], o.Proof) {
			t.Fatalf("op %d: a wrong claimed proof was accepted", i)
		}
		p, err := tree.ProofAt(i)
		if err != nil || !merkle.Verify(res.ItxHash, leaves[i], p) {
			t.Fatalf("op %d: rebuilt proof does not verify (%v)", i, err)
		}
	}
	if _, err := klaster.RecoverRootSigner(res.ItxHash, req.Signature); err != nil {
		t.Fatalf("accepted signature does not recover: %v", err)
	}
}

// fuzzSeeds are valid signed iTxs of 1, 2 and 3 ops (with and without the
// optional claims) and a few broken ones.
func fuzzSeeds(t testing.TB) [][]byte {
	var out [][]byte
	for n := 1; n <= 3; n++ {
		out = append(out, seedITx(t, n, true), seedITx(t, n, false))
	}
	valid := string(seedITx(t, 2, true))
	return append(out,
		[]byte(`{}`), []byte(`null`), []byte(`[]`), []byte(`{"userOps":[]}`),
		[]byte(`{"userOps":[{"chainId":"0x539"}],"signature":"0x"}`),
		[]byte(valid[:len(valid)/2]),
		[]byte(`{"userOps":[{"chainId":"0x539","userOp":{},"lowerBoundTimestamp":"0x1","upperBoundTimestamp":"0xffffffffffffffff","proof":["0x01"]}],"signature":"0x00"}`),
	)
}

// seedITx builds a valid signedItx JSON of n ops over both chains, signed
// by a test key.
func seedITx(t testing.TB, n int, claims bool) []byte {
	key, _ := crypto.HexToECDSA("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d")
	now := uint64(fuzzNow.Unix())
	type wireOp struct {
		ChainID    hexutil.Uint64            `json:"chainId"`
		EntryPoint common.Address            `json:"entryPoint"`
		UserOp     *entrypoint.UserOperation `json:"userOp"`
		Lower      hexutil.Uint64            `json:"lowerBoundTimestamp"`
		Upper      hexutil.Uint64            `json:"upperBoundTimestamp"`
		UserOpHash *common.Hash              `json:"userOpHash,omitempty"`
		Leaf       *common.Hash              `json:"leaf,omitempty"`
		Proof      []common.Hash             `json:"proof,omitempty"`
	}
	ops := make([]wireOp, n)
	leaves := make([]common.Hash, n)
	for i := range ops {
		ep := entrypoint.V07.EntryPoint()
		v := entrypoint.V07
		if i%2 == 1 {
			ep, v = entrypoint.V08.EntryPoint(), entrypoint.V08
		}
		op := &entrypoint.UserOperation{
			Sender:                        common.BigToAddress(big.NewInt(0x1000 + int64(i))),
			Nonce:                         big.NewInt(int64(i)),
			CallData:                      []byte{0xb6, 0x1d, 0x27, 0xf6, byte(i)},
			CallGasLimit:                  big.NewInt(50_000),
			VerificationGasLimit:          big.NewInt(100_000),
			PreVerificationGas:            big.NewInt(50_000),
			MaxFeePerGas:                  big.NewInt(2e9),
			MaxPriorityFeePerGas:          big.NewInt(1e9),
			PaymasterVerificationGasLimit: new(big.Int),
			PaymasterPostOpGasLimit:       new(big.Int),
			Signature:                     []byte{},
		}
		chainID := 1337 + uint64(i%2)
		h, err := entrypoint.NewHasher(v, ep, new(big.Int).SetUint64(chainID))
		if err != nil {
			t.Fatal(err)
		}
		hash, err := h.Hash(op)
		if err != nil {
			t.Fatal(err)
		}
		leaves[i] = klaster.Leaf(hash, now-10, now+600)
		ops[i] = wireOp{ChainID: hexutil.Uint64(chainID), EntryPoint: ep, UserOp: op, Lower: hexutil.Uint64(now - 10), Upper: hexutil.Uint64(now + 600)}
		if claims {
			ops[i].UserOpHash, ops[i].Leaf = &hash, &leaves[i]
		}
	}
	tree, err := merkle.New(leaves)
	if err != nil {
		t.Fatal(err)
	}
	if claims {
		for i := range ops {
			if ops[i].Proof, err = tree.ProofAt(i); err != nil {
				t.Fatal(err)
			}
		}
	}
	sig, err := klaster.SignRoot(key, tree.Root())
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(map[string]any{"userOps": ops, "signature": hexutil.Bytes(sig)})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestFuzzSeedsAccepted keeps the seeds meaningful: the valid ones pass.
func TestFuzzSeedsAccepted(t *testing.T) {
	for n := 1; n <= 3; n++ {
		for _, claims := range []bool{true, false} {
			api, rec := newFuzzAPI(t)
			res, err := api.SendInterchainTx(context.Background(), seedITx(t, n, claims))
			if err != nil {
				t.Fatalf("%d ops (claims %v): %v", n, claims, err)
			}
			checkAccepted(t, *rec.req, res)
		}
	}
}
