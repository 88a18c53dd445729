package receipt

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/klaster-dev/klaster/bindings/v08"
	"github.com/klaster-dev/klaster/entrypoint"
)

// OpInfo is the ERC-7769 result of eth_getUserOperationByHash.
type OpInfo struct {
	UserOperation   *entrypoint.UserOperation `json:"userOperation"`
	EntryPoint      string                    `json:"entryPoint"` // EIP-55
	BlockNumber     *hexutil.Uint64           `json:"blockNumber"`
	BlockHash       *common.Hash              `json:"blockHash"`
	TransactionHash *common.Hash              `json:"transactionHash"`
	// Version is the EntryPoint's version: the JSON shape of UserOperation.
	Version entrypoint.Version `json:"-"`
}

// MarshalJSON writes the op in the JSON shape of its EntryPoint's version
// (nil: null, the answer for an unknown hash; go-ethereum's rpc calls it on
// a nil result too).
func (o *OpInfo) MarshalJSON() ([]byte, error) {
	if o == nil {
		return []byte("null"), nil
	}
	type plain OpInfo
	return json.Marshal(struct {
		plain
		UserOperation entrypoint.OpJSON `json:"userOperation"`
	}{plain(*o), entrypoint.OpJSON{Op: o.UserOperation, Version: o.Version}})
}

// UserOperation returns a mined op with its location, or nil when it is
// unknown or not mined. The op is decoded from the bundle's handleOps
// calldata.
func (l *Lookup) UserOperation(ctx context.Context, h common.Hash) (*OpInfo, error) {
	loc, err := l.locate(ctx, h)
	if err != nil || loc == nil {
		return nil, err
	}
	_, r, err := l.txReceipt(ctx, loc.TxHash)
	if err != nil || r == nil {
		return nil, err
	}
	var event *OpEvent
	for _, ev := range OpEvents(r, loc.EntryPoint) {
		if ev.UserOpHash == h {
			event = &ev
			break
		}
	}
	if event == nil {
		return nil, nil
	}
	tx, _, err := l.eth.TransactionByHash(ctx, loc.TxHash)
	if err != nil {
		return nil, fmt.Errorf("bundle transaction %s: %w", loc.TxHash, err)
	}
	v, _ := l.versions.Version(loc.EntryPoint)
	op, err := findOp(tx, event)
	if err != nil {
		return nil, err
	}
	if v.HasPaymasterSignature() {
		if err := op.SplitPaymasterSignature(); err != nil {
			return nil, fmt.Errorf("bundle %s: %w", loc.TxHash, err)
		}
	}
	block := hexutil.Uint64(r.BlockNumber.Uint64())
	blockHash, txHash := r.BlockHash, loc.TxHash
	return &OpInfo{
		UserOperation:   op,
		EntryPoint:      loc.EntryPoint.Hex(),
		BlockNumber:     &block,
		BlockHash:       &blockHash,
		TransactionHash: &txHash,
		Version:         v,
	}, nil
}

// findOp decodes the handleOps calldata of tx and returns the op whose
// sender and nonce match the event.
func findOp(tx *types.Transaction, ev *OpEvent) (*entrypoint.UserOperation, error) {
	sender := ev.Sender
	if op, ok, err := findOpV06(tx, ev); ok || err != nil {
		return op, err
	}
	ops, err := DecodeHandleOps(tx.Data())
	if err != nil {
		return nil, fmt.Errorf("bundle %s: %w", tx.Hash(), err)
	}
	for i := range ops {
		p := ops[i]
		if p.Sender != sender || p.Nonce.Cmp(ev.Nonce) != 0 {
			continue
		}
		op, err := entrypoint.Unpack(&p)
		if err != nil {
			return nil, fmt.Errorf("bundle %s op %d: %w", tx.Hash(), i, err)
		}
		// A 7702 op's authorization travels in the transaction, not in the
		// packed op.
		for _, auth := range tx.SetCodeAuthorizations() {
			if authority, err := auth.Authority(); err == nil && authority == sender {
				op.EIP7702Auth = entrypoint.EIP7702AuthFrom(auth)
			}
		}
		return op, nil
	}
	return nil, fmt.Errorf("bundle %s holds no op of %s with nonce %s", tx.Hash(), sender, ev.Nonce)
}

// DecodeHandleOps decodes the ops of a handleOps(PackedUserOperation[],
// address) call (the same in v0.7 and v0.8).
func DecodeHandleOps(data []byte) ([]entrypoint.PackedUserOperation, error) {
	parsed, err := v08.EntryPointMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	method := parsed.Methods["handleOps"]
	if len(data) < 4 || [4]byte(data[:4]) != [4]byte(method.ID) {
		return nil, fmt.Errorf("not a handleOps call")
	}
	vals, err := method.Inputs.Unpack(data[4:])
	if err != nil {
		return nil, fmt.Errorf("decode handleOps: %w", err)
	}
	var ops []v08.PackedUserOperation
	if err := abiConvert(vals[0], &ops); err != nil {
		return nil, err
	}
	out := make([]entrypoint.PackedUserOperation, len(ops))
	for i, p := range ops {
		out[i] = entrypoint.PackedUserOperation(p)
	}
	return out, nil
}

func abiConvert(v any, dst *[]v08.PackedUserOperation) error {
	converted, ok := abi.ConvertType(v, dst).(*[]v08.PackedUserOperation)
	if !ok {
		return fmt.Errorf("decode handleOps: unexpected op type %T", v)
	}
	*dst = *converted
	return nil
}
