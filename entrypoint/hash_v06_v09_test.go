package entrypoint_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"math/big"
	"math/rand"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	v06 "github.com/klaster-dev/klaster/bindings/v06"
	v09 "github.com/klaster-dev/klaster/bindings/v09"
	"github.com/klaster-dev/klaster/entrypoint"
)

// chain0609 is the simulated chain of newChain with the real v0.6 and v0.9
// EntryPoints deployed beside v0.7 and v0.8.
type chain0609 struct {
	*chain
	ep06, ep09 common.Address
	bind06     *v06.EntryPoint
	bind09     *v09.EntryPoint
}

func newChain0609(t *testing.T) *chain0609 {
	t.Helper()
	c := &chain0609{chain: newChain(t)}
	ctx := context.Background()
	auth, err := bind.NewKeyedTransactorWithChainID(c.key, c.chainID)
	if err != nil {
		t.Fatal(err)
	}
	nonce, err := c.client.PendingNonceAt(ctx, c.from)
	if err != nil {
		t.Fatal(err)
	}
	auth.Nonce = new(big.Int).SetUint64(nonce)
	var tx06, tx09 *types.Transaction
	if c.ep06, tx06, c.bind06, err = v06.DeployEntryPoint(auth, c.client); err != nil {
		t.Fatalf("deploy v0.6: %v", err)
	}
	auth.Nonce = new(big.Int).SetUint64(nonce + 1)
	if c.ep09, tx09, c.bind09, err = v09.DeployEntryPoint(auth, c.client); err != nil {
		t.Fatalf("deploy v0.9: %v", err)
	}
	c.backend.Commit()
	for _, tx := range []*types.Transaction{tx06, tx09} {
		r, err := minedReceipt(c.client, tx.Hash())
		if err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("deploy receipt: %v %+v", err, r)
		}
	}
	return c
}

func (c *chain0609) hash06(t *testing.T, op *entrypoint.UserOperation) common.Hash {
	t.Helper()
	p, err := op.PackV06()
	if err != nil {
		t.Fatal(err)
	}
	h, err := c.bind06.GetUserOpHash(&bind.CallOpts{Context: context.Background()}, v06.UserOperation(p))
	if err != nil {
		t.Fatalf("v0.6 getUserOpHash: %v", err)
	}
	return h
}

func (c *chain0609) hash09(t *testing.T, p entrypoint.PackedUserOperation) (common.Hash, error) {
	t.Helper()
	h, err := c.bind09.GetUserOpHash(&bind.CallOpts{Context: context.Background()}, v09.PackedUserOperation(p))
	return h, err
}

// v06Op turns a v0.7-shaped random op into a v0.6 one (no paymaster gas
// limits).
func v06Op(op *entrypoint.UserOperation) *entrypoint.UserOperation {
	op = op.Copy()
	if op.Paymaster != nil {
		op.PaymasterVerificationGasLimit, op.PaymasterPostOpGasLimit = new(big.Int), new(big.Int)
	}
	return op
}

func TestHashMatchesEntryPointV06(t *testing.T) {
	c := newChain0609(t)
	r := rand.New(rand.NewSource(6))
	h, err := entrypoint.NewHasher(entrypoint.V06, c.ep06, c.chainID)
	if err != nil {
		t.Fatal(err)
	}
	ops := []*entrypoint.UserOperation{{
		Nonce: new(big.Int), CallGasLimit: new(big.Int), VerificationGasLimit: new(big.Int), PreVerificationGas: new(big.Int),
		MaxFeePerGas: new(big.Int), MaxPriorityFeePerGas: new(big.Int),
	}}
	for i := 0; i < 16; i++ {
		ops = append(ops, v06Op(randOp(r, i&1 != 0, i&2 != 0)))
	}
	for i, op := range ops {
		want := c.hash06(t, op)
		got, err := h.Hash(op)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("op %d (factory=%v paymaster=%v): Hash %x, EntryPoint v0.6 %x", i, op.HasFactory(), op.HasPaymaster(), got, want)
		}
		// The JSON shape of v0.6 round-trips to the same hash.
		js, err := op.MarshalJSONFor(entrypoint.V06)
		if err != nil {
			t.Fatal(err)
		}
		back, err := entrypoint.DecodeUserOperationJSON(entrypoint.V06, js, false)
		if err != nil {
			t.Fatalf("op %d: decode own v0.6 JSON %s: %v", i, js, err)
		}
		if again, _ := h.Hash(back); again != want {
			t.Errorf("op %d: hash after the JSON round trip %x, want %x", i, again, want)
		}
		p, _ := op.PackV06()
		unp, err := entrypoint.UnpackV06(&p)
		if err != nil {
			t.Fatal(err)
		}
		if again, _ := h.Hash(unp); again != want {
			t.Errorf("op %d: hash after PackV06/UnpackV06 %x, want %x", i, again, want)
		}
	}
	// The hasher refuses the packed form and paymaster gas limits.
	if _, err := h.HashPacked(&entrypoint.PackedUserOperation{Nonce: new(big.Int), PreVerificationGas: new(big.Int)}, nil); err == nil {
		t.Error("v0.6 HashPacked accepted a packed op")
	}
	bad := randOp(r, false, true)
	bad.PaymasterVerificationGasLimit = big.NewInt(1)
	if _, err := h.Hash(bad); err == nil {
		t.Error("v0.6 hash accepted paymaster gas limits")
	}
}

