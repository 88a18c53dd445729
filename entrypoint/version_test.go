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
		{V07, EntryPointV07Address, SimpleAccountFactoryV07Address},
		{V08, EntryPointV08Address, SimpleAccountFactoryV08Address},
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
	if _, ok := VersionOf(common.HexToAddress(SimpleAccountFactoryV07Address)); ok {
		t.Error("factory is not an EntryPoint")
	}
	if _, err := ParseVersion("0.6"); err == nil {
		t.Error("v0.6 must not parse")
	}
	if V07.SupportsEIP7702() || !V08.SupportsEIP7702() || Version(0).Valid() {
		t.Error("version predicates")
	}
}
