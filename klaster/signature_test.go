package klaster

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/klaster-dev/klaster/merkle"
)

// Fixed vector produced with viem 2.30.0:
//
//	acct = privateKeyToAccount('0x' + '11'.repeat(32))
//	root = keccak256(toBytes('klaster itx root'))
//	acct.signMessage({ message: { raw: root } })
//	keccak256(keccak256(encodeAbiParameters(
//	    [bytes32, uint256, uint256], [root, 1700000000n, 1700003600n])))
const (
	viemKey     = "1111111111111111111111111111111111111111111111111111111111111111"
	viemAddress = "0x19E7E376E7C213B7E7e7e46cc70A5dD086DAff2A"
	viemRoot    = "0x7ddac1419a2b80d5d59d17eeea2e7b402160c1e6aa779954e4a9b003257f8a07"
	viemSig     = "0xecef50a34730ee823f494934f88717ec5c0f91a2ab14fcd73ba2d254782db6a565b648205756ea380c832478685857c81afc5a7011f16676a9fa52241e1435111c"
	viemLeaf    = "0x799906522c71ba0987c17af8ea781336731bca136317ea42f3c5453b76c81a7f"
)

func mustType(t testing.TB, name string) abi.Type {
	t.Helper()
	typ, err := abi.NewType(name, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	return typ
}

// signatureArgs is the mee-v1 tuple as go-ethereum ABI arguments.
func signatureArgs(t testing.TB) abi.Arguments {
	return abi.Arguments{
		{Type: mustType(t, "bytes32")},
		{Type: mustType(t, "uint48")},
		{Type: mustType(t, "uint48")},
		{Type: mustType(t, "bytes32[]")},
		{Type: mustType(t, "bytes")},
	}
}

func sampleSignature(depth, sigLen int) MerkleSignature {
	s := MerkleSignature{
		ItxHash:       crypto.Keccak256Hash([]byte("itx")),
		LowerBound:    1_700_000_000,
		UpperBound:    MaxUint48,
		Proof:         make([]common.Hash, depth),
		UserSignature: make([]byte, sigLen),
	}
	for i := range s.Proof {
		s.Proof[i] = crypto.Keccak256Hash([]byte{byte(i)})
	}
	for i := range s.UserSignature {
		s.UserSignature[i] = byte(i + 1)
	}
	return s
}

func TestLeafMatchesABIAndViem(t *testing.T) {
	args := abi.Arguments{
		{Type: mustType(t, "bytes32")},
		{Type: mustType(t, "uint256")},
		{Type: mustType(t, "uint256")},
	}
	opHash := common.HexToHash(viemRoot)
	lower, upper := uint64(1_700_000_000), uint64(1_700_003_600)
	enc, err := args.Pack([32]byte(opHash), new(big.Int).SetUint64(lower), new(big.Int).SetUint64(upper))
	if err != nil {
		t.Fatal(err)
	}
	want := crypto.Keccak256Hash(crypto.Keccak256(enc))
	if got := Leaf(opHash, lower, upper); got != want {
		t.Fatalf("Leaf = %s, want %s", got, want)
	}
	if got := Leaf(opHash, lower, upper); got != common.HexToHash(viemLeaf) {
		t.Fatalf("Leaf = %s, viem computed %s", got, viemLeaf)
	}
}

func TestEncodeMatchesABIPack(t *testing.T) {
	args := signatureArgs(t)
	for depth := 0; depth <= 12; depth++ {
		for _, sigLen := range []int{0, 1, 31, 32, 33, 65, 100} {
			s := sampleSignature(depth, sigLen)
			proof := make([][32]byte, depth)
			for i, h := range s.Proof {
				proof[i] = h
			}
			packed, err := args.Pack([32]byte(s.ItxHash),
				new(big.Int).SetUint64(s.LowerBound), new(big.Int).SetUint64(s.UpperBound),
				proof, s.UserSignature)
			if err != nil {
				t.Fatal(err)
			}
			want := append([]byte(SignaturePrefix), packed...)
			got := EncodeSignature(s)
			if !bytes.Equal(got, want) {
				t.Fatalf("depth %d sigLen %d: encoding differs from abi.Arguments.Pack\n got %x\nwant %x", depth, sigLen, got, want)
			}
			if len(got) != EncodedSignatureLength(depth, sigLen) {
				t.Fatalf("EncodedSignatureLength(%d, %d) = %d, encoding has %d", depth, sigLen, EncodedSignatureLength(depth, sigLen), len(got))
			}
		}
	}
}

func TestSignatureRoundTrip(t *testing.T) {
	for depth := 0; depth <= 12; depth++ {
		for _, sigLen := range []int{0, 1, 32, 65, 97} {
			s := sampleSignature(depth, sigLen)
			enc := EncodeSignature(s)
			got, err := DecodeSignature(enc)
			if err != nil {
				t.Fatalf("depth %d sigLen %d: %v", depth, sigLen, err)
			}
			if got.ItxHash != s.ItxHash || got.LowerBound != s.LowerBound || got.UpperBound != s.UpperBound ||
				!slices.Equal(got.Proof, s.Proof) || !bytes.Equal(got.UserSignature, s.UserSignature) {
				t.Fatalf("depth %d sigLen %d: round trip gave %+v, want %+v", depth, sigLen, got, s)
			}
			// The decoded value must not alias the input.
			if len(got.UserSignature) > 0 {
				enc[len(enc)-1] ^= 0xff
				if got.UserSignature[len(got.UserSignature)-1] != s.UserSignature[sigLen-1] {
					t.Fatal("decoded user signature aliases the input")
				}
			}
		}
	}
}

func TestPlaceholderSignature(t *testing.T) {
	for depth := 0; depth <= 12; depth++ {
		p := PlaceholderSignature(depth)
		actual := EncodeSignature(sampleSignature(depth, RootSignatureLength))
		if len(p) != len(actual) {
			t.Fatalf("depth %d: placeholder %d bytes, real signature %d", depth, len(p), len(actual))
		}
		s, err := DecodeSignature(p)
		if err != nil {
			t.Fatalf("depth %d: placeholder does not decode: %v", depth, err)
		}
		if len(s.Proof) != depth || len(s.UserSignature) != RootSignatureLength {
			t.Fatalf("depth %d: placeholder decodes to proof %d, user signature %d bytes", depth, len(s.Proof), len(s.UserSignature))
		}
		u := s.UserSignature
		r, sv := new(big.Int).SetBytes(u[:32]), new(big.Int).SetBytes(u[32:64])
		if !crypto.ValidateSignatureValues(u[64]-27, r, sv, true) {
			t.Fatalf("depth %d: placeholder ECDSA part is not a well-formed low-s signature", depth)
		}
		if bytes.Count(u, []byte{0}) != 0 {
			t.Fatalf("depth %d: placeholder user signature has zero bytes", depth)
		}
	}
	if !bytes.Equal(PlaceholderSignature(-3), PlaceholderSignature(0)) {
		t.Fatal("negative depth is not treated as zero")
	}
}

func word32(v uint64) []byte {
	w := make([]byte, 32)
	binary.BigEndian.PutUint64(w[24:], v)
	return w
}

func TestDecodeSignatureErrors(t *testing.T) {
	valid := EncodeSignature(sampleSignature(2, 65))
	// Offsets into valid (prefix included): head words, proof length,
	// user signature offset word and length.
	const (
		lowerAt    = 4 + 32
		upperAt    = 4 + 64
		proofOffAt = 4 + 96
		sigOffAt   = 4 + 128
		depthAt    = 4 + 160
		sigLenAt   = 4 + 160 + 32 + 2*32
	)
	with := func(at int, w []byte) []byte {
		b := slices.Clone(valid)
		copy(b[at:at+32], w)
		return b
	}
	huge := bytes.Repeat([]byte{0xff}, 32)
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"empty", nil, "missing 0x177eee00 prefix"},
		{"wrong prefix", append([]byte{0x17, 0x7e, 0xee, 0x01}, valid[4:]...), "missing 0x177eee00 prefix"},
		{"head truncated", valid[:4+159], "shorter than the 160-byte head"},
		{"lower bound too big", with(lowerAt, word32(MaxUint48+1)), "lower bound exceeds uint48"},
		{"upper bound too big", with(upperAt, huge), "upper bound exceeds uint48"},
		{"huge proof offset", with(proofOffAt, huge), "proof offset out of range"},
		{"proof offset past end", with(proofOffAt, word32(uint64(len(valid)))), "proof offset out of range"},
		{"non-canonical proof offset", with(proofOffAt, word32(192)), "proof offset 192 is not the canonical 160"},
		{"huge proof length", with(depthAt, huge), "proof length exceeds the data"},
		{"proof length past end", with(depthAt, word32(100)), "proof length exceeds the data"},
		{"huge signature offset", with(sigOffAt, huge), "user signature offset out of range"},
		{"non-canonical signature offset", with(sigOffAt, word32(160)), "user signature offset 160 is not the canonical 256"},
		{"huge signature length", with(sigLenAt, huge), "user signature length exceeds the data"},
		{"signature length past end", with(sigLenAt, word32(97)), "user signature length exceeds the data"},
		{"padding truncated", valid[:len(valid)-1], "user signature padding truncated"},
		{"signature truncated", valid[:len(valid)-64], "user signature length exceeds the data"},
		{"trailing bytes", append(slices.Clone(valid), 0), "1 trailing bytes"},
		{"dirty padding", func() []byte { b := slices.Clone(valid); b[len(b)-1] = 1; return b }(), "nonzero user signature padding"},
		{"only prefix", []byte(SignaturePrefix), "shorter than the 160-byte head"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeSignature(tt.in)
			if err == nil {
				t.Fatal("decoded")
			}
			if !strings.HasPrefix(err.Error(), "merkle signature: ") || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %q, want it to mention %q", err, tt.want)
			}
		})
	}
}

