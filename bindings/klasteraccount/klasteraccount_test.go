package klasteraccount_test

import (
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/klaster-dev/klaster/bindings/klasteraccount"
	"github.com/klaster-dev/klaster/bindings/v08"
)

var meePrefix = []byte{0x17, 0x7e, 0xee, 0x00}

type env struct {
	t        *testing.T
	backend  *simulated.Backend
	client   simulated.Client
	deployer *bind.TransactOpts
	// deployerKey doubles as a "wrong" key in signature checks.
	deployerKey *ecdsa.PrivateKey
	bundler     *bind.TransactOpts

	entryPointAddr common.Address
	entryPoint     *v08.EntryPoint
	factoryAddr    common.Address
	factory        *klasteraccount.KlasterAccountFactory
}

func newEnv(t *testing.T) *env {
	t.Helper()
	deployerKey, _ := crypto.GenerateKey()
	bundlerKey, _ := crypto.GenerateKey()
	funds := new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))
	backend := simulated.NewBackend(types.GenesisAlloc{
		crypto.PubkeyToAddress(deployerKey.PublicKey): {Balance: funds},
		crypto.PubkeyToAddress(bundlerKey.PublicKey):  {Balance: funds},
	})
	t.Cleanup(func() { backend.Close() })

	e := &env{t: t, backend: backend, client: backend.Client()}
	e.deployer, e.deployerKey = e.transactor(deployerKey), deployerKey
	e.bundler = e.transactor(bundlerKey)

	var (
		tx  *types.Transaction
		err error
	)
	e.entryPointAddr, tx, e.entryPoint, err = v08.DeployEntryPoint(e.deployer, e.client)
	e.mined(tx, err)
	validatorAddr, tx, _, err := klasteraccount.DeployKlasterMerkleValidator(e.deployer, e.client)
	e.mined(tx, err)
	e.factoryAddr, tx, e.factory, err = klasteraccount.DeployKlasterAccountFactory(e.deployer, e.client, e.entryPointAddr, validatorAddr, e.deployer.From)
	e.mined(tx, err)
	return e
}

func (e *env) transactor(key *ecdsa.PrivateKey) *bind.TransactOpts {
	opts, err := bind.NewKeyedTransactorWithChainID(key, big.NewInt(1337))
	if err != nil {
		e.t.Fatal(err)
	}
	return opts
}

