package test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/klaster-dev/klaster/bindings/testcontracts"
	"github.com/klaster-dev/klaster/devnet"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
)

// TestEntryPointV09SimpleAccount: --dev serves EntryPoint v0.9 where the
// npm artifact lands, says so in eth_supportedEntryPoints, and a
// SimpleAccount op goes from estimate to send to receipt to by-hash.
func TestEntryPointV09SimpleAccount(t *testing.T) {
	ctx, b, node, funder, accs, contracts, ep := v09Env(t)

	var supported []common.Address
	if err := b.call(ctx, &supported, "eth_supportedEntryPoints"); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, a := range supported {
		found = found || a == ep
		if a == entrypoint.V09.EntryPoint() {
			t.Fatalf("eth_supportedEntryPoints names %s, which the dev chain does not serve: %v", a, supported)
		}
	}
	if !found {
		t.Fatalf("eth_supportedEntryPoints %v lacks v0.9 at %s", supported, ep)
	}

	op, hash := newOp(ctx, t, b, node, funder, accountKinds[1], contracts, ep, accs[6].Key, 9000)
	var got common.Hash
	if err := b.call(ctx, &got, "eth_sendUserOperation", op, ep); err != nil {
		t.Fatalf("send: %v", err)
	}
	if got != hash {
		t.Fatalf("send returned %s, local v0.9 userOpHash is %s", got, hash)
	}
	rec := waitReceipt(ctx, t, b, hash)
	if rec["success"] != true || rec["userOpHash"] != hash.Hex() || common.HexToAddress(rec["entryPoint"].(string)) != ep {
		t.Fatalf("receipt: %v", rec)
	}
	var byHash map[string]any
	if err := b.call(ctx, &byHash, "eth_getUserOperationByHash", hash); err != nil || byHash == nil {
		t.Fatalf("by hash: %v %v", byHash, err)
	}
	if common.HexToAddress(byHash["entryPoint"].(string)) != ep {
		t.Fatalf("by hash entryPoint %v", byHash["entryPoint"])
	}
	uo, _ := byHash["userOperation"].(map[string]any)
	if uo == nil || uo["sender"] != op["sender"].(common.Address).Hex() {
		t.Fatalf("by hash userOperation %v", byHash["userOperation"])
	}

	// A paymaster signature made after the user signed: the user signs the
	// op with its paymaster and a placeholder signature, the paymaster puts
	// its signature (of another length) in afterwards, outside the
	// userOpHash, and the op is mined as signed. (RulePaymaster accepts any
	// paymaster signature: this shows the bundler's side, not a verifying
	// paymaster.)
	opts, mined := ruleDeployer(ctx, t, node, accs[3].Key)
	helper, tx, _, err := testcontracts.DeployRuleHelper(opts, node, ep)
	mined(tx, err)
	pmAddr, tx, pm, err := testcontracts.DeployRulePaymaster(opts, node, ep, helper)
	mined(tx, err)
	deposit := *opts
	deposit.Value = big.NewInt(1e18)
	mined(pm.Deposit(&deposit))

	op2, _ := newOp(ctx, t, b, node, funder, accountKinds[1], contracts, ep, accs[6].Key, 9001)
	op2["paymaster"] = pmAddr
	op2["paymasterVerificationGasLimit"] = hexutil.Uint64(200_000)
	op2["paymasterPostOpGasLimit"] = hexutil.Uint64(0)
	op2["paymasterData"] = hexutil.Bytes{}
	op2["verificationGasLimit"] = hexutil.Uint64(600_000)
	op2["preVerificationGas"] = hexutil.Uint64(80_000) // the paymaster fields and signature add calldata
	// The user signs with a placeholder: the hash covers the paymaster
	// data and the magic, not the signature itself.
	op2["paymasterSignature"] = hexutil.Bytes{0}
	userSigned := signOp(t, op2, ep, accountKinds[1], accs[6].Key)
	pmSig := make([]byte, 65)
	for i := range pmSig {
		pmSig[i] = byte(0xa0 + i%16)
	}
	op2["paymasterSignature"] = hexutil.Bytes(pmSig) // after the user signed
	if again := opHash(t, op2, ep); again != userSigned {
		t.Fatalf("the paymaster signature changed the userOpHash: %s, user signed %s", again, userSigned)
	}
	if err := b.call(ctx, &got, "eth_sendUserOperation", op2, ep); err != nil {
		t.Fatalf("send with paymasterSignature: %v", err)
	}
	if got != userSigned {
		t.Fatalf("send returned %s, the user signed %s", got, userSigned)
	}
	rec = waitReceipt(ctx, t, b, userSigned)
	if rec["success"] != true || common.HexToAddress(rec["paymaster"].(string)) != pmAddr {
		t.Fatalf("receipt: %v", rec)
	}
	if err := b.call(ctx, &byHash, "eth_getUserOperationByHash", userSigned); err != nil || byHash == nil {
		t.Fatalf("by hash: %v %v", byHash, err)
	}
	if uo, _ := byHash["userOperation"].(map[string]any); uo == nil || uo["paymasterSignature"] != hexutil.Encode(pmSig) {
		t.Fatalf("by hash lost the paymaster signature: %v", byHash["userOperation"])
	}
}

