package rpc

import (
	"encoding/json"
	"github.com/klaster-dev/klaster/erc7769"
	"math"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/receipt"
)

// Every mempool status and the receipt index map to Alto's and Rundler's
// words as their bundlers use them.
func TestStatusWords(t *testing.T) {
	tx := common.HexToHash("0xb0")
	signer := common.HexToAddress("0x5e")
	sent := func(h common.Hash) (common.Address, uint64, bool) { return signer, 41, h == tx }
	op := &entrypoint.UserOperation{Sender: common.HexToAddress("0xa1")}
	entry := func(st mempool.Status, txHash common.Hash) opState {
		return opState{inPool: true, entry: mempool.Entry{Op: op, Status: st, TxHash: txHash, ValidAfter: 5}}
	}
	mined := &receipt.Receipt{TxHash: tx, Success: true}
	for _, c := range []struct {
		name             string
		s                opState
		pimlico, rundler string
		txHash           *common.Hash
	}{
		{"unknown", opState{}, "not_found", "unknown", nil},
		{"scheduled", entry(mempool.Scheduled, common.Hash{}), "not_submitted", "pending", nil},
		{"pending", entry(mempool.Pending, common.Hash{}), "not_submitted", "pending", nil},
		{"submitted", entry(mempool.Submitted, tx), "submitted", "pendingBundle", &tx},
		{"mined, receipt readable", opState{inPool: true, entry: mempool.Entry{Op: op, Status: mempool.MinedSuccess, TxHash: tx}, receipt: mined}, "included", "mined", &tx},
		{"mined, reverted execution", opState{inPool: true, entry: mempool.Entry{Op: op, Status: mempool.MinedFail, TxHash: tx}, receipt: &receipt.Receipt{TxHash: tx}}, "included", "mined", &tx},
		{"mined, receipt not yet readable", entry(mempool.MinedSuccess, tx), "included", "pendingBundle", &tx},
		{"mined, not in the pool", opState{receipt: mined}, "included", "mined", &tx},
		{"dropped before a bundle", entry(mempool.Failed, common.Hash{}), "rejected", "unknown", nil},
		{"expired", entry(mempool.Expired, common.Hash{}), "rejected", "unknown", nil},
		{"bundle sent, op failed", entry(mempool.Failed, tx), "failed", "unknown", &tx},
	} {
		p := c.s.pimlico()
		if p.Status != c.pimlico || (p.TransactionHash == nil) != (c.txHash == nil) || (c.txHash != nil && *p.TransactionHash != *c.txHash) {
			t.Errorf("%s: pimlico %s %v, want %s %v", c.name, p.Status, p.TransactionHash, c.pimlico, c.txHash)
		}
		r := c.s.rundler(sent)
		if r.Status != c.rundler {
			t.Errorf("%s: rundler %s, want %s", c.name, r.Status, c.rundler)
		}
		switch r.Status {
		case "unknown":
			if r.UserOperation != nil || r.Receipt != nil || r.PendingBundle != nil || r.ValidUntil != nil {
				t.Errorf("%s: unknown with fields: %+v", c.name, r)
			}
		case "pending":
			if r.UserOperation != op || r.ValidUntil == nil || uint64(*r.ValidUntil) != math.MaxUint64 || uint64(*r.ValidAfter) != 5 || r.PendingBundle != nil {
				t.Errorf("%s: %+v", c.name, r)
			}
		case "pendingBundle":
			pb := r.PendingBundle
			if pb == nil || pb.TxHash != tx || pb.BundlerAddress == nil || *pb.BundlerAddress != signer || pb.SentAtBlock == nil || *pb.SentAtBlock != 41 {
				t.Errorf("%s: pendingBundle %+v", c.name, pb)
			}
		case "mined":
			if r.Receipt == nil || (c.s.inPool && r.UserOperation != op) {
				t.Errorf("%s: mined %+v", c.name, r)
			}
		}
	}
	// A bundle sent by another process sharing the store: the hash only.
	if r := entry(mempool.Submitted, common.HexToHash("0xb1")).rundler(sent); r.PendingBundle == nil || r.PendingBundle.BundlerAddress != nil || r.PendingBundle.SentAtBlock != nil {
		t.Errorf("foreign bundle: %+v", r.PendingBundle)
	}
	// Alto's shape: transactionHash is null, not absent.
	b, _ := json.Marshal(opState{}.pimlico())
	if string(b) != `{"status":"not_found","transactionHash":null}` {
		t.Errorf("JSON %s", b)
	}
}

func TestCheckBlockOption(t *testing.T) {
	for _, ok := range []string{`null`, `"0x00000000000000000000000000000000000000000000000000000000000000aa"`, `{"fromBlock":"0x1","toBlock":"0x2"}`, `{"fromBlock":"0x1"}`, `{}`} {
		raw := json.RawMessage(ok)
		if err := checkBlockOption(&raw); err != nil {
			t.Errorf("%s: %v", ok, err)
		}
	}
	for bad, want := range map[string]string{
		`{"fromBlock":"0x9","toBlock":"0x1"}`: "fromBlock 9 is after toBlock 1",
		`{"address":"0x1"}`:                   "unknown field",
		`"latest"`:                            "block hash",
		`{"fromBlock":"latest"}`:              "hex block numbers",
		`7`:                                   "block option",
	} {
		raw := json.RawMessage(bad)
		err := checkBlockOption(&raw)
		if err == nil || !strings.Contains(err.Error(), want) || err.(*erc7769.Error).Code != erc7769.CodeInvalidParams {
			t.Errorf("%s: %v, want -32602 mentioning %q", bad, err, want)
		}
	}
}

// A chain served without a userOp backend answers the SDK methods with
// -32601 naming the method, not a panic.
func TestSDKMethodsWithoutBackend(t *testing.T) {
	_, ts := startServer(t, testOptions(), testChain)
	c := dial(t, ts.URL+"/rpc/1337")
	hash := common.Hash{1}.Hex()
	for method, args := range map[string][]any{
		"pimlico_getUserOperationGasPrice": nil,
		"pimlico_getUserOperationStatus":   {hash},
		"rundler_maxPriorityFeePerGas":     nil,
		"rundler_getUserOperationGasPrice": nil,
		"rundler_getUserOperationStatus":   {hash},
	} {
		var out any
		re := rpcErrorOf(t, c.CallContext(ctx5s(t), &out, method, args...))
		if re.ErrorCode() != erc7769.CodeMethodNotFound || !strings.Contains(re.Error(), method) {
			t.Errorf("%s: %d %s", method, re.ErrorCode(), re.Error())
		}
	}
}

// Any second parameter of rundler_getUserOperationStatus is accepted or
// refused with -32602; none panics.
func FuzzCheckBlockOption(f *testing.F) {
	for _, s := range []string{`null`, `{"fromBlock":"0x1","toBlock":"0x2"}`, `"0x00000000000000000000000000000000000000000000000000000000000000aa"`, `{"fromBlock":"0xffffffffffffffffff"}`, `[]`, `{"toBlock":null}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		raw := json.RawMessage(b)
		if err := checkBlockOption(&raw); err != nil {
			if e, ok := err.(*erc7769.Error); !ok || e.Code != erc7769.CodeInvalidParams {
				t.Fatalf("%q: %T %v", b, err, err)
			}
		}
	})
}