// mined commits a block and requires tx to have succeeded.
func (e *env) mined(tx *types.Transaction, err error) *types.Receipt {
	e.t.Helper()
	if err != nil {
		e.t.Fatal(err)
	}
	e.backend.Commit()
	rcpt, err := e.client.TransactionReceipt(e.t.Context(), tx.Hash())
	if err != nil {
		e.t.Fatal(err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		e.t.Fatalf("tx %s failed", tx.Hash())
	}
	return rcpt
}

func (e *env) transfer(to common.Address, amount *big.Int) {
	e.t.Helper()
	ctx := e.t.Context()
	nonce, err := e.client.PendingNonceAt(ctx, e.deployer.From)
	if err != nil {
		e.t.Fatal(err)
	}
	tx, err := e.deployer.Signer(e.deployer.From, types.NewTx(&types.DynamicFeeTx{
		ChainID:   big.NewInt(1337),
		Nonce:     nonce,
		GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: big.NewInt(100 * params.GWei),
		Gas:       21_000,
		To:        &to,
		Value:     amount,
	}))
	if err != nil {
		e.t.Fatal(err)
	}
	e.mined(tx, e.client.SendTransaction(ctx, tx))
}

func pack128(hi, lo uint64) [32]byte {
	var out [32]byte
	new(big.Int).SetUint64(hi).FillBytes(out[8:16])
	new(big.Int).SetUint64(lo).FillBytes(out[24:32])
	return out
}

func (e *env) userOp(sender common.Address, nonce int64, initCode, callData []byte) v08.PackedUserOperation {
	return v08.PackedUserOperation{
		Sender:   sender,
		Nonce:    big.NewInt(nonce),
		InitCode: initCode,
		CallData: callData,
		// verificationGasLimit | callGasLimit. Generous: the simulated dev chain
		// runs the newest fork rules, where creating an account costs far more gas.
		AccountGasLimits:   pack128(2_000_000, 1_000_000),
		PreVerificationGas: big.NewInt(60_000),
		GasFees:            pack128(params.GWei, 10*params.GWei), // maxPriorityFeePerGas | maxFeePerGas
		PaymasterAndData:   []byte{},
		Signature:          []byte{},
	}
}

// meeSignature builds a mee-v1 signature for a single-leaf tree (root == leaf,
// empty proof), signed with personal_sign over the root.
func meeSignature(t *testing.T, key *ecdsa.PrivateKey, hash [32]byte, lower, upper uint64) []byte {
	t.Helper()
	word := func(v uint64) []byte { return common.LeftPadBytes(new(big.Int).SetUint64(v).Bytes(), 32) }
	inner := crypto.Keccak256(hash[:], word(lower), word(upper))
	root := crypto.Keccak256Hash(inner)

	sig, err := crypto.Sign(accounts.TextHash(root[:]), key)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27

	bytes32, _ := abi.NewType("bytes32", "", nil)
	uint48, _ := abi.NewType("uint48", "", nil)
	bytes32Arr, _ := abi.NewType("bytes32[]", "", nil)
	bytesT, _ := abi.NewType("bytes", "", nil)
	args := abi.Arguments{{Type: bytes32}, {Type: uint48}, {Type: uint48}, {Type: bytes32Arr}, {Type: bytesT}}
	enc, err := args.Pack(root, new(big.Int).SetUint64(lower), new(big.Int).SetUint64(upper), [][32]byte{}, sig)
	if err != nil {
		t.Fatal(err)
	}
	return append(append([]byte{}, meePrefix...), enc...)
}

func (e *env) sign(op *v08.PackedUserOperation, key *ecdsa.PrivateKey) {
	e.t.Helper()
	hash, err := e.entryPoint.GetUserOpHash(&bind.CallOpts{}, *op)
	if err != nil {
		e.t.Fatal(err)
	}
	op.Signature = meeSignature(e.t, key, hash, 0, 0)
}

// failedOpReason runs handleOps as an eth_call and returns the FailedOp reason.
func (e *env) failedOpReason(op v08.PackedUserOperation) string {
	e.t.Helper()
	raw := &v08.EntryPointRaw{Contract: e.entryPoint}
	var out []any
	err := raw.Call(&bind.CallOpts{From: e.bundler.From}, &out, "handleOps", []v08.PackedUserOperation{op}, e.bundler.From)
	if err == nil {
		e.t.Fatal("handleOps succeeded, want FailedOp")
	}
	var dataErr rpc.DataError
	if !errors.As(err, &dataErr) {
		e.t.Fatalf("handleOps: %v (no revert data)", err)
	}
	hexData, _ := dataErr.ErrorData().(string)
	data := common.FromHex(hexData)
	parsed, err := v08.EntryPointMetaData.GetAbi()
	if err != nil {
		e.t.Fatal(err)
	}
	failedOp := parsed.Errors["FailedOp"]
	if len(data) < 4 || !strings.EqualFold(common.Bytes2Hex(data[:4]), common.Bytes2Hex(failedOp.ID[:4])) {
		e.t.Fatalf("revert data %x is not FailedOp", data)
	}
	vals, err := failedOp.Inputs.Unpack(data[4:])
	if err != nil {
		e.t.Fatal(err)
	}
	return vals[1].(string)
}

func TestCreateAccountAndExecuteWithMerkleSignature(t *testing.T) {
	e := newEnv(t)
	ownerKey, _ := crypto.GenerateKey()
	owner := crypto.PubkeyToAddress(ownerKey.PublicKey)
	salt := big.NewInt(7)

	sender, err := e.factory.GetAddress(&bind.CallOpts{}, owner, salt)
	if err != nil {
		t.Fatal(err)
	}
	e.transfer(sender, big.NewInt(params.Ether)) // prefund the counterfactual account

	factoryABI, _ := klasteraccount.KlasterAccountFactoryMetaData.GetAbi()
	createCall, err := factoryABI.Pack("createAccount", owner, salt)
	if err != nil {
		t.Fatal(err)
	}
	initCode := append(e.factoryAddr.Bytes(), createCall...)

	recipient := common.HexToAddress("0x000000000000000000000000000000000000bEEF")
	amount := big.NewInt(params.Ether / 10)
	accountABI, _ := klasteraccount.KlasterAccountMetaData.GetAbi()
	callData, err := accountABI.Pack("execute", recipient, amount, []byte{})
	if err != nil {
		t.Fatal(err)
	}

	op := e.userOp(sender, 0, initCode, callData)
	e.sign(&op, ownerKey)

	opts := *e.bundler
	opts.GasLimit = 8_000_000
	tx, err := e.entryPoint.HandleOps(&opts, []v08.PackedUserOperation{op}, e.bundler.From)
	rcpt := e.mined(tx, err)

	var sawSuccess bool
	for _, l := range rcpt.Logs {
		if ev, err := e.entryPoint.ParseUserOperationEvent(*l); err == nil {
			if !ev.Success {
				t.Fatal("UserOperationEvent reports failure")
			}
			sawSuccess = true
		}
	}
	if !sawSuccess {
		t.Fatal("no UserOperationEvent")
	}
	bal, err := e.client.BalanceAt(t.Context(), recipient, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bal.Cmp(amount) != 0 {
		t.Fatalf("recipient balance = %v, want %v", bal, amount)
	}

	account, err := klasteraccount.NewKlasterAccount(sender, e.client)
	if err != nil {
		t.Fatal(err)
	}
	if nonce, err := account.GetNonce(&bind.CallOpts{}); err != nil || nonce.Uint64() != 1 {
		t.Fatalf("nonce = %v, %v; want 1", nonce, err)
	}

	// ERC-1271 through the account, mee-v1 mode (no time bounds).
	msgHash := crypto.Keccak256Hash([]byte("klaster"))
	for _, tc := range []struct {
		key  *ecdsa.PrivateKey
		want [4]byte
	}{{ownerKey, [4]byte{0x16, 0x26, 0xba, 0x7e}}, {e.deployerKey, [4]byte{0xff, 0xff, 0xff, 0xff}}} {
		got, err := account.IsValidSignature(&bind.CallOpts{}, msgHash, meeSignature(t, tc.key, msgHash, 0, 0))
		if err != nil || got != tc.want {
			t.Fatalf("isValidSignature = %x, %v; want %x", got, err, tc.want)
		}
	}

	// A Merkle signature by someone else must be reported as AA24, and so must
	// a malformed mee-v1 payload (no revert or panic in the validator).
	wrongKey, _ := crypto.GenerateKey()
	next := e.userOp(sender, 1, nil, callData)
	e.sign(&next, wrongKey)
	if reason := e.failedOpReason(next); !strings.HasPrefix(reason, "AA24") {
		t.Fatalf("wrong signer: FailedOp reason %q, want AA24", reason)
	}
	next.Signature = append(append([]byte{}, meePrefix...), 0xde, 0xad, 0xbe, 0xef)
	if reason := e.failedOpReason(next); !strings.HasPrefix(reason, "AA24") {
		t.Fatalf("malformed signature: FailedOp reason %q, want AA24", reason)
	}
}
