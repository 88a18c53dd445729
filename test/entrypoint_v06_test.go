package test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/klaster-dev/klaster/bindings/testcontracts"
	"github.com/klaster-dev/klaster/bindings/v06"
	"github.com/klaster-dev/klaster/devnet"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
	"github.com/klaster-dev/klaster/gas"
)

// TestEntryPointV06SimpleAccount: --dev serves EntryPoint v0.6 at its
// canonical address, lists it in eth_supportedEntryPoints beside the other
// three, and a v0.6 SimpleAccount op (initCode, paymasterAndData) goes from
// estimate to send to receipt to by-hash, bundled with v0.6 handleOps.
func TestEntryPointV06SimpleAccount(t *testing.T) {
	ctx, b, node, funder, accs, contracts := v06Env(t)
	ep := contracts.EntryPointV06
	if ep != entrypoint.V06.EntryPoint() {
		t.Fatalf("dev EntryPoint v0.6 at %s, canonical %s", ep, entrypoint.V06.EntryPoint())
	}
	var supported []common.Address
	if err := b.call(ctx, &supported, "eth_supportedEntryPoints"); err != nil {
		t.Fatal(err)
	}
	want := map[common.Address]bool{}
	for _, d := range contracts.EntryPoints() {
		want[d.Address] = true
	}
	for _, a := range supported {
		delete(want, a)
	}
	if len(want) != 0 || len(supported) != 4 {
		t.Fatalf("eth_supportedEntryPoints %v, want all four dev EntryPoints", supported)
	}

	op, hash := newOp(ctx, t, b, node, funder, accountKinds[1], contracts, ep, accs[6].Key, 6000)
	var got common.Hash
	if err := b.call(ctx, &got, "eth_sendUserOperation", op, ep); err != nil {
		t.Fatalf("send: %v", err)
	}
	if got != hash {
		t.Fatalf("send returned %s, local v0.6 userOpHash is %s", got, hash)
	}
	rec := waitReceipt(ctx, t, b, hash)
	if rec["success"] != true || rec["userOpHash"] != hash.Hex() || common.HexToAddress(rec["entryPoint"].(string)) != ep {
		t.Fatalf("receipt: %v", rec)
	}
	var byHash map[string]any
	if err := b.call(ctx, &byHash, "eth_getUserOperationByHash", hash); err != nil || byHash == nil {
		t.Fatalf("by hash: %v %v", byHash, err)
	}
	uo, _ := byHash["userOperation"].(map[string]any)
	if uo == nil || uo["sender"] != op["sender"].(common.Address).Hex() || uo["initCode"] != hexutil.Encode(op["initCode"].(hexutil.Bytes)) {
		t.Fatalf("by hash userOperation is not the v0.6 op: %v", byHash["userOperation"])
	}
	if _, packed := uo["factory"]; packed {
		t.Fatalf("by hash answers a v0.6 op in the v0.7 shape: %v", uo)
	}
	if common.HexToAddress(byHash["entryPoint"].(string)) != ep || byHash["transactionHash"] == nil {
		t.Fatalf("by hash: %v", byHash)
	}
	// The bundle is a v0.6 handleOps(UserOperation[],address).
	tx, _, err := node.TransactionByHash(ctx, common.HexToHash(byHash["transactionHash"].(string)))
	if err != nil {
		t.Fatal(err)
	}
	a, _ := v06.EntryPointMetaData.GetAbi()
	if m, err := a.MethodById(tx.Data()); err != nil || m.Name != "handleOps" || *tx.To() != ep {
		t.Fatalf("bundle is not a v0.6 handleOps to %s: %v %v", ep, m, err)
	}

	// A second op on the deployed account, paid by a v0.6 paymaster
	// (RulePaymaster's v0.6 entry): estimated without paymaster gas limits
	// (verificationGasLimit covers the paymaster), sent, mined.
	opts, mined := ruleDeployer(ctx, t, node, accs[2].Key)
	helper, htx, _, err := testcontracts.DeployRuleHelper(opts, node, ep)
	mined(htx, err)
	pmAddr, ptx, pm, err := testcontracts.DeployRulePaymaster(opts, node, ep, helper)
	mined(ptx, err)
	deposit := *opts
	deposit.Value = big.NewInt(params.Ether)
	mined(pm.Deposit(&deposit))
	op2 := map[string]any{}
	for k, v := range op {
		op2[k] = v
	}
	op2["nonce"] = "0x1"
	op2["initCode"] = hexutil.Bytes{}
	op2["paymasterAndData"] = hexutil.Bytes(pmAddr.Bytes())
	op2["signature"] = hexutil.Bytes(gas.DummySignature())
	for _, k := range []string{"callGasLimit", "verificationGasLimit", "preVerificationGas"} {
		op2[k] = nil
	}
	var est map[string]any
	if err := b.call(ctx, &est, "eth_estimateUserOperationGas", op2, ep); err != nil {
		t.Fatalf("estimate with a v0.6 paymaster: %v", err)
	}
	if _, ok := est["paymasterVerificationGasLimit"]; ok {
		t.Fatalf("v0.6 estimate has paymaster gas limits: %v", est)
	}
	for _, k := range []string{"callGasLimit", "verificationGasLimit", "preVerificationGas"} {
		op2[k] = est[k]
	}
	hash2 := signOp(t, op2, ep, accountKinds[1], accs[6].Key)
	if err := b.call(ctx, &got, "eth_sendUserOperation", op2, ep); err != nil || got != hash2 {
		t.Fatalf("send with a v0.6 paymaster: %v", err)
	}
	rec = waitReceipt(ctx, t, b, hash2)
	if rec["success"] != true || common.HexToAddress(rec["paymaster"].(string)) != pmAddr {
		t.Fatalf("receipt with a v0.6 paymaster: %v", rec)
	}
}

