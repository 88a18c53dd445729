package payment

import (
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/klaster-dev/klaster/entrypoint"
)

// SponsorshipLength is the length of the node paymaster's paymasterData:
// validUntil (6) ‖ validAfter (6) ‖ paymentRef (32) ‖ signature (65).
const SponsorshipLength = 6 + 6 + 32 + 65

// Gas limits of the node paymaster: validation hashes the op and runs one
// ecrecover; there is no postOp.
const (
	PaymasterVerificationGas = 60_000
	PaymasterPostOpGas       = 0
)

// sponsorshipTag is the contract's SPONSORSHIP_TAG.
var sponsorshipTag = crypto.Keccak256Hash([]byte("KlasterNodePaymaster.Sponsorship(v1)"))

// Sponsorship is the paymasterData of an op the node paymaster pays for.
type Sponsorship struct {
	ValidUntil uint64
	ValidAfter uint64
	PaymentRef common.Hash
	Signature  []byte // 65 bytes, r ‖ s ‖ v (v 27/28)
}

// Encode returns the paymasterData.
func (s Sponsorship) Encode() []byte {
	out := make([]byte, 0, SponsorshipLength)
	out = append(out, uint48(s.ValidUntil)...)
	out = append(out, uint48(s.ValidAfter)...)
	out = append(out, s.PaymentRef[:]...)
	sig := make([]byte, 65)
	copy(sig, s.Signature)
	return append(out, sig...)
}

// DecodeSponsorship parses paymasterData.
func DecodeSponsorship(b []byte) (Sponsorship, error) {
	if len(b) != SponsorshipLength {
		return Sponsorship{}, fmt.Errorf("paymasterData is %d bytes, a sponsorship is %d", len(b), SponsorshipLength)
	}
	return Sponsorship{
		ValidUntil: readUint48(b[0:6]),
		ValidAfter: readUint48(b[6:12]),
		PaymentRef: common.BytesToHash(b[12:44]),
		Signature:  append([]byte(nil), b[44:109]...),
	}, nil
}

// SponsorshipHash is the contract's sponsorshipHash: what the node signs
// (raw ECDSA) to sponsor op with paymaster on chainID. op's gas limits,
// fees and paymaster gas limits must be final; its paymasterData and
// signature are not covered.
func SponsorshipHash(chainID uint64, paymaster common.Address, op *entrypoint.UserOperation, s Sponsorship) (common.Hash, error) {
	probe := op.Copy()
	probe.Paymaster = &paymaster
	probe.PaymasterData = nil
	packed, err := probe.Pack()
	if err != nil {
		return common.Hash{}, err
	}
	if len(packed.PaymasterAndData) < entrypoint.PaymasterDataOffset {
		return common.Hash{}, errors.New("paymaster gas limits missing")
	}
	head := crypto.Keccak256(
		sponsorshipTag[:],
		word(new(big.Int).SetUint64(chainID)),
		common.LeftPadBytes(paymaster[:], 32),
		common.LeftPadBytes(op.Sender[:], 32),
		word(op.Nonce),
		crypto.Keccak256(packed.InitCode),
		crypto.Keccak256(packed.CallData),
	)
	return crypto.Keccak256Hash(
		head,
		packed.AccountGasLimits[:],
		packed.PaymasterAndData[20:52],
		word(packed.PreVerificationGas),
		packed.GasFees[:],
		word(new(big.Int).SetUint64(s.ValidUntil)),
		word(new(big.Int).SetUint64(s.ValidAfter)),
		s.PaymentRef[:],
	), nil
}

// Sponsor fills op's paymaster fields with the node's signed sponsorship
// (op's other fields must be final).
func Sponsor(key *ecdsa.PrivateKey, chainID uint64, paymaster common.Address, op *entrypoint.UserOperation, validAfter, validUntil uint64, ref common.Hash) error {
	op.Paymaster = &paymaster
	op.PaymasterVerificationGasLimit = big.NewInt(PaymasterVerificationGas)
	op.PaymasterPostOpGasLimit = big.NewInt(PaymasterPostOpGas)
	s := Sponsorship{ValidUntil: validUntil, ValidAfter: validAfter, PaymentRef: ref}
	h, err := SponsorshipHash(chainID, paymaster, op, s)
	if err != nil {
		return err
	}
	sig, err := crypto.Sign(h[:], key)
	if err != nil {
		return err
	}
	sig[64] += 27
	s.Signature = sig
	op.PaymasterData = s.Encode()
	return nil
}

// PlaceholderSponsorship gives op the node paymaster with a well-formed
// sponsorship of the right length (a signature that recovers, to someone
// else), for gas estimation.
func PlaceholderSponsorship(paymaster common.Address, op *entrypoint.UserOperation) {
	op.Paymaster = &paymaster
	op.PaymasterVerificationGasLimit = big.NewInt(PaymasterVerificationGas)
	op.PaymasterPostOpGasLimit = big.NewInt(PaymasterPostOpGas)
	sig := make([]byte, 65)
	for i := range 64 {
		sig[i] = 0x11
	}
	sig[64] = 27
	op.PaymasterData = Sponsorship{Signature: sig}.Encode()
}

// SponsorOf returns the sponsorship op carries for paymaster on chainID and
// the address that signed it.
func SponsorOf(chainID uint64, paymaster common.Address, op *entrypoint.UserOperation) (Sponsorship, common.Address, error) {
	if op.Paymaster == nil || *op.Paymaster != paymaster {
		return Sponsorship{}, common.Address{}, errors.New("not sponsored by the node paymaster")
	}
	s, err := DecodeSponsorship(op.PaymasterData)
	if err != nil {
		return s, common.Address{}, err
	}
	h, err := SponsorshipHash(chainID, paymaster, op, s)
	if err != nil {
		return s, common.Address{}, err
	}
	sig := append([]byte(nil), s.Signature...)
	if sig[64] >= 27 {
		sig[64] -= 27
	}
	pub, err := crypto.SigToPub(h[:], sig)
	if err != nil {
		return s, common.Address{}, err
	}
	return s, crypto.PubkeyToAddress(*pub), nil
}

func word(v *big.Int) []byte {
	if v == nil {
		return make([]byte, 32)
	}
	return common.LeftPadBytes(v.Bytes(), 32)
}

func uint48(v uint64) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], v)
	return b[2:]
}

func readUint48(b []byte) uint64 {
	var w [8]byte
	copy(w[2:], b)
	return binary.BigEndian.Uint64(w[:])
}
