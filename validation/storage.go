package validation

import (
	"bytes"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// associations finds storage associated with an address (ERC-7562 §
// "associated storage"): slot == A, or slot = keccak(A‖x)+n for n in
// [0, limit], detected from the transaction's KECCAK256 preimages.
type associations struct {
	limit *big.Int
	bases map[common.Address][]*big.Int
}

func newAssociations(preimages [][]byte, limit uint64, addrs ...common.Address) *associations {
	a := &associations{limit: new(big.Int).SetUint64(limit), bases: make(map[common.Address][]*big.Int, len(addrs))}
	for _, addr := range addrs {
		if _, done := a.bases[addr]; done {
			continue
		}
		prefix := common.LeftPadBytes(addr[:], 32)
		var bases []*big.Int
		for _, p := range preimages {
			if len(p) >= 32 && bytes.Equal(p[:32], prefix) {
				bases = append(bases, new(big.Int).SetBytes(crypto.Keccak256(p)))
			}
		}
		a.bases[addr] = bases
	}
	return a
}

// associated reports whether slot is associated with addr.
func (a *associations) associated(addr common.Address, slot common.Hash) bool {
	if slot == common.BytesToHash(addr[:]) {
		return true
	}
	bases := a.bases[addr]
	if len(bases) == 0 {
		return false
	}
	s := new(big.Int).SetBytes(slot[:])
	var d big.Int
	for _, b := range bases {
		d.Sub(s, b)
		if d.Sign() >= 0 && d.Cmp(a.limit) <= 0 {
			return true
		}
	}
	return false
}
