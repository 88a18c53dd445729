package payment

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/klaster-dev/klaster/erc7769"
)

// Caller reads a chain's contracts (eth_call at the latest block);
// *ethclient.Client is one.
type Caller interface {
	CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error)
}

// Source is where the price of one chain's native coin in a payment token
// comes from: a fixed rate, or a Chainlink-style AggregatorV3Interface feed
// read at quote time.
type Source struct {
	// Fixed is the token's smallest units per whole native coin; nil: Feed.
	Fixed *big.Int
	// Feed answers the price of one native coin in the token's unit (e.g.
	// ETH/USD for a USD stablecoin) with its own decimals(); it is read on
	// FeedChain and refused when its updatedAt is older than MaxAge.
	Feed      common.Address
	FeedChain uint64
	MaxAge    time.Duration
}

var (
	selLatestRoundData = crypto.Keccak256([]byte("latestRoundData()"))[:4]
	selDecimals        = crypto.Keccak256([]byte("decimals()"))[:4]
)

// TokenPerNative returns src's price in the smallest units of a token of
// tokenDecimals decimals per whole native coin, reading a feed through
// callers (by chain) at now.
func TokenPerNative(ctx context.Context, src Source, tokenDecimals uint8, callers map[uint64]Caller, now time.Time) (*big.Int, error) {
	if src.Fixed != nil {
		return new(big.Int).Set(src.Fixed), nil
	}
	feedErr := func(format string, args ...any) error {
		return erc7769.New(erc7769.CodeInternal, "price feed %s on chain %d: %s", src.Feed.Hex(), src.FeedChain, fmt.Sprintf(format, args...)).
			WithData(map[string]any{"feed": src.Feed.Hex(), "chainId": fmt.Sprintf("%#x", src.FeedChain)})
	}
	c, ok := callers[src.FeedChain]
	if !ok {
		return nil, feedErr("chain not served")
	}
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &src.Feed, Data: selLatestRoundData}, nil)
	if err != nil || len(out) < 160 {
		return nil, feedErr("latestRoundData failed: %v", err)
	}
	answer := new(big.Int).SetBytes(out[32:64])
	if out[32]&0x80 != 0 || answer.Sign() == 0 {
		return nil, feedErr("answer is not positive")
	}
	updatedAt := new(big.Int).SetBytes(out[96:128]).Uint64()
	age := now.Unix() - int64(updatedAt)
	if src.MaxAge > 0 && age > int64(src.MaxAge/time.Second) {
		return nil, feedErr("stale: last updated %d s ago (at %d), the limit is %s", age, updatedAt, src.MaxAge)
	}
	dec, err := c.CallContract(ctx, ethereum.CallMsg{To: &src.Feed, Data: selDecimals}, nil)
	if err != nil || len(dec) < 32 {
		return nil, feedErr("decimals failed: %v", err)
	}
	feedDecimals := new(big.Int).SetBytes(dec).Int64()
	if feedDecimals > 77 {
		return nil, feedErr("decimals %d out of range", feedDecimals)
	}
	v := new(big.Int).Mul(answer, pow10(int64(tokenDecimals)))
	return v.Quo(v, pow10(feedDecimals)), nil
}

func pow10(n int64) *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(n), nil) }
