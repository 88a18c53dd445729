package entrypoint

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Type hashes used by the v0.8/v0.9 EIP-712 userOpHash. They are never written.
var (
	packedUserOpTypeHash = crypto.Keccak256Hash([]byte("PackedUserOperation(address sender,uint256 nonce,bytes initCode,bytes callData,bytes32 accountGasLimits,uint256 preVerificationGas,bytes32 gasFees,bytes paymasterAndData)"))
	eip712DomainTypeHash = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	domainNameHash       = crypto.Keccak256Hash([]byte("ERC4337"))
	domainVersionHash    = crypto.Keccak256Hash([]byte("1"))
)

// Hash returns the userOpHash of op for a canonical EntryPoint (the version
// is looked up with VersionOf) on chainID. For a v0.8 EIP-7702 op the
// delegate is taken from op.EIP7702Auth; use a Hasher and HashWithDelegate
// when the sender is already delegated on chain and carries no tuple.
//
// For repeated hashing (and non-canonical EntryPoint addresses) create a
// Hasher once and reuse it: it avoids all allocations.
func Hash(op *UserOperation, entryPoint common.Address, chainID *big.Int) (common.Hash, error) {
	v, ok := VersionOf(entryPoint)
	if !ok {
		return common.Hash{}, fmt.Errorf("userOpHash: %s is not a known EntryPoint address (use NewHasher with an explicit version)", entryPoint.Hex())
	}
	h, err := NewHasher(v, entryPoint, chainID)
	if err != nil {
		return common.Hash{}, err
	}
	return h.Hash(op)
}

// Hasher computes userOpHashes for one (version, EntryPoint, chain). It keeps
// a keccak state and scratch buffers, so it is not safe for concurrent use;
// create one per goroutine.
type Hasher struct {
	version Version
	// tail holds the precomputed per-(EntryPoint, chain) part: for v0.7 the
	// ABI words entryPoint‖chainId that follow the inner hash; for v0.8 the
	// EIP-712 prefix 0x1901‖domainSeparator in tail[30:64], which precedes
	// the struct hash.
	tail  [64]byte
	kec   crypto.KeccakState
	buf   [10 * 32]byte // v0.6 uses all ten words; v0.7+ words 1..8 and the typehash in 0
	inner [32]byte
	pm    [PaymasterDataOffset]byte
}

// NewHasher prepares a Hasher. chainID must be a non-negative uint256.
func NewHasher(v Version, entryPoint common.Address, chainID *big.Int) (*Hasher, error) {
	if !v.Valid() {
		return nil, fmt.Errorf("userOpHash: invalid EntryPoint version %v", v)
	}
	if chainID == nil || chainID.Sign() < 0 || chainID.BitLen() > 256 {
		return nil, fmt.Errorf("userOpHash: invalid chain id %v", chainID)
	}
	h := &Hasher{version: v, kec: crypto.NewKeccakState()}
	switch v {
	case V06, V07:
		copy(h.tail[12:32], entryPoint[:])
		chainID.FillBytes(h.tail[32:64])
	case V08, V09:
		var dom [5 * 32]byte
		copy(dom[0:32], eip712DomainTypeHash[:])
		copy(dom[32:64], domainNameHash[:])
		copy(dom[64:96], domainVersionHash[:])
		chainID.FillBytes(dom[96:128])
		copy(dom[140:160], entryPoint[:])
		h.kec.Reset()
		h.kec.Write(dom[:])
		h.kec.Read(h.tail[32:64]) // domain separator
		h.tail[30], h.tail[31] = 0x19, 0x01
	}
	return h, nil
}

// Version returns the EntryPoint version the Hasher was built for.
func (h *Hasher) Version() Version { return h.version }

// Hash computes the userOpHash of op. For a v0.8 op with the 7702 marker the
// delegate comes from op.EIP7702Auth.Address; ErrNoDelegate is returned
// when there is none.
func (h *Hasher) Hash(op *UserOperation) (common.Hash, error) {
	var delegate *common.Address
	if h.version.SupportsEIP7702() && op.IsEIP7702() {
		if op.EIP7702Auth == nil {
			return common.Hash{}, fmt.Errorf("userOpHash: %w", ErrNoDelegate)
		}
		delegate = &op.EIP7702Auth.Address
	}
	return h.hash(op, delegate)
}

// HashWithDelegate is Hash with an explicit EIP-7702 delegate: the address
// the sender's code delegates to (0xef0100‖delegate), which the v0.8
// EntryPoint substitutes for the marker when hashing initCode. It is ignored
// for ops without the marker and for v0.7.
func (h *Hasher) HashWithDelegate(op *UserOperation, delegate common.Address) (common.Hash, error) {
	return h.hash(op, &delegate)
}

