package admission

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
	"github.com/klaster-dev/klaster/gas"
)

// RootSigner is who signed an interchain transaction's root: an iTx op is
// admitted only when Signer is entitled to act for its sender.
type RootSigner struct {
	Signer    common.Address
	Root      common.Hash
	Signature []byte // the user's signature of Root
}

// erc1271Magic is isValidSignature(bytes32,bytes)'s selector and its
// success value (ERC-1271).
var erc1271Magic = []byte{0x16, 0x26, 0xba, 0x7e}

var erc1271Args = func() abi.Arguments {
	b32, _ := abi.NewType("bytes32", "", nil)
	bs, _ := abi.NewType("bytes", "", nil)
	return abi.Arguments{{Type: b32}, {Type: bs}}
}()

// CheckEntitled refuses with -32507 an op whose sender the root signer may
// not act for, wherever chain state can tell:
//   - the sender itself (an EOA, delegated with EIP-7702 or not) always may;
//     an EIP-7702 op is signed by no one else;
//   - a deployed sender must accept the signature of the root through its
//     ERC-1271 isValidSignature (a Klaster account asks its validator);
//   - an undeployed sender with factory data must be deployed by it and then
//     accept the signature as above (both simulated in one eth_simulateV1
//     call, the factory called from the EntryPoint's senderCreator): factory
//     data that deploys another account, or one of another owner, fails.
//
// An undeployed sender without factory data cannot be judged (an earlier
// op may deploy it); it is let through.
func CheckEntitled(ctx context.Context, node gas.RPCCaller, state gas.ChainState, op *entrypoint.UserOperation, entryPoint common.Address, rs RootSigner) error {
	sender := op.Sender
	refuse := func(why string) error {
		err := erc7769.New(erc7769.CodeInvalidSignature, "the root signer %s may not act for sender %s: %s", rs.Signer.Hex(), sender.Hex(), why)
		err.Entity, err.Address = erc7769.EntityAccount, sender
		return err.WithData(map[string]any{"account": sender.Hex(), "signer": rs.Signer.Hex()})
	}
	if rs.Signer == sender {
		return nil
	}
	if op.IsEIP7702() || op.EIP7702Auth != nil {
		return refuse("an EIP-7702 account's root is signed by its own key")
	}
	code, err := state.CodeAt(ctx, sender)
	if err != nil {
		return fmt.Errorf("entitlement: code of %s: %w", sender.Hex(), err)
	}
	if len(code) == 0 && op.Factory == nil {
		return nil
	}
	isValid, err := erc1271Args.Pack(rs.Root, rs.Signature)
	if err != nil {
		return fmt.Errorf("entitlement: pack isValidSignature: %w", err)
	}
	calls := []any{}
	if len(code) == 0 {
		calls = append(calls, map[string]any{
			"from": crypto.CreateAddress(entryPoint, 1), // the senderCreator, the EntryPoint's first creation
			"to":   *op.Factory, "data": hexutil.Bytes(op.FactoryData), "gas": hexutil.Uint64(op.VerificationGasLimit.Uint64()),
		})
	}
	calls = append(calls, map[string]any{"to": sender, "data": hexutil.Bytes(append(bytes.Clone(erc1271Magic), isValid...)), "gas": hexutil.Uint64(1_000_000)})
	var blocks []struct {
		Calls []struct {
			ReturnData hexutil.Bytes  `json:"returnData"`
			Status     hexutil.Uint64 `json:"status"`
		} `json:"calls"`
	}
	req := map[string]any{"blockStateCalls": []any{map[string]any{"calls": calls}}, "validation": false}
	if err := node.CallContext(ctx, &blocks, "eth_simulateV1", req, "latest"); err != nil {
		return fmt.Errorf("entitlement: eth_simulateV1: %w", err)
	}
	if len(blocks) != 1 || len(blocks[0].Calls) != len(calls) {
		return errors.New("entitlement: eth_simulateV1: unexpected result shape")
	}
	res := blocks[0].Calls
	if len(code) == 0 && res[0].Status != 1 {
		return refuse("its factory data reverts")
	}
	last := res[len(res)-1]
	if last.Status != 1 || len(last.ReturnData) < 4 || !bytes.Equal(last.ReturnData[:4], erc1271Magic) {
		return refuse("its ERC-1271 check (isValidSignature) does not accept the root's signature")
	}
	return nil
}
