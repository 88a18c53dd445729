package klaster

import (
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The mee-v1 scheme: every user operation of an interchain transaction (iTx)
// is a leaf
//
//	keccak256(keccak256(abi.encode(bytes32 userOpHash, uint256 lowerBound, uint256 upperBound)))
//
// of an OpenZeppelin sorted-leaf Merkle tree (package merkle) whose root is
// the itxHash. The user signs the itxHash once, and each operation carries
//
//	SignaturePrefix ‖ abi.encode(bytes32 itxHash, uint48 lowerBound,
//	    uint48 upperBound, bytes32[] proof, bytes userSignature)
//
// in its signature field.

// SignaturePrefix is the 4-byte type tag (0x177eee00) that starts every
// mee-v1 Merkle signature.
const SignaturePrefix = "\x17\x7e\xee\x00"

// MaxUint48 is the largest timestamp bound a mee-v1 signature can carry.
const MaxUint48 = 1<<48 - 1

// RootSignatureLength is the length of an ECDSA signature of the itxHash.
const RootSignatureLength = 65

const (
	word = 32
	// headLen is the ABI head: itxHash, two bounds and two offsets.
	headLen = 5 * word
)

// MerkleSignature is the decoded signature field of one mee-v1 user operation.
type MerkleSignature struct {
	ItxHash    common.Hash
	LowerBound uint64 // uint48 on the wire
	UpperBound uint64 // uint48 on the wire
	// Proof is the Merkle proof of the operation's Leaf under ItxHash.
	Proof []common.Hash
	// UserSignature is the user's signature of ItxHash, see SignRoot.
	UserSignature []byte
}

// Leaf returns the mee-v1 Merkle leaf of a user operation valid between the
// lower and upper timestamps: keccak256(keccak256(abi.encode(userOpHash,
// uint256(lower), uint256(upper)))).
func Leaf(userOpHash common.Hash, lower, upper uint64) common.Hash {
	var enc [3 * word]byte
	copy(enc[:word], userOpHash[:])
	binary.BigEndian.PutUint64(enc[2*word-8:2*word], lower)
	binary.BigEndian.PutUint64(enc[3*word-8:], upper)
	inner := crypto.Keccak256Hash(enc[:])
	return crypto.Keccak256Hash(inner[:])
}

// Validate reports why s cannot be encoded as a mee-v1 signature that
// DecodeSignature and the on-chain validator accept, or nil.
func (s MerkleSignature) Validate() error {
	if s.LowerBound > MaxUint48 {
		return fmt.Errorf("merkle signature: lower bound %d exceeds uint48", s.LowerBound)
	}
	if s.UpperBound > MaxUint48 {
		return fmt.Errorf("merkle signature: upper bound %d exceeds uint48", s.UpperBound)
	}
	return nil
}

// EncodedSignatureLength returns the byte length of a mee-v1 signature with a
// proof of depth elements and a user signature of userSigLen bytes.
func EncodedSignatureLength(depth, userSigLen int) int {
	return len(SignaturePrefix) + headLen + word + depth*word + word + padded(userSigLen)
}

// EncodeSignature returns the signature field for s: SignaturePrefix followed
// by the standard (canonical) ABI encoding of the tuple. Bounds are written
// as given; one above MaxUint48 yields bytes that DecodeSignature rejects, so
// callers holding untrusted bounds check s.Validate first.
func EncodeSignature(s MerkleSignature) []byte {
	depth := len(s.Proof)
	out := make([]byte, EncodedSignatureLength(depth, len(s.UserSignature)))
	copy(out, SignaturePrefix)
	data := out[len(SignaturePrefix):]

	proofOff := headLen
	sigOff := proofOff + word + depth*word
	copy(data[0:word], s.ItxHash[:])
	putUint(data[word:2*word], s.LowerBound)
	putUint(data[2*word:3*word], s.UpperBound)
	putUint(data[3*word:4*word], uint64(proofOff))
	putUint(data[4*word:5*word], uint64(sigOff))

	putUint(data[proofOff:proofOff+word], uint64(depth))
	for i := range s.Proof {
		at := proofOff + word + i*word
		copy(data[at:at+word], s.Proof[i][:])
	}
	putUint(data[sigOff:sigOff+word], uint64(len(s.UserSignature)))
	copy(data[sigOff+word:], s.UserSignature)
	return out
}

// DecodeSignature parses a mee-v1 signature field. It never panics, whatever
// b holds. Decoding is strict: only the canonical encoding, exactly what
// EncodeSignature (and Solidity's abi.encode, viem's encodeAbiParameters)
// produce, is accepted, so a decoded signature re-encodes to b. Solidity's
// abi.decode is more lenient (any in-range offsets, trailing bytes, dirty
// padding); such encodings are rejected here on purpose.
func DecodeSignature(b []byte) (MerkleSignature, error) {
	var s MerkleSignature
	if len(b) < len(SignaturePrefix) || string(b[:len(SignaturePrefix)]) != SignaturePrefix {
		return s, errors.New("merkle signature: missing 0x177eee00 prefix")
	}
	data := b[len(SignaturePrefix):]
	if len(data) < headLen {
		return s, fmt.Errorf("merkle signature: %d bytes after the prefix, shorter than the %d-byte head", len(data), headLen)
	}
	copy(s.ItxHash[:], data[0:word])
	var ok bool
	if s.LowerBound, ok = readUint(data[word:2*word], MaxUint48); !ok {
		return s, errors.New("merkle signature: lower bound exceeds uint48")
	}
	if s.UpperBound, ok = readUint(data[2*word:3*word], MaxUint48); !ok {
		return s, errors.New("merkle signature: upper bound exceeds uint48")
	}

	proofOff, ok := readUint(data[3*word:4*word], uint64(len(data)))
	if !ok || proofOff+word > uint64(len(data)) {
		return s, errors.New("merkle signature: proof offset out of range")
	}
	if proofOff != headLen {
		return s, fmt.Errorf("merkle signature: proof offset %d is not the canonical %d", proofOff, headLen)
	}
	depth, ok := readUint(data[proofOff:proofOff+word], uint64(len(data)))
	if !ok || depth > (uint64(len(data))-proofOff-word)/word {
		return s, errors.New("merkle signature: proof length exceeds the data")
	}

	wantSigOff := proofOff + word + depth*word
	sigOff, ok := readUint(data[4*word:5*word], uint64(len(data)))
	if !ok || sigOff+word > uint64(len(data)) {
		return s, errors.New("merkle signature: user signature offset out of range")
	}
	if sigOff != wantSigOff {
		return s, fmt.Errorf("merkle signature: user signature offset %d is not the canonical %d", sigOff, wantSigOff)
	}
	sigLen, ok := readUint(data[sigOff:sigOff+word], uint64(len(data)))
	if !ok || sigLen > uint64(len(data))-sigOff-word {
		return s, errors.New("merkle signature: user signature length exceeds the data")
	}
	sigStart := sigOff + word
	end := sigStart + uint64(padded(int(sigLen)))
	if end > uint64(len(data)) {
		return s, errors.New("merkle signature: user signature padding truncated")
	}
	if end < uint64(len(data)) {
		return s, fmt.Errorf("merkle signature: %d trailing bytes", uint64(len(data))-end)
	}
	for _, c := range data[sigStart+sigLen : end] {
		if c != 0 {
			return s, errors.New("merkle signature: nonzero user signature padding")
		}
	}

	s.Proof = make([]common.Hash, depth)
	for i := range s.Proof {
		at := proofOff + word + uint64(i)*word
		copy(s.Proof[i][:], data[at:at+word])
	}
	s.UserSignature = append([]byte{}, data[sigStart:sigStart+sigLen]...)
	return s, nil
}

// PlaceholderSignature returns a signature field of exactly the length of a
// real one with a proof of depth elements and a 65-byte user signature, for
// gas estimation. It decodes cleanly but does not verify. Every byte a real
// signature fills with data is nonzero here, so calldata gas is not
// underestimated, and its ECDSA part is well formed (low s, v = 28) so that
// on-chain recovery fails by mismatch rather than by revert. A negative depth
// counts as zero.
func PlaceholderSignature(depth int) []byte {
	depth = max(depth, 0)
	s := MerkleSignature{
		ItxHash:       filledHash(0xff),
		LowerBound:    MaxUint48,
		UpperBound:    MaxUint48,
		Proof:         make([]common.Hash, depth),
		UserSignature: make([]byte, RootSignatureLength),
	}
	for i := range s.Proof {
		s.Proof[i] = filledHash(0xff)
	}
	r, lowS := filledHash(0xff), filledHash(0xaa)
	r[15] = 0xf0 // keeps r below the curve order n = 0xff…feba…
	for i := 16; i < word; i++ {
		r[i] = 0x01
	}
	lowS[0] = 0x7a
	copy(s.UserSignature[:word], r[:])
	copy(s.UserSignature[word:2*word], lowS[:])
	s.UserSignature[2*word] = 28
	return EncodeSignature(s)
}

// SignRoot signs the itxHash root the way wallets sign it: EIP-191
// personal_sign of the raw 32 bytes (viem's signMessage({message: {raw}})).
// The 65-byte result is r ‖ s ‖ v with v in {27, 28}.
func SignRoot(key *ecdsa.PrivateKey, root common.Hash) ([]byte, error) {
	sig, err := crypto.Sign(accounts.TextHash(root[:]), key)
	if err != nil {
		return nil, fmt.Errorf("sign itxHash %s: %w", root.Hex(), err)
	}
	sig[crypto.RecoveryIDOffset] += 27
	return sig, nil
}

// RecoverRootSigner returns the address whose EIP-191 personal_sign of root
// is sig (the form SignRoot produces). v may be 0, 1, 27 or 28; a high-s
// (malleable) signature is rejected.
func RecoverRootSigner(root common.Hash, sig []byte) (common.Address, error) {
	return recoverSigner(accounts.TextHash(root[:]), sig)
}

// VerifyRootSignature reports whether owner signed root. Like the on-chain
// validator it accepts either an EIP-191 personal_sign of the raw root (tried
// first) or a signature of the root itself as the digest; the two forms
// recover to different addresses for the same bytes, which is why the owner
// must be given. v may be 0, 1, 27 or 28; high-s signatures are rejected.
func VerifyRootSignature(root common.Hash, sig []byte, owner common.Address) bool {
	if owner == (common.Address{}) {
		return false
	}
	if got, err := recoverSigner(accounts.TextHash(root[:]), sig); err == nil && got == owner {
		return true
	}
	got, err := recoverSigner(root[:], sig)
	return err == nil && got == owner
}

// recoverSigner recovers the signer of digest from a 65-byte r ‖ s ‖ v.
func recoverSigner(digest, sig []byte) (common.Address, error) {
	if len(sig) != RootSignatureLength {
		return common.Address{}, fmt.Errorf("root signature: %d bytes, want %d", len(sig), RootSignatureLength)
	}
	v := sig[crypto.RecoveryIDOffset]
	if v >= 27 {
		v -= 27
	}
	r := new(big.Int).SetBytes(sig[:word])
	s := new(big.Int).SetBytes(sig[word : 2*word])
	if !crypto.ValidateSignatureValues(v, r, s, true) {
		return common.Address{}, fmt.Errorf("root signature: invalid r, s or v (v=%d, or s in the malleable upper half)", sig[crypto.RecoveryIDOffset])
	}
	norm := make([]byte, RootSignatureLength)
	copy(norm, sig)
	norm[crypto.RecoveryIDOffset] = v
	pub, err := crypto.SigToPub(digest, norm)
	if err != nil {
		return common.Address{}, fmt.Errorf("root signature: recover: %w", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// padded rounds n up to a multiple of the ABI word size.
func padded(n int) int {
	return (n + word - 1) / word * word
}

// putUint writes v big-endian into the low bytes of a zeroed ABI word.
func putUint(w []byte, v uint64) {
	binary.BigEndian.PutUint64(w[word-8:], v)
}

// readUint returns the value of the ABI word w if it is at most limit.
func readUint(w []byte, limit uint64) (uint64, bool) {
	for _, c := range w[:word-8] {
		if c != 0 {
			return 0, false
		}
	}
	v := binary.BigEndian.Uint64(w[word-8:])
	return v, v <= limit
}

func filledHash(c byte) common.Hash {
	var h common.Hash
	for i := range h {
		h[i] = c
	}
	return h
}
