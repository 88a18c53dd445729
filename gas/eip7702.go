package gas

import (
	"math/big"

	"github.com/klaster-dev/klaster/entrypoint"
)

// CheckAuthorizationChain refuses an op whose eip7702Auth names another
// chain (-32602). ERC-7769 applies an op's authorization whenever the tuple
// is present, with or without the 0x7702 initCode marker; EIP-7702 only
// lets a tuple act on the chain it names, or on any chain when it names 0,
// so a tuple for another chain could never delegate the sender here.
func CheckAuthorizationChain(op *entrypoint.UserOperation, chainID *big.Int) error {
	a := op.EIP7702Auth
	if a == nil || a.ChainID == nil || a.ChainID.Sign() == 0 || chainID == nil || a.ChainID.Cmp(chainID) == 0 {
		return nil
	}
	return invalidFields("eip7702Auth is for chain %v, but this is chain %v: an EIP-7702 authorization must name chain %v (or 0 for every chain)", a.ChainID, chainID, chainID)
}

// CheckEIP7702Enabled refuses EIP-7702 ops (an eip7702Auth tuple or the
// 0x7702 initCode marker) with -32602 on a chain configured with
// eip7702 = false (enabled false).
func CheckEIP7702Enabled(op *entrypoint.UserOperation, enabled bool, chainID uint64) error {
	if op == nil || enabled || (op.EIP7702Auth == nil && !op.IsEIP7702()) {
		return nil
	}
	return invalidFields("EIP-7702 ops (eip7702Auth or the 0x7702 initCode marker) are not supported on chain %d: it is configured with eip7702 = false", chainID)
}

// delegatesSender reports whether op makes its sender an EIP-7702 account:
// the 0x7702 initCode marker, or an eip7702Auth without any factory (the
// bundle's authorization list delegates the EOA before validation).
func delegatesSender(op *entrypoint.UserOperation) bool {
	return op.IsEIP7702() || (op.EIP7702Auth != nil && op.Factory == nil)
}
