package test

import (
	"context"
	"encoding/json"
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

// An unstaked account whose validateUserOp calls the EIP-4788 beacon-roots
// contract's get(timestamp) for a real block of the dev chain is accepted,
// bundled and executed (the storage allowlist); the same account reading
// another contract's storage is refused with STO-021.
func TestBeaconRootsRead(t *testing.T) {
	p := startKlaster(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	contracts, _ := devnet.ContractAddresses()
	ep := contracts.EntryPointV08
	rpc, err := gethrpc.DialContext(ctx, p.URL+"/rpc/1337")
	if err != nil {
		t.Fatal(err)
	}
	defer rpc.Close()
	node, err := ethclient.DialContext(ctx, nodeURL(p, 0))
	if err != nil {
		t.Fatal(err)
	}
	defer node.Close()
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

	send := func(key uint64, sig []byte) (common.Hash, error) {
		op := baseOp(ctx, t, node, account, new(big.Int).Lsh(new(big.Int).SetUint64(key), 64), nil)
		op.PreVerificationGas = big.NewInt(100_000)
		op.Signature = sig
		raw, _ := json.Marshal(op)
		var h common.Hash
		err := rpc.CallContext(ctx, &h, "eth_sendUserOperation", json.RawMessage(raw), ep)
		return h, err
	}
	_, err = send(1, ruleSignature(t, modeReadExternal, new(big.Int)))
	rpcError(t, err, erc7769.CodeOpcodeValidation, "STO-021")

	hash, err := send(0, ruleSignature(t, modeBeaconRead, new(big.Int).SetUint64(head.Time)))
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
