package validation

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
)

func invalidParams(rule, format string, args ...any) *erc7769.Error {
	return newError(erc7769.CodeInvalidParams, rule, "", nil, nil, "%s: %s", rule, fmt.Sprintf(format, args...))
}

// PackedSize is the size in bytes of op ABI-encoded as a PackedUserOperation
// tuple: nine head words plus the four dynamic byte fields (LIM-010).
func PackedSize(op *entrypoint.UserOperation) (int, error) {
	p, err := op.Pack()
	if err != nil {
		return 0, err
	}
	n := 9 * 32
	for _, b := range [][]byte{p.InitCode, p.CallData, p.PaymasterAndData, p.Signature} {
		n += 32 + (len(b)+31)/32*32
	}
	return n, nil
}

// calldataCost is the EIP-2028 cost of b: 4 per zero byte, 16 per other.
func calldataCost(b []byte) uint64 {
	var n uint64
	for _, c := range b {
		if c == 0 {
			n += 4
		} else {
			n += 16
		}
	}
	return n
}

// checkStatic applies the rules that need only the op: LIM-010, LIM-060,
// LIM-070 (when enforced) and the EIP-7702 authorization tuple (AUTH-010).
func (v *Validator) checkStatic(op *entrypoint.UserOperation) error {
	if max := v.cfg.MaxUserOpSize; max > 0 {
		n, err := PackedSize(op)
		if err != nil {
			return erc7769.New(erc7769.CodeInvalidParams, "invalid UserOperation: %v", err)
		}
		if n > max {
			return invalidParams("LIM-010", "packed UserOperation of %d bytes exceeds MAX_USEROP_SIZE %d", n, max)
		}
	}
	if err := v.checkGasLimits(op); err != nil {
		return err
	}
	if v.cfg.EnforcePreVerificationOverhead {
		p, err := op.Pack()
		if err != nil {
			return erc7769.New(erc7769.CodeInvalidParams, "invalid UserOperation: %v", err)
		}
		need := v.cfg.PreVerificationOverheadGas + calldataCost(packedBytes(&p))
		if op.PreVerificationGas == nil || op.PreVerificationGas.Cmp(new(big.Int).SetUint64(need)) < 0 {
			return invalidParams("LIM-070", "preVerificationGas too low: expected at least %d, provided only %v", need, op.PreVerificationGas)
		}
	}
	return v.checkAuthorization(op)
}

// packedBytes concatenates the packed op's fields (the calldata estimate of
// LIM-070: the serialized op).
func packedBytes(p *entrypoint.PackedUserOperation) []byte {
	out := make([]byte, 0, 9*32+len(p.InitCode)+len(p.CallData)+len(p.PaymasterAndData)+len(p.Signature))
	out = append(out, common.LeftPadBytes(p.Sender[:], 32)...)
	out = append(out, common.LeftPadBytes(p.Nonce.Bytes(), 32)...)
	out = append(out, p.InitCode...)
	out = append(out, p.CallData...)
	out = append(out, p.AccountGasLimits[:]...)
	out = append(out, common.LeftPadBytes(p.PreVerificationGas.Bytes(), 32)...)
	out = append(out, p.GasFees[:]...)
	out = append(out, p.PaymasterAndData...)
	return append(out, p.Signature...)
}

// checkAuthorization applies the EIP-7702 tuple rules. An op carries at
// most one tuple by construction (AUTH-010); the tuple must be for this
// chain (or any chain, id 0) and signed by the sender.
func (v *Validator) checkAuthorization(op *entrypoint.UserOperation) error {
	a := op.EIP7702Auth
	if a == nil {
		return nil
	}
	if a.ChainID != nil && a.ChainID.Sign() != 0 && a.ChainID.Cmp(v.chainID) != 0 {
		return invalidParams("AUTH-010", "Invalid chainId in authorization: %v, want 0 or %v", a.ChainID, v.chainID)
	}
	signer, err := a.Authority()
	if err != nil {
		return invalidParams("AUTH-010", "invalid authorization signature: %v", err)
	}
	if signer != op.Sender {
		return invalidParams("AUTH-010", "Authorization signer is not sender: signer %s, sender %s", signer.Hex(), op.Sender.Hex())
	}
	return nil
}

