package payment

import (
	"context"
	"fmt"
	"math/big"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/klaster-dev/klaster/config"
)

// DefaultFeedMaxAge is a price feed's staleness limit when none is set.
const DefaultFeedMaxAge = time.Hour

// FromConfig builds the node's payment configuration from the file's
// [payment] table and each chain's paymasters and payment tokens; nil when
// no chain has a paymaster.
func FromConfig(cfg config.Config, callers map[uint64]Caller) (*Config, error) {
	out := &Config{PremiumPercent: cfg.Payment.PremiumPercent, Chains: map[uint64]Chain{}, Callers: callers}
	for _, ch := range cfg.Chains {
		if len(ch.Paymasters) == 0 {
			continue
		}
		c, err := ChainOf(ch)
		if err != nil {
			return nil, err
		}
		out.Chains[ch.ChainID] = c
	}
	if len(out.Chains) == 0 {
		return nil, nil
	}
	return out, nil
}

// ChainOf is one chain's paymasters and payment tokens.
func ChainOf(ch config.Chain) (Chain, error) {
	c := Chain{Paymasters: map[common.Address]common.Address{}}
	for ep, pm := range ch.Paymasters {
		if !common.IsHexAddress(ep) {
			return c, fmt.Errorf("chain %d: paymasters: %q is not an EntryPoint address", ch.ChainID, ep)
		}
		c.Paymasters[common.HexToAddress(ep)] = pm
	}
	for _, t := range ch.PaymentTokens {
		tok := Token{Address: t.Address, Symbol: t.Symbol, Decimals: t.Decimals, Prices: map[uint64]Source{}}
		for id, p := range t.Prices {
			n, err := strconv.ParseUint(id, 10, 64)
			if err != nil {
				return c, fmt.Errorf("chain %d: payment token %s: prices: %q is not a chain id", ch.ChainID, t.Symbol, id)
			}
			src, err := sourceOf(p, ch.ChainID)
			if err != nil {
				return c, fmt.Errorf("chain %d: payment token %s: price of chain %d: %w", ch.ChainID, t.Symbol, n, err)
			}
			tok.Prices[n] = src
		}
		c.Tokens = append(c.Tokens, tok)
	}
	return c, nil
}

func sourceOf(p config.PriceSource, chainID uint64) (Source, error) {
	switch {
	case p.Fixed != "" && p.Feed != (common.Address{}):
		return Source{}, fmt.Errorf("fixed and feed both set")
	case p.Fixed != "":
		v, ok := new(big.Int).SetString(p.Fixed, 10)
		if !ok || v.Sign() <= 0 {
			return Source{}, fmt.Errorf("fixed %q is not a positive integer", p.Fixed)
		}
		return Source{Fixed: v}, nil
	case p.Feed != (common.Address{}):
		s := Source{Feed: p.Feed, FeedChain: p.FeedChain, MaxAge: time.Duration(p.MaxAge)}
		if s.FeedChain == 0 {
			s.FeedChain = chainID
		}
		if s.MaxAge <= 0 {
			s.MaxAge = DefaultFeedMaxAge
		}
		return s, nil
	}
	return Source{}, fmt.Errorf("neither fixed nor feed set")
}

// RunKeepers keeps each paymaster of chain ch topped up within the
// [payment] bounds until ctx ends, exporting every deposit read to gauge.
func RunKeepers(ctx context.Context, cfg config.Payment, ch config.Chain, reader ChainReader, sender TxSender, gauge func(entryPoint common.Address, wei *big.Int), log zerolog.Logger) error {
	var lo, hi *big.Int
	if cfg.MinDeposit != "" || cfg.TargetDeposit != "" {
		var ok1, ok2 bool
		lo, ok1 = new(big.Int).SetString(cfg.MinDeposit, 10)
		hi, ok2 = new(big.Int).SetString(cfg.TargetDeposit, 10)
		if !ok1 || !ok2 || lo.Cmp(hi) > 0 {
			return fmt.Errorf("payment: min-deposit %q and target-deposit %q must be wei with min <= target", cfg.MinDeposit, cfg.TargetDeposit)
		}
	}
	interval := time.Duration(cfg.DepositCheckInterval)
	if interval <= 0 {
		interval = 10 * time.Second
	}
	for ep, pm := range ch.Paymasters {
		epAddr := common.HexToAddress(ep)
		k := &Keeper{EntryPoint: epAddr, Paymaster: pm, Min: lo, Target: hi, Chain: reader, Sender: sender,
			Gauge: func(wei *big.Int) { gauge(epAddr, wei) }, Log: log.With().Uint64("chain", ch.ChainID).Logger()}
		go k.Run(ctx, interval)
	}
	return nil
}
