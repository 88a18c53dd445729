package gas

import "github.com/klaster-dev/klaster/entrypoint"

// countOpV06 counts the bytes of op as one element of EntryPoint v0.6
// handleOps' UserOperation[] argument: eleven head words (every gas field
// and fee a whole word) and paymasterAndData = paymaster ‖ data.
func countOpV06(op *entrypoint.UserOperation) tokenCount {
	var c tokenCount
	initCodeLen := 0
	if op.Factory != nil {
		initCodeLen = 20 + len(op.FactoryData)
	}
	pmdLen := 0
	if op.Paymaster != nil {
		pmdLen = 20 + len(op.PaymasterData)
	}
	const headLen = 11 * 32
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
	c.big(op.CallGasLimit, 32, placeholderGasBytes)
	c.big(op.VerificationGasLimit, 32, placeholderGasBytes)
	c.big(op.PreVerificationGas, 32, placeholderGasBytes)
	c.big(op.MaxFeePerGas, 32, placeholderFeeBytes)
	c.big(op.MaxPriorityFeePerGas, 32, placeholderFeeBytes)
	c.word(offPmd)
	c.word(offSig)

	c.initCode(op, initCodeLen)
	c.dynBytes(op.CallData)
	c.word(uint64(pmdLen))
	if op.Paymaster != nil {
		c.raw(op.Paymaster[:])
		c.raw(op.PaymasterData)
	}
	c.zero += padLen(pmdLen)
	c.dynBytes(op.Signature)
	return c
}
