package entrypoint

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"github.com/ethereum/go-ethereum/crypto"
)

// EntryPoint v0.9 lets a paymaster sign in parallel with the user: its
// signature is appended to paymasterAndData as
//
//	paymasterSignature ‖ uint16(len(paymasterSignature)) ‖ PaymasterSignatureMagic
//
// and that suffix, except the magic, stays outside the userOpHash
// (UserOperationLib.getPaymasterSignatureLength, Helpers.paymasterDataKeccak).
const (
	// PaymasterSignatureMagic is bytes8(keccak("PaymasterSignature")).
	PaymasterSignatureMagic uint64 = 0x22e325a297439656
	// PaymasterSignatureSuffixLen is the length of uint16 length ‖ magic.
	PaymasterSignatureSuffixLen = 2 + 8
	// minPaymasterDataWithSuffix is the shortest paymasterAndData that can
	// carry a paymaster signature (the static part and the suffix).
	minPaymasterDataWithSuffix = PaymasterDataOffset + PaymasterSignatureSuffixLen
	// MaxPaymasterSignatureLen is the longest signature the uint16 length
	// can describe.
	MaxPaymasterSignatureLen = math.MaxUint16
)

// ErrPaymasterSignatureLength is returned when a v0.9 paymasterAndData ends
// with the magic but its length field reaches into the static part (the
// EntryPoint reverts with InvalidPaymasterSignatureLength).
var ErrPaymasterSignatureLength = errors.New("paymaster signature length reaches before paymasterData")

// PaymasterSignatureLength returns the length of the paymasterSignature that
// a v0.9 EntryPoint reads from the end of paymasterAndData: 0 when it does
// not end with the magic.
func PaymasterSignatureLength(pmd []byte) (int, error) {
	n := len(pmd)
	if n < minPaymasterDataWithSuffix || binary.BigEndian.Uint64(pmd[n-8:]) != PaymasterSignatureMagic {
		return 0, nil
	}
	l := int(binary.BigEndian.Uint16(pmd[n-PaymasterSignatureSuffixLen:]))
	if l > n-minPaymasterDataWithSuffix {
		return 0, fmt.Errorf("%w: %d-byte signature in %d bytes of paymasterAndData", ErrPaymasterSignatureLength, l, n)
	}
	return l, nil
}

// SignedPaymasterAndData returns what a v0.9 userOpHash covers of pmd: pmd
// itself without a paymaster signature, else pmd up to the signature
// followed by the magic.
func SignedPaymasterAndData(pmd []byte) ([]byte, error) {
	l, err := PaymasterSignatureLength(pmd)
	if err != nil || l == 0 {
		return pmd, err
	}
	end := len(pmd) - l - PaymasterSignatureSuffixLen
	out := make([]byte, 0, end+8)
	out = append(out, pmd[:end]...)
	return binary.BigEndian.AppendUint64(out, PaymasterSignatureMagic), nil
}

// appendPaymasterSignature appends the v0.9 suffix for sig (nothing when
// sig is empty).
func appendPaymasterSignature(dst, sig []byte) []byte {
	if len(sig) == 0 {
		return dst
	}
	dst = append(dst, sig...)
	dst = binary.BigEndian.AppendUint16(dst, uint16(len(sig)))
	return binary.BigEndian.AppendUint64(dst, PaymasterSignatureMagic)
}

// paymasterAndDataKeccakV09 is Helpers.paymasterDataKeccak.
func paymasterAndDataKeccakV09(pmd []byte) ([32]byte, error) {
	signed, err := SignedPaymasterAndData(pmd)
	if err != nil {
		return [32]byte{}, err
	}
	return crypto.Keccak256Hash(signed), nil
}

// signedPaymasterData returns the part of op.PaymasterData a v0.9 userOpHash
// covers after the 52 static bytes, and whether the magic follows it: with
// a PaymasterSignature the whole PaymasterData; without one, the EntryPoint
// still reads a suffix that PaymasterData itself ends with.
func signedPaymasterData(op *UserOperation) (data []byte, magic bool, err error) {
	if len(op.PaymasterSignature) > 0 {
		return op.PaymasterData, true, nil
	}
	d := op.PaymasterData
	n := PaymasterDataOffset + len(d)
	if n < minPaymasterDataWithSuffix || binary.BigEndian.Uint64(d[len(d)-8:]) != PaymasterSignatureMagic {
		return d, false, nil
	}
	l := int(binary.BigEndian.Uint16(d[len(d)-PaymasterSignatureSuffixLen:]))
	if l > n-minPaymasterDataWithSuffix {
		return nil, false, fmt.Errorf("%w: %d-byte signature in %d bytes of paymasterAndData", ErrPaymasterSignatureLength, l, n)
	}
	if l == 0 {
		return d, false, nil
	}
	return d[:len(d)-l-PaymasterSignatureSuffixLen], true, nil
}

// SplitPaymasterSignature moves a v0.9 paymasterSignature suffix that ends
// PaymasterData (an op unpacked from a v0.9 handleOps) into
// PaymasterSignature, as ERC-7769 JSON carries it. The packed bytes and the
// userOpHash are unchanged. Only call it for v0.9 ops.
func (op *UserOperation) SplitPaymasterSignature() error {
	if op.Paymaster == nil || len(op.PaymasterSignature) > 0 {
		return nil
	}
	d := op.PaymasterData
	n := PaymasterDataOffset + len(d)
	if n < minPaymasterDataWithSuffix || binary.BigEndian.Uint64(d[len(d)-8:]) != PaymasterSignatureMagic {
		return nil
	}
	l := int(binary.BigEndian.Uint16(d[len(d)-PaymasterSignatureSuffixLen:]))
	if l > n-minPaymasterDataWithSuffix {
		return fmt.Errorf("%w: %d-byte signature in %d bytes of paymasterAndData", ErrPaymasterSignatureLength, l, n)
	}
	if l == 0 {
		return nil // the EntryPoint reads no signature: the bytes are paymasterData
	}
	end := len(d) - l - PaymasterSignatureSuffixLen
	op.PaymasterData, op.PaymasterSignature = d[:end:end], d[end:len(d)-PaymasterSignatureSuffixLen]
	return nil
}
