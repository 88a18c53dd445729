package receipt

import (
	"encoding/json"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/klaster-dev/klaster/entrypoint"
)

// Receipt is the ERC-7769 result of eth_getUserOperationReceipt.
type Receipt struct {
	UserOpHash    common.Hash     `json:"userOpHash"`
	EntryPoint    string          `json:"entryPoint"` // EIP-55
	Sender        string          `json:"sender"`     // EIP-55
	Nonce         *hexutil.Big    `json:"nonce"`
	Paymaster     string          `json:"paymaster"` // EIP-55; the zero address when none
	ActualGasCost *hexutil.Big    `json:"actualGasCost"`
	ActualGasUsed *hexutil.Big    `json:"actualGasUsed"`
	Success       bool            `json:"success"`
	Reason        string          `json:"reason"` // the decoded revert reason when success is false
	Logs          []*types.Log    `json:"logs"`   // this op's logs only
	Receipt       json.RawMessage `json:"receipt"`

	// LogIndex is the block-wide index of the op's UserOperationEvent (not
	// serialized: the witness feed reports it).
	LogIndex uint `json:"-"`
	// TxHash, BlockNumber and BlockHash locate the bundle.
	TxHash      common.Hash `json:"-"`
	BlockNumber uint64      `json:"-"`
	BlockHash   common.Hash `json:"-"`
}

// Build makes the receipt of userOpHash from its bundle's transaction
// receipt. rawReceipt is the node's own JSON for the transaction receipt,
// passed through unchanged (go-ethereum's Receipt type drops from and to).
// It returns nil when the transaction holds no UserOperationEvent for the op.
func Build(userOpHash common.Hash, entryPoint common.Address, r *types.Receipt, rawReceipt json.RawMessage) *Receipt {
	for pos, l := range r.Logs {
		if l.Address != entryPoint || len(l.Topics) != 4 || l.Topics[0] != TopicUserOperationEvent || l.Topics[1] != userOpHash {
			continue
		}
		ev, err := DecodeOpEvent(l)
		if err != nil {
			return nil
		}
		logs := opLogs(r.Logs, pos, entryPoint)
		rec := &Receipt{
			UserOpHash:    userOpHash,
			EntryPoint:    entryPoint.Hex(),
			Sender:        ev.Sender.Hex(),
			Nonce:         (*hexutil.Big)(ev.Nonce),
			Paymaster:     ev.Paymaster.Hex(),
			ActualGasCost: (*hexutil.Big)(ev.ActualGasCost),
			ActualGasUsed: (*hexutil.Big)(ev.ActualGasUsed),
			Success:       ev.Success,
			Logs:          logs,
			Receipt:       rawReceipt,
			LogIndex:      l.Index,
			TxHash:        r.TxHash,
			BlockHash:     r.BlockHash,
		}
		if r.BlockNumber != nil {
			rec.BlockNumber = r.BlockNumber.Uint64()
		}
		if !ev.Success {
			rec.Reason = revertReason(r.Logs, userOpHash, entryPoint)
		}
		return rec
	}
	return nil
}

// revertReason decodes the op's UserOperationRevertReason event, if any.
func revertReason(logs []*types.Log, userOpHash common.Hash, entryPoint common.Address) string {
	for _, l := range logs {
		if l.Address != entryPoint || len(l.Topics) < 3 || l.Topics[0] != TopicUserOperationRevertReason || l.Topics[1] != userOpHash {
			continue
		}
		// data: uint256 nonce, bytes revertReason (offset, length, payload)
		if len(l.Data) < 96 {
			return ""
		}
		n := new(big.Int).SetBytes(l.Data[64:96])
		if !n.IsUint64() || 96+n.Uint64() > uint64(len(l.Data)) {
			return ""
		}
		reason := l.Data[96 : 96+n.Uint64()]
		if rev, err := entrypoint.DecodeRevert(reason); err == nil {
			return rev.Error()
		}
		return hexutil.Encode(reason)
	}
	return ""
}
