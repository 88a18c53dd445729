package receipt

import (
	"encoding/json"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// bundleReceipt is a bundle transaction's receipt with ops ops, each with
// two logs of its own and its UserOperationEvent, after BeforeExecution.
func bundleReceipt(ep common.Address, ops int) (*types.Receipt, []common.Hash) {
	r := &types.Receipt{Status: 1, BlockNumber: big.NewInt(7), TxHash: common.Hash{1}}
	add := func(l *types.Log) { l.Index = uint(len(r.Logs)); r.Logs = append(r.Logs, l) }
	add(&types.Log{Address: ep, Topics: []common.Hash{TopicBeforeExecution}})
	hashes := make([]common.Hash, ops)
	word := func(v int64) []byte { return common.LeftPadBytes(big.NewInt(v).Bytes(), 32) }
	for i := range ops {
		hashes[i] = common.BigToHash(big.NewInt(int64(i + 1)))
		sender := common.BigToAddress(big.NewInt(int64(1000 + i)))
		for range 2 {
			add(&types.Log{Address: sender, Topics: []common.Hash{{2}}, Data: make([]byte, 64)})
		}
		data := append(append(append(word(int64(i)), word(1)...), word(150_000_000_000_000)...), word(99_000)...)
		add(&types.Log{Address: ep, Topics: []common.Hash{TopicUserOperationEvent, hashes[i], common.BytesToHash(sender.Bytes()), {}}, Data: data})
	}
	return r, hashes
}

// BenchmarkBuild assembles the receipt of the last op of a bundle (the
// longest scan), as eth_getUserOperationReceipt does for each op.
func BenchmarkBuild(b *testing.B) {
	ep := common.HexToAddress("0x0000000071727De22E5E9d8BAf0edAc6f37da032")
	raw := json.RawMessage(`{"status":"0x1"}`)
	for _, ops := range []int{1, 100, 500} {
		r, hashes := bundleReceipt(ep, ops)
		last := hashes[len(hashes)-1]
		b.Run(fmt.Sprintf("ops=%d", ops), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				rec := Build(last, ep, r, raw)
				if rec == nil || len(rec.Logs) != 2 || !rec.Success || rec.ActualGasUsed.ToInt().Int64() != 99_000 {
					b.Fatalf("receipt %+v", rec)
				}
			}
		})
	}
}