func (h *Hasher) hash(op *UserOperation, delegate *common.Address) (common.Hash, error) {
	if len(op.PaymasterSignature) > 0 && !h.version.HasPaymasterSignature() {
		return common.Hash{}, fmt.Errorf("userOpHash: %w", fieldError("paymasterSignature", fmt.Errorf("not supported by EntryPoint %v", h.version)))
	}
	if h.version == V06 {
		return h.hashV06(op)
	}
	if op.Nonce == nil {
		return common.Hash{}, fmt.Errorf("userOpHash: %w", fieldError("nonce", ErrMissingField))
	}
	if op.Nonce.Sign() < 0 || op.Nonce.BitLen() > 256 {
		return common.Hash{}, fmt.Errorf("userOpHash: %w", fieldError("nonce", errors.New("out of uint256 range")))
	}
	if err := checkUint128(op.PreVerificationGas, "preVerificationGas"); err != nil {
		return common.Hash{}, fmt.Errorf("userOpHash: %w", err)
	}
	// words: [typehash] sender nonce initCode callData accountGasLimits pvg gasFees pmAndData
	clear(h.word(0)[:12])
	copy(h.word(0)[12:], op.Sender[:])
	op.Nonce.FillBytes(h.word(1)[:])
	if err := op.putGasWords(h.word(4), h.word(6)); err != nil {
		return common.Hash{}, fmt.Errorf("userOpHash: %w", err)
	}
	op.PreVerificationGas.FillBytes(h.word(5)[:])

	// keccak(initCode), streamed: factory‖factoryData.
	h.kec.Reset()
	if op.Factory != nil {
		if h.version.SupportsEIP7702() && *op.Factory == eip7702Marker {
			if delegate == nil {
				return common.Hash{}, fmt.Errorf("userOpHash: %w", ErrNoDelegate)
			}
			h.kec.Write(delegate[:])
		} else {
			h.kec.Write(op.Factory[:])
		}
		h.kec.Write(op.FactoryData)
	}
	h.kec.Read(h.word(2)[:])

	h.kec.Reset()
	h.kec.Write(op.CallData)
	h.kec.Read(h.word(3)[:])

	h.kec.Reset()
	if op.Paymaster != nil && h.version.HasPaymasterSignature() {
		// v0.9: the EntryPoint's own rule on the bytes it receives,
		// static‖paymasterData‖[paymasterSignature‖len‖magic], streamed.
		if err := op.putPaymasterStatic(h.pm[:]); err != nil {
			return common.Hash{}, fmt.Errorf("userOpHash: %w", err)
		}
		signedData, suffix, err := signedPaymasterData(op)
		if err != nil {
			return common.Hash{}, fmt.Errorf("userOpHash: %w", fieldError("paymasterAndData", err))
		}
		h.kec.Write(h.pm[:])
		h.kec.Write(signedData)
		if suffix {
			var magic [8]byte
			binary.BigEndian.PutUint64(magic[:], PaymasterSignatureMagic)
			h.kec.Write(magic[:])
		}
		h.kec.Read(h.word(7)[:])
		return h.finish(), nil
	}
	if op.Paymaster != nil {
		if err := op.putPaymasterStatic(h.pm[:]); err != nil {
			return common.Hash{}, fmt.Errorf("userOpHash: %w", err)
		}
		h.kec.Write(h.pm[:])
		h.kec.Write(op.PaymasterData)
	}
	h.kec.Read(h.word(7)[:])
	return h.finish(), nil
}

// finishV09 fills the paymasterAndData word by v0.9's rule (a paymaster
// signature suffix stays outside) and finishes the hash.
func (h *Hasher) finishV09(pmd []byte) (common.Hash, error) {
	sum, err := paymasterAndDataKeccakV09(pmd)
	if err != nil {
		return common.Hash{}, fmt.Errorf("userOpHash: %w", fieldError("paymasterAndData", err))
	}
	*h.word(7) = sum
	return h.finish(), nil
}

