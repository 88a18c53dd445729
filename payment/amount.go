package payment

import "math/big"

var weiPerNative = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// ChainPrice is one chain's maximum cost in wei and the price of its native
// coin in the payment token.
type ChainPrice struct {
	ChainID        uint64
	MaxCost        *big.Int // wei
	TokenPerNative *big.Int // the token's smallest units per 10^18 wei
}

// Amount is the wire spec's amount: ceil(Σ maxCost × tokenPerNative ×
// (100 + premiumPercent) / (100 × 10^18)), rounded once, at the end.
func Amount(chains []ChainPrice, premiumPercent uint64) *big.Int {
	sum := new(big.Int)
	for _, c := range chains {
		sum.Add(sum, new(big.Int).Mul(c.MaxCost, c.TokenPerNative))
	}
	sum.Mul(sum, new(big.Int).SetUint64(100+premiumPercent))
	den := new(big.Int).Mul(big.NewInt(100), weiPerNative)
	q, r := new(big.Int).QuoRem(sum, den, new(big.Int))
	if r.Sign() > 0 {
		q.Add(q, big.NewInt(1))
	}
	return q
}
