package entrypoint

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestVersions(t *testing.T) {
	for _, tc := range []struct {
		v       Version
		ep, saf string
	}{
		{V06, EntryPointV06Address, SimpleAccountFactoryV06Address},
		{V07, EntryPointV07Address, SimpleAccountFactoryV07Address},
		{V08, EntryPointV08Address, SimpleAccountFactoryV08Address},
		{V09, EntryPointV09Address, "0x0000000000000000000000000000000000000000"},
	} {
		if tc.v.EntryPoint().Hex() != tc.ep || tc.v.SimpleAccountFactory().Hex() != tc.saf {
			t.Errorf("%v: constants are not EIP-55 or mismatch: %s %s", tc.v, tc.v.EntryPoint().Hex(), tc.v.SimpleAccountFactory().Hex())
		}
		if got, ok := VersionOf(common.HexToAddress(tc.ep)); !ok || got != tc.v {
			t.Errorf("VersionOf(%s) = %v, %v", tc.ep, got, ok)
		}
		if got, err := ParseVersion(tc.v.String()); err != nil || got != tc.v {
			t.Errorf("ParseVersion(%s) = %v, %v", tc.v, got, err)
		}
	}
	if V06.String() != "v0.6" || V09.String() != "v0.9" {
		t.Errorf("String: %s %s", V06, V09)
	}
	if _, ok := VersionOf(common.HexToAddress(SimpleAccountFactoryV07Address)); ok {
		t.Error("factory is not an EntryPoint")
	}
	if _, err := ParseVersion("0.5"); err == nil {
		t.Error("v0.5 must not parse")
	}
	if V06.SupportsEIP7702() || V07.SupportsEIP7702() || !V08.SupportsEIP7702() || !V09.SupportsEIP7702() || Version(0).Valid() || Version(5).Valid() {
		t.Error("version predicates")
	}
	if V06.Packed() || !V07.Packed() || V08.HasPaymasterSignature() || !V09.HasPaymasterSignature() || V08.HasBlockRange() || !V09.HasBlockRange() {
		t.Error("version features")
	}
	// Only fully served versions are served; the others are modelled only.
	for _, v := range Known() {
		served := false
		for _, s := range Versions() {
			served = served || s == v
		}
		if served != v.Served() {
			t.Errorf("%v: Served() = %v, in Versions() = %v", v, v.Served(), served)
		}
	}
}

func TestPreferredListsEveryServedVersionV07First(t *testing.T) {
	p := Preferred()
	if len(p) != len(Versions()) || p[0] != V07 || p[len(p)-1] != V06 {
		t.Fatalf("Preferred %v", p)
	}
	for _, v := range Versions() {
		found := false
		for _, q := range p {
			found = found || q == v
		}
		if !found {
			t.Errorf("Preferred lacks %v", v)
		}
	}
}