func TestValidate(t *testing.T) {
	s := sampleSignature(1, 65)
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
	s.LowerBound = MaxUint48 + 1
	if err := s.Validate(); err == nil {
		t.Fatal("lower bound above uint48 accepted")
	}
	if _, err := DecodeSignature(EncodeSignature(s)); err == nil {
		t.Fatal("encoding of an out-of-range bound decoded")
	}
}

func FuzzDecodeSignature(f *testing.F) {
	for _, depth := range []int{0, 1, 5} {
		f.Add(EncodeSignature(sampleSignature(depth, 65)))
	}
	f.Add(PlaceholderSignature(3))
	f.Add([]byte(SignaturePrefix))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := DecodeSignature(b)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "merkle signature: ") {
				t.Fatalf("error without context: %v", err)
			}
			return
		}
		if err := s.Validate(); err != nil {
			t.Fatalf("decoded signature does not validate: %v", err)
		}
		if enc := EncodeSignature(s); !bytes.Equal(enc, b) {
			t.Fatalf("decoded signature re-encodes differently:\n got %x\nwant %x", enc, b)
		}
	})
}

func testKey(t testing.TB) (*ecdsa.PrivateKey, common.Address) {
	t.Helper()
	key, err := crypto.HexToECDSA(viemKey)
	if err != nil {
		t.Fatal(err)
	}
	return key, crypto.PubkeyToAddress(key.PublicKey)
}

