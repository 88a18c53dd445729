package gas

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/bindings/v08"
	"github.com/klaster-dev/klaster/entrypoint"
)

// typicalOp is a deployed-account op sending ETH with a 65-byte signature.
func typicalOp(callData []byte) *entrypoint.UserOperation {
	sig := bytes.Repeat([]byte{0xab}, 65)
	return &entrypoint.UserOperation{
		Sender:                        common.HexToAddress("0x1111111111111111111111111111111111111111"),
		Nonce:                         big.NewInt(3),
		CallData:                      callData,
		CallGasLimit:                  big.NewInt(50_000),
		VerificationGasLimit:          big.NewInt(80_000),
		PreVerificationGas:            big.NewInt(50_000),
		MaxFeePerGas:                  big.NewInt(30e9),
		MaxPriorityFeePerGas:          big.NewInt(1e9),
		PaymasterVerificationGasLimit: new(big.Int),
		PaymasterPostOpGasLimit:       new(big.Int),
		Signature:                     sig,
	}
}

// TestTokenCountMatchesABI compares the counted encoding with the real
// handleOps calldata.
func TestTokenCountMatchesABI(t *testing.T) {
	a, err := v08.EntryPointMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	pm := common.HexToAddress("0x2222222222222222222222222222222222222222")
	factory := common.HexToAddress("0x3333333333333333333333333333333333333333")
	ops := []*entrypoint.UserOperation{typicalOp(nil), typicalOp(bytes.Repeat([]byte{1, 0, 2}, 37))}
	withAll := typicalOp([]byte{0xb6, 0x1d, 0x27, 0xf6, 0, 0, 9})
	withAll.Paymaster, withAll.PaymasterData = &pm, []byte{1, 2, 0, 3}
	withAll.PaymasterVerificationGasLimit, withAll.PaymasterPostOpGasLimit = big.NewInt(123456), big.NewInt(7)
	withAll.Factory, withAll.FactoryData = &factory, bytes.Repeat([]byte{0, 5}, 40)
	ops = append(ops, withAll)
	// v0.9: a paymasterSignature suffix is part of paymasterAndData.
	withPMSig := withAll.Copy()
	withPMSig.PaymasterSignature = append(bytes.Repeat([]byte{0xab, 0}, 32), 0x1c)
	ops = append(ops, withPMSig)
	for i, op := range ops {
		p, err := op.Pack()
		if err != nil {
			t.Fatal(err)
		}
		data, err := a.Pack("handleOps", []v08.PackedUserOperation{v08.PackedUserOperation(p)}, common.Address{})
		if err != nil {
			t.Fatal(err)
		}
		elem := data[4+3*32:] // after selector, ops offset, beneficiary, array length
		var want tokenCount
		want.raw(elem)
		if got := countPackedOp(op); got != want {
			t.Errorf("op %d: counted %+v, encoding has %+v", i, got, want)
		}
	}
}

func TestPreVerificationGasSanity(t *testing.T) {
	cfg := DefaultPVGConfig()
	call := append([]byte{0xb6, 0x1d, 0x27, 0xf6}, make([]byte, 96)...) // execute(address,uint256,bytes)-sized
	call[4+31] = 1
	pvg, err := PreVerificationGas(typicalOp(call), entrypoint.V08, cfg)
	if err != nil {
		t.Fatal(err)
	}
	// 21000 + 9830 + 7260 + calldata (~600 bytes) ≈ 40k–50k.
	if pvg < 40_000 || pvg > 50_000 {
		t.Errorf("typical op PVG %d", pvg)
	}
	// An EIP-7702 authorization adds its 25000.
	op := typicalOp(call)
	op.EIP7702Auth = &entrypoint.EIP7702Auth{ChainID: big.NewInt(1), R: big.NewInt(1), S: big.NewInt(1)}
	if with, _ := PreVerificationGas(op, entrypoint.V08, cfg); with != pvg+25000 {
		t.Errorf("with eip7702Auth %d, want %d", with, pvg+25000)
	}
	if _, err := PreVerificationGas(op, entrypoint.V07, cfg); err == nil {
		t.Errorf("eip7702Auth accepted for v0.7")
	}
}

// TestPreVerificationGasMonotonic grows callData (non-zero and zero bytes)
// and checks the PVG never decreases and grows by at least the calldata
// cost.
func TestPreVerificationGasMonotonic(t *testing.T) {
	cfg := DefaultPVGConfig()
	for _, fill := range []byte{0x00, 0xff} {
		prev := uint64(0)
		for n := 0; n <= 20_000; n += 250 {
			pvg, err := PreVerificationGas(typicalOp(bytes.Repeat([]byte{fill}, n)), entrypoint.V08, cfg)
			if err != nil {
				t.Fatal(err)
			}
			if pvg < prev {
				t.Fatalf("fill %#x: PVG %d at %d bytes < %d before", fill, pvg, n, prev)
			}
			perByte := uint64(4)
			if fill != 0 {
				perByte = 16
			}
			if n > 0 && pvg-prev+64 < 250*perByte { // offset words may lose a non-zero byte
				t.Fatalf("fill %#x: +250 bytes added only %d gas", fill, pvg-prev)
			}
			prev = pvg
		}
	}
}

// TestPreVerificationGasFloor: with large non-zero calldata and no
// offsetting gas the EIP-7623 floor (10 per token) decides.
func TestPreVerificationGasFloor(t *testing.T) {
	cfg := DefaultPVGConfig()
	cfg.VerificationGasUsed = 0
	op := typicalOp(bytes.Repeat([]byte{0xff}, 10_000))
	op.CallGasLimit = new(big.Int)
	pvg, err := PreVerificationGas(op, entrypoint.V08, cfg)
	if err != nil {
		t.Fatal(err)
	}
	tokens := countPackedOp(op).tokens(4)
	if want := 21000 + 10*tokens; pvg != want {
		t.Errorf("floor PVG %d, want 21000 + 10·%d = %d", pvg, tokens, want)
	}
	// Execution gas the op pays anyway offsets the floor.
	cfg.VerificationGasUsed = 100_000
	if off, _ := PreVerificationGas(op, entrypoint.V08, cfg); off != pvg-100_000 {
		t.Errorf("with 100k verification gas used: %d, want %d", off, pvg-100_000)
	}
	// Never below the non-floor cost.
	cfg.VerificationGasUsed = 10_000_000
	low, _ := PreVerificationGas(op, entrypoint.V08, cfg)
	if low < 21000+4*tokens {
		t.Errorf("PVG %d under the standard calldata cost %d", low, 21000+4*tokens)
	}
}

func BenchmarkPreVerificationGas(b *testing.B) {
	op := typicalOp(bytes.Repeat([]byte{0x12, 0}, 300))
	cfg := DefaultPVGConfig()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := PreVerificationGas(op, entrypoint.V08, cfg); err != nil {
			b.Fatal(err)
		}
	}
}
