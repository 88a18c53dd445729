package entrypoint

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestV06JSON(t *testing.T) {
	const js = `{"sender":"0x1111111111111111111111111111111111111111","nonce":"0x1",
 "initCode":"0x9406cc6185a346906296840746125a0e44976454abcd","callData":"0x01",
 "callGasLimit":"0x10","verificationGasLimit":"0x20","preVerificationGas":"0x30",
 "maxFeePerGas":"0x40","maxPriorityFeePerGas":"0x50",
 "paymasterAndData":"0x2222222222222222222222222222222222222222beef","signature":"0xff"}`
	op, err := DecodeUserOperationJSON(V06, []byte(js), false)
	if err != nil {
		t.Fatal(err)
	}
	if op.Factory == nil || *op.Factory != common.HexToAddress(SimpleAccountFactoryV06Address) || string(op.FactoryData) != "\xab\xcd" {
		t.Fatalf("initCode split: %v %x", op.Factory, op.FactoryData)
	}
	if op.Paymaster == nil || *op.Paymaster != common.HexToAddress("0x2222222222222222222222222222222222222222") || string(op.PaymasterData) != "\xbe\xef" ||
		op.PaymasterVerificationGasLimit.Sign() != 0 || op.PaymasterPostOpGasLimit.Sign() != 0 {
		t.Fatalf("paymasterAndData split: %+v", op)
	}
	if err := op.Validate(V06); err != nil {
		t.Fatal(err)
	}
	out, err := op.MarshalJSONFor(V06)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"initCode":"0x9406cc6185a346906296840746125a0e44976454abcd"`, `"paymasterAndData":"0x2222222222222222222222222222222222222222beef"`} {
		if !strings.Contains(string(out), want) {
			t.Errorf("v0.6 JSON %s lacks %s", out, want)
		}
	}
	if strings.Contains(string(out), "factory") || strings.Contains(string(out), "paymasterData") {
		t.Errorf("v0.6 JSON carries v0.7 fields: %s", out)
	}

	// Partial (estimation): initCode, paymasterAndData, gas and signature may be absent.
	p, err := DecodeUserOperationJSON(V06, []byte(`{"sender":"0x1111111111111111111111111111111111111111","nonce":"0x0","callData":"0x"}`), true)
	if err != nil || p.Factory != nil || p.Paymaster != nil || p.CallGasLimit != nil {
		t.Fatalf("partial v0.6: %+v %v", p, err)
	}

	for name, tc := range map[string]struct{ js, field string }{
		"v0.7 field factory":       {strings.Replace(js, `"initCode"`, `"factory":"0x9406cc6185a346906296840746125a0e44976454","initCode"`, 1), "factory"},
		"v0.7 field paymasterData": {strings.Replace(js, `"signature"`, `"paymasterData":"0x","signature"`, 1), "paymasterData"},
		"eip7702Auth":              {strings.Replace(js, `"signature"`, `"eip7702Auth":{},"signature"`, 1), "eip7702Auth"},
		"short initCode":           {strings.Replace(js, `0x9406cc6185a346906296840746125a0e44976454abcd`, `0x9406`, 1), "initCode"},
		"short paymasterAndData":   {strings.Replace(js, `0x2222222222222222222222222222222222222222beef`, `0x22`, 1), "paymasterAndData"},
		"missing initCode":         {strings.Replace(js, `"initCode"`, `"x"`, 1), "initCode"},
		"missing paymasterAndData": {strings.Replace(js, `"paymasterAndData"`, `"x"`, 1), "paymasterAndData"},
		"gas over 128 bits":        {strings.Replace(js, `"callGasLimit":"0x10"`, `"callGasLimit":"0x100000000000000000000000000000000"`, 1), "callGasLimit"},
	} {
		_, err := DecodeUserOperationJSON(V06, []byte(tc.js), false)
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Field != tc.field {
			t.Errorf("%s: %v, want an error on %q", name, err, tc.field)
		}
	}
	// The v0.7+ decoder still refuses the v0.6 shape.
	if _, err := DecodeUserOperationJSON(V07, []byte(js), false); err == nil || !strings.Contains(err.Error(), "initCode") {
		t.Errorf("v0.7 decoder on v0.6 JSON: %v", err)
	}
}

func TestPaymasterSignatureJSON(t *testing.T) {
	const base = `{"sender":"0x1111111111111111111111111111111111111111","nonce":"0x1","callData":"0x",
 "callGasLimit":"0x1","verificationGasLimit":"0x1","preVerificationGas":"0x1","maxFeePerGas":"0x1","maxPriorityFeePerGas":"0x1",
 "signature":"0x"`
	op, err := DecodeUserOperationJSON(V09, []byte(base+`,"paymaster":"0x2222222222222222222222222222222222222222",
 "paymasterVerificationGasLimit":"0x1","paymasterPostOpGasLimit":"0x1","paymasterData":"0xaa","paymasterSignature":"0xbbcc"}`), false)
	if err != nil {
		t.Fatal(err)
	}
	if string(op.PaymasterSignature) != "\xbb\xcc" {
		t.Fatalf("paymasterSignature %x", op.PaymasterSignature)
	}
	pmd, _ := op.PaymasterAndData()
	if n, err := PaymasterSignatureLength(pmd); n != 2 || err != nil {
		t.Fatalf("PaymasterSignatureLength = %d, %v on %x", n, err, pmd)
	}
	signed, _ := SignedPaymasterAndData(pmd)
	if len(signed) != PaymasterDataOffset+1+8 {
		t.Fatalf("signed part %x", signed)
	}
	out, _ := op.MarshalJSON()
	if !strings.Contains(string(out), `"paymasterSignature":"0xbbcc"`) {
		t.Errorf("encoding lost it: %s", out)
	}
	if err := op.Validate(V08); err == nil {
		t.Error("v0.8 accepted a paymasterSignature")
	}
	if _, err := DecodeUserOperationJSON(V09, []byte(base+`,"paymasterSignature":"0xbb"}`), false); err == nil {
		t.Error("paymasterSignature without paymaster accepted")
	}
	// "0x" is no signature: nothing is appended.
	op2, err := DecodeUserOperationJSON(V09, []byte(base+`,"paymaster":"0x2222222222222222222222222222222222222222",
 "paymasterVerificationGasLimit":"0x1","paymasterPostOpGasLimit":"0x1","paymasterData":"0xaa","paymasterSignature":"0x"}`), false)
	if err != nil || op2.PaymasterSignature != nil {
		t.Fatalf("empty paymasterSignature: %x %v", op2.PaymasterSignature, err)
	}
}

func TestBlockRangeWindows(t *testing.T) {
	w := BlockRange(100, 105)
	if !w.IsBlockRange(V09) || w.IsBlockRange(V08) {
		t.Fatal("flag only counts on v0.9")
	}
	after, until, blocks := w.Bounds(V09)
	if after != 100 || until != 105 || !blocks {
		t.Fatalf("bounds %d %d %v", after, until, blocks)
	}
	for _, tc := range []struct {
		number uint64
		ok     bool
	}{{100, false}, {101, true}, {105, true}, {106, false}} {
		// The timestamp is irrelevant for a block window.
		if got := w.ValidIn(V09, tc.number, 1); got != tc.ok {
			t.Errorf("block %d: %v, want %v", tc.number, got, tc.ok)
		}
	}
	// validUntil 0 (parsed as MaxUint48) with a flagged validAfter is an open-ended block window.
	d := ParseValidationData(ValidationData{ValidAfter: 7 | ValidityBlockRangeFlag}.Pack())
	if tr := d.TimeRange(); !tr.IsBlockRange(V09) || !tr.ValidIn(V09, 8, 0) || tr.ValidIn(V09, 7, 0) {
		t.Errorf("open-ended block window %+v", tr)
	}
	// Only one bound flagged: a timestamp window (as the EntryPoint reads it).
	half := TimeRange{ValidAfter: 0, ValidUntil: 50 | ValidityBlockRangeFlag}
	if half.IsBlockRange(V09) || !half.ValidIn(V09, 1, 1000) {
		t.Error("a half-flagged window must be a timestamp window")
	}
	// validAfter == flag (block 0) is not above the flag: timestamps.
	if (TimeRange{ValidAfter: ValidityBlockRangeFlag, ValidUntil: MaxUint48}).IsBlockRange(V09) {
		t.Error("validAfter equal to the flag is a timestamp window")
	}
	// Timestamp windows keep their per-version boundary rule.
	tw := TimeRange{ValidAfter: 10, ValidUntil: 20}
	if !tw.ValidIn(V07, 0, 10) || tw.ValidIn(V09, 0, 10) || tw.ValidIn(V06, 0, 9) || !tw.ValidIn(V06, 0, 10) {
		t.Error("timestamp boundaries")
	}
}

func TestWindowsSplitsBlocksFromTime(t *testing.T) {
	acct := ValidationData{ValidAfter: 5 | ValidityBlockRangeFlag, ValidUntil: 50 | ValidityBlockRangeFlag}
	pm := ValidationData{ValidAfter: 1000, ValidUntil: 2000}
	tw, bw := Windows(V09, acct, pm)
	if tw != (TimeRange{ValidAfter: 1000, ValidUntil: 2000}) || bw == nil || *bw != (TimeRange{ValidAfter: 5, ValidUntil: 50}) {
		t.Fatalf("v0.9: time %+v blocks %+v", tw, bw)
	}
	pm2 := ValidationData{ValidAfter: 10 | ValidityBlockRangeFlag, ValidUntil: 60 | ValidityBlockRangeFlag}
	if _, bw := Windows(V09, acct, pm2); bw == nil || *bw != (TimeRange{ValidAfter: 10, ValidUntil: 50}) {
		t.Fatalf("two block windows intersect: %+v", bw)
	}
	// Before v0.9 the flag is just a (far future) timestamp.
	if tw, bw := Windows(V08, acct, pm); bw != nil || tw.ValidAfter != acct.ValidAfter {
		t.Fatalf("v0.8: time %+v blocks %+v", tw, bw)
	}
}

func TestSplitPaymasterSignatureAfterUnpack(t *testing.T) {
	pm := common.HexToAddress("0x2222222222222222222222222222222222222222")
	op := &UserOperation{Nonce: big.NewInt(1), CallGasLimit: big.NewInt(1), VerificationGasLimit: big.NewInt(1), PreVerificationGas: big.NewInt(1),
		MaxFeePerGas: big.NewInt(1), MaxPriorityFeePerGas: big.NewInt(1), Paymaster: &pm, PaymasterVerificationGasLimit: big.NewInt(1),
		PaymasterPostOpGasLimit: big.NewInt(0), PaymasterData: []byte{0xaa}, PaymasterSignature: []byte{1, 2, 3}}
	p, err := op.Pack()
	if err != nil {
		t.Fatal(err)
	}
	back, err := Unpack(&p)
	if err != nil {
		t.Fatal(err)
	}
	if err := back.SplitPaymasterSignature(); err != nil {
		t.Fatal(err)
	}
	if string(back.PaymasterData) != "\xaa" || string(back.PaymasterSignature) != "\x01\x02\x03" {
		t.Fatalf("split: data %x signature %x", back.PaymasterData, back.PaymasterSignature)
	}
	h, _ := NewHasher(V09, common.Address{1}, big.NewInt(1))
	a, _ := h.Hash(op)
	b, _ := h.Hash(back)
	c, _ := h.HashPacked(&p, nil)
	if a != b || a != c {
		t.Fatalf("hashes differ: %x %x %x", a, b, c)
	}
	// Data without the magic is left alone.
	plain := &UserOperation{Paymaster: &pm, PaymasterData: []byte{1, 2, 3}}
	if err := plain.SplitPaymasterSignature(); err != nil || plain.PaymasterSignature != nil {
		t.Fatalf("plain: %v %x", err, plain.PaymasterSignature)
	}
}

func TestValidateRefusesUnreadablePaymasterSignature(t *testing.T) {
	pm := common.HexToAddress("0x2222222222222222222222222222222222222222")
	one := big.NewInt(1)
	op := &UserOperation{Nonce: one, CallGasLimit: one, VerificationGasLimit: one, PreVerificationGas: one, MaxFeePerGas: one, MaxPriorityFeePerGas: one,
		Paymaster: &pm, PaymasterVerificationGasLimit: one, PaymasterPostOpGasLimit: one,
		PaymasterData: common.FromHex("0x00ff22e325a297439656")} // claims 255 bytes of signature
	var fe *FieldError
	if err := op.Validate(V09); !errors.As(err, &fe) || fe.Field != "paymasterData" || !errors.Is(err, ErrPaymasterSignatureLength) {
		t.Fatalf("v0.9: %v", err)
	}
	if err := op.Validate(V08); err != nil { // just bytes before v0.9
		t.Fatalf("v0.8: %v", err)
	}
}
