package entrypoint_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/entrypoint"
)

// The fuzz targets decode arbitrary bytes as a UserOperation (strictly and
// as a PartialUserOperation) and check, for whatever decodes:
//
//   - a strict decode has no missing fields, and the partial decode of the
//     same input succeeds with the same op;
//   - MarshalJSON succeeds, re-decodes to an equal op, and is a fixed point;
//   - when Validate(version) passes: Pack and Hash succeed (a v0.8 7702 op
//     without eip7702Auth may only fail with ErrNoDelegate), HashPacked of
//     the packed form gives the same hash, and Unpack re-packs identically.
//
// Seeds are in testdata/fuzz/<FuzzName>/; run with
// go test -run '^$' -fuzz '^FuzzUnmarshalUserOperationV08$' ./entrypoint

var fuzzChainID = big.NewInt(1337)

func FuzzUnmarshalUserOperationV07(f *testing.F) {
	fuzzUserOp(f, entrypoint.V07)
}

func FuzzUnmarshalUserOperationV08(f *testing.F) {
	fuzzUserOp(f, entrypoint.V08)
}

func fuzzUserOp(f *testing.F, v entrypoint.Version) {
	f.Add([]byte(`{"sender":"0x5FbDB2315678afecb367f032d93F642f64180aa3","nonce":"0x0","callData":"0xb61d27f6","callGasLimit":"0x493e0","verificationGasLimit":"0xf4240","preVerificationGas":"0x61a80","maxFeePerGas":"0xee6b2800","maxPriorityFeePerGas":"0xb2d05e00","signature":"0xface"}`))
	f.Add([]byte(`{"sender":"0x5FbDB2315678afecb367f032d93F642f64180aa3","nonce":"0x1","factory":"0x7702","callData":"0x","callGasLimit":"0x1","verificationGasLimit":"0x1","preVerificationGas":"0x1","maxFeePerGas":"0x1","maxPriorityFeePerGas":"0x1","signature":"0x","eip7702Auth":{"chainId":"0x539","address":"0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512","nonce":"0x7","yParity":"0x1","r":"0x1","s":"0x2"}}`))
	f.Add([]byte(`{"sender":null,"nonce":null}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkUserOp(t, v, data)
	})
}

func checkUserOp(t *testing.T, v entrypoint.Version, data []byte) {
	var op entrypoint.UserOperation
	strictErr := json.Unmarshal(data, &op)
	var pop entrypoint.PartialUserOperation
	partialErr := json.Unmarshal(data, &pop)
	partial := (*entrypoint.UserOperation)(&pop)

	if strictErr == nil {
		if m := op.MissingFields(); len(m) > 0 {
			t.Fatalf("strict decode left fields missing: %v", m)
		}
		if partialErr != nil {
			t.Fatalf("strict decode accepted the input, partial decode rejected it: %v", partialErr)
		}
		if d := opDiff(&op, partial); d != "" {
			t.Fatalf("strict and partial decodes differ in %s", d)
		}
		checkDecoded(t, v, &op, false)
	}
	if partialErr == nil {
		checkDecoded(t, v, partial, true)
	}
}

func checkDecoded(t *testing.T, v entrypoint.Version, op *entrypoint.UserOperation, partial bool) {
	t.Helper()
	// JSON round trip.
	enc, err := json.Marshal(op)
	if err != nil {
		t.Fatalf("decoded op does not encode: %v", err)
	}
	var again entrypoint.UserOperation
	if partial {
		err = json.Unmarshal(enc, (*entrypoint.PartialUserOperation)(&again))
	} else {
		err = json.Unmarshal(enc, &again)
	}
	if err != nil {
		t.Fatalf("encoding does not decode (partial=%v): %v\n%s", partial, err, enc)
	}
	if d := opDiff(op, &again); d != "" {
		t.Fatalf("JSON round trip changed %s (partial=%v)\n%s", d, partial, enc)
	}
	enc2, err := json.Marshal(&again)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(enc, enc2) {
		t.Fatalf("encoding is not a fixed point:\n%s\n%s", enc, enc2)
	}

	if err := op.Validate(v); err != nil {
		var fe *entrypoint.FieldError
		if !errors.As(err, &fe) {
			t.Fatalf("Validate error is not a FieldError: %v", err)
		}
		return
	}

	// Valid: pack and hash must work.
	packed, err := op.Pack()
	if err != nil {
		t.Fatalf("valid op does not pack: %v", err)
	}
	h, err := entrypoint.NewHasher(v, v.EntryPoint(), fuzzChainID)
	if err != nil {
		t.Fatal(err)
	}
	hash, err := h.Hash(op)
	if err != nil {
		if v == entrypoint.V08 && op.IsEIP7702() && op.EIP7702Auth == nil && errors.Is(err, entrypoint.ErrNoDelegate) {
			return
		}
		t.Fatalf("valid op does not hash: %v", err)
	}
	var delegate *common.Address
	if op.EIP7702Auth != nil {
		delegate = &op.EIP7702Auth.Address
	}
	hp, err := h.HashPacked(&packed, delegate)
	if err != nil {
		t.Fatalf("packed op does not hash: %v", err)
	}
	if hp != hash {
		t.Fatalf("Hash %s != HashPacked %s", hash, hp)
	}
	if again, err := h.Hash(&again); err != nil || again != hash {
		t.Fatalf("round-tripped op hashes to %s (%v), want %s", again, err, hash)
	}
	if top, err := entrypoint.Hash(op, v.EntryPoint(), fuzzChainID); err != nil || top != hash {
		t.Fatalf("entrypoint.Hash = %s (%v), want %s", top, err, hash)
	}

	un, err := entrypoint.Unpack(&packed)
	if err != nil {
		t.Fatalf("packed op does not unpack: %v", err)
	}
	repacked, err := un.Pack()
	if err != nil {
		t.Fatalf("unpacked op does not pack: %v", err)
	}
	if !packedEqual(&packed, &repacked) {
		t.Fatalf("pack/unpack/pack changed the op:\n%+v\n%+v", packed, repacked)
	}
}

// opDiff names the first field where a and b differ, or returns "". Nil and
// empty byte slices are equal (JSON cannot tell them apart); nil and zero
// quantities are not.
func opDiff(a, b *entrypoint.UserOperation) string {
	bigEq := func(x, y *big.Int) bool {
		if x == nil || y == nil {
			return x == nil && y == nil
		}
		return x.Cmp(y) == 0
	}
	addrEq := func(x, y *common.Address) bool {
		if x == nil || y == nil {
			return x == nil && y == nil
		}
		return *x == *y
	}
	switch {
	case a.Sender != b.Sender:
		return "sender"
	case !bigEq(a.Nonce, b.Nonce):
		return "nonce"
	case !addrEq(a.Factory, b.Factory):
		return "factory"
	case !bytes.Equal(a.FactoryData, b.FactoryData):
		return "factoryData"
	case !bytes.Equal(a.CallData, b.CallData):
		return "callData"
	case !bigEq(a.CallGasLimit, b.CallGasLimit):
		return "callGasLimit"
	case !bigEq(a.VerificationGasLimit, b.VerificationGasLimit):
		return "verificationGasLimit"
	case !bigEq(a.PreVerificationGas, b.PreVerificationGas):
		return "preVerificationGas"
	case !bigEq(a.MaxFeePerGas, b.MaxFeePerGas):
		return "maxFeePerGas"
	case !bigEq(a.MaxPriorityFeePerGas, b.MaxPriorityFeePerGas):
		return "maxPriorityFeePerGas"
	case !addrEq(a.Paymaster, b.Paymaster):
		return "paymaster"
	case !bigEq(a.PaymasterVerificationGasLimit, b.PaymasterVerificationGasLimit):
		return "paymasterVerificationGasLimit"
	case !bigEq(a.PaymasterPostOpGasLimit, b.PaymasterPostOpGasLimit):
		return "paymasterPostOpGasLimit"
	case !bytes.Equal(a.PaymasterData, b.PaymasterData):
		return "paymasterData"
	case !bytes.Equal(a.Signature, b.Signature):
		return "signature"
	case (a.EIP7702Auth == nil) != (b.EIP7702Auth == nil):
		return "eip7702Auth"
	}
	if x, y := a.EIP7702Auth, b.EIP7702Auth; x != nil {
		if !bigEq(x.ChainID, y.ChainID) || x.Address != y.Address || x.Nonce != y.Nonce ||
			x.YParity != y.YParity || !bigEq(x.R, y.R) || !bigEq(x.S, y.S) {
			return "eip7702Auth"
		}
	}
	return ""
}

func packedEqual(a, b *entrypoint.PackedUserOperation) bool {
	return a.Sender == b.Sender && a.Nonce.Cmp(b.Nonce) == 0 && bytes.Equal(a.InitCode, b.InitCode) &&
		bytes.Equal(a.CallData, b.CallData) && a.AccountGasLimits == b.AccountGasLimits &&
		a.PreVerificationGas.Cmp(b.PreVerificationGas) == 0 && a.GasFees == b.GasFees &&
		bytes.Equal(a.PaymasterAndData, b.PaymasterAndData) && bytes.Equal(a.Signature, b.Signature)
}

// TestUserOpFuzzOracle runs the fuzz property on hand-made inputs, so that
// a change that breaks the oracle itself fails fast without -fuzz.
func TestUserOpFuzzOracle(t *testing.T) {
	good := `{"sender":"0x5FbDB2315678afecb367f032d93F642f64180aa3","nonce":"0x0","factory":"0x91E60e0613810449d098b0b5Ec8b51A0FE8c8985","factoryData":"0x5fbfb9cf","callData":"0xb61d27f6","callGasLimit":"0x493e0","verificationGasLimit":"0xf4240","preVerificationGas":"0x61a80","maxFeePerGas":"0xee6b2800","maxPriorityFeePerGas":"0xb2d05e00","paymaster":"0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0","paymasterVerificationGasLimit":"0x186a0","paymasterPostOpGasLimit":"0xc350","paymasterData":"0x00","signature":"0xface"}`
	var op entrypoint.UserOperation
	if err := json.Unmarshal([]byte(good), &op); err != nil {
		t.Fatal(err)
	}
	if op.Factory == nil || op.Paymaster == nil {
		t.Fatal("seed did not decode factory and paymaster")
	}
	for _, v := range entrypoint.Versions() {
		checkUserOp(t, v, []byte(good))
	}
}
