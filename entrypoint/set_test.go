package entrypoint

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestSetResolvesCustomAddresses(t *testing.T) {
	custom := common.HexToAddress("0x00000000000000000000000000000000000c0ffe")
	s, err := NewSet(Deployment{Address: V08.EntryPoint(), Version: V08}, Deployment{Address: custom, Version: V07})
	if err != nil {
		t.Fatal(err)
	}
	if v, ok := s.Version(custom); !ok || v != V07 {
		t.Fatalf("custom EntryPoint: %v %v", v, ok)
	}
	if _, ok := s.Version(V07.EntryPoint()); ok {
		t.Fatal("a canonical address the chain does not serve resolved to a version")
	}
	if d, _ := s.Prefer(V07); d.Address != custom {
		t.Fatalf("prefer v0.7: %s", d.Address.Hex())
	}
	if d, _ := s.Prefer(Version(99)); d.Address != V08.EntryPoint() {
		t.Fatalf("prefer falls back to the first: %s", d.Address.Hex())
	}
	if got := s.Addresses(); len(got) != 2 || got[0] != V08.EntryPoint() || got[1] != custom {
		t.Fatalf("order %v", got)
	}
	d, _ := s.Lookup(custom)
	h, err := d.Hasher(big.NewInt(1))
	if err != nil || h.Version() != V07 {
		t.Fatalf("hasher %v %v", h, err)
	}
}

func TestSetRefusesBadDeployments(t *testing.T) {
	for name, ds := range map[string][]Deployment{
		"zero address":  {{Version: V07}},
		"no version":    {{Address: V07.EntryPoint()}},
		"listed twice":  {{Address: V07.EntryPoint(), Version: V07}, {Address: V07.EntryPoint(), Version: V08}},
		"bad version 9": {{Address: V07.EntryPoint(), Version: 9}},
	} {
		if _, err := NewSet(ds...); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if (Set{}).Serves(V07.EntryPoint()) || Canonical().Len() != len(Versions()) {
		t.Fatal("zero or canonical set wrong")
	}
}
