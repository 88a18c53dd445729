package gas

import (
	"encoding/binary"
	"math/big"
	"math/bits"

	"github.com/klaster-dev/klaster/entrypoint"
)

// Placeholder widths, in non-zero bytes, for quantities that are not set
// yet (estimation). They are conservative for realistic values: a gas limit
// below 2^32 and a fee below 2^64 wei.
const (
	placeholderGasBytes = 4
	placeholderFeeBytes = 8
)

// tokenCount counts the zero and non-zero bytes of an ABI encoding without
// building it.
type tokenCount struct {
	zero, nonZero uint64
}

// tokens returns the EIP-7623 token count: zero bytes + 4·non-zero bytes
// (tokensPerNonzeroByte).
func (c tokenCount) tokens(perNonZero uint64) uint64 { return c.zero + perNonZero*c.nonZero }

// bytes is the encoding's total length.
func (c tokenCount) bytes() uint64 { return c.zero + c.nonZero }

// word adds one 32-byte word holding an unsigned integer v.
func (c *tokenCount) word(v uint64) {
	nz := uint64(0)
	for ; v != 0; v >>= 8 {
		if v&0xff != 0 {
			nz++
		}
	}
	c.nonZero += nz
	c.zero += 32 - nz
}

// big adds a width-byte big-endian field holding v; nil counts as
// placeholder non-zero bytes (capped at width).
func (c *tokenCount) big(v *big.Int, width uint64, placeholder uint64) {
	var nz uint64
	if v == nil {
		nz = min(placeholder, width)
	} else {
		for _, w := range v.Bits() {
			x := uint64(w)
			for i := 0; i < bits.UintSize/8; i++ {
				if x&0xff != 0 {
					nz++
				}
				x >>= 8
			}
		}
		nz = min(nz, width)
	}
	c.nonZero += nz
	c.zero += width - nz
}

// raw adds b as is.
func (c *tokenCount) raw(b []byte) {
	for _, x := range b {
		if x == 0 {
			c.zero++
		} else {
			c.nonZero++
		}
	}
}

// dynBytes adds an ABI `bytes` tail: length word, data, zero padding.
func (c *tokenCount) dynBytes(b []byte) {
	c.word(uint64(len(b)))
	c.raw(b)
	c.zero += padLen(len(b))
}

func padLen(n int) uint64 { return uint64((32 - n%32) % 32) }

func paddedLen(n int) uint64 { return uint64(n) + padLen(n) }

// countPackedOp counts the bytes of op as one element of handleOps'
// PackedUserOperation[] argument: its offset word in the array head plus the
// tuple encoding. Nil quantities count as placeholders (see above).
func countPackedOp(op *entrypoint.UserOperation) tokenCount {
	var c tokenCount
	initCodeLen := 0
	if op.Factory != nil {
		initCodeLen = 20 + len(op.FactoryData)
	}
	pmdLen := 0
	if op.Paymaster != nil {
		pmdLen = entrypoint.PaymasterDataOffset + len(op.PaymasterData)
		if len(op.PaymasterSignature) > 0 { // v0.9: ‖ signature ‖ uint16 length ‖ magic
			pmdLen += len(op.PaymasterSignature) + entrypoint.PaymasterSignatureSuffixLen
		}
	}
	const headLen = 9 * 32
	offInit := uint64(headLen)
	offCall := offInit + 32 + paddedLen(initCodeLen)
	offPmd := offCall + 32 + paddedLen(len(op.CallData))
	offSig := offPmd + 32 + paddedLen(pmdLen)

	c.word(32) // the element's offset in the array (one op per bundle)
	c.zero += 12
	c.raw(op.Sender[:])
	c.big(op.Nonce, 32, 32)
	c.word(offInit)
	c.word(offCall)
	c.big(op.VerificationGasLimit, 16, placeholderGasBytes)
	c.big(op.CallGasLimit, 16, placeholderGasBytes)
	c.big(op.PreVerificationGas, 32, placeholderGasBytes)
	c.word(offPmd)
	c.big(op.MaxPriorityFeePerGas, 16, placeholderFeeBytes)
	c.big(op.MaxFeePerGas, 16, placeholderFeeBytes)
	c.word(offSig)

	// initCode = factory ‖ factoryData
	c.initCode(op, initCodeLen)
	c.dynBytes(op.CallData)
	// paymasterAndData = paymaster ‖ uint128 pvgl ‖ uint128 postOp ‖ data
	c.word(uint64(pmdLen))
	if op.Paymaster != nil {
		c.raw(op.Paymaster[:])
		c.big(op.PaymasterVerificationGasLimit, 16, placeholderGasBytes)
		c.big(op.PaymasterPostOpGasLimit, 16, placeholderGasBytes)
		c.raw(op.PaymasterData)
		if n := len(op.PaymasterSignature); n > 0 {
			var suffix [entrypoint.PaymasterSignatureSuffixLen]byte
			binary.BigEndian.PutUint16(suffix[:2], uint16(n))
			binary.BigEndian.PutUint64(suffix[2:], entrypoint.PaymasterSignatureMagic)
			c.raw(op.PaymasterSignature)
			c.raw(suffix[:])
		}
	}
	c.zero += padLen(pmdLen)
	c.dynBytes(op.Signature)
	return c
}

// initCode counts initCode = factory ‖ factoryData as a dynamic bytes
// field of length n (the same in every version's calldata).
func (c *tokenCount) initCode(op *entrypoint.UserOperation, n int) {
	c.word(uint64(n))
	if op.Factory != nil {
		c.raw(op.Factory[:])
		c.raw(op.FactoryData)
	}
	c.zero += padLen(n)
}