// TestEntryPointV06ErrorCodes: real bad v0.6 inputs get their ERC-7769
// codes through the binary.
func TestEntryPointV06ErrorCodes(t *testing.T) {
	ctx, b, node, funder, accs, contracts := v06Env(t)
	ep := contracts.EntryPointV06
	owner := accs[5].Key
	good, _ := newOp(ctx, t, b, node, funder, accountKinds[1], contracts, ep, owner, 6100)
	variant := func(edit func(op map[string]any), sign bool) map[string]any {
		op := map[string]any{}
		for k, v := range good {
			op[k] = v
		}
		edit(op)
		if sign {
			signOp(t, op, ep, accountKinds[1], owner)
		}
		return op
	}
	send := func(op map[string]any) error {
		var h common.Hash
		return b.call(ctx, &h, "eth_sendUserOperation", op, ep)
	}
	estimate := func(op map[string]any) error {
		var est map[string]any
		return b.call(ctx, &est, "eth_estimateUserOperationGas", op, ep)
	}

	// -32602: malformed and v0.7-shaped fields.
	rpcError(t, send(variant(func(op map[string]any) { op["callGasLimit"] = "0xzz" }, false)), erc7769.CodeInvalidParams, "callGasLimit")
	rpcError(t, send(variant(func(op map[string]any) { op["factory"] = contracts.SimpleAccountFactoryV06 }, false)), erc7769.CodeInvalidParams, "factory", "initCode")
	rpcError(t, send(variant(func(op map[string]any) { op["paymasterVerificationGasLimit"] = "0x1" }, false)), erc7769.CodeInvalidParams, "paymasterVerificationGasLimit")
	rpcError(t, send(variant(func(op map[string]any) { op["initCode"] = "0x1234" }, false)), erc7769.CodeInvalidParams, "initCode")
	rpcError(t, send(variant(func(op map[string]any) { op["eip7702Auth"] = map[string]any{} }, false)), erc7769.CodeInvalidParams, "eip7702Auth")
	rpcError(t, send(variant(func(op map[string]any) { op["preVerificationGas"] = hexutil.Uint64(1000) }, true)), erc7769.CodeInvalidParams, "preVerificationGas")
	// -32500: a wrong nonce (AA25), with room for its non-zero byte.
	rpcError(t, send(variant(func(op map[string]any) {
		op["nonce"] = "0x5"
		op["preVerificationGas"] = hexutil.Uint64(100_000)
	}, true)), erc7769.CodeRejectedByEntryPoint, "AA25")
	// -32507: signed by another key.
	wrongKey := variant(func(op map[string]any) {}, false)
	signOp(t, wrongKey, ep, accountKinds[1], accs[4].Key)
	rpcError(t, send(wrongKey), erc7769.CodeInvalidSignature)
	// -32508: a paymaster (any contract) without a deposit in v0.6.
	rpcError(t, send(variant(func(op map[string]any) {
		op["paymasterAndData"] = hexutil.Bytes(contracts.SimpleAccountFactoryV07.Bytes())
		op["preVerificationGas"] = hexutil.Uint64(100_000) // paymasterAndData adds calldata
	}, true)), erc7769.CodePaymasterDepositTooLow, "AA31")
	// -32501: a deposited "paymaster" whose validatePaymasterUserOp reverts
	// (the v0.6 factory has no such function).
	pm := contracts.SimpleAccountFactoryV06
	a, _ := v06.EntryPointMetaData.GetAbi()
	deposit, _ := a.Pack("depositTo", pm)
	sendAndWait(ctx, t, funder, node, ep, big.NewInt(params.Ether), deposit)
	rpcError(t, send(variant(func(op map[string]any) {
		op["paymasterAndData"] = hexutil.Bytes(pm.Bytes())
		op["preVerificationGas"] = hexutil.Uint64(100_000)
		op["verificationGasLimit"] = hexutil.Uint64(uint64(good["verificationGasLimit"].(hexutil.Uint64)) + 100_000)
	}, true)), erc7769.CodeRejectedByPaymaster, "AA33")
	// -32521: the execution reverts in estimation (the account asks the
	// EntryPoint to withdraw a deposit it does not have).
	withdraw, _ := a.Pack("withdrawTo", common.Address{1}, big.NewInt(1e18))
	rpcError(t, estimate(variant(func(op map[string]any) {
		op["callData"] = hexutil.Bytes(mustPack(t, loadABIs(t).account, "execute", ep, big.NewInt(0), withdraw))
		op["callGasLimit"] = nil
	}, false)), erc7769.CodeExecutionReverted)
	// An unknown hash is null (and the process keeps serving).
	var none map[string]any
	if err := b.call(ctx, &none, "eth_getUserOperationByHash", common.Hash{0x06}); err != nil || none != nil {
		t.Fatalf("by hash of an unknown op: %v %v", none, err)
	}
	// -32602: another EntryPoint than the four.
	var h common.Hash
	rpcError(t, b.call(ctx, &h, "eth_sendUserOperation", good, common.HexToAddress("0x1111111111111111111111111111111111111111")), erc7769.CodeInvalidParams, "not supported")
}

