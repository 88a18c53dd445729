package payment

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/klaster-dev/klaster/entrypoint"
)

// Native is the address that stands for a chain's native coin.
var Native = common.HexToAddress("0xEeeeeEeeeEeEeeEeEeEeeEEEeeeeEeeeeeeeEEeE")

// NonceKey is the 192-bit nonce key of payment ops, so that a payment never
// takes the nonce an account's other ops use (key 0).
var NonceKey = new(big.Int).Rsh(crypto.Keccak256Hash([]byte("klaster.payment")).Big(), 64)

var (
	selExecute  = crypto.Keccak256([]byte("execute(address,uint256,bytes)"))[:4]
	selTransfer = crypto.Keccak256([]byte("transfer(address,uint256)"))[:4]
)

// CallData is the payment op's callData on a KlasterAccount: move amount of
// token (Native: the native coin) to recipient, through execute.
func CallData(token, recipient common.Address, amount *big.Int) []byte {
	target, value, inner := token, new(big.Int), []byte{}
	if token == Native {
		target, value = recipient, amount
	} else {
		inner = append(append(append([]byte{}, selTransfer...), common.LeftPadBytes(recipient[:], 32)...), word(amount)...)
	}
	out := append([]byte{}, selExecute...)
	out = append(out, common.LeftPadBytes(target[:], 32)...)
	out = append(out, word(value)...)
	out = append(out, word(big.NewInt(96))...)
	out = append(out, word(big.NewInt(int64(len(inner))))...)
	out = append(out, inner...)
	if pad := len(inner) % 32; pad != 0 {
		out = append(out, make([]byte, 32-pad)...)
	}
	return out
}

// ParseCallData reads a payment op's callData back: the token, recipient
// and amount it moves. It accepts only CallData's exact encoding.
func ParseCallData(data []byte) (token, recipient common.Address, amount *big.Int, err error) {
	if len(data) < 4+128 || !bytes.Equal(data[:4], selExecute) {
		return token, recipient, nil, errors.New("not execute(address,uint256,bytes)")
	}
	target := common.BytesToAddress(data[4:36])
	value := new(big.Int).SetBytes(data[36:68])
	n := new(big.Int).SetBytes(data[100:132])
	switch {
	case n.Sign() == 0:
		if !bytes.Equal(CallData(Native, target, value), data) {
			return token, recipient, nil, errors.New("not a payment in the native coin")
		}
		return Native, target, value, nil
	case n.Cmp(big.NewInt(68)) == 0 && len(data) >= 132+68:
		inner := data[132 : 132+68]
		if !bytes.Equal(inner[:4], selTransfer) {
			return token, recipient, nil, errors.New("not transfer(address,uint256)")
		}
		recipient, amount = common.BytesToAddress(inner[4:36]), new(big.Int).SetBytes(inner[36:68])
		if !bytes.Equal(CallData(target, recipient, amount), data) {
			return token, recipient, nil, errors.New("not a payment's exact encoding")
		}
		return target, recipient, amount, nil
	}
	return token, recipient, nil, fmt.Errorf("not a payment: inner call of %s bytes", n)
}

// Ref is the payment reference every sponsorship of an iTx carries: it
// names the payment op (its chain, EntryPoint, sender and nonce) and what it
// pays, so an op sponsored for one quote cannot ride on another quote's
// (smaller) payment.
func Ref(chainID uint64, entryPoint, sender common.Address, nonce *big.Int, token, recipient common.Address, amount *big.Int) common.Hash {
	return crypto.Keccak256Hash(
		[]byte("klaster.payment.v1"),
		word(new(big.Int).SetUint64(chainID)),
		common.LeftPadBytes(entryPoint[:], 32),
		common.LeftPadBytes(sender[:], 32),
		word(nonce),
		common.LeftPadBytes(token[:], 32),
		common.LeftPadBytes(recipient[:], 32),
		word(amount),
	)
}

// IsPaymentOp reports whether op is a payment op as quotes build them: a
// sponsored op on the payment nonce key (NonceKey) whose callData is
// CallData's exact encoding. Its paymaster pays its gas whatever its
// execution does, so it must execute, not only validate, before it is
// bundled (admission).
func IsPaymentOp(op *entrypoint.UserOperation) bool {
	if op == nil || op.Paymaster == nil || op.Nonce == nil || new(big.Int).Rsh(op.Nonce, 64).Cmp(NonceKey) != 0 {
		return false
	}
	_, _, _, err := ParseCallData(op.CallData)
	return err == nil
}