// hashV06 is UserOperationLib.hash of v0.6 (ten ABI words, gas values as
// uint256) wrapped with the EntryPoint and chain id.
func (h *Hasher) hashV06(op *UserOperation) (common.Hash, error) {
	w := func(i int) []byte { return h.buf[32*i : 32*(i+1)] }
	clear(w(0)[:12])
	copy(w(0)[12:], op.Sender[:])
	for _, q := range [...]struct {
		slot int
		name string
		v    *big.Int
	}{
		{1, "nonce", op.Nonce},
		{4, "callGasLimit", op.CallGasLimit},
		{5, "verificationGasLimit", op.VerificationGasLimit},
		{6, "preVerificationGas", op.PreVerificationGas},
		{7, "maxFeePerGas", op.MaxFeePerGas},
		{8, "maxPriorityFeePerGas", op.MaxPriorityFeePerGas},
	} {
		if !inUint256(q.v) {
			return common.Hash{}, fmt.Errorf("userOpHash: %w", fieldError(q.name, errors.New("missing or out of uint256 range")))
		}
		q.v.FillBytes(w(q.slot))
	}
	if isNonZero(op.PaymasterVerificationGasLimit) || isNonZero(op.PaymasterPostOpGasLimit) {
		return common.Hash{}, fmt.Errorf("userOpHash: %w", fieldError("paymasterAndData", errors.New("EntryPoint v0.6 has no paymaster gas limits")))
	}
	h.kec.Reset()
	if op.Factory != nil {
		h.kec.Write(op.Factory[:])
		h.kec.Write(op.FactoryData)
	}
	h.kec.Read(w(2))
	h.kec.Reset()
	h.kec.Write(op.CallData)
	h.kec.Read(w(3))
	h.kec.Reset()
	if op.Paymaster != nil {
		h.kec.Write(op.Paymaster[:])
		h.kec.Write(op.PaymasterData)
	}
	h.kec.Read(w(9))
	h.kec.Reset()
	h.kec.Write(h.buf[:])
	h.kec.Read(h.inner[:])
	h.kec.Reset()
	h.kec.Write(h.inner[:])
	h.kec.Write(h.tail[:])
	h.kec.Read(h.inner[:])
	return common.Hash(h.inner), nil
}

// HashPacked computes the userOpHash of a packed op. For v0.8 marker
// initCode, delegate must be the sender's EIP-7702 delegate (nil yields
// ErrNoDelegate); otherwise it is ignored.
func (h *Hasher) HashPacked(p *PackedUserOperation, delegate *common.Address) (common.Hash, error) {
	if p.Nonce == nil || p.Nonce.Sign() < 0 || p.Nonce.BitLen() > 256 {
		return common.Hash{}, fmt.Errorf("userOpHash: %w", fieldError("nonce", errors.New("missing or out of uint256 range")))
	}
	if p.PreVerificationGas == nil || p.PreVerificationGas.Sign() < 0 || p.PreVerificationGas.BitLen() > 256 {
		return common.Hash{}, fmt.Errorf("userOpHash: %w", fieldError("preVerificationGas", errors.New("missing or out of uint256 range")))
	}
	clear(h.word(0)[:12])
	copy(h.word(0)[12:], p.Sender[:])
	p.Nonce.FillBytes(h.word(1)[:])
	*h.word(4) = p.AccountGasLimits
	p.PreVerificationGas.FillBytes(h.word(5)[:])
	*h.word(6) = p.GasFees

	if h.version == V06 {
		return common.Hash{}, errors.New("userOpHash: EntryPoint v0.6 has no packed UserOperation (use Hash)")
	}
	h.kec.Reset()
	if h.version.SupportsEIP7702() && IsEIP7702InitCode(p.InitCode) {
		if delegate == nil {
			return common.Hash{}, fmt.Errorf("userOpHash: %w", ErrNoDelegate)
		}
		h.kec.Write(delegate[:])
		if len(p.InitCode) > common.AddressLength {
			h.kec.Write(p.InitCode[common.AddressLength:])
		}
	} else {
		h.kec.Write(p.InitCode)
	}
	h.kec.Read(h.word(2)[:])
	h.kec.Reset()
	h.kec.Write(p.CallData)
	h.kec.Read(h.word(3)[:])
	if h.version.HasPaymasterSignature() {
		return h.finishV09(p.PaymasterAndData)
	}
	h.kec.Reset()
	h.kec.Write(p.PaymasterAndData)
	h.kec.Read(h.word(7)[:])
	return h.finish(), nil
}

// word returns ABI word i (0..7) of the v0.7+ op encoding inside h.buf;
// slot 0 of h.buf is reserved for the v0.8/v0.9 typehash, which finish
// fills.
func (h *Hasher) word(i int) *[32]byte {
	return (*[32]byte)(h.buf[32*(i+1) : 32*(i+2)])
}

// finish hashes the filled words into the final userOpHash.
func (h *Hasher) finish() common.Hash {
	// (v0.6 is finished by hashV06.)
	h.kec.Reset()
	switch h.version {
	case V07:
		h.kec.Write(h.buf[32 : 9*32])
		h.kec.Read(h.inner[:])
		h.kec.Reset()
		h.kec.Write(h.inner[:])
		h.kec.Write(h.tail[:])
	default: // V08, V09: keccak(0x1901‖domainSeparator‖keccak(typehash‖words))
		copy(h.buf[:32], packedUserOpTypeHash[:])
		h.kec.Write(h.buf[:9*32])
		h.kec.Read(h.inner[:])
		h.kec.Reset()
		h.kec.Write(h.tail[30:64]) // 0x1901‖domainSeparator
		h.kec.Write(h.inner[:])
	}
	h.kec.Read(h.inner[:]) // reading into a local would make it escape
	return common.Hash(h.inner)
}

func inUint256(v *big.Int) bool { return v != nil && v.Sign() >= 0 && v.BitLen() <= 256 }
