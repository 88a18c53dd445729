package test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/klaster-dev/klaster/bindings/testcontracts"
	"github.com/klaster-dev/klaster/devnet"
	"github.com/klaster-dev/klaster/erc7769"
	"github.com/klaster-dev/klaster/validation"
)

// Rule modes of contracts/test/RuleContracts.sol used here.
const (
	modeReadExternal = 28
	modeBeaconRead   = 40
	modeBeaconUnset  = 49
)

func ruleSignature(t *testing.T, mode uint8, arg *big.Int) []byte {
	t.Helper()
	ty := func(s string) abi.Type { x, _ := abi.NewType(s, "", nil); return x }
	b, err := abi.Arguments{{Type: ty("uint8")}, {Type: ty("bool")}, {Type: ty("uint256")}}.Pack(mode, false, arg)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// beaconFixture is a running klaster with a deposited RuleAccount.
type beaconFixture struct {
	p       *klasterProcess
	rpc     *gethrpc.Client
	node    *ethclient.Client
	ep      common.Address
	account common.Address
	helper  common.Address
	opts    *bind.TransactOpts // the deployer (a dev account)
}

func newBeaconFixture(ctx context.Context, t *testing.T, args ...string) *beaconFixture {
	t.Helper()
	p := startKlaster(t, args...)
	contracts, _ := devnet.ContractAddresses()
	ep := contracts.EntryPointV08
	rpc, err := gethrpc.DialContext(ctx, p.URL+"/rpc/1337")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(rpc.Close)
	node, err := ethclient.DialContext(ctx, nodeURL(p, 0))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(node.Close)
	accs, _ := devnet.DevAccounts(7)
	opts, err := bind.NewKeyedTransactorWithChainID(accs[3].Key, big.NewInt(1337))
	if err != nil {
		t.Fatal(err)
	}
	mined := func(tx *types.Transaction, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		if r, err := devnet.WaitReceipt(ctx, node, tx.Hash()); err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("tx %s: %v", tx.Hash(), err)
		}
	}
	helper, tx, _, err := testcontracts.DeployRuleHelper(opts, node, ep)
	mined(tx, err)
	account, tx, acct, err := testcontracts.DeployRuleAccount(opts, node, ep, helper)
	mined(tx, err)
	deposit := *opts
	deposit.Value = big.NewInt(1e18)
	mined(acct.Deposit(&deposit))
	return &beaconFixture{p: p, rpc: rpc, node: node, ep: ep, account: account, helper: helper, opts: opts}
}

func (f *beaconFixture) send(ctx context.Context, t *testing.T, key uint64, sig []byte) (common.Hash, error) {
	t.Helper()
	op := baseOp(ctx, t, f.node, f.account, new(big.Int).Lsh(new(big.Int).SetUint64(key), 64), nil)
	op.PreVerificationGas = big.NewInt(100_000)
	op.Signature = sig
	raw, _ := json.Marshal(op)
	var h common.Hash
	err := f.rpc.CallContext(ctx, &h, "eth_sendUserOperation", json.RawMessage(raw), f.ep)
	return h, err
}

