package entrypoint

import (
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestSelectors(t *testing.T) {
	for sig, sel := range map[string][4]byte{
		"FailedOp(uint256,string)":                 selectorFailedOp,
		"FailedOpWithRevert(uint256,string,bytes)": selectorFailedOpWithRevert,
		"SignatureValidationFailed(address)":       selectorSignatureValidationFailed,
		"PostOpReverted(bytes)":                    selectorPostOpReverted,
		"SenderAddressResult(address)":             selectorSenderAddressResult,
		"Error(string)":                            selectorError,
		"Panic(uint256)":                           selectorPanic,
	} {
		if got := [4]byte(crypto.Keccak256([]byte(sig))); got != sel {
			t.Errorf("%s: selector %x, hardcoded %x", sig, got, sel)
		}
	}
	for name, e := range errorsABI.Errors {
		if e.Sig == "" || [4]byte(e.ID[:4]) != [4]byte(crypto.Keccak256([]byte(e.Sig))) {
			t.Errorf("ABI error %s has bad id", name)
		}
	}
}

// encodeRevert ABI-encodes a custom error independently of errorsABI.
func encodeRevert(t *testing.T, sig string, types []string, vals ...interface{}) []byte {
	t.Helper()
	var args abi.Arguments
	for _, s := range types {
		ty, err := abi.NewType(s, "", nil)
		if err != nil {
			t.Fatal(err)
		}
		args = append(args, abi.Argument{Type: ty})
	}
	enc, err := args.Pack(vals...)
	if err != nil {
		t.Fatal(err)
	}
	return append(crypto.Keccak256([]byte(sig))[:4], enc...)
}

func TestDecodeRevert(t *testing.T) {
	errStr := func(s string) []byte { return encodeRevert(t, "Error(string)", []string{"string"}, s) }
	agg := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	cases := []struct {
		name      string
		data      []byte
		kind      RevertKind
		idx       int
		code      string
		msg       string
		paymaster bool
	}{
		{"FailedOp AA21", encodeRevert(t, "FailedOp(uint256,string)", []string{"uint256", "string"}, big.NewInt(0), "AA21 didn't pay prefund"),
			KindFailedOp, 0, "AA21", `FailedOp(0,"AA21 didn't pay prefund")`, false},
		{"FailedOp AA33 index 3", encodeRevert(t, "FailedOp(uint256,string)", []string{"uint256", "string"}, big.NewInt(3), "AA31 paymaster deposit too low"),
			KindFailedOp, 3, "AA31", `FailedOp(3,"AA31 paymaster deposit too low")`, true},
		{"FailedOpWithRevert nested Error", encodeRevert(t, "FailedOpWithRevert(uint256,string,bytes)", []string{"uint256", "string", "bytes"}, big.NewInt(1), "AA23 reverted", errStr("testWallet: dead signature")),
			KindFailedOpWithRevert, 1, "AA23", `FailedOpWithRevert(1,"AA23 reverted",Error(testWallet: dead signature))`, false},
		{"FailedOpWithRevert AA33 raw inner", encodeRevert(t, "FailedOpWithRevert(uint256,string,bytes)", []string{"uint256", "string", "bytes"}, big.NewInt(0), "AA33 reverted", []byte{0xde, 0xad, 0xbe, 0xef, 1}),
			KindFailedOpWithRevert, 0, "AA33", `FailedOpWithRevert(0,"AA33 reverted",0xdeadbeef01)`, true},
		{"SignatureValidationFailed", encodeRevert(t, "SignatureValidationFailed(address)", []string{"address"}, agg),
			KindSignatureValidationFailed, -1, "", "SignatureValidationFailed(0x00000000000000000000000000000000000000AA)", false},
		{"PostOpReverted", encodeRevert(t, "PostOpReverted(bytes)", []string{"bytes"}, errStr("boom")),
			KindPostOpReverted, -1, "", "PostOpReverted(Error(boom))", false},
		{"SenderAddressResult", encodeRevert(t, "SenderAddressResult(address)", []string{"address"}, agg),
			KindSenderAddressResult, -1, "", "SenderAddressResult(0x00000000000000000000000000000000000000AA)", false},
		{"Error with AA code", errStr("AA93 invalid paymasterAndData"), KindError, -1, "AA93", "Error(AA93 invalid paymasterAndData)", false},
		{"Error plain", errStr("not an EIP-7702 delegate"), KindError, -1, "", "Error(not an EIP-7702 delegate)", false},
		{"Panic overflow", encodeRevert(t, "Panic(uint256)", []string{"uint256"}, big.NewInt(0x11)), KindPanic, -1, "", "Panic(0x11: arithmetic underflow or overflow)", false},
		{"AA prefix needs a space", encodeRevert(t, "FailedOp(uint256,string)", []string{"uint256", "string"}, big.NewInt(0), "AA210 nope"), KindFailedOp, 0, "", `FailedOp(0,"AA210 nope")`, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e, err := DecodeRevert(tc.data)
			if err != nil {
				t.Fatal(err)
			}
			if e.Kind != tc.kind || e.OpIndex != tc.idx || e.Code != tc.code || e.IsPaymasterError() != tc.paymaster {
				t.Fatalf("got kind=%v idx=%d code=%q paymaster=%v", e.Kind, e.OpIndex, e.Code, e.IsPaymasterError())
			}
			if e.Error() != tc.msg {
				t.Fatalf("Error() = %s\n want %s", e.Error(), tc.msg)
			}
		})
	}

	e, _ := DecodeRevert(cases[2].data)
	inner, err := e.InnerRevert()
	if err != nil || inner.Kind != KindError || inner.Reason != "testWallet: dead signature" || !e.IsAccountError() || e.IsFactoryError() {
		t.Fatalf("InnerRevert = %+v, %v", inner, err)
	}
	if e, _ := DecodeRevert(encodeRevert(t, "FailedOp(uint256,string)", []string{"uint256", "string"}, big.NewInt(0), "AA13 initCode failed or OOG")); !e.IsFactoryError() {
		t.Fatal("AA13 must be a factory error")
	}

	for name, data := range map[string][]byte{
		"empty":            nil,
		"short":            {1, 2},
		"unknown selector": {1, 2, 3, 4, 5},
		"truncated":        cases[0].data[:40],
	} {
		if _, err := DecodeRevert(data); err == nil {
			t.Errorf("%s: expected error", name)
		}
	}
	if _, err := DecodeRevert([]byte{1, 2, 3, 4}); !errors.Is(err, ErrUnknownRevert) {
		t.Errorf("unknown selector error = %v", err)
	}
}

type dataErr struct{ data interface{} }

func (e dataErr) Error() string          { return "execution reverted" }
func (e dataErr) ErrorData() interface{} { return e.data }

func TestRevertFromRPCError(t *testing.T) {
	data := encodeRevert(t, "FailedOp(uint256,string)", []string{"uint256", "string"}, big.NewInt(0), "AA20 account not deployed")
	err := fmt.Errorf("simulate: %w", dataErr{fmt.Sprintf("0x%x", data)})
	re, ok := DecodeRevertError(err)
	if !ok || re.Code != "AA20" {
		t.Fatalf("DecodeRevertError = %+v, %v", re, ok)
	}
	if _, ok := DecodeRevertError(errors.New("plain")); ok {
		t.Fatal("plain error decoded")
	}
	if _, ok := RevertData(dataErr{42}); ok {
		t.Fatal("non-hex data accepted")
	}
}
