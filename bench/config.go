package bench

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
)

// Account kinds.
const (
	AccountAuto    = "auto"    // klaster when the bundler answers klaster_getInfo, else simple
	AccountSimple  = "simple"  // SimpleAccount from the canonical SimpleAccountFactory
	AccountKlaster = "klaster" // KlasterAccount from klaster_getInfo's factory
)

// Config is one run.
type Config struct {
	URL        string         // the bundler's ERC-7769 endpoint of the chain
	KlasterURL string         // klaster_* endpoint; default: URL without its /rpc/N suffix
	Nodes      []string       // node URLs: the first is URL's chain; more chains for iTxs
	EntryPoint common.Address // default: the canonical v0.7 EntryPoint
	FundKey    *ecdsa.PrivateKey

	Accounts      int      // accounts to create and deploy (default 200)
	Concurrency   int      // concurrent clients (default 50)
	OpsPerAccount int      // plain ops per account per wave (default 4, the ERC-7562 same-sender count)
	Waves         int      // plain waves after the deploy wave (default 3)
	AccountKind   string   // AccountAuto, AccountSimple or AccountKlaster
	Fund          *big.Int // wei per account (default 0.1 ether)
	FloorSamples  int      // ops per wave whose validation the node traces directly (default 0: every op of the wave)

	ITxOps    int // ops of the large iTx across the chains (0: no iTx part)
	ITxRepeat int // iTxs of each size (default 3)

	// SoakDuration > 0 replaces the plain waves by a constant-rate run of
	// plain ops at SoakRate ops/s, sampled every SampleEvery (default
	// 1 min); MetricsURL, the bundler's Prometheus /metrics, adds its RSS,
	// goroutines and pool size to each sample.
	SoakDuration time.Duration
	SoakRate     float64
	SampleEvery  time.Duration
	MetricsURL   string

	Timeout time.Duration // the whole run (default 10 min)
	Wait    time.Duration // longest wait for a wave's inclusion (default 60 s)
	Poll    time.Duration // receipt poll interval (default 200 ms)

	Progress io.Writer // progress output; nil: none
	TTY      bool      // draw a progress bar instead of plain lines
}

func (c *Config) defaults() error {
	def := func(v *int, d int) {
		if *v == 0 {
			*v = d
		}
	}
	def(&c.Accounts, 200)
	def(&c.Concurrency, 50)
	def(&c.OpsPerAccount, 4)
	def(&c.Waves, 3)
	def(&c.ITxRepeat, 3)
	if c.AccountKind == "" {
		c.AccountKind = AccountAuto
	}
	if c.Fund == nil {
		c.Fund = new(big.Int).Div(big.NewInt(params.Ether), big.NewInt(10))
	}
	if c.SampleEvery == 0 {
		c.SampleEvery = time.Minute
	}
	if c.SoakDuration > 0 && c.SoakRate <= 0 {
		return errors.New("a soak needs a rate (ops/s)")
	}
	if c.Timeout == 0 {
		c.Timeout = 10*time.Minute + c.SoakDuration
	}
	if c.Wait == 0 {
		c.Wait = 60 * time.Second
	}
	if c.Poll == 0 {
		c.Poll = 200 * time.Millisecond
	}
	if c.KlasterURL == "" {
		c.KlasterURL = c.URL
		if i := strings.LastIndex(c.URL, "/rpc/"); i > 0 {
			c.KlasterURL = c.URL[:i]
		}
	}
	switch {
	case c.URL == "":
		return errors.New("bench: the bundler URL is required")
	case len(c.Nodes) == 0:
		return errors.New("bench: a node URL is required")
	case c.FundKey == nil:
		return errors.New("bench: a funded key is required")
	case c.Accounts < 1 || c.Accounts > 100_000:
		return fmt.Errorf("bench: %d accounts: want 1 to 100000", c.Accounts)
	case c.Concurrency < 1 || c.Concurrency > 10_000:
		return fmt.Errorf("bench: concurrency %d: want 1 to 10000", c.Concurrency)
	case c.OpsPerAccount < 1 || c.Waves < 0 || c.ITxOps < 0 || c.ITxOps > 1024 || c.ITxRepeat < 1:
		return errors.New("bench: ops per account ≥ 1, waves ≥ 0, iTx ops 0–1024 and iTx repeat ≥ 1")
	case c.AccountKind != AccountAuto && c.AccountKind != AccountSimple && c.AccountKind != AccountKlaster:
		return fmt.Errorf("bench: account kind %q: want auto, simple or klaster", c.AccountKind)
	}
	return nil
}