// blockWindowSignature is a RuleAccount signature (RuleModes.VALIDATION_DATA)
// making validateUserOp return a v0.9 block window (after, until].
func blockWindowSignature(t *testing.T, after, until uint64) []byte {
	t.Helper()
	w := entrypoint.BlockRange(after, until)
	vd := entrypoint.ValidationData{ValidAfter: w.ValidAfter, ValidUntil: w.ValidUntil}
	return ruleSignature(t, 44, vd.Pack())
}

// TestEntryPointV09BlockWindows: an account's v0.9 block-number window is
// honoured through the binary: a closed window is refused with -32503, an op
// whose window opens 5 blocks ahead is parked and mined inside it, and one
// whose window closes while it waits leaves the pool as EXPIRED.
func TestEntryPointV09BlockWindows(t *testing.T) {
	f := newV09RuleAccount(t)
	ctx, p, rpc, b, node, ep, account := f.ctx, f.p, f.rpc, f.b, f.node, f.ep, f.account
	headNow := func() uint64 { return f.head(t) }
	send := func(key uint64, sig []byte) (common.Hash, error) {
		op := baseOp(ctx, t, node, account, new(big.Int).Lsh(new(big.Int).SetUint64(key), 64), nil)
		op.PreVerificationGas = big.NewInt(100_000)
		op.Signature = sig
		raw, _ := json.Marshal(op)
		var h common.Hash
		err := rpc.CallContext(ctx, &h, "eth_sendUserOperation", json.RawMessage(raw), ep)
		return h, err
	}
	// A window that closed: -32503, naming the blocks.
	h := headNow()
	_, err := send(1, blockWindowSignature(t, h-10, h-2))
	rpcError(t, err, erc7769.CodeOutOfTimeRange, "block window closed")

	// A window that opens 5 blocks ahead: parked, then mined inside it.
	h = headNow()
	after, until := h+5, h+200
	hash, err := send(2, blockWindowSignature(t, after, until))
	if err != nil {
		t.Fatalf("op 5 blocks ahead refused: %v", err)
	}
	var st pimlicoStatus
	if err := rpc.CallContext(ctx, &st, "pimlico_getUserOperationStatus", hash); err != nil || st.Status != "not_submitted" {
		t.Fatalf("parked op status %+v (%v), want not_submitted", st, err)
	}
	rec := waitReceipt(ctx, t, b, hash)
	if rec["success"] != true {
		t.Fatalf("receipt %v", rec)
	}
	blockHex, _ := rec["receipt"].(map[string]any)["blockNumber"].(string)
	minedIn, _ := new(big.Int).SetString(strings.TrimPrefix(blockHex, "0x"), 16)
	if minedIn == nil || minedIn.Uint64() <= after || minedIn.Uint64() > until {
		t.Fatalf("mined in block %v, outside its window (%d, %d]", minedIn, after, until)
	}
	t.Logf("sent at head %d, window (%d, %d], mined in block %d", h, after, until, minedIn)

	// A window that closes while the op waits (bundling paused): EXPIRED.
	var ok string
	if err := rpc.CallContext(ctx, &ok, "debug_bundler_setBundlingMode", "manual"); err != nil {
		t.Fatal(err)
	}
	h = headNow()
	expiring, err := send(3, blockWindowSignature(t, h+3, h+5))
	if err != nil {
		t.Fatalf("op with window (%d, %d] refused: %v", h+3, h+5, err)
	}
	for headNow() < h+6 { // next block h+7 > validUntilBlock h+5
		select {
		case <-ctx.Done():
			t.Fatal("chain stalled")
		case <-time.After(200 * time.Millisecond):
		}
	}
	if err := rpc.CallContext(ctx, &ok, "debug_bundler_sendBundleNow"); err != nil {
		t.Fatalf("sendBundleNow: %v", err)
	}
	var dump []map[string]any
	if err := rpc.CallContext(ctx, &dump, "debug_bundler_dumpMempool", ep); err != nil || len(dump) != 0 {
		t.Fatalf("the expired op is still in the pool: %v %v", dump, err)
	}
	if err := rpc.CallContext(ctx, &st, "pimlico_getUserOperationStatus", expiring); err != nil || st.Status != "rejected" {
		t.Fatalf("expired op status %+v (%v), want rejected", st, err)
	}
	expiredLogged := func() bool {
		for _, line := range strings.Split(p.stderr.String(), "\n") {
			if strings.Contains(line, `"message":"op expired"`) && strings.Contains(strings.ToLower(line), strings.ToLower(expiring.Hex())) &&
				strings.Contains(line, "block window closed") {
				return true
			}
		}
		return false
	}
	for !expiredLogged() {
		select {
		case <-ctx.Done():
			t.Fatalf("no expiry logged for %s:\n%s", expiring, p.stderr.String())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// v09RuleAccount is a klaster --dev --allow-scheduled with a deposited
// RuleAccount on chain 1337's v0.9 EntryPoint, the head past block 12.
type v09RuleAccount struct {
	ctx                 context.Context
	p                   *klasterProcess
	rpc                 *gethrpc.Client
	b                   bundlerClient
	node                *ethclient.Client
	ep, helper, account common.Address
}

func newV09RuleAccount(t *testing.T) *v09RuleAccount {
	t.Helper()
	p := startKlaster(t, "--allow-scheduled")
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	t.Cleanup(cancel)
	contracts, _ := devnet.ContractAddresses()
	f := &v09RuleAccount{ctx: ctx, p: p, ep: contracts.EntryPointV09}
	var err error
	if f.rpc, err = gethrpc.DialContext(ctx, p.URL+"/rpc/1337"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(f.rpc.Close)
	f.b = bundlerClient{t: t, rpc: f.rpc}
	if f.node, err = ethclient.DialContext(ctx, nodeURL(p, 0)); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(f.node.Close)
	accs, _ := devnet.DevAccounts(7)
	opts, mined := ruleDeployer(ctx, t, f.node, accs[3].Key)
	helper, tx, _, err := testcontracts.DeployRuleHelper(opts, f.node, f.ep)
	mined(tx, err)
	account, tx, acct, err := testcontracts.DeployRuleAccount(opts, f.node, f.ep, helper)
	mined(tx, err)
	deposit := *opts
	deposit.Value = big.NewInt(1e18)
	mined(acct.Deposit(&deposit))
	f.helper, f.account = helper, account
	for f.head(t) < 12 {
		select {
		case <-ctx.Done():
			t.Fatal("chain stalled")
		case <-time.After(200 * time.Millisecond):
		}
	}
	return f
}

// head returns the chain's head block number.
func (f *v09RuleAccount) head(t *testing.T) uint64 {
	t.Helper()
	n, err := f.node.BlockNumber(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// ruleDeployer returns transact options for key on chain 1337 and a check
// that a transaction was mined successfully.
func ruleDeployer(ctx context.Context, t *testing.T, node *ethclient.Client, key *ecdsa.PrivateKey) (*bind.TransactOpts, func(*types.Transaction, error)) {
	t.Helper()
	opts, err := bind.NewKeyedTransactorWithChainID(key, big.NewInt(1337))
	if err != nil {
		t.Fatal(err)
	}
	return opts, func(tx *types.Transaction, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		if r, err := devnet.WaitReceipt(ctx, node, tx.Hash()); err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("tx %s: %v", tx.Hash(), err)
		}
	}
}

// TestEntryPointV09ErrorCodes: real bad v0.9 inputs get their ERC-7769
// codes through the binary (the block-window -32503 is in
// TestEntryPointV09BlockWindows).
func TestEntryPointV09ErrorCodes(t *testing.T) {
	ctx, b, node, funder, accs, contracts, ep := v09Env(t)
	owner := accs[5].Key
	good, _ := newOp(ctx, t, b, node, funder, accountKinds[1], contracts, ep, owner, 9100)
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

	rpcError(t, send(variant(func(op map[string]any) { op["callGasLimit"] = "0xzz" }, false)), erc7769.CodeInvalidParams, "callGasLimit")
	rpcError(t, send(variant(func(op map[string]any) { op["paymasterSignature"] = "0xabcd" }, false)), erc7769.CodeInvalidParams, "paymasterSignature")
	// A paymasterAndData whose magic suffix claims more signature than there is:
	// the EntryPoint's InvalidPaymasterSignatureLength, refused up front.
	rpcError(t, send(variant(func(op map[string]any) {
		op["paymaster"] = contracts.SimpleAccountFactoryV09 // any address: refused before it matters
		op["paymasterVerificationGasLimit"] = hexutil.Uint64(100_000)
		op["paymasterPostOpGasLimit"] = hexutil.Uint64(0)
		op["paymasterData"] = hexutil.Bytes(common.FromHex("0x00ff22e325a297439656"))
	}, false)), erc7769.CodeInvalidParams, "paymasterData", "paymaster signature length")
	// A non-zero nonce byte costs calldata gas: give the op room for it, so
	// that only the nonce is wrong.
	rpcError(t, send(variant(func(op map[string]any) {
		op["nonce"] = "0x5"
		op["preVerificationGas"] = hexutil.Uint64(100_000)
	}, true)), erc7769.CodeRejectedByEntryPoint, "AA25")
	wrongKey := variant(func(op map[string]any) {}, false)
	signOp(t, wrongKey, ep, accountKinds[1], accs[4].Key)
	rpcError(t, send(wrongKey), erc7769.CodeInvalidSignature)
}

// v09Env starts klaster --dev and returns what the v0.9 tests use: a
// context, the chain-1337 bundler client, the node, a funder, the dev
// accounts, the dev contracts and the v0.9 EntryPoint.
func v09Env(t *testing.T) (context.Context, bundlerClient, *ethclient.Client, *devnet.TxSender, []devnet.Account, devnet.Contracts, common.Address) {
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
	return ctx, bundlerClient{t: t, rpc: rpcClient}, node, devnet.NewTxSender(node, 1337, accs[0].Key), accs, contracts, contracts.EntryPointV09
}
