package chainspec

import (
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/config"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
)

func TestCheckEIP7702(t *testing.T) {
	no, marker := false, entrypoint.EIP7702Marker()
	plain := &entrypoint.UserOperation{Sender: common.Address{1}}
	withMarker := &entrypoint.UserOperation{Sender: common.Address{1}, Factory: &marker}
	withAuth := &entrypoint.UserOperation{Sender: common.Address{1}, EIP7702Auth: &entrypoint.EIP7702Auth{}}

	off := &Spec{ChainID: 42161, EIP7702: config.Chain{EIP7702: &no}.EIP7702Enabled()}
	if err := off.CheckEIP7702(plain); err != nil {
		t.Fatalf("plain op refused: %v", err)
	}
	for _, op := range []*entrypoint.UserOperation{withMarker, withAuth} {
		err := off.CheckEIP7702(op)
		var coded interface{ ErrorCode() int }
		if !errors.As(err, &coded) || coded.ErrorCode() != erc7769.CodeInvalidParams || !strings.Contains(err.Error(), "eip7702 = false") {
			t.Fatalf("EIP-7702 op on a chain without it: %v", err)
		}
	}
	on := &Spec{ChainID: 1, EIP7702: config.Chain{}.EIP7702Enabled()}
	if on.CheckEIP7702(withAuth) != nil || on.CheckEIP7702(withMarker) != nil {
		t.Fatal("EIP-7702 refused on a chain that has it")
	}
	legacy := &Spec{ChainID: 56, EIP7702: config.Chain{Legacy: true}.EIP7702Enabled()}
	if legacy.CheckEIP7702(withAuth) == nil {
		t.Fatal("a legacy chain accepted EIP-7702 by default")
	}
}

func TestPVGChange(t *testing.T) {
	change, err := PVGChange(map[string]any{"fixedGasOverhead": 30000})
	if err != nil {
		t.Fatal(err)
	}
	if got := change(DefaultShared().Gas.PVG).FixedGasOverhead; got != 30000 {
		t.Fatalf("fixedGasOverhead = %d, want 30000", got)
	}
	for _, bad := range []map[string]any{{"noSuchKey": 1}, {"expectedBundleSize": 0}} {
		if _, err := PVGChange(bad); erc7769.CodeOf(err) != erc7769.CodeInvalidParams {
			t.Fatalf("%v: %v, want invalid params", bad, err)
		}
	}
}
