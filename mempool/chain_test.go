package mempool

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// An op mined by another bundler leaves the pool in the block that mined
// it; an op on the same sender and nonce fails; a reorg of that block puts
// the mined op back, and a reorg of any other block does not.
func TestOpMinedByAnyoneLeavesThePool(t *testing.T) {
	p, _ := newTestPool(t, nil)
	mine := entryOf(testOp(1, 0, 0, 100, 10))
	rival := entryOf(testOp(2, 0, 0, 100, 10))
	mustAdd(t, p, mine)
	mustAdd(t, p, rival)
	block, tx := common.Hash{0xb1}, common.Hash{0x7}
	changed, err := p.OpMined(testCtx, ChainOp{UserOpHash: mine.UserOpHash, Sender: mine.Op.Sender, Nonce: mine.Op.Nonce, Success: true, TxHash: tx, BlockNumber: 9, BlockHash: block, LogIndex: 5})
	if err != nil || !changed {
		t.Fatalf("mined: %v %v", changed, err)
	}
	e, _ := p.Get(mine.UserOpHash)
	if e.Status != MinedSuccess || e.BlockHash != block || e.TxHash != tx || e.BlockNumber != 9 || e.LogIndex != 5 {
		t.Fatalf("mined op: %s in %s log %d", e.Status, e.BlockHash, e.LogIndex)
	}
	// The log index survives the store's encoding.
	raw, err := e.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	var back Entry
	if err := back.UnmarshalJSON(raw); err != nil || back.LogIndex != 5 || back.BlockHash != block {
		t.Fatalf("decoded: log %d block %s (%v)", back.LogIndex, back.BlockHash, err)
	}
	// Another op used the rival's sender and nonce.
	other := testOp(2, 0, 0, 200, 20)
	changed, err = p.OpMined(testCtx, ChainOp{UserOpHash: opHash(other), Sender: other.Sender, Nonce: other.Nonce, Success: true, TxHash: tx, BlockNumber: 9, BlockHash: block})
	if err != nil || !changed {
		t.Fatalf("nonce used: %v %v", changed, err)
	}
	if e, _ := p.Get(rival.UserOpHash); e.Status != Failed || !strings.Contains(e.Reason, ErrNonceUsed.Error()) {
		t.Fatalf("rival op: %s %q", e.Status, e.Reason)
	}
	// Attack: a reorg of a block the op is not recorded in changes nothing.
	if back, err := p.OpUnmined(testCtx, mine.UserOpHash, common.Hash{0xee}); back || err != nil {
		t.Fatalf("unmined by another block: %v %v", back, err)
	}
	// The op's own block is reorged out: it is Pending again, then mined
	// in the new block.
	if back, err := p.OpUnmined(testCtx, mine.UserOpHash, block); !back || err != nil {
		t.Fatalf("unmined: %v %v", back, err)
	}
	if e, _ := p.Get(mine.UserOpHash); e.Status != Pending {
		t.Fatalf("after the reorg: %s", e.Status)
	}
	moved := common.Hash{0xb2}
	if _, err := p.OpMined(testCtx, ChainOp{UserOpHash: mine.UserOpHash, Sender: mine.Op.Sender, Nonce: mine.Op.Nonce, Success: false, BlockNumber: 9, BlockHash: moved}); err != nil {
		t.Fatal(err)
	}
	if e, _ := p.Get(mine.UserOpHash); e.Status != MinedFail || e.BlockHash != moved {
		t.Fatalf("mined again: %s in %s", e.Status, e.BlockHash)
	}
	// Seen in a third block without the unmine (a missed update): it moves.
	third := common.Hash{0xb3}
	if changed, _ := p.OpMined(testCtx, ChainOp{UserOpHash: mine.UserOpHash, Success: true, BlockNumber: 10, BlockHash: third}); !changed {
		t.Fatal("a mined op seen in another block did not move")
	}
	if e, _ := p.Get(mine.UserOpHash); e.Status != MinedSuccess || e.BlockHash != third {
		t.Fatalf("moved: %s in %s", e.Status, e.BlockHash)
	}
	// An op the pool never had changes nothing.
	if changed, err := p.OpMined(testCtx, ChainOp{UserOpHash: common.Hash{0x99}, Sender: addr(9), BlockHash: block}); changed || err != nil {
		t.Fatalf("unknown op: %v %v", changed, err)
	}
}
