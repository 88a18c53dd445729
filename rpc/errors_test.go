package rpc

import (
	"encoding/json"
	"errors"
	"math/big"
	"testing"

	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/klaster-dev/klaster/erc7769"
)

func TestErrorCodesAndData(t *testing.T) {
	pm := testValid
	cases := []struct {
		err  *erc7769.Error
		code int
		data string
	}{
		{InvalidParams("Missing userOp field: %s", "sender"), -32602, "null"},
		{RejectedByEntryPoint(`FailedOp(0,"AA21 didn't pay prefund")`), -32500, "null"},
		{RejectedByPaymaster(pm, "AA33 reverted"), -32501, `{"paymaster":"0x4e59b44847b379578588920cA78FbF26c0B4956C"}`},
		{OpcodeValidation("account uses banned opcode: %s", "GASPRICE"), -32502, "null"},
		{OutOfTimeRange(5, 10, nil, "already expired"), -32503, `{"validAfter":"0x5","validUntil":"0xa"}`},
		{ThrottledOrBanned("paymaster", pm, "paymaster %s is banned", pm.Hex()), -32504, `{"paymaster":"0x4e59b44847b379578588920cA78FbF26c0B4956C"}`},
		{StakeTooLow("paymaster", pm, big.NewInt(1e18), 86400, "unstaked"), -32505, `{"minimumStake":"0xde0b6b3a7640000","minimumUnstakeDelay":"0x15180","paymaster":"0x4e59b44847b379578588920cA78FbF26c0B4956C"}`},
		{UnsupportedAggregator(pm), -32506, `{"aggregator":"0x4e59b44847b379578588920cA78FbF26c0B4956C"}`},
		{InvalidSignature("AA24: Invalid UserOp signature"), -32507, "null"},
		{PaymasterDepositTooLow("paymaster deposit too low for all mempool UserOps"), -32508, "null"},
		{ExecutionReverted([]byte{1, 2}, "execution reverted"), -32521, `"0x0102"`},
	}
	for _, c := range cases {
		var re gethrpc.Error = c.err
		var de gethrpc.DataError = c.err
		if re.ErrorCode() != c.code {
			t.Errorf("%v: code %d", c.err, re.ErrorCode())
		}
		if got := mustJSON(de.ErrorData()); got != c.data {
			t.Errorf("%v: data %s, want %s", c.err, got, c.data)
		}
	}
	if got := InvalidParams("Missing userOp field: %s", "sender").Error(); got != "Missing userOp field: sender" {
		t.Fatal(got)
	}
}

func TestErrorForOp(t *testing.T) {
	e := InvalidSignature("bad").ForOp(2, 1337)
	if got := mustJSON(e.Data); got != `{"chainId":"0x539","index":2}` {
		t.Fatal(got)
	}
	e = RejectedByPaymaster(testValid, "x").ForOp(0, 1)
	if got := mustJSON(e.Data); got != `{"chainId":"0x1","index":0,"paymaster":"0x4e59b44847b379578588920cA78FbF26c0B4956C"}` {
		t.Fatal(got)
	}
	base := RejectedByPaymaster(testValid, "x")
	_ = base.ForOp(1, 1)
	if _, ok := base.Data.(Fields)["index"]; ok {
		t.Fatal("ForOp mutated the receiver")
	}
}

// The error travels over the wire with code, message and data.
func TestErrorOverTheWire(t *testing.T) {
	_, ts := startServer(t, testOptions(), testChain)
	err := dial(t, ts.URL+"/rpc/1337").CallContext(ctx5s(t), nil, "test_fail")
	var de gethrpc.DataError
	if !errors.As(err, &de) {
		t.Fatalf("no data error: %v", err)
	}
	re := rpcErrorOf(t, err)
	if re.ErrorCode() != erc7769.CodeRejectedByPaymaster || re.Error() != "AA33 reverted" {
		t.Fatalf("%d %q", re.ErrorCode(), re.Error())
	}
	var data map[string]any
	raw, _ := json.Marshal(de.ErrorData())
	if err := json.Unmarshal(raw, &data); err != nil || data["chainId"] != "0x539" || data["index"] != float64(1) {
		t.Fatalf("data %s", raw)
	}
}