// checkGasSlack applies LIM-030: each verification gas limit must exceed the
// gas its frames used by ValidationGasSlack. On v0.6 one
// verificationGasLimit covers the account's and the paymaster's validation.
func checkGasSlack(cfg *Config, ver entrypoint.Version, ep common.Address, op *entrypoint.UserOperation, e Entities, root *Frame) *erc7769.Error {
	if !cfg.EnforceValidationGasSlack {
		return nil
	}
	var account, paymaster uint64
	for i := range root.Calls {
		f := &root.Calls[i]
		switch {
		case f.To == e.Sender.Address:
			account += f.GasUsed
		case e.Paymaster != nil && f.To == e.Paymaster.Address:
			paymaster += f.GasUsed
		case f.To != ep && f.To != (common.Address{}) && len(f.Calls) > 0 && (e.Factory != nil || op.IsEIP7702()):
			account += f.GasUsed // the senderCreator frame counts against verificationGasLimit
		}
	}
	check := func(ent Entity, addr common.Address, name string, limit *big.Int, used uint64) *erc7769.Error {
		if limit == nil || used == 0 {
			return nil
		}
		if new(big.Int).SetUint64(used+cfg.ValidationGasSlack).Cmp(limit) > 0 {
			return ruleError("LIM-030", ent, addr, "%s validation used %d gas: %s %v must exceed it by VALIDATION_GAS_SLACK %d", ent, used, name, limit, cfg.ValidationGasSlack)
		}
		return nil
	}
	if ver == entrypoint.V06 {
		return check(EntityAccount, e.Sender.Address, "verificationGasLimit", op.VerificationGasLimit, account+paymaster)
	}
	if err := check(EntityAccount, e.Sender.Address, "verificationGasLimit", op.VerificationGasLimit, account); err != nil {
		return err
	}
	if e.Paymaster != nil {
		return check(EntityPaymaster, e.Paymaster.Address, "paymasterVerificationGasLimit", op.PaymasterVerificationGasLimit, paymaster)
	}
	return nil
}

// CheckBundleLimits applies the bundle-level limits: LIM-040 (handleOps
// calldata size) and LIM-050 (total paymaster context bytes).
func (c *Config) CheckBundleLimits(calldataSize int, contexts [][]byte) error {
	if c.MaxBundleSize > 0 && calldataSize > c.MaxBundleSize {
		return newError(erc7769.CodeOpcodeValidation, "LIM-040", "", nil, nil, "LIM-040: bundle calldata of %d bytes exceeds MAX_BUNDLE_SIZE %d", calldataSize, c.MaxBundleSize)
	}
	total := 0
	for _, ctx := range contexts {
		total += len(ctx)
	}
	if c.MaxBundleContextSize > 0 && total > c.MaxBundleContextSize {
		return newError(erc7769.CodeOpcodeValidation, "LIM-050", "", nil, nil, "LIM-050: bundle paymaster contexts of %d bytes exceed MAX_BUNDLE_CONTEXT_SIZE %d", total, c.MaxBundleContextSize)
	}
	return nil
}

// RecheckContext applies EREP-055: the paymaster context size must not change
// between the first validation and the one before bundling.
func RecheckContext(first, second *Result) error {
	if first == nil {
		return nil
	}
	return RecheckContextSize(len(first.ReturnInfo.PaymasterContext), second)
}

// RecheckContextSize is RecheckContext against the first validation's
// context size alone (what a mempool entry keeps).
func RecheckContextSize(a int, second *Result) error {
	if second == nil || second.Entities.Paymaster == nil {
		return nil
	}
	b := len(second.ReturnInfo.PaymasterContext)
	if a == b {
		return nil
	}
	pm := second.Entities.Paymaster.Address
	return ruleError("EREP-055", EntityPaymaster, pm, "paymaster %s context size changed from %d to %d bytes after first validation", pm.Hex(), a, b)
}
