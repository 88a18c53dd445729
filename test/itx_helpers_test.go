package test

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/klaster-dev/klaster/devnet"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/klaster"
)

// itxEnv is a running klaster --dev with clients for its root endpoint and
// both dev chains' nodes.
type itxEnv struct {
	t         *testing.T
	p         *klasterProcess
	root      *gethrpc.Client
	nodes     map[uint64]*ethclient.Client
	funders   map[uint64]*devnet.TxSender
	contracts devnet.Contracts
	accounts  []devnet.Account
	owner     devnet.Account // owns every KlasterAccount of the test
	abis      abis
	salt      int64
}

func newITxEnv(ctx context.Context, t *testing.T, args ...string) *itxEnv {
	t.Helper()
	return newITxEnvWith(ctx, t, nil, args...)
}

// newITxEnvWith is newITxEnv with extra environment for the process.
func newITxEnvWith(ctx context.Context, t *testing.T, env []string, args ...string) *itxEnv {
	t.Helper()
	nodePort := freePorts(t, 4)
	p := runKlaster(t, env, append([]string{"--dev", "--dev.node-port", strconv.Itoa(nodePort)}, args...)...)
	p.NodePort = nodePort
	root, err := gethrpc.DialContext(ctx, p.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(root.Close)
	contracts, _ := devnet.ContractAddresses()
	accs, _ := devnet.DevAccounts(10)
	e := &itxEnv{t: t, p: p, root: root, nodes: map[uint64]*ethclient.Client{}, funders: map[uint64]*devnet.TxSender{},
		contracts: contracts, accounts: accs, owner: accs[5], abis: loadABIs(t), salt: time.Now().UnixNano() % 1_000_000}
	for i, id := range []uint64{1337, 1338} {
		c, err := ethclient.DialContext(ctx, nodeURL(p, i))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(c.Close)
		e.nodes[id] = c
		e.funders[id] = devnet.NewTxSender(c, id, accs[0].Key)
	}
	return e
}

// account is a counterfactual KlasterAccount owned by env.owner.
type account struct {
	chainID     uint64
	entryPoint  common.Address
	address     common.Address
	factory     common.Address
	factoryData []byte
}

// newAccount computes a fresh counterfactual KlasterAccount on chainID and
// sends it fund wei (none when fund is nil).
func (e *itxEnv) newAccount(ctx context.Context, chainID uint64, fund *big.Int) account {
	e.t.Helper()
	e.salt++
	ep := e.contracts.EntryPointV07
	factory, _ := e.contracts.KlasterFactory(ep)
	node := e.nodes[chainID]
	out, err := node.CallContract(ctx, callMsg(factory, mustPack(e.t, e.abis.factory, "getAddress", e.owner.Address, big.NewInt(e.salt))), nil)
	if err != nil {
		e.t.Fatalf("getAddress: %v", err)
	}
	a := account{chainID: chainID, entryPoint: ep, address: common.BytesToAddress(out), factory: factory,
		factoryData: mustPack(e.t, e.abis.factory, "createAccount", e.owner.Address, big.NewInt(e.salt))}
	if fund != nil {
		e.fund(ctx, chainID, a.address, fund)
	}
	return a
}

func (e *itxEnv) fund(ctx context.Context, chainID uint64, to common.Address, wei *big.Int) {
	e.t.Helper()
	sendAndWait(ctx, e.t, e.funders[chainID], e.nodes[chainID], to, wei, nil)
}

// itxItem is one op of a quote request: the deploying first op of a, paying
// 1 wei to recipient. gas, when set, fixes the gas fields (no estimation).
func (e *itxEnv) itxItem(a account, recipient common.Address, lower, upper uint64, fixedGas bool) map[string]any {
	op := map[string]any{
		"sender":      a.address,
		"nonce":       "0x0",
		"factory":     a.factory,
		"factoryData": hexutil.Bytes(a.factoryData),
		"callData":    hexutil.Bytes(mustPack(e.t, e.abis.account, "execute", recipient, big.NewInt(1), []byte{})),
		"signature":   "0x",
	}
	if fixedGas {
		op["callGasLimit"] = hexutil.Uint64(100_000)
		op["verificationGasLimit"] = hexutil.Uint64(600_000)
		op["preVerificationGas"] = hexutil.Uint64(150_000)
	}
	item := map[string]any{"chainId": hexutil.Uint64(a.chainID), "entryPoint": a.entryPoint, "userOp": op}
	if lower != 0 {
		item["lowerBoundTimestamp"] = hexutil.Uint64(lower)
	}
	if upper != 0 {
		item["upperBoundTimestamp"] = hexutil.Uint64(upper)
	}
	return item
}

// quoteResult is klaster_getQuote's answer with the ops kept as JSON
// objects, so tests can send them back (or tamper with them).
type quoteResult struct {
	ItxHash    common.Hash      `json:"itxHash"`
	Node       common.Address   `json:"node"`
	Commitment hexutil.Bytes    `json:"commitment"`
	ExpiresAt  hexutil.Uint64   `json:"expiresAt"`
	UserOps    []map[string]any `json:"userOps"`
	Cost       []struct {
		ChainID hexutil.Uint64 `json:"chainId"`
		MaxCost *hexutil.Big   `json:"maxCost"`
	} `json:"cost"`
}

func (e *itxEnv) quote(ctx context.Context, items ...map[string]any) *quoteResult {
	e.t.Helper()
	var q quoteResult
	if err := e.root.CallContext(ctx, &q, "klaster_getQuote", map[string]any{"userOps": items}); err != nil {
		e.t.Fatalf("klaster_getQuote: %v", err)
	}
	if len(q.UserOps) != len(items) {
		e.t.Fatalf("quote has %d ops for %d", len(q.UserOps), len(items))
	}
	return &q
}

// signed is the signedItx for q with the owner's signature of its root.
func (e *itxEnv) signed(q *quoteResult) map[string]any {
	e.t.Helper()
	sig, err := klaster.SignRoot(e.owner.Key, q.ItxHash)
	if err != nil {
		e.t.Fatal(err)
	}
	return map[string]any{"userOps": q.UserOps, "signature": hexutil.Bytes(sig), "commitment": q.Commitment}
}

type sendResult struct {
	ItxHash      common.Hash   `json:"itxHash"`
	UserOpHashes []common.Hash `json:"userOpHashes"`
}

func (e *itxEnv) send(ctx context.Context, signed map[string]any) (*sendResult, error) {
	var r sendResult
	err := e.root.CallContext(ctx, &r, "klaster_sendInterchainTx", signed)
	return &r, err
}

// itxStatus is klaster_getInterchainTxStatus's answer.
type itxStatus struct {
	ItxHash    common.Hash    `json:"itxHash"`
	Status     string         `json:"status"`
	Node       common.Address `json:"node"`
	Commitment hexutil.Bytes  `json:"commitment"`
	CreatedAt  hexutil.Uint64 `json:"createdAt"`
	UserOps    []struct {
		ChainID         hexutil.Uint64  `json:"chainId"`
		EntryPoint      common.Address  `json:"entryPoint"`
		UserOpHash      common.Hash     `json:"userOpHash"`
		Status          string          `json:"status"`
		Lower           hexutil.Uint64  `json:"lowerBoundTimestamp"`
		Upper           hexutil.Uint64  `json:"upperBoundTimestamp"`
		TransactionHash *common.Hash    `json:"transactionHash"`
		BlockNumber     *hexutil.Uint64 `json:"blockNumber"`
		BlockHash       *common.Hash    `json:"blockHash"`
		Reason          string          `json:"reason"`
	} `json:"userOps"`
}

func (e *itxEnv) status(ctx context.Context, h common.Hash) *itxStatus {
	e.t.Helper()
	var st *itxStatus
	if err := e.root.CallContext(ctx, &st, "klaster_getInterchainTxStatus", h); err != nil {
		e.t.Fatalf("status: %v", err)
	}
	return st
}

// waitStatus polls until the iTx reaches one of the final statuses and
// fails unless it is want.
func (e *itxEnv) waitStatus(ctx context.Context, h common.Hash, want string) *itxStatus {
	e.t.Helper()
	for {
		st := e.status(ctx, h)
		if st != nil && (st.Status == "SUCCESS" || st.Status == "FAILED" || st.Status == "EXPIRED") {
			if st.Status != want {
				e.t.Fatalf("iTx %s is %s, want %s: %+v", h, st.Status, want, st.UserOps)
			}
			return st
		}
		select {
		case <-ctx.Done():
			e.t.Fatalf("iTx %s not %s in time; last status %+v", h, want, st)
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// rpcCode returns the JSON-RPC code and data of err.
func rpcCode(t *testing.T, err error) (int, map[string]any) {
	t.Helper()
	var ce gethrpc.Error
	if !errors.As(err, &ce) {
		t.Fatalf("want a JSON-RPC error, got %v", err)
	}
	var data map[string]any
	var de gethrpc.DataError
	if errors.As(err, &de) {
		data, _ = de.ErrorData().(map[string]any)
	}
	return ce.ErrorCode(), data
}

// wantRejected checks err is code with data naming op index on chainID.
func wantRejected(t *testing.T, err error, code, index int, chainID uint64) {
	t.Helper()
	if err == nil {
		t.Fatalf("want error %d, the iTx was accepted", code)
	}
	got, data := rpcCode(t, err)
	if got != code {
		t.Fatalf("want code %d, got %d: %v (data %v)", code, got, err, data)
	}
	if index < 0 {
		return
	}
	if data == nil || data["index"] != float64(index) || !strings.EqualFold(data["chainId"].(string), hexutil.EncodeUint64(chainID)) {
		t.Fatalf("want data {index: %d, chainId: %#x}, got %v (%v)", index, chainID, data, err)
	}
}

// wantEmptyMempools checks that no op waits in any mempool of either chain.
func (e *itxEnv) wantEmptyMempools(ctx context.Context) {
	e.t.Helper()
	for _, id := range []uint64{1337, 1338} {
		c, err := gethrpc.DialContext(ctx, e.p.URL+"/rpc/"+big.NewInt(int64(id)).String())
		if err != nil {
			e.t.Fatal(err)
		}
		for _, ep := range []common.Address{e.contracts.EntryPointV07, e.contracts.EntryPointV08} {
			var ops []json.RawMessage
			if err := c.CallContext(ctx, &ops, "debug_bundler_dumpMempool", ep); err != nil {
				e.t.Fatalf("dumpMempool: %v", err)
			}
			if len(ops) != 0 {
				e.t.Errorf("chain %d EntryPoint %s: %d ops in the mempool, want none", id, ep, len(ops))
			}
		}
		c.Close()
	}
}

// mempoolSize counts the live ops of both chains' mempools.
func (e *itxEnv) mempoolSize(ctx context.Context) int {
	e.t.Helper()
	n := 0
	for _, id := range []uint64{1337, 1338} {
		c, err := gethrpc.DialContext(ctx, e.p.URL+"/rpc/"+big.NewInt(int64(id)).String())
		if err != nil {
			e.t.Fatal(err)
		}
		for _, ep := range []common.Address{e.contracts.EntryPointV07, e.contracts.EntryPointV08} {
			var ops []json.RawMessage
			if err := c.CallContext(ctx, &ops, "debug_bundler_dumpMempool", ep); err != nil {
				e.t.Fatalf("dumpMempool: %v", err)
			}
			n += len(ops)
		}
		c.Close()
	}
	return n
}

// opOf decodes a quoted op's userOp.
func opOf(t *testing.T, item map[string]any) *entrypoint.UserOperation {
	t.Helper()
	raw, _ := json.Marshal(item["userOp"])
	op := new(entrypoint.UserOperation)
	if err := json.Unmarshal(raw, op); err != nil {
		t.Fatalf("quoted userOp: %v", err)
	}
	return op
}

func recipient(n int64) common.Address { return common.BigToAddress(big.NewInt(0x17ee0000 + n)) }

func now() uint64 { return uint64(time.Now().Unix()) }
