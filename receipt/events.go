package receipt

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Event topics of the EntryPoint (identical in v0.7 and v0.8).
var (
	// UserOperationEvent(bytes32 indexed userOpHash, address indexed sender,
	// address indexed paymaster, uint256 nonce, bool success,
	// uint256 actualGasCost, uint256 actualGasUsed)
	TopicUserOperationEvent = crypto.Keccak256Hash([]byte("UserOperationEvent(bytes32,address,address,uint256,bool,uint256,uint256)"))
	// BeforeExecution() separates the validation loop from execution.
	TopicBeforeExecution = crypto.Keccak256Hash([]byte("BeforeExecution()"))
	// UserOperationRevertReason(bytes32 indexed userOpHash, address indexed
	// sender, uint256 nonce, bytes revertReason)
	TopicUserOperationRevertReason = crypto.Keccak256Hash([]byte("UserOperationRevertReason(bytes32,address,uint256,bytes)"))
)

// OpEvent is a decoded UserOperationEvent.
type OpEvent struct {
	UserOpHash    common.Hash
	Sender        common.Address
	Paymaster     common.Address
	Nonce         *big.Int
	Success       bool
	ActualGasCost *big.Int
	ActualGasUsed *big.Int
	// Log is the event's own log (its Index is the block-wide logIndex).
	Log *types.Log
}

// DecodeOpEvent decodes a UserOperationEvent log.
func DecodeOpEvent(l *types.Log) (OpEvent, error) {
	if len(l.Topics) != 4 || l.Topics[0] != TopicUserOperationEvent {
		return OpEvent{}, fmt.Errorf("log %d is not a UserOperationEvent", l.Index)
	}
	if len(l.Data) != 4*32 {
		return OpEvent{}, fmt.Errorf("UserOperationEvent at log %d: data is %d bytes, want 128", l.Index, len(l.Data))
	}
	return OpEvent{
		UserOpHash:    l.Topics[1],
		Sender:        common.BytesToAddress(l.Topics[2].Bytes()),
		Paymaster:     common.BytesToAddress(l.Topics[3].Bytes()),
		Nonce:         new(big.Int).SetBytes(l.Data[0:32]),
		Success:       new(big.Int).SetBytes(l.Data[32:64]).Sign() != 0,
		ActualGasCost: new(big.Int).SetBytes(l.Data[64:96]),
		ActualGasUsed: new(big.Int).SetBytes(l.Data[96:128]),
		Log:           l,
	}, nil
}

// OpEvents decodes every UserOperationEvent that entryPoint emitted in a
// transaction receipt, in log order.
func OpEvents(r *types.Receipt, entryPoint common.Address) []OpEvent {
	var out []OpEvent
	for _, l := range r.Logs {
		if l.Address != entryPoint || len(l.Topics) == 0 || l.Topics[0] != TopicUserOperationEvent {
			continue
		}
		if ev, err := DecodeOpEvent(l); err == nil {
			out = append(out, ev)
		}
	}
	return out
}

// opLogs returns the logs that belong to the op whose UserOperationEvent is
// at position eventPos of logs: everything after the previous
// UserOperationEvent (or BeforeExecution) of the same EntryPoint, up to but
// excluding the event itself.
func opLogs(logs []*types.Log, eventPos int, entryPoint common.Address) []*types.Log {
	start := 0
	for i := eventPos - 1; i >= 0; i-- {
		l := logs[i]
		if l.Address == entryPoint && len(l.Topics) > 0 && (l.Topics[0] == TopicUserOperationEvent || l.Topics[0] == TopicBeforeExecution) {
			start = i + 1
			break
		}
	}
	out := make([]*types.Log, 0, eventPos-start)
	return append(out, logs[start:eventPos]...)
}
