package config

import (
	"github.com/ethereum/go-ethereum/common"
)

// Payment configures paying once for an iTx (klaster_getQuote's
// itx.payment) and the node paymasters' deposits.
type Payment struct {
	// PremiumPercent is added to the gas cost of a quote's payment.
	PremiumPercent uint64 `toml:"premium-percent"`
	// MinDeposit and TargetDeposit (wei, decimal) bound each node
	// paymaster's EntryPoint deposit: below MinDeposit the signer accounts
	// top it up to TargetDeposit. Empty: no top-ups.
	MinDeposit    string `toml:"min-deposit"`
	TargetDeposit string `toml:"target-deposit"`
	// DepositCheckInterval is how often deposits are read (default 10s).
	DepositCheckInterval Duration `toml:"deposit-check-interval"`
}

// PaymentToken is a token payments may be made in on one chain
// ([[chains.payment-tokens]]).
type PaymentToken struct {
	// Address is the token; 0xEeeeeEeeeEeEeeEeEeEeeEEEeeeeEeeeeeeeEEeE is
	// the native coin.
	Address  common.Address `toml:"address"`
	Symbol   string         `toml:"symbol"`
	Decimals uint8          `toml:"decimals"`
	// Prices gives, keyed by chain id (decimal), the price of that
	// chain's native coin in this token.
	Prices map[string]PriceSource `toml:"prices"`
}

// PriceSource is a fixed rate or a Chainlink-style AggregatorV3Interface
// feed.
type PriceSource struct {
	// Fixed is the token's smallest units per whole native coin (decimal).
	Fixed string `toml:"fixed"`
	// Feed answers the native coin's price in the token's unit, read on
	// FeedChain (default: the token's chain) and refused when older than
	// MaxAge (default 1h).
	Feed      common.Address `toml:"feed"`
	FeedChain uint64         `toml:"feed-chain"`
	MaxAge    Duration       `toml:"max-age"`
}
