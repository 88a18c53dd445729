package validation

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/klaster-dev/klaster/bindings/klasteraccount"
	"github.com/klaster-dev/klaster/entrypoint"
)

// registrySlot is where KlasterMerkleValidator records that `sender` ran the
// op `hash`: _executed (slot 1) is mapping(bytes32 => mapping(address =>
// uint256)), so the slot is keccak256(sender ++ keccak256(hash ++ 1)), a
// slot associated with the sender (STO-021).
func registrySlot(sender common.Address, hash common.Hash) common.Hash {
	inner := crypto.Keccak256(hash.Bytes(), common.LeftPadBytes([]byte{1}, 32))
	return crypto.Keccak256Hash(common.LeftPadBytes(sender.Bytes(), 32), inner)
}

// TestExecutedRegistryValidation: the validator's executed registry writes
// account-associated storage, and the full ERC-7562 check on the native
// erc7562Tracer accepts it for a counterfactual account (deployed through
// initCode in the same op) and for an account already deployed.
func TestExecutedRegistryValidation(t *testing.T) {
	net := startNet(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	for i, ep := range []common.Address{net.Contracts.EntryPointV07, net.Contracts.EntryPointV08} {
		f := newFixture(t, net, ep, 5+i)
		v := newValidator(t, f, DefaultConfig())

		check := func(name string, op *entrypoint.UserOperation) {
			t.Helper()
			res, err := v.Validate(ctx, op, ep)
			if err != nil {
				t.Fatalf("%s %s: %v (data %v)", ep, name, err, errData(err))
			}
			if res.ReturnInfo.SigFailed {
				t.Fatalf("%s %s: signature failed", ep, name)
			}
			want := registrySlot(op.Sender, res.UserOpHash)
			found := false
			for _, byOwner := range res.Storage {
				for _, slot := range byOwner[net.Contracts.KlasterValidator] {
					found = found || slot == want
				}
			}
			if !found {
				t.Fatalf("%s %s: the trace shows no access to the registry slot %s: %v", ep, name, want, res.Storage)
			}
		}

		// Counterfactual: initCode deploys the account in the same op.
		check("counterfactual", klasterOp(t, f, int64(300+i)))

		// Deployed: create the account first, then an op without initCode.
		op := klasterOp(t, f, int64(400+i))
		fc, err := klasteraccount.NewKlasterAccountFactory(*op.Factory, f.client)
		if err != nil {
			t.Fatal(err)
		}
		f.wait(fc.CreateAccount(f.opts, f.net.Accounts[4].Address, big.NewInt(int64(400+i))))
		op = klasterOp(t, f, int64(400+i))
		op.Factory, op.FactoryData = nil, nil
		op = resign(t, f, op)
		check("deployed", op)

		// The registry is empty until the op runs in handleOps.
		validator, err := klasteraccount.NewKlasterMerkleValidator(net.Contracts.KlasterValidator, f.client)
		if err != nil {
			t.Fatal(err)
		}
		hash, _ := entrypoint.Hash(op, ep, new(big.Int).SetUint64(f.chain.ChainID))
		if at, err := validator.ExecutedAt(nil, op.Sender, hash); err != nil || at.Sign() != 0 {
			t.Fatalf("%s: executedAt before execution = %v, %v; want 0", ep, at, err)
		}
	}
}
