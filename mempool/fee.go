package mempool

import (
	"encoding/binary"
	"math/big"
	"math/bits"
)

// u128 is an unsigned 128-bit integer; gas fees fit in 128 bits because the
// EntryPoint packs them into bytes16 halves.
type u128 struct{ hi, lo uint64 }

// u128From converts a non-negative big.Int of at most 128 bits.
func u128From(v *big.Int) (u128, bool) {
	if v == nil || v.Sign() < 0 || v.BitLen() > 128 {
		return u128{}, false
	}
	var b [16]byte
	v.FillBytes(b[:])
	return u128{hi: binary.BigEndian.Uint64(b[:8]), lo: binary.BigEndian.Uint64(b[8:])}, true
}

func (a u128) cmp(b u128) int {
	switch {
	case a.hi != b.hi:
		if a.hi < b.hi {
			return -1
		}
		return 1
	case a.lo < b.lo:
		return -1
	case a.lo > b.lo:
		return 1
	}
	return 0
}

// sub returns a-b; the caller ensures a >= b.
func (a u128) sub(b u128) u128 {
	lo, borrow := bits.Sub64(a.lo, b.lo, 0)
	hi, _ := bits.Sub64(a.hi, b.hi, borrow)
	return u128{hi: hi, lo: lo}
}

// feeKey orders ops for bundling at a given base fee. Ops whose maxFeePerGas
// covers the base fee (ok) rank above those that do not; the former by
// effective tip, the latter by maxFeePerGas.
type feeKey struct {
	ok  bool
	tip u128 // effective tip when ok, else maxFeePerGas
}

func makeKey(maxFee, prio, baseFee u128) feeKey {
	if maxFee.cmp(baseFee) < 0 {
		return feeKey{tip: maxFee}
	}
	tip := maxFee.sub(baseFee)
	if prio.cmp(tip) < 0 {
		tip = prio
	}
	return feeKey{ok: true, tip: tip}
}

// above reports whether (k1, seq1) ranks strictly above (k2, seq2): higher
// key, then earlier insertion.
func above(k1 feeKey, seq1 uint64, k2 feeKey, seq2 uint64) bool {
	if k1.ok != k2.ok {
		return k1.ok
	}
	if c := k1.tip.cmp(k2.tip); c != 0 {
		return c > 0
	}
	return seq1 < seq2
}

// bumped reports whether nv >= old * (100+pct)/100, exactly.
func bumped(old, nv *big.Int, pct int64) bool {
	l := new(big.Int).Mul(nv, big.NewInt(100))
	r := new(big.Int).Mul(old, big.NewInt(100+pct))
	return l.Cmp(r) >= 0
}

// bumpedMin returns ceil(old * (100+pct)/100), the smallest accepted value.
func bumpedMin(old *big.Int, pct int64) *big.Int {
	r := new(big.Int).Mul(old, big.NewInt(100+pct))
	r.Add(r, big.NewInt(99))
	return r.Quo(r, big.NewInt(100))
}
