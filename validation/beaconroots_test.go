package validation

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func slotOf(n uint64) common.Hash { return common.BigToHash(new(big.Int).SetUint64(n)) }

// Reads of the ring-buffer index the coming blocks write are unstable; the
// index of a block from an hour ago, the current block's and slots past the
// buffer are not.
func TestBeaconRootsWritten(t *testing.T) {
	const now = 1_750_000_000
	deadline := now + 600
	cases := []struct {
		name    string
		slot    uint64
		written bool
	}{
		{"timestamp slot of the next second", (now + 1) % BeaconRootsBufferLength, true},
		{"root slot of the next second", (now+1)%BeaconRootsBufferLength + BeaconRootsBufferLength, true},
		{"timestamp slot at the deadline", (now + 600) % BeaconRootsBufferLength, true},
		{"one second past the deadline", (now + 601) % BeaconRootsBufferLength, false},
		{"current block (already written)", now % BeaconRootsBufferLength, false},
		{"an hour ago", (now - 3600) % BeaconRootsBufferLength, false},
		{"root slot an hour ago", (now-3600)%BeaconRootsBufferLength + BeaconRootsBufferLength, false},
		{"past the buffer", 2 * BeaconRootsBufferLength, false},
	}
	for _, c := range cases {
		idx, w := beaconRootsWritten(slotOf(c.slot), now, uint64(deadline))
		if w != c.written {
			t.Errorf("%s: slot %d (index %d) written=%v, want %v", c.name, c.slot, idx, w, c.written)
		}
	}
	// A window of a whole buffer or more leaves no index stable.
	if _, w := beaconRootsWritten(slotOf((now-3600)%BeaconRootsBufferLength), now, now+BeaconRootsBufferLength); !w {
		t.Error("a full-buffer window must cover every index")
	}
	// Wrap-around: the window crosses index 0.
	wrap := uint64(BeaconRootsBufferLength*200_000 + BeaconRootsBufferLength - 5)
	if _, w := beaconRootsWritten(slotOf(3), wrap, wrap+10); !w {
		t.Error("index 3 is written 9 s after an index 8186 block")
	}
	if _, w := beaconRootsWritten(slotOf(8185), wrap, wrap+10); w {
		t.Error("index 8185 is not written in the next 10 s after index 8186")
	}
}

// The deadline is the window, or validUntil when that comes first.
func TestBeaconRootsDeadline(t *testing.T) {
	cfg := DefaultConfig()
	if d := beaconRootsDeadline(&cfg, 1000, 0); d != 1000+DefaultBeaconRootsWindow {
		t.Fatalf("deadline %d", d)
	}
	if d := beaconRootsDeadline(&cfg, 1000, 1100); d != 1100 {
		t.Fatalf("validUntil cap: deadline %d", d)
	}
	cfg.BeaconRootsWindow = 30
	if d := beaconRootsDeadline(&cfg, 1000, 0); d != 1030 {
		t.Fatalf("flag cap: deadline %d", d)
	}
}