func TestRootSignatureEIP191(t *testing.T) {
	key, owner := testKey(t)
	root := crypto.Keccak256Hash([]byte("some itx"))
	sig, err := SignRoot(key, root)
	if err != nil {
		t.Fatal(err)
	}
	if len(sig) != 65 || (sig[64] != 27 && sig[64] != 28) {
		t.Fatalf("SignRoot gave %d bytes, v=%d", len(sig), sig[64])
	}
	// Independent of accounts.TextHash: the EIP-191 digest of 32 raw bytes.
	digest := crypto.Keccak256([]byte("\x19Ethereum Signed Message:\n32"), root[:])
	if pub, err := crypto.SigToPub(digest, append(slices.Clone(sig[:64]), sig[64]-27)); err != nil || crypto.PubkeyToAddress(*pub) != owner {
		t.Fatalf("SignRoot did not sign the EIP-191 digest (err %v)", err)
	}
	for _, v := range []byte{sig[64], sig[64] - 27} {
		s := append(slices.Clone(sig[:64]), v)
		got, err := RecoverRootSigner(root, s)
		if err != nil || got != owner {
			t.Fatalf("v=%d: recovered %s, %v; want %s", v, got, err, owner)
		}
		if !VerifyRootSignature(root, s, owner) {
			t.Fatalf("v=%d: VerifyRootSignature rejected the owner", v)
		}
	}
	other := common.HexToAddress("0x1234")
	if VerifyRootSignature(root, sig, other) || VerifyRootSignature(root, sig, common.Address{}) {
		t.Fatal("VerifyRootSignature accepted a non-owner")
	}
	if VerifyRootSignature(crypto.Keccak256Hash(root[:]), sig, owner) {
		t.Fatal("VerifyRootSignature accepted a signature of another root")
	}
}

