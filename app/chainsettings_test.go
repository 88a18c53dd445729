package app

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/config"
	"github.com/klaster-dev/klaster/entrypoint"
)

func TestCheckEIP7702(t *testing.T) {
	no, marker := false, entrypoint.EIP7702Marker()
	plain := &entrypoint.UserOperation{Sender: common.Address{1}}
	withMarker := &entrypoint.UserOperation{Sender: common.Address{1}, Factory: &marker}
	withAuth := &entrypoint.UserOperation{Sender: common.Address{1}, EIP7702Auth: &entrypoint.EIP7702Auth{}}

	off := &chainService{chainID: 42161, cfg: config.Chain{EIP7702: &no}}
	if err := off.checkEIP7702(plain); err != nil {
		t.Fatalf("plain op refused: %v", err)
	}
	for _, op := range []*entrypoint.UserOperation{withMarker, withAuth} {
		err := off.checkEIP7702(op)
		var coded interface{ ErrorCode() int }
		if !errors.As(err, &coded) || coded.ErrorCode() != -32602 || !strings.Contains(err.Error(), "eip7702 = false") {
			t.Fatalf("EIP-7702 op on a chain without it: %v", err)
		}
	}
	on := &chainService{chainID: 1, cfg: config.Chain{}}
	if on.checkEIP7702(withAuth) != nil || on.checkEIP7702(withMarker) != nil {
		t.Fatal("EIP-7702 refused on a chain that has it")
	}
	legacy := &chainService{chainID: 56, cfg: config.Chain{Legacy: true}}
	if legacy.checkEIP7702(withAuth) == nil {
		t.Fatal("a legacy chain accepted EIP-7702 by default")
	}
}

func TestChainFeeSettings(t *testing.T) {
	c := config.Chain{BlockTime: config.Duration(2 * time.Second), BaseFeeMultiplierPercent: 175,
		PriorityFeeMultiplierPercent: 120, FeeHistoryPercentile: 60, FeeHistoryBlocks: 20, Legacy: true}
	if d := pollInterval(c); d != 500*time.Millisecond {
		t.Errorf("poll interval %v", d)
	}
	if d := pollInterval(config.Chain{}); d != 0 {
		t.Errorf("no block time: %v", d)
	}
	cs := &chainService{cfg: c}
	fc := cs.feeConfig()
	if fc.BaseFeeMultiplierPercent != 175 || fc.PriorityFeeMultiplierPercent != 120 || fc.RewardPercentile != 60 || fc.HistoryBlocks != 20 || !fc.Legacy {
		t.Errorf("fee config %+v", fc)
	}
	if p := cs.bundleFeePolicy(); !p.Legacy || p.BaseFeeMultiplierPercent != 175 {
		t.Errorf("bundle policy %+v", p)
	}
}
