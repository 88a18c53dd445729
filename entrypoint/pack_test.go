package entrypoint

import (
	"bytes"
	"encoding/json"
	"math/big"
	"math/rand"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestPackLayout(t *testing.T) {
	op := withPaymaster(withFactory(baseOp()))
	p, err := op.Pack()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(p.InitCode, append(op.Factory.Bytes(), op.FactoryData...)) {
		t.Errorf("initCode = %x", p.InitCode)
	}
	wantAGL := common.FromHex("0x000000000000000000000000000f4240" + "000000000000000000000000000493e0")
	if !bytes.Equal(p.AccountGasLimits[:], wantAGL) {
		t.Errorf("accountGasLimits = %x", p.AccountGasLimits)
	}
	wantFees := common.FromHex("0x000000000000000000000000b2d05e00" + "000000000000000000000000ee6b2800")
	if !bytes.Equal(p.GasFees[:], wantFees) {
		t.Errorf("gasFees = %x", p.GasFees)
	}
	wantPMD := common.FromHex("0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0" +
		"000000000000000000000000000186a0" + "0000000000000000000000000000c350" + "636f6e74657874")
	if !bytes.Equal(p.PaymasterAndData, wantPMD) {
		t.Errorf("paymasterAndData = %x", p.PaymasterAndData)
	}
	if p.Nonce.Sign() != 0 || p.PreVerificationGas.Int64() != 400000 || p.Sender != op.Sender {
		t.Errorf("scalars: %+v", p)
	}

	// Empty optional parts pack to empty (non-nil) byte strings.
	p, err = baseOp().Pack()
	if err != nil {
		t.Fatal(err)
	}
	if p.InitCode == nil || len(p.InitCode) != 0 || p.PaymasterAndData == nil || len(p.PaymasterAndData) != 0 {
		t.Errorf("empty parts: %+v", p)
	}

	// 7702 marker: 20-byte padded marker then factoryData.
	p, _ = with7702(baseOp(), true, []byte{0xde, 0xad}).Pack()
	if !bytes.Equal(p.InitCode, common.FromHex("0x7702000000000000000000000000000000000000dead")) {
		t.Errorf("7702 initCode = %x", p.InitCode)
	}
}

func TestPackErrors(t *testing.T) {
	for _, tc := range []struct {
		mut  func(*UserOperation)
		want string
	}{
		{func(op *UserOperation) { op.Nonce = nil }, `invalid userOp field "nonce": missing required field`},
		{func(op *UserOperation) { op.Nonce = big.NewInt(-1) }, `invalid userOp field "nonce": out of uint256 range`},
		{func(op *UserOperation) { op.MaxFeePerGas = nil }, `invalid userOp field "maxFeePerGas": missing required field`},
		{func(op *UserOperation) { op.CallGasLimit = new(big.Int).Lsh(big.NewInt(1), 128) }, `invalid userOp field "callGasLimit": out of uint128 range`},
		{func(op *UserOperation) { op.PreVerificationGas = new(big.Int).Lsh(big.NewInt(1), 200) }, `invalid userOp field "preVerificationGas": out of uint128 range`},
		{func(op *UserOperation) { withPaymaster(op).PaymasterPostOpGasLimit = nil }, `invalid userOp field "paymasterPostOpGasLimit": missing required field`},
	} {
		op := baseOp()
		tc.mut(op)
		if _, err := op.Pack(); err == nil || err.Error() != tc.want {
			t.Errorf("Pack error = %v, want %q", err, tc.want)
		}
	}
}

// randomOp builds a random complete op; auth controls whether a 7702
// marker/tuple is used.
func randomOp(r *rand.Rand, factory, paymaster bool) *UserOperation {
	rb := func(max int) []byte {
		b := make([]byte, r.Intn(max+1))
		r.Read(b)
		return b
	}
	rbig := func(bits int) *big.Int {
		b := make([]byte, (bits+7)/8)
		r.Read(b)
		v := new(big.Int).SetBytes(b)
		return v.Rsh(v, uint(r.Intn(bits)))
	}
	op := &UserOperation{
		Nonce:                rbig(256),
		CallData:             rb(600),
		CallGasLimit:         rbig(128),
		VerificationGasLimit: rbig(128),
		PreVerificationGas:   rbig(128),
		MaxFeePerGas:         rbig(128),
		MaxPriorityFeePerGas: rbig(128),
		Signature:            rb(130),
	}
	r.Read(op.Sender[:])
	if factory {
		var f common.Address
		r.Read(f[:])
		op.Factory = &f
		op.FactoryData = rb(300)
	}
	if paymaster {
		var pm common.Address
		r.Read(pm[:])
		op.Paymaster = &pm
		op.PaymasterVerificationGasLimit = rbig(128)
		op.PaymasterPostOpGasLimit = rbig(128)
		op.PaymasterData = rb(200)
	}
	return op
}

func TestPackUnpackRoundTrip(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 200; i++ {
		op := randomOp(r, i%2 == 0, i%3 == 0)
		p, err := op.Pack()
		if err != nil {
			t.Fatal(err)
		}
		back, err := Unpack(&p)
		if err != nil {
			t.Fatal(err)
		}
		if !opsEqual(op, back) {
			t.Fatalf("round trip %d:\n got %+v\nwant %+v", i, back, op)
		}
	}
	// 7702 marker, with and without data.
	for _, data := range [][]byte{{}, {1, 2, 3}} {
		op := with7702(baseOp(), true, data)
		op.EIP7702Auth = nil // not part of the packed form
		p, _ := op.Pack()
		back, err := Unpack(&p)
		if err != nil || !opsEqual(op, back) || !back.IsEIP7702() {
			t.Fatalf("7702 round trip: %v\n got %+v\nwant %+v", err, back, op)
		}
	}
}

// opsEqual compares ops semantically (big.Int internals differ between
// equal values, so reflect.DeepEqual is not usable).
func opsEqual(a, b *UserOperation) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return string(ja) == string(jb)
}