func TestHashMatchesEntryPointV09(t *testing.T) {
	c := newChain0609(t)
	r := rand.New(rand.NewSource(9))
	h, err := entrypoint.NewHasher(entrypoint.V09, c.ep09, c.chainID)
	if err != nil {
		t.Fatal(err)
	}
	var ops []*entrypoint.UserOperation
	for i := 0; i < 16; i++ {
		op := randOp(r, i&1 != 0, i&2 != 0)
		if i&4 != 0 && op.Paymaster != nil {
			op.PaymasterSignature = make([]byte, 1+r.Intn(100))
			r.Read(op.PaymasterSignature)
		}
		ops = append(ops, op)
	}
	// A suffix written into paymasterData itself counts the same on chain.
	inData := randOp(r, false, true)
	inData.PaymasterData = binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint16(append(inData.PaymasterData, 9, 9, 9), 3), entrypoint.PaymasterSignatureMagic)
	ops = append(ops, inData)
	for i, op := range ops {
		p, err := op.Pack()
		if err != nil {
			t.Fatal(err)
		}
		want, err := c.hash09(t, p)
		if err != nil {
			t.Fatalf("op %d: getUserOpHash: %v", i, err)
		}
		got, err := h.Hash(op)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("op %d (factory=%v paymaster=%v pmSig=%d): Hash %x, EntryPoint v0.9 %x", i, op.HasFactory(), op.HasPaymaster(), len(op.PaymasterSignature), got, want)
		}
		if gotP, err := h.HashPacked(&p, nil); err != nil || gotP != want {
			t.Errorf("op %d: HashPacked %x (%v), EntryPoint %x", i, gotP, err, want)
		}
		if len(op.PaymasterSignature) == 0 {
			continue
		}
		// The paymaster signs after the user: another signature (of
		// another length) leaves the userOpHash alone, on chain too.
		other := op.Copy()
		other.PaymasterSignature = bytes.Repeat([]byte{0xee}, 65)
		p2, _ := other.Pack()
		if !bytes.HasSuffix(p2.PaymasterAndData, binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint16(append([]byte{}, other.PaymasterSignature...), 65), entrypoint.PaymasterSignatureMagic)) {
			t.Fatalf("op %d: packed paymasterAndData does not end with signature‖len‖magic: %x", i, p2.PaymasterAndData)
		}
		if w2, err := c.hash09(t, p2); err != nil || w2 != want {
			t.Errorf("op %d: another paymaster signature changed the on-chain hash: %x (%v), want %x", i, w2, err, want)
		}
		if g2, _ := h.Hash(other); g2 != want {
			t.Errorf("op %d: another paymaster signature changed Hash: %x", i, g2)
		}
		// The same op without a signature is a different op (no magic).
		none := op.Copy()
		none.PaymasterSignature = nil
		if g3, _ := h.Hash(none); g3 == want {
			t.Errorf("op %d: dropping the paymaster signature kept the hash", i)
		}
	}

	// v0.8 ignores the suffix rule: the same bytes hash over everything.
	h8, _ := entrypoint.NewHasher(entrypoint.V08, c.ep09, c.chainID)
	withSig := randOp(r, false, true)
	withSig.PaymasterSignature = []byte{1, 2, 3}
	if _, err := h8.Hash(withSig); err == nil {
		t.Error("v0.8 hashed an op with a paymasterSignature")
	}
	if err := withSig.Validate(entrypoint.V08); err == nil || !strings.Contains(err.Error(), "paymasterSignature") {
		t.Errorf("Validate(v0.8) with paymasterSignature: %v", err)
	}
	if err := withSig.Validate(entrypoint.V09); err != nil {
		t.Errorf("Validate(v0.9): %v", err)
	}
}

