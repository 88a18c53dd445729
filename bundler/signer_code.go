package bundler

import (
	"context"
	"crypto/ecdsa"
	"fmt"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/klaster-dev/klaster/entrypoint"
)

// CheckSignerCode refuses bundle signer keys that cannot send handleOps to
// every served EntryPoint: EntryPoint v0.9's nonReentrant lets only code-less
// EOAs call handleOps, so a key whose account carries code (an EIP-7702
// delegation) would see every bundle revert. It reads each signer's code at
// the latest block.
func CheckSignerCode(ctx context.Context, client *gethrpc.Client, chainID uint64, signers []*ecdsa.PrivateKey, served []entrypoint.Deployment) error {
	var strict *entrypoint.Deployment
	for i, d := range served {
		if d.Version >= entrypoint.V09 {
			strict = &served[i]
			break
		}
	}
	if strict == nil {
		return nil
	}
	for i, k := range signers {
		addr := crypto.PubkeyToAddress(k.PublicKey)
		var code hexutil.Bytes
		if err := client.CallContext(ctx, &code, "eth_getCode", addr, "latest"); err != nil {
			return fmt.Errorf("chain %d: code of bundle signer %d (%s): %w", chainID, i, addr.Hex(), err)
		}
		if len(code) == 0 {
			continue
		}
		what := fmt.Sprintf("%d bytes of contract code", len(code))
		if delegate, ok := entrypoint.DelegateFromCode(code); ok {
			what = "an EIP-7702 delegation to " + delegate.Hex()
		}
		return fmt.Errorf("chain %d: bundle signer %d (%s) carries %s: EntryPoint %v at %s accepts handleOps only from an EOA without code, so every bundle it sent would revert; use a key whose account has no code (or clear its delegation)",
			chainID, i, addr.Hex(), what, strict.Version, strict.Address.Hex())
	}
	return nil
}
