package receipt

import (
	"bytes"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/klaster-dev/klaster/bindings/v06"
	"github.com/klaster-dev/klaster/entrypoint"
)

// findOpV06 finds the event's op in an EntryPoint v0.6
// handleOps(UserOperation[],address) call; ok is false for any other call.
func findOpV06(tx *types.Transaction, ev *OpEvent) (*entrypoint.UserOperation, bool, error) {
	parsed, err := v06.EntryPointMetaData.GetAbi()
	if err != nil {
		return nil, false, err
	}
	method := parsed.Methods["handleOps"]
	data := tx.Data()
	if len(data) < 4 || !bytes.Equal(data[:4], method.ID) {
		return nil, false, nil
	}
	vals, err := method.Inputs.Unpack(data[4:])
	if err != nil || len(vals) == 0 {
		return nil, true, fmt.Errorf("bundle %s: decode v0.6 handleOps: %v", tx.Hash(), err)
	}
	ops, ok := abi.ConvertType(vals[0], new([]v06.UserOperation)).(*[]v06.UserOperation)
	if !ok {
		return nil, true, fmt.Errorf("bundle %s: decode v0.6 handleOps: unexpected op type %T", tx.Hash(), vals[0])
	}
	for i, p := range *ops {
		if p.Sender != ev.Sender || p.Nonce.Cmp(ev.Nonce) != 0 {
			continue
		}
		u := entrypoint.UserOperationV06(p)
		op, err := entrypoint.UnpackV06(&u)
		if err != nil {
			return nil, true, fmt.Errorf("bundle %s op %d: %w", tx.Hash(), i, err)
		}
		return op, true, nil
	}
	return nil, true, fmt.Errorf("bundle %s holds no op of %s with nonce %s", tx.Hash(), ev.Sender, ev.Nonce)
}