// TestPaymasterSignatureLengthMatchesEntryPoint: a magic suffix whose length
// reaches into the static part is refused by us and by the EntryPoint, whose
// custom error DecodeRevert names.
func TestPaymasterSignatureLengthMatchesEntryPoint(t *testing.T) {
	c := newChain0609(t)
	h, _ := entrypoint.NewHasher(entrypoint.V09, c.ep09, c.chainID)
	op := randOp(rand.New(rand.NewSource(1)), false, true)
	op.PaymasterData = []byte{1, 2, 3}
	p, err := op.Pack()
	if err != nil {
		t.Fatal(err)
	}
	// 52 static + 3 data + len(0x00ff) + magic: 255 > 65-62.
	p.PaymasterAndData = binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint16(p.PaymasterAndData, 0xff), entrypoint.PaymasterSignatureMagic)
	if _, err := h.HashPacked(&p, nil); !errors.Is(err, entrypoint.ErrPaymasterSignatureLength) {
		t.Fatalf("HashPacked: %v, want ErrPaymasterSignatureLength", err)
	}
	_, err = c.hash09(t, p)
	if err == nil {
		t.Fatal("the EntryPoint hashed it")
	}
	re, ok := entrypoint.DecodeRevertError(err)
	if !ok {
		t.Fatalf("undecodable: %v", err)
	}
	if re.Kind != entrypoint.KindCustom || re.Name != "InvalidPaymasterSignatureLength" || re.Entity() != "paymaster" ||
		!strings.Contains(re.Error(), "dataLength=65") || !strings.Contains(re.Error(), "pmSignatureLength=255") {
		t.Fatalf("decoded %s (kind %v, name %q, entity %q)", re, re.Kind, re.Name, re.Entity())
	}
	// Exactly the longest legal length is accepted by both.
	p.PaymasterAndData[len(p.PaymasterAndData)-9] = 3
	want, err := c.hash09(t, p)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := h.HashPacked(&p, nil); err != nil || got != want {
		t.Fatalf("HashPacked %x (%v), EntryPoint %x", got, err, want)
	}
}

// TestDecodeEveryV09Error: every custom error in the real v0.9 ABI that a
// bundler can meet decodes, with its arguments in the message.
func TestDecodeEveryV09Error(t *testing.T) {
	a, err := v09.EntryPointSimulationsMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	// Errors of OpenZeppelin's ShortStrings (constructor only) and
	// NotImplemented (simulation stubs) never reach a bundler.
	skip := map[string]bool{"InvalidShortString": true, "StringTooLong": true, "NotImplemented": true, "DelegateAndRevert": true}
	for name, e := range a.Errors {
		if skip[name] {
			continue
		}
		args := make([]any, len(e.Inputs))
		for i, in := range e.Inputs {
			switch in.Type.String() {
			case "uint256":
				args[i] = big.NewInt(int64(1000 + i))
			case "address":
				args[i] = common.HexToAddress("0x00000000000000000000000000000000000000a1")
			case "bool":
				args[i] = true
			case "bytes":
				args[i] = []byte{0xde, 0xad}
			case "string":
				args[i] = "AA27 outside valid block range"
			default:
				t.Fatalf("%s: argument type %s", name, in.Type)
			}
		}
		packed, err := e.Inputs.Pack(args...)
		if err != nil {
			t.Fatal(err)
		}
		data := append(append([]byte{}, e.ID[:4]...), packed...)
		re, err := entrypoint.DecodeRevert(data)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if re.Name != name || !strings.HasPrefix(re.Error(), name+"(") {
			t.Errorf("%s: decoded as %q: %s", name, re.Name, re)
		}
		if re.Kind == entrypoint.KindCustom {
			for _, in := range e.Inputs {
				if !strings.Contains(re.Reason, in.Name+"=") {
					t.Errorf("%s: message %q does not name argument %s", name, re.Reason, in.Name)
				}
			}
		}
		if re.Kind == entrypoint.KindCustom && re.Entity() == "" {
			t.Errorf("%s: no entity", name)
		}
		// Paymaster errors are the paymaster's (-32501), whatever their form.
		if re.Kind == entrypoint.KindCustom && re.IsPaymasterError() != (re.Entity() == "paymaster") {
			t.Errorf("%s: IsPaymasterError %v, entity %q", name, re.IsPaymasterError(), re.Entity())
		}
	}
	// The v0.9 FailedOp codes for block windows keep their AA code.
	re, err := entrypoint.DecodeRevert(mustPack(t, a, "FailedOp", big.NewInt(0), "AA37 paymaster inval block range"))
	if err != nil || re.Code != "AA37" || !re.IsPaymasterError() {
		t.Fatalf("AA37: %v %v", re, err)
	}
}

func mustPack(t *testing.T, a *abi.ABI, name string, args ...any) []byte {
	t.Helper()
	e := a.Errors[name]
	packed, err := e.Inputs.Pack(args...)
	if err != nil {
		t.Fatal(err)
	}
	return append(append([]byte{}, e.ID[:4]...), packed...)
}
