package gas

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/entrypoint"
)

func TestPaymasterSignaturePlaceholder(t *testing.T) {
	cfg := DefaultPVGConfig()
	if got := PaymasterSignaturePlaceholder(nil, cfg); got != nil {
		t.Fatalf("no signature: placeholder %x, want none", got)
	}
	got := PaymasterSignaturePlaceholder([]byte{0x01, 0x02}, cfg)
	if len(got) != 65 || !bytes.Equal(got[:2], []byte{1, 2}) || got[64] != 0xff {
		t.Fatalf("short signature: placeholder %x, want it extended with 0xff to 65 bytes", got)
	}
	long := bytes.Repeat([]byte{7}, 100)
	if got := PaymasterSignaturePlaceholder(long, cfg); !bytes.Equal(got, long) {
		t.Fatalf("a longer signature is kept: %x", got)
	}

	// estimationOp counts the suffix as 65 non-zero bytes: the final op's
	// signature can only cost less.
	pm := common.HexToAddress("0x00000000000000000000000000000000000b0001")
	op := &entrypoint.UserOperation{Sender: common.Address{1}, Nonce: big.NewInt(0), Paymaster: &pm, PaymasterSignature: []byte{0}}
	e := estimationOp(op, cfg)
	if len(e.PaymasterSignature) != 65 || e.PaymasterSignature[0] != 0xff {
		t.Fatalf("estimation op paymasterSignature %x", e.PaymasterSignature)
	}
	op.PaymasterSignature = nil
	if e := estimationOp(op, cfg); len(e.PaymasterSignature) != 0 {
		t.Fatalf("an op without a paymaster signature got one: %x", e.PaymasterSignature)
	}
}

func TestValidityWindows(t *testing.T) {
	word := func(d entrypoint.ValidationData) *big.Int { return d.Pack() }
	blocks := entrypoint.BlockRange(100, 200)
	s := &simulation{
		accountValidation:   word(entrypoint.ValidationData{ValidAfter: blocks.ValidAfter, ValidUntil: blocks.ValidUntil}),
		paymasterValidation: word(entrypoint.ValidationData{ValidAfter: 10, ValidUntil: 5000}),
	}
	tw, bw := validityWindows(entrypoint.V09, s)
	if bw == nil || bw.ValidAfter != 100 || bw.ValidUntil != 200 {
		t.Fatalf("v0.9 block window %+v, want (100, 200]", bw)
	}
	if tw.ValidAfter != 10 || tw.ValidUntil != 5000 {
		t.Fatalf("v0.9 time window %+v, want the paymaster's [10, 5000]", tw)
	}
	// v0.8 has no block windows: the flag bits are timestamps.
	if _, bw := validityWindows(entrypoint.V08, s); bw != nil {
		t.Fatalf("v0.8 reported a block window %+v", bw)
	}
	// v0.7 returns the validationData words too (EntryPointSimulations
	// v0.7's ExecutionResult): a paymaster whose signature check failed
	// (validationData 1, as for a placeholder sponsorship in estimation)
	// bounds nothing, and the account's word gives [7, 9000].
	tw, bw = validityWindows(entrypoint.V07, &simulation{accountValidation: word(entrypoint.ValidationData{ValidAfter: 7, ValidUntil: 9000}), paymasterValidation: big.NewInt(1)})
	if bw != nil || tw.ValidAfter != 7 || tw.ValidUntil != 9000 {
		t.Fatalf("v0.7 window %+v %+v", tw, bw)
	}
	tw, _ = validityWindows(entrypoint.V07, &simulation{accountValidation: big.NewInt(0), paymasterValidation: big.NewInt(1)})
	if tw != entrypoint.UnboundedTimeRange() {
		t.Fatalf("v0.7 window of a failed paymaster signature %+v, want unbounded", tw)
	}
}
