package bundler

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/klaster-dev/klaster/bindings/v06"
	"github.com/klaster-dev/klaster/bindings/v08"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
	"github.com/klaster-dev/klaster/mempool"
)

// handleOpsABI encodes handleOps; v0.7 and v0.8 share it.
func handleOpsABI() (*abi.ABI, error) { return v08.EntryPointMetaData.GetAbi() }

// handleOpsABIV06 encodes EntryPoint v0.6 handleOps(UserOperation[],address).
var handleOpsABIV06 = sync.OnceValues(v06.EntryPointMetaData.GetAbi)

// encodeHandleOps packs a handleOps(ops, beneficiary) call for an
// EntryPoint of version v (parsed: the v0.7+ ABI).
func encodeHandleOps(parsed *abi.ABI, v entrypoint.Version, ops []mempool.Entry, beneficiary common.Address) ([]byte, error) {
	if v == entrypoint.V06 {
		return encodeHandleOpsV06(ops, beneficiary)
	}
	packed := make([]v08.PackedUserOperation, len(ops))
	for i := range ops {
		p, err := ops[i].Op.Pack()
		if err != nil {
			return nil, fmt.Errorf("pack op %s: %w", ops[i].UserOpHash, err)
		}
		packed[i] = v08.PackedUserOperation(p)
	}
	return parsed.Pack("handleOps", packed, beneficiary)
}

func encodeHandleOpsV06(ops []mempool.Entry, beneficiary common.Address) ([]byte, error) {
	parsed, err := handleOpsABIV06()
	if err != nil {
		return nil, err
	}
	list := make([]v06.UserOperation, len(ops))
	for i := range ops {
		p, err := ops[i].Op.PackV06()
		if err != nil {
			return nil, fmt.Errorf("pack op %s: %w", ops[i].UserOpHash, err)
		}
		list[i] = v06.UserOperation(p)
	}
	return parsed.Pack("handleOps", list, beneficiary)
}

// authorizations collects the EIP-7702 authorizations of a bundle's ops.
func authorizations(ops []mempool.Entry) ([]types.SetCodeAuthorization, error) {
	var out []types.SetCodeAuthorization
	for _, e := range ops {
		if e.Op.EIP7702Auth == nil {
			continue
		}
		auth, err := e.Op.EIP7702Auth.SetCodeAuthorization()
		if err != nil {
			return nil, fmt.Errorf("op %s: eip7702Auth: %w", e.UserOpHash, err)
		}
		out = append(out, auth)
	}
	return out, nil
}

// failedOp is a bundle simulation that named one op as the culprit.
type failedOp struct {
	index int
	err   *erc7769.Error // the EntryPoint's rejection: Rule is its AAxx code
}

func (f *failedOp) Error() string { return fmt.Sprintf("op %d: %s", f.index, f.err.Message) }

// Unwrap gives the typed rejection (its Entity is the culprit).
func (f *failedOp) Unwrap() error { return f.err }

// simulateBundle runs the whole bundle as an eth_estimateGas of handleOps
// from the signer (with the bundle's authorizations applied). It returns the
// gas the transaction needs, or a *failedOp naming the op the EntryPoint
// rejected.
func simulateBundle(ctx context.Context, eth *ethclient.Client, from, entryPoint common.Address, data []byte, auths []types.SetCodeAuthorization, gasCap uint64) (uint64, error) {
	msg := ethereum.CallMsg{From: from, To: &entryPoint, Data: data, Gas: gasCap, AuthorizationList: auths}
	gas, err := eth.EstimateGas(ctx, msg)
	if err == nil {
		return gas, nil
	}
	if f, ok := failedOpOf(err); ok {
		return 0, f
	}
	return 0, fmt.Errorf("simulate handleOps: %w", err)
}

// failedOpOf types a handleOps revert: the op index and the entity come
// from the EntryPoint's FailedOp error data (its AAxx reason prefix), never
// from the message text, so an address or string inside a revert cannot
// name another entity.
func failedOpOf(err error) (*failedOp, bool) {
	rev, ok := entrypoint.DecodeRevertError(err)
	if !ok || rev.OpIndex < 0 {
		return nil, false
	}
	code := erc7769.CodeRejectedByEntryPoint
	if rev.IsPaymasterError() {
		code = erc7769.CodeRejectedByPaymaster
	}
	return &failedOp{index: rev.OpIndex, err: &erc7769.Error{Code: code, Message: rev.Error(), Rule: rev.Code, Entity: erc7769.EntityOfAACode(rev.Code)}}, true
}

func asFailedOp(err error) (*failedOp, bool) {
	var f *failedOp
	ok := errors.As(err, &f)
	return f, ok
}
