package entrypoint

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestParseValidationData(t *testing.T) {
	agg := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	word := func(after, until uint64, a common.Address) *big.Int {
		v := new(big.Int).SetUint64(after)
		v.Lsh(v, 48)
		v.Or(v, new(big.Int).SetUint64(until))
		v.Lsh(v, 160)
		return v.Or(v, new(big.Int).SetBytes(a[:]))
	}
	cases := []struct {
		name       string
		in         *big.Int
		want       ValidationData
		sigFailed  bool
		aggregator bool
	}{
		{"zero", big.NewInt(0), ValidationData{ValidUntil: MaxUint48}, false, false},
		{"nil", nil, ValidationData{ValidUntil: MaxUint48}, false, false},
		{"sig failed", big.NewInt(1), ValidationData{Aggregator: common.Address{19: 1}, ValidUntil: MaxUint48}, true, false},
		{"aggregator", word(0, 0, agg), ValidationData{Aggregator: agg, ValidUntil: MaxUint48}, false, true},
		{"time range", word(1700000000, 1800000000, common.Address{}), ValidationData{ValidAfter: 1700000000, ValidUntil: 1800000000}, false, false},
		{"sig failed + range", word(5, 10, common.Address{19: 1}), ValidationData{Aggregator: common.Address{19: 1}, ValidAfter: 5, ValidUntil: 10}, true, false},
		{"max values", word(MaxUint48, MaxUint48, agg), ValidationData{Aggregator: agg, ValidAfter: MaxUint48, ValidUntil: MaxUint48}, false, true},
		{"bits above 256 ignored", new(big.Int).Or(new(big.Int).Lsh(big.NewInt(1), 300), big.NewInt(1)), ValidationData{Aggregator: common.Address{19: 1}, ValidUntil: MaxUint48}, true, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := ParseValidationData(tc.in)
			if got != tc.want {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
			if got.SigFailed() != tc.sigFailed || got.HasAggregator() != tc.aggregator {
				t.Fatalf("SigFailed=%v HasAggregator=%v", got.SigFailed(), got.HasAggregator())
			}
			if back := ParseValidationData(got.Pack()); back != got {
				t.Fatalf("Pack round trip: %v", back)
			}
		})
	}
}

func TestTimeRange(t *testing.T) {
	acct := TimeRange{ValidAfter: 100, ValidUntil: 1000}
	pm := TimeRange{ValidAfter: 200, ValidUntil: MaxUint48}
	if got := acct.Intersect(pm); got != (TimeRange{200, 1000}) {
		t.Fatalf("Intersect = %v", got)
	}
	if got := acct.Intersect(UnboundedTimeRange()); got != acct {
		t.Fatalf("Intersect unbounded = %v", got)
	}
	if !acct.Intersect(TimeRange{2000, 3000}).Empty() || acct.Empty() {
		t.Fatal("Empty")
	}
	for _, tc := range []struct {
		v    Version
		now  uint64
		want bool
	}{
		{V07, 99, false}, {V07, 100, true}, {V07, 1000, true}, {V07, 1001, false},
		{V08, 100, false}, {V08, 101, true}, {V08, 1000, true}, {V08, 1001, false},
	} {
		if got := acct.ValidAt(tc.v, tc.now); got != tc.want {
			t.Errorf("ValidAt(%v, %d) = %v", tc.v, tc.now, got)
		}
	}

	a := ValidationData{ValidAfter: 10, ValidUntil: 50}
	p := ValidationData{Aggregator: common.Address{19: 1}, ValidAfter: 20, ValidUntil: MaxUint48}
	merged, pmFailed := IntersectValidationData(a, p)
	if merged != (ValidationData{ValidAfter: 20, ValidUntil: 50}) || !pmFailed {
		t.Fatalf("IntersectValidationData = %v, %v", merged, pmFailed)
	}
}
