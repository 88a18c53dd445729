package bench

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
)

type hexutilUint64 = hexutil.Uint64

// userOperationEvent is the EntryPoint's UserOperationEvent topic.
var userOperationEvent = crypto.Keccak256Hash([]byte("UserOperationEvent(bytes32,address,address,uint256,bool,uint256,uint256)"))

// opReceipt is the part of an eth_getUserOperationReceipt answer checked.
type opReceipt struct {
	UserOpHash    common.Hash    `json:"userOpHash"`
	Success       bool           `json:"success"`
	ActualGasUsed *hexutil.Big   `json:"actualGasUsed"`
	Receipt       bundleReceipt  `json:"receipt"`
	Sender        common.Address `json:"sender"`
}

type bundleReceipt struct {
	TransactionHash common.Hash    `json:"transactionHash"`
	BlockHash       common.Hash    `json:"blockHash"`
	BlockNumber     hexutil.Uint64 `json:"blockNumber"`
	GasUsed         hexutil.Uint64 `json:"gasUsed"`
}

// awaitReceipts polls eth_getUserOperationReceipt for the accepted ops
// that arrive on in, while they are being sent, until each has one or wait
// has passed since in was closed; it returns how many are still missing.
// onIncluded is called for each receipt found.
func awaitReceipts(ctx context.Context, bundler *gethrpc.Client, in <-chan *sentOp, poll, wait time.Duration, onIncluded func()) int {
	var pending []*sentOp
	var deadline time.Time // set once in is closed
	for ctx.Err() == nil {
		for drained := false; !drained; {
			select {
			case s, ok := <-in:
				if !ok {
					in, drained = nil, true
					if deadline.IsZero() {
						deadline = time.Now().Add(wait)
					}
					break
				}
				pending = append(pending, s)
			default:
				drained = true
			}
		}
		if !deadline.IsZero() && (len(pending) == 0 || time.Now().After(deadline)) {
			break
		}
		if len(pending) > 0 {
			elems := make([]gethrpc.BatchElem, len(pending))
			outs := make([]*opReceipt, len(pending))
			for i, s := range pending {
				elems[i] = gethrpc.BatchElem{Method: "eth_getUserOperationReceipt", Args: []any{s.hash}, Result: &outs[i]}
			}
			_ = batchCall(ctx, bundler, elems)
			now := time.Now()
			var left []*sentOp
			for i, s := range pending {
				if elems[i].Error != nil || outs[i] == nil {
					left = append(left, s)
					continue
				}
				s.receipt, s.included = outs[i], now.Sub(s.acceptedAt)
				onIncluded()
			}
			pending = left
		}
		select {
		case <-ctx.Done():
		case <-time.After(poll):
		}
	}
	return len(pending)
}

// checked is the node's view of the bundles of a set of ops.
type checked struct {
	bad        []string // receipts not backed by the node
	opsPerTx   map[common.Hash]int
	gasPerOp   []uint64 // actualGasUsed of each op
	txGasPerOp []float64
}

// verifyReceipts checks every receipt against the node: the transaction's
// receipt must hold the op's UserOperationEvent, from the EntryPoint, in
// the block the bundler named, with the same success and gas.
func verifyReceipts(ctx context.Context, node *gethrpc.Client, ep common.Address, ops []*sentOp) (*checked, error) {
	type nodeLog struct {
		Address common.Address `json:"address"`
		Topics  []common.Hash  `json:"topics"`
		Data    hexutil.Bytes  `json:"data"`
	}
	type nodeReceipt struct {
		BlockHash common.Hash    `json:"blockHash"`
		Status    hexutil.Uint64 `json:"status"`
		GasUsed   hexutil.Uint64 `json:"gasUsed"`
		Logs      []nodeLog      `json:"logs"`
	}
	txs := map[common.Hash]*nodeReceipt{}
	var order []common.Hash
	for _, s := range ops {
		if s.receipt != nil {
			if _, ok := txs[s.receipt.Receipt.TransactionHash]; !ok {
				txs[s.receipt.Receipt.TransactionHash] = nil
				order = append(order, s.receipt.Receipt.TransactionHash)
			}
		}
	}
	elems := make([]gethrpc.BatchElem, len(order))
	outs := make([]*nodeReceipt, len(order))
	for i, h := range order {
		elems[i] = gethrpc.BatchElem{Method: "eth_getTransactionReceipt", Args: []any{h}, Result: &outs[i]}
	}
	if err := batchCall(ctx, node, elems); err != nil {
		return nil, fmt.Errorf("bundle receipts from the node: %w", err)
	}
	c := &checked{opsPerTx: map[common.Hash]int{}}
	type event struct {
		success bool
		gasUsed *big.Int
	}
	events := map[common.Hash]map[common.Hash]event{} // tx -> userOpHash -> event
	for i, h := range order {
		txs[h] = outs[i]
		events[h] = map[common.Hash]event{}
		if outs[i] == nil {
			continue
		}
		for _, l := range outs[i].Logs {
			if l.Address != ep || len(l.Topics) != 4 || l.Topics[0] != userOperationEvent || len(l.Data) != 128 {
				continue
			}
			events[h][l.Topics[1]] = event{success: new(big.Int).SetBytes(l.Data[32:64]).Sign() != 0, gasUsed: new(big.Int).SetBytes(l.Data[96:128])}
		}
		c.opsPerTx[h] = len(events[h])
	}
	for _, s := range ops {
		if s.receipt == nil {
			continue
		}
		r := s.receipt
		tx := txs[r.Receipt.TransactionHash]
		ev, ok := events[r.Receipt.TransactionHash][s.hash]
		switch {
		case tx == nil:
			c.bad = append(c.bad, fmt.Sprintf("op %s: the node has no transaction %s", s.hash.Hex(), r.Receipt.TransactionHash.Hex()))
		case tx.BlockHash != r.Receipt.BlockHash:
			c.bad = append(c.bad, fmt.Sprintf("op %s: transaction %s is in block %s on the node, not %s", s.hash.Hex(), r.Receipt.TransactionHash.Hex(), tx.BlockHash.Hex(), r.Receipt.BlockHash.Hex()))
		case !ok:
			c.bad = append(c.bad, fmt.Sprintf("op %s: no UserOperationEvent of it in transaction %s", s.hash.Hex(), r.Receipt.TransactionHash.Hex()))
		case r.UserOpHash != s.hash || ev.success != r.Success || r.ActualGasUsed == nil || ev.gasUsed.Cmp(r.ActualGasUsed.ToInt()) != 0:
			c.bad = append(c.bad, fmt.Sprintf("op %s: the receipt's hash, success or actualGasUsed differ from its event", s.hash.Hex()))
		case !ev.success:
			c.bad = append(c.bad, fmt.Sprintf("op %s: executed but failed (success false)", s.hash.Hex()))
		default:
			c.gasPerOp = append(c.gasPerOp, ev.gasUsed.Uint64())
			if n := c.opsPerTx[r.Receipt.TransactionHash]; n > 0 {
				c.txGasPerOp = append(c.txGasPerOp, float64(tx.GasUsed)/float64(n))
			}
		}
	}
	return c, nil
}
