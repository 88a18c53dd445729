package erc7769

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"
)

var errKind = errors.New("kind")

func TestErrorWireAndGoFields(t *testing.T) {
	cause := errors.New("redis down")
	e := &Error{Code: CodeThrottledOrBanned, Message: "paymaster is banned", Data: map[string]any{"paymaster": "0x01"},
		Rule: "GREP-010", Entity: EntityPaymaster, Address: [20]byte{19: 1}, Kind: errKind, Cause: cause}
	raw, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	if string(raw) != `{"code":-32504,"message":"paymaster is banned","data":{"paymaster":"0x01"}}` {
		t.Fatalf("wire form %s", raw)
	}
	if e.Error() != "paymaster is banned: redis down" {
		t.Fatal(e.Error())
	}
	wrapped := fmt.Errorf("admit: %w", e)
	if !errors.Is(wrapped, errKind) || !errors.Is(wrapped, cause) {
		t.Fatal("errors.Is misses the kind or the cause")
	}
	if CodeOf(wrapped) != CodeThrottledOrBanned || EntityOf(wrapped) != EntityPaymaster || !e.HasAddress() {
		t.Fatal("typed facts lost through wrapping")
	}
	if CodeOf(errors.New("plain")) != CodeInternal || EntityOf(errors.New("AA23 reverted")) != "" {
		t.Fatal("an uncoded error has a code or an entity (blame must not come from text)")
	}
}

func TestEntityOfAACode(t *testing.T) {
	for code, want := range map[string]Entity{"AA10": EntityFactory, "AA23 reverted": EntityAccount, "AA33": EntityPaymaster, "AA96": EntityAggregator, "AA50": "", "OP-011": "", "AA": ""} {
		if got := EntityOfAACode(code); got != want {
			t.Errorf("%q: %q, want %q", code, got, want)
		}
	}
	if got := EntityOf(&Error{Code: CodeRejectedByEntryPoint, Rule: "AA13"}); got != EntityFactory {
		t.Fatalf("rule AA13 blames %q", got)
	}
}

func TestForOpAndOpError(t *testing.T) {
	base := New(CodeRejectedByPaymaster, "AA33 reverted").WithData(map[string]any{"paymaster": "0x01"})
	e := base.ForOp(1, 1337)
	raw, _ := json.Marshal(e.Data)
	if string(raw) != `{"chainId":"0x539","index":1,"paymaster":"0x01"}` {
		t.Fatal(string(raw))
	}
	if _, ok := base.Data.(map[string]any)["index"]; ok {
		t.Fatal("ForOp mutated the receiver")
	}
	err := OpError(fmt.Errorf("wrapped: %w", New(CodeInvalidSignature, "bad sig")), 2, 1)
	var got *Error
	if !errors.As(err, &got) || got.Code != CodeInvalidSignature || got.Message != "op 2 (chain 1): wrapped: bad sig" {
		t.Fatalf("%#v", err)
	}
	plain := OpError(errors.New("node down"), 0, 5)
	if errors.As(plain, &got) || plain.Error() != "op 0 (chain 5): node down" {
		t.Fatalf("%v", plain)
	}
}