func TestRootSignatureRawDigest(t *testing.T) {
	key, owner := testKey(t)
	root := crypto.Keccak256Hash([]byte("raw itx"))
	sig, err := crypto.Sign(root[:], key)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []byte{sig[64], sig[64] + 27} {
		s := append(slices.Clone(sig[:64]), v)
		if !VerifyRootSignature(root, s, owner) {
			t.Fatalf("v=%d: raw-digest signature rejected", v)
		}
		// Read as EIP-191 the raw form recovers to some other address.
		if got, err := RecoverRootSigner(root, s); err == nil && got == owner {
			t.Fatal("RecoverRootSigner treated a raw-digest signature as EIP-191")
		}
	}
}

func TestRootSignatureViem(t *testing.T) {
	root := common.HexToHash(viemRoot)
	sig := hexutil.MustDecode(viemSig)
	got, err := RecoverRootSigner(root, sig)
	if err != nil {
		t.Fatal(err)
	}
	if got != common.HexToAddress(viemAddress) {
		t.Fatalf("recovered %s, viem signed with %s", got, viemAddress)
	}
	key, _ := testKey(t)
	mine, err := SignRoot(key, root)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(mine, sig) { // RFC 6979 signatures are deterministic
		t.Fatalf("SignRoot = %x, viem = %x", mine, sig)
	}
}

func TestRootSignatureRejects(t *testing.T) {
	key, owner := testKey(t)
	root := crypto.Keccak256Hash([]byte("x"))
	sig, err := SignRoot(key, root)
	if err != nil {
		t.Fatal(err)
	}
	// The malleable twin (n - s, flipped v) recovers to the same key on
	// bare ecrecover but is rejected.
	n := crypto.S256().Params().N
	s := new(big.Int).Sub(n, new(big.Int).SetBytes(sig[32:64]))
	twin := slices.Clone(sig)
	s.FillBytes(twin[32:64])
	twin[64] ^= 1 // 27 <-> 28
	bad := map[string][]byte{
		"short":   sig[:64],
		"long":    append(slices.Clone(sig), 0),
		"v=29":    append(slices.Clone(sig[:64]), 29),
		"v=2":     append(slices.Clone(sig[:64]), 2),
		"zero r":  append(make([]byte, 32), sig[32:]...),
		"high s":  twin,
		"garbage": bytes.Repeat([]byte{0xff}, 65),
	}
	for name, b := range bad {
		if _, err := RecoverRootSigner(root, b); err == nil {
			t.Errorf("%s: RecoverRootSigner accepted it", name)
		}
		if VerifyRootSignature(root, b, owner) {
			t.Errorf("%s: VerifyRootSignature accepted it", name)
		}
	}
}

// TestEndToEnd signs a three-operation iTx and checks every operation's
// signature field the way a validator would.
func TestEndToEnd(t *testing.T) {
	key, owner := testKey(t)
	type op struct {
		hash         common.Hash
		lower, upper uint64
	}
	ops := make([]op, 3)
	leaves := make([]common.Hash, len(ops))
	for i := range ops {
		ops[i] = op{crypto.Keccak256Hash([]byte(fmt.Sprint("op", i))), 1_700_000_000, 1_700_000_000 + uint64(i+1)*600}
		leaves[i] = Leaf(ops[i].hash, ops[i].lower, ops[i].upper)
	}
	tree, err := merkle.New(leaves)
	if err != nil {
		t.Fatal(err)
	}
	userSig, err := SignRoot(key, tree.Root())
	if err != nil {
		t.Fatal(err)
	}
	for i, o := range ops {
		proof, err := tree.ProofAt(i)
		if err != nil {
			t.Fatal(err)
		}
		field := EncodeSignature(MerkleSignature{tree.Root(), o.lower, o.upper, proof, userSig})
		sorted, _ := tree.SortedIndex(i)
		if len(field) != len(PlaceholderSignature(merkle.ProofLen(len(ops), sorted))) {
			t.Fatalf("op %d: placeholder length mismatch", i)
		}
		s, err := DecodeSignature(field)
		if err != nil {
			t.Fatal(err)
		}
		if !merkle.Verify(s.ItxHash, Leaf(o.hash, s.LowerBound, s.UpperBound), s.Proof) {
			t.Fatalf("op %d: proof does not verify", i)
		}
		if !VerifyRootSignature(s.ItxHash, s.UserSignature, owner) {
			t.Fatalf("op %d: root signature does not verify", i)
		}
		if merkle.Verify(s.ItxHash, Leaf(o.hash, s.LowerBound, s.UpperBound+1), s.Proof) {
			t.Fatalf("op %d: proof verifies with a changed bound", i)
		}
	}
}