func TestUnpackEdgeCases(t *testing.T) {
	p, _ := baseOp().Pack()
	// The EntryPoint accepts the bare 2-byte marker as initCode.
	p.InitCode = []byte{0x77, 0x02}
	op, err := Unpack(&p)
	if err != nil || !op.IsEIP7702() || len(op.FactoryData) != 0 {
		t.Fatalf("short marker: %v %+v", err, op)
	}
	p.InitCode = []byte{1, 2, 3}
	if _, err := Unpack(&p); err == nil {
		t.Fatal("short initCode must fail")
	}
	p.InitCode = nil
	p.PaymasterAndData = make([]byte, 51)
	if _, err := Unpack(&p); err == nil {
		t.Fatal("short paymasterAndData must fail")
	}
}

func TestIsEIP7702InitCode(t *testing.T) {
	for in, want := range map[string]bool{
		"0x":       false,
		"0x77":     false,
		"0x7702":   true,
		"0x770200": true,
		"0x7702000000000000000000000000000000000000":     true,
		"0x7702000000000000000000000000000000000000beef": true,
		"0x7702000000000000000000000000000000000001":     false,
		"0x7703": false,
	} {
		if got := IsEIP7702InitCode(common.FromHex(in)); got != want {
			t.Errorf("IsEIP7702InitCode(%s) = %v", in, got)
		}
	}
	d := common.HexToAddress("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512")
	if got, ok := DelegateFromCode(append([]byte{0xef, 0x01, 0x00}, d[:]...)); !ok || got != d {
		t.Fatal("DelegateFromCode")
	}
	if _, ok := DelegateFromCode([]byte{0x60, 0x80}); ok {
		t.Fatal("DelegateFromCode on contract code")
	}
}
