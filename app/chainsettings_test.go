package app

import (
	"errors"
	"strings"
	"testing"

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