// v06Env starts klaster --dev and returns what the v0.6 tests use.
func v06Env(t *testing.T) (context.Context, bundlerClient, *ethclient.Client, *devnet.TxSender, []devnet.Account, devnet.Contracts) {
	t.Helper()
	p := startKlaster(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	contracts, _ := devnet.ContractAddresses()
	rpcClient, err := gethrpc.DialContext(ctx, p.URL+"/rpc/1337")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(rpcClient.Close)
	node, err := ethclient.DialContext(ctx, nodeURL(p, 0))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(node.Close)
	accs, _ := devnet.DevAccounts(7)
	return ctx, bundlerClient{t: t, rpc: rpcClient}, node, devnet.NewTxSender(node, 1337, accs[0].Key), accs, contracts
}

// TestEntryPointV06DebugBundler: debug_bundler_* on the v0.6 EntryPoint:
// the mempool dump is in v0.6 JSON, sendBundleNow mines it with v0.6
// handleOps, stake status and reputation apply to v0.6 entities.
func TestEntryPointV06DebugBundler(t *testing.T) {
	ctx, b, node, funder, accs, contracts := v06Env(t)
	ep := contracts.EntryPointV06
	var ok string
	mustOK := func(method string, args ...any) {
		t.Helper()
		if err := b.call(ctx, &ok, method, args...); err != nil || ok != "ok" {
			t.Fatalf("%s: %q %v", method, ok, err)
		}
	}
	mustOK("debug_bundler_setBundlingMode", "manual")
	op, hash := newOp(ctx, t, b, node, funder, accountKinds[1], contracts, ep, accs[3].Key, 6200)
	var got common.Hash
	if err := b.call(ctx, &got, "eth_sendUserOperation", op, ep); err != nil || got != hash {
		t.Fatalf("send: %v", err)
	}
	var dump []map[string]any
	if err := b.call(ctx, &dump, "debug_bundler_dumpMempool", ep); err != nil || len(dump) != 1 {
		t.Fatalf("dumpMempool: %v %v", dump, err)
	}
	_, packed := dump[0]["factory"]
	if packed || dump[0]["initCode"] != hexutil.Encode(op["initCode"].(hexutil.Bytes)) || dump[0]["paymasterAndData"] != "0x" {
		t.Fatalf("dumpMempool entry is not a v0.6 op: %v", dump[0])
	}
	var bundle struct {
		UserOpHashes []common.Hash `json:"userOpHashes"`
	}
	if err := b.call(ctx, &bundle, "debug_bundler_sendBundleNow"); err != nil || len(bundle.UserOpHashes) != 1 || bundle.UserOpHashes[0] != hash {
		t.Fatalf("sendBundleNow: %+v %v", bundle, err)
	}
	var rec map[string]any
	if err := b.call(ctx, &rec, "eth_getUserOperationReceipt", hash); err != nil || rec == nil || rec["success"] != true {
		t.Fatalf("receipt after sendBundleNow: %v %v", rec, err)
	}

	factory := contracts.SimpleAccountFactoryV06
	var stake struct {
		IsStaked bool `json:"isStaked"`
	}
	if err := b.call(ctx, &stake, "debug_bundler_getStakeStatus", factory, ep); err != nil || stake.IsStaked {
		t.Fatalf("getStakeStatus of the unstaked v0.6 factory: %+v %v", stake, err)
	}
	// Banned through the v0.6 EntryPoint's reputation: its next op is refused.
	next, _ := newOp(ctx, t, b, node, funder, accountKinds[1], contracts, ep, accs[3].Key, 6201)
	mustOK("debug_bundler_setReputation", []map[string]any{{"address": factory, "opsSeen": "0x3e8", "opsIncluded": "0x0"}}, ep)
	rpcError(t, b.call(ctx, &got, "eth_sendUserOperation", next, ep), erc7769.CodeThrottledOrBanned, "banned", factory.Hex())
	mustOK("debug_bundler_clearState")
	mustOK("debug_bundler_setBundlingMode", "auto")
}