// An unstaked account whose validateUserOp calls the EIP-4788 beacon-roots
// contract's get(timestamp) for a real block of the dev chain is accepted,
// bundled and executed (the storage allowlist); the same account reading
// another contract's storage is refused with STO-033 (not associated
// with it: only a staked entity may read it).
func TestBeaconRootsRead(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	f := newBeaconFixture(ctx, t)
	node, rpc, account := f.node, f.rpc, f.account

	head, err := node.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	out, err := node.CallContract(ctx, callMsg(validation.BeaconRootsAddress, common.BigToHash(new(big.Int).SetUint64(head.Time)).Bytes()), nil)
	if err != nil {
		t.Fatalf("beacon roots get(%d) of block %d reverts: %v", head.Time, head.Number, err)
	}
	root := common.BytesToHash(out)
	t.Logf("block %d timestamp %d: beacon root %s (header parentBeaconRoot %v)", head.Number, head.Time, root, head.ParentBeaconRoot)

	_, err = f.send(ctx, t, 1, ruleSignature(t, modeReadExternal, new(big.Int)))
	rpcError(t, err, erc7769.CodeOpcodeValidation, "STO-033")

	hash, err := f.send(ctx, t, 0, ruleSignature(t, modeBeaconRead, new(big.Int).SetUint64(head.Time)))
	if err != nil {
		t.Fatalf("beacon read refused: %v", err)
	}
	rec := waitReceipt(ctx, t, bundlerClient{t: t, rpc: rpc}, hash)
	if rec["success"] != true {
		t.Fatalf("receipt: %v", rec)
	}
	// validateUserOp emitted Used(root) in the bundle transaction.
	used := types.Log{}
	for _, l := range rec["receipt"].(map[string]any)["logs"].([]any) {
		m := l.(map[string]any)
		if common.HexToAddress(m["address"].(string)) == account {
			used.Data = common.FromHex(m["data"].(string))
		}
	}
	if len(used.Data) != 32 {
		t.Fatalf("no Used(root) log of the account in the bundle: %v", rec["receipt"])
	}
	// The dev chain's simulated beacon gives every block a zero
	// parentBeaconRoot, so the stored root is zero; get() must still answer.
	if got := common.BytesToHash(used.Data); got != root {
		t.Fatalf("validation read root %s, get() returned %s", got, root)
	}
}

// Attack: an op whose validation passes only while get(t) reverts, for a
// timestamp t that the coming blocks write (the ring-buffer index the next
// block's system call fills), is refused with -32502 naming the rule and the
// slot, so it never reaches a bundle; no bundle transaction of ours reverts.
// The same op betting on the index of a timestamp an hour ago (the dev chain
// is younger, so get() reverts there and no block before the deadline
// writes it) is accepted and executed.
func TestBeaconRootsComingIndexRefused(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	f := newBeaconFixture(ctx, t, "--validation.beacon-roots-window", "300")
	start, err := f.node.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, err := f.node.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Timestamps far enough ahead that the head seen at validation (one
	// block a second) is still before them.
	for _, ahead := range []uint64{20, 120, 290} {
		ts := head.Time + ahead
		idx := ts % validation.BeaconRootsBufferLength
		_, err := f.send(ctx, t, 10+ahead, ruleSignature(t, modeBeaconUnset, new(big.Int).SetUint64(ts)))
		rpcError(t, err, erc7769.CodeOpcodeValidation, "STO-033", validation.BeaconRootsAddress.Hex(), fmt.Sprintf("ring-buffer index %d", idx))
	}

	old := head.Time - 3600
	hash, err := f.send(ctx, t, 1, ruleSignature(t, modeBeaconUnset, new(big.Int).SetUint64(old)))
	if err != nil {
		t.Fatalf("read of the ring-buffer index of an hour ago refused: %v", err)
	}
	rec := waitReceipt(ctx, t, bundlerClient{t: t, rpc: f.rpc}, hash)
	if rec["success"] != true {
		t.Fatalf("receipt: %v", rec)
	}

	// Every transaction since the account was funded succeeded: none of our
	// bundles reverted on chain.
	if len(f.bundlesSince(ctx, t, start)) == 0 {
		t.Fatal("no bundle transaction found")
	}
}

// bundlesSince returns the transactions to the EntryPoint mined from block
// start on, failing the test if any transaction in those blocks reverted.
func (f *beaconFixture) bundlesSince(ctx context.Context, t *testing.T, start uint64) []*types.Transaction {
	t.Helper()
	end, err := f.node.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var out []*types.Transaction
	for n := start; n <= end; n++ {
		blk, err := f.node.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range blk.Transactions() {
			r, err := f.node.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				t.Fatal(err)
			}
			if r.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("tx %s to %v in block %d reverted", tx.Hash(), tx.To(), n)
			}
			if tx.To() != nil && *tx.To() == f.ep {
				out = append(out, tx)
			}
		}
	}
	return out
}
