package validation

import (
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/bindings/klasteraccount"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/klaster"
	"github.com/klaster-dev/klaster/merkle"
)

// capturedTrace is the committed testdata format: a real trace plus what the
// rule checker needs to re-check it offline.
type capturedTrace struct {
	EntryPoint common.Address  `json:"entryPoint"`
	Sender     common.Address  `json:"sender"`
	Factory    common.Address  `json:"factory"`
	Trace      json.RawMessage `json:"trace"`
}

// klasterOp is a mee-v1 signed KlasterAccount op deployed by the (staked)
// KlasterAccountFactory through initCode.
func klasterOp(t *testing.T, f *fixture, salt int64) *entrypoint.UserOperation {
	t.Helper()
	ctx := context.Background()
	owner := f.net.Accounts[4]
	factory, _ := f.net.Contracts.KlasterFactory(f.entryPoint)
	fc, err := klasteraccount.NewKlasterAccountFactory(factory, f.client)
	if err != nil {
		t.Fatal(err)
	}
	sender, err := fc.GetAddress(nil, owner.Address, big.NewInt(salt))
	if err != nil {
		t.Fatal(err)
	}
	f.depositTo(sender)
	fabi, _ := klasteraccount.KlasterAccountFactoryMetaData.GetAbi()
	data, _ := fabi.Pack("createAccount", owner.Address, big.NewInt(salt))
	op := f.baseOp(sender)
	op.Factory, op.FactoryData = &factory, data
	op.VerificationGasLimit = big.NewInt(450_000)
	_ = ctx
	return resign(t, f, op)
}

// resign signs op as the only leaf of a mee-v1 tree by the owner of
// klasterOp's accounts.
func resign(t *testing.T, f *fixture, op *entrypoint.UserOperation) *entrypoint.UserOperation {
	t.Helper()
	owner := f.net.Accounts[4]
	hash, err := entrypoint.Hash(op, f.entryPoint, new(big.Int).SetUint64(f.chain.ChainID))
	if err != nil {
		t.Fatal(err)
	}
	upper := uint64(time.Now().Add(time.Hour).Unix())
	tree, err := merkle.New([]common.Hash{klaster.Leaf(hash, 0, upper)})
	if err != nil {
		t.Fatal(err)
	}
	sig, err := klaster.SignRoot(owner.Key, tree.Root())
	if err != nil {
		t.Fatal(err)
	}
	proof, _ := tree.ProofAt(0)
	op.Signature = klaster.EncodeSignature(klaster.MerkleSignature{ItxHash: tree.Root(), UpperBound: upper, Proof: proof, UserSignature: sig})
	return op
}

func TestKlasterAccountValidates(t *testing.T) {
	net := startNet(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	for i, ep := range []common.Address{net.Contracts.EntryPointV07, net.Contracts.EntryPointV08} {
		f := newFixture(t, net, ep, 5+i)
		v := newValidator(t, f, DefaultConfig())
		op := klasterOp(t, f, int64(100+i))
		res, err := v.Validate(ctx, op, ep)
		if err != nil {
			t.Fatalf("%s: %v (data %v)", ep, err, errData(err))
		}
		if res.Entities.Factory == nil || !res.Entities.Factory.Staked {
			t.Fatalf("%s: factory not staked: %+v", ep, res.Entities.Factory)
		}
		want, _ := entrypoint.Hash(op, ep, new(big.Int).SetUint64(f.chain.ChainID))
		if res.UserOpHash != want || !res.WindowOpen || res.ReturnInfo.SigFailed {
			t.Fatalf("%s: bad result %+v", ep, res)
		}
		if err := v.RecheckCodeHashes(ctx, res); err != nil {
			t.Fatalf("%s: recheck: %v", ep, err)
		}
		if os.Getenv("KLASTER_CAPTURE_TRACE") != "" && ep == net.Contracts.EntryPointV08 {
			captureTrace(t, v, op, ep)
		}
	}
}

// captureTrace refreshes testdata/trace_klaster_v08.json and the fuzz seed.
func captureTrace(t *testing.T, v *Validator, op *entrypoint.UserOperation, ep common.Address) {
	ctx := context.Background()
	blk, err := v.node.latest(ctx)
	if err != nil {
		t.Fatal(err)
	}
	args, err := v.sims[entrypoint.V08].buildCall(entrypoint.V08, op, ep, &v.cfg)
	if err != nil {
		t.Fatal(err)
	}
	_, raw, err := v.trace(ctx, args, blk, map[common.Address]codeOverride{ep: {Code: v.SimulationCode(ctx, entrypoint.V08)}})
	if err != nil {
		t.Fatal(err)
	}
	out, _ := json.MarshalIndent(capturedTrace{EntryPoint: ep, Sender: op.Sender, Factory: *op.Factory, Trace: raw}, "", " ")
	if err := os.WriteFile(filepath.Join("testdata", "trace_klaster_v08.json"), out, 0o644); err != nil {
		t.Fatal(err)
	}
	seed := "go test fuzz v1\n[]byte(" + strconvQuote(raw) + ")\n"
	if err := os.WriteFile(filepath.Join("testdata", "fuzz", "FuzzDecodeTrace", "real_trace"), []byte(seed), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestProbe(t *testing.T) {
	net := startNet(t)
	if err := Probe(context.Background(), net.Chains[0].RPC()); err != nil {
		t.Fatal(err)
	}
}
