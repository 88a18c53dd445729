package klaster

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
)

// EIP7702Chain is a Chain that lists an EIP-7702 account implementation
// (klaster_getInfo's eip7702Account): the one delegate an iTx op's
// eip7702Auth may name there. A chain without it (or with the zero
// address) takes no EIP-7702 ops in iTxs.
type EIP7702Chain interface {
	EIP7702Account() common.Address
}

// eip7702Account is c's listed EIP-7702 account implementation, or zero.
func eip7702Account(c Chain) common.Address {
	if ec, ok := c.(EIP7702Chain); ok {
		return ec.EIP7702Account()
	}
	return common.Address{}
}

// checkAuthorization refuses an op's eip7702Auth that the node will not
// carry in a type-4 bundle. It needs no chain state, so a scheduled op is
// judged like one whose window is open:
//   - the authorization must delegate to the chain's eip7702Account
//     (-32602). That account lets only the EOA's own key sign the root and
//     records every run in the validator's executed registry, so the node
//     knows what it commits to; another delegate could accept anyone's
//     signature for an op that waits at the node's risk;
//   - its chainId must be 0 (every chain) or the op's chain (-32602,
//     AUTH-010): a tuple for another chain never delegates here;
//   - it must be signed by the op's sender (-32507): EIP-7702 delegates
//     whoever signed it, so any other signer leaves the sender as it is.
func checkAuthorization(op *entrypoint.UserOperation, chainID uint64, account common.Address) error {
	a := op.EIP7702Auth
	if a == nil {
		return nil
	}
	invalid := func(format string, args ...any) error {
		return erc7769.New(erc7769.CodeInvalidParams, format, args...)
	}
	switch {
	case account == (common.Address{}):
		return invalid("eip7702Auth: chain %d lists no eip7702Account, so an iTx op cannot delegate its EOA there", chainID)
	case a.Address != account:
		return invalid("eip7702Auth.address %s is not chain %d's eip7702Account %s: an iTx op may delegate its EOA only to it", a.Address.Hex(), chainID, account.Hex())
	case a.ChainID != nil && a.ChainID.Sign() != 0 && (!a.ChainID.IsUint64() || a.ChainID.Uint64() != chainID):
		return invalid("eip7702Auth.chainId %v: an authorization must name the op's chain %d, or 0 for every chain (AUTH-010)", a.ChainID, chainID)
	}
	signer, err := a.Authority()
	if err != nil {
		return erc7769.New(erc7769.CodeInvalidSignature, "eip7702Auth: the authorization's signature does not recover: %v", err)
	}
	if signer != op.Sender {
		return erc7769.New(erc7769.CodeInvalidSignature, "eip7702Auth is signed by %s, not by the op's sender %s: it would not delegate the sender", signer.Hex(), op.Sender.Hex())
	}
	return nil
}
