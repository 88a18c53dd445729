package payment

import "github.com/ethereum/go-ethereum/common"

// Config is what a node takes payments with.
type Config struct {
	// PremiumPercent is added to the gas cost (the wire spec's
	// premiumPercent).
	PremiumPercent uint64
	// Chains are the chains the node sponsors ops on, by chain id.
	Chains map[uint64]Chain
	// Callers read each chain (nonces, price feeds).
	Callers map[uint64]Caller
}

// Chain is one chain's paymasters and payment tokens.
type Chain struct {
	// Paymasters maps an EntryPoint to the node's paymaster in it.
	Paymasters map[common.Address]common.Address
	// Tokens are the tokens a payment may be made in on this chain.
	Tokens []Token
}

// Token is a payment token of one chain.
type Token struct {
	Address  common.Address // Native for the native coin
	Symbol   string
	Decimals uint8
	// Prices gives, for each chain whose ops it may pay for, the price of
	// that chain's native coin in this token.
	Prices map[uint64]Source
}

// Token returns the chain's payment token at addr.
func (c Chain) Token(addr common.Address) (Token, bool) {
	for _, t := range c.Tokens {
		if t.Address == addr {
			return t, true
		}
	}
	return Token{}, false
}
