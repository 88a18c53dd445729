package mempool

import "github.com/ethereum/go-ethereum/common"

// item is the pool's record of a live op: the Entry plus cached index data.
type item struct {
	Entry
	maxFee, prio u128
	gas          uint64
	nonce        nonceID
	entities     []common.Address // distinct addresses of sender, factory, paymaster
	heapIdx      [numHeaps]int    // position in each heap, -1 when absent
	// seenAtBlock is the head when the pool first had the op (0: no head
	// yet; the next SetHead sets it). Not persisted: a restored op starts
	// again at the first head after the restart (THROTTLED_ENTITY_LIVE_BLOCKS).
	seenAtBlock uint64

	// Scratch of Best, under the pool lock.
	epoch uint64 // Best call that last saw the item
	eff   feeKey // effective tip at that call's base fee
}

func newItemIdx() [numHeaps]int { return [numHeaps]int{-1, -1, -1} }

// refers reports whether the op names addr as one of its entities.
func (it *item) refers(addr common.Address) bool {
	for _, a := range it.entities {
		if a == addr {
			return true
		}
	}
	return false
}

func distinctEntities(e *Entry) []common.Address {
	out := make([]common.Address, 0, 3)
	add := func(a common.Address) {
		for _, x := range out {
			if x == a {
				return
			}
		}
		out = append(out, a)
	}
	add(e.Sender.Address)
	if e.Factory != nil {
		add(e.Factory.Address)
	}
	if e.Paymaster != nil {
		add(e.Paymaster.Address)
	}
	return out
}
