package entrypoint

import (
	"math/big"
	"math/rand"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// refHash is a deliberately naive implementation (abi.Arguments.Pack over
// the packed op) used to cross-check the hand-encoded Hasher.
func refHash(t testing.TB, v Version, p *PackedUserOperation, ep common.Address, chainID *big.Int, delegate *common.Address) common.Hash {
	t.Helper()
	typ := func(s string) abi.Type {
		ty, err := abi.NewType(s, "", nil)
		if err != nil {
			t.Fatal(err)
		}
		return ty
	}
	args := func(types ...string) abi.Arguments {
		var a abi.Arguments
		for _, s := range types {
			a = append(a, abi.Argument{Type: typ(s)})
		}
		return a
	}
	pack := func(a abi.Arguments, vals ...interface{}) []byte {
		b, err := a.Pack(vals...)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	initCodeHash := crypto.Keccak256Hash(p.InitCode)
	if v == V08 && IsEIP7702InitCode(p.InitCode) {
		rest := []byte{}
		if len(p.InitCode) > 20 {
			rest = p.InitCode[20:]
		}
		initCodeHash = crypto.Keccak256Hash(delegate[:], rest)
	}
	fields := []interface{}{p.Sender, p.Nonce, initCodeHash, crypto.Keccak256Hash(p.CallData), p.AccountGasLimits,
		p.PreVerificationGas, p.GasFees, crypto.Keccak256Hash(p.PaymasterAndData)}
	opTypes := []string{"address", "uint256", "bytes32", "bytes32", "bytes32", "uint256", "bytes32", "bytes32"}
	if v == V07 {
		inner := crypto.Keccak256Hash(pack(args(opTypes...), fields...))
		return crypto.Keccak256Hash(pack(args("bytes32", "address", "uint256"), inner, ep, chainID))
	}
	typeHash := crypto.Keccak256Hash([]byte("PackedUserOperation(address sender,uint256 nonce,bytes initCode,bytes callData,bytes32 accountGasLimits,uint256 preVerificationGas,bytes32 gasFees,bytes paymasterAndData)"))
	structHash := crypto.Keccak256Hash(pack(args(append([]string{"bytes32"}, opTypes...)...), append([]interface{}{typeHash}, fields...)...))
	domain := crypto.Keccak256Hash(pack(args("bytes32", "bytes32", "bytes32", "uint256", "address"),
		crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)")),
		crypto.Keccak256Hash([]byte("ERC4337")), crypto.Keccak256Hash([]byte("1")), chainID, ep))
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, domain[:], structHash[:])
}

func TestHashMatchesReferenceEncoding(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	chainIDs := []*big.Int{big.NewInt(1), big.NewInt(1337), new(big.Int).Lsh(big.NewInt(1), 200)}
	for _, v := range Versions() {
		if !v.Packed() {
			continue // v0.6 (unpacked): hash_v06_v09_test.go
		}
		for i := 0; i < 60; i++ {
			op := randomOp(r, i%2 == 0, i%3 == 0)
			var ep common.Address
			r.Read(ep[:])
			chainID := chainIDs[i%len(chainIDs)]
			h, err := NewHasher(v, ep, chainID)
			if err != nil {
				t.Fatal(err)
			}
			got, err := h.Hash(op)
			if err != nil {
				t.Fatal(err)
			}
			p, _ := op.Pack()
			want := refHash(t, v, &p, ep, chainID, nil)
			if got != want {
				t.Fatalf("%v op %d: Hash %x, reference %x", v, i, got, want)
			}
			if gotP, err := h.HashPacked(&p, nil); err != nil || gotP != want {
				t.Fatalf("%v op %d: HashPacked %x (%v), reference %x", v, i, gotP, err, want)
			}
		}
	}
}

func TestHashEIP7702(t *testing.T) {
	chainID := big.NewInt(1337)
	delegate := common.HexToAddress("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512")
	h8 := NewHasherMust(t, V08)
	for _, data := range [][]byte{nil, {0xaa, 0xbb}} {
		op := with7702(baseOp(), true, data)
		p, _ := op.Pack()
		want := refHash(t, V08, &p, V08.EntryPoint(), chainID, &delegate)
		got, err := h8.Hash(op) // delegate from eip7702Auth.address
		if err != nil || got != want {
			t.Fatalf("Hash = %x (%v), want %x", got, err, want)
		}
		op.EIP7702Auth = nil
		if _, err := h8.Hash(op); err == nil {
			t.Fatal("marker without delegate must fail")
		}
		if got, _ := h8.HashWithDelegate(op, delegate); got != want {
			t.Fatalf("HashWithDelegate = %x, want %x", got, want)
		}
		if got, _ := h8.HashPacked(&p, &delegate); got != want {
			t.Fatalf("HashPacked = %x, want %x", got, want)
		}
		// The 2-byte marker hashes like the 20-byte one when there is no data.
		if len(data) == 0 {
			p2 := p
			p2.InitCode = []byte{0x77, 0x02}
			if got, _ := h8.HashPacked(&p2, &delegate); got != want {
				t.Fatalf("short marker hash = %x, want %x", got, want)
			}
		}
		// v0.7 treats the marker as a plain factory address.
		got7, err := NewHasherMust(t, V07).Hash(op)
		if err != nil || got7 != refHash(t, V07, &p, V07.EntryPoint(), chainID, nil) {
			t.Fatalf("v0.7 marker hash %x (%v)", got7, err)
		}
	}
	// A tuple without the marker does not change the hash.
	op := with7702(baseOp(), false, nil)
	p, _ := op.Pack()
	if got, _ := h8.Hash(op); got != refHash(t, V08, &p, V08.EntryPoint(), chainID, nil) {
		t.Fatal("tuple without marker changed the hash")
	}
}

func TestHashTopLevel(t *testing.T) {
	op := baseOp()
	for _, v := range Versions() {
		got, err := Hash(op, v.EntryPoint(), big.NewInt(1337))
		if err != nil {
			t.Fatal(err)
		}
		if want, _ := NewHasherMust(t, v).Hash(op); got != want {
			t.Fatalf("%v: %x != %x", v, got, want)
		}
	}
	if _, err := Hash(op, common.HexToAddress("0x1234"), big.NewInt(1)); err == nil {
		t.Fatal("unknown EntryPoint must fail")
	}
	if _, err := NewHasher(V08, common.Address{}, nil); err == nil {
		t.Fatal("nil chain id must fail")
	}
}

func TestHashAllocs(t *testing.T) {
	op := withPaymaster(withFactory(baseOp()))
	for _, v := range Versions() {
		if !v.Packed() {
			continue // the v0.6 hash encodes the unpacked struct; not on the hot path of the packed versions
		}
		h := NewHasherMust(t, v)
		if n := testing.AllocsPerRun(100, func() { _, _ = h.Hash(op) }); n != 0 {
			t.Errorf("%v: %v allocs per Hash", v, n)
		}
	}
}
