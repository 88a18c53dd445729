package klasteraccount_test

import (
	"bytes"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/klaster-dev/klaster/bindings/klasteraccount"
	"github.com/klaster-dev/klaster/bindings/v08"
)

// delegate makes eoa's code 0xef0100‖impl with a type-4 transaction that the
// deployer sends, carrying the EOA's own authorization (chainId 0).
func (e *env) delegate(eoaKey []byte, impl common.Address) {
	e.t.Helper()
	key, err := crypto.ToECDSA(eoaKey)
	if err != nil {
		e.t.Fatal(err)
	}
	auth, err := types.SignSetCode(key, types.SetCodeAuthorization{Address: impl, Nonce: 0})
	if err != nil {
		e.t.Fatal(err)
	}
	ctx := e.t.Context()
	nonce, err := e.client.PendingNonceAt(ctx, e.deployer.From)
	if err != nil {
		e.t.Fatal(err)
	}
	eoa := crypto.PubkeyToAddress(key.PublicKey)
	tx, err := e.deployer.Signer(e.deployer.From, types.NewTx(&types.SetCodeTx{
		ChainID: uint256.NewInt(1337), Nonce: nonce, GasTipCap: uint256.NewInt(params.GWei), GasFeeCap: uint256.NewInt(100 * params.GWei),
		Gas: 100_000, To: eoa, AuthList: []types.SetCodeAuthorization{auth},
	}))
	if err != nil {
		e.t.Fatal(err)
	}
	e.mined(tx, e.client.SendTransaction(ctx, tx))
	code, err := e.client.CodeAt(ctx, eoa, nil)
	if err != nil || !bytes.Equal(code, append([]byte{0xef, 0x01, 0x00}, impl.Bytes()...)) {
		e.t.Fatalf("EOA code %x (%v) after the delegation", code, err)
	}
}

// An EOA delegated to Klaster7702Account, with no storage initialised, runs
// an op whose mee-v1 root its own key signed; a root signed by another key
// is AA24, and nobody else may call execute or install an owner.
func TestKlaster7702AccountEOASignsItsOwnRoot(t *testing.T) {
	e := newEnv(t)
	validatorAddr, tx, validator, err := klasteraccount.DeployKlasterMerkleValidator(e.deployer, e.client)
	e.mined(tx, err)
	impl, tx, _, err := klasteraccount.DeployKlaster7702Account(e.deployer, e.client, e.entryPointAddr, validatorAddr)
	e.mined(tx, err)

	eoaKey, _ := crypto.GenerateKey()
	eoa := crypto.PubkeyToAddress(eoaKey.PublicKey)
	e.transfer(eoa, big.NewInt(params.Ether))
	e.delegate(crypto.FromECDSA(eoaKey), impl)
	if owner, err := validator.Owner(&bind.CallOpts{}, eoa); err != nil || owner != (common.Address{}) {
		t.Fatalf("validator owner of the EOA = %s (%v), want none registered", owner, err)
	}

	recipient := common.HexToAddress("0x000000000000000000000000000000000000770a")
	accountABI, _ := klasteraccount.Klaster7702AccountMetaData.GetAbi()
	if _, ok := accountABI.Methods["initialize"]; ok {
		t.Fatal("Klaster7702Account has initialize: anyone could install an owner in a delegated EOA")
	}
	callData, err := accountABI.Pack("execute", recipient, big.NewInt(7702), []byte{})
	if err != nil {
		t.Fatal(err)
	}

	// Someone else's root signature: AA24, nothing runs.
	wrongKey, _ := crypto.GenerateKey()
	op := e.userOp(eoa, 0, nil, callData)
	e.sign(&op, wrongKey)
	if reason := e.failedOpReason(op); !strings.HasPrefix(reason, "AA24") {
		t.Fatalf("root signed by another key: FailedOp reason %q, want AA24", reason)
	}

	// The EOA's own key.
	e.sign(&op, eoaKey)
	opts := *e.bundler
	opts.GasLimit = 8_000_000
	tx, err = e.entryPoint.HandleOps(&opts, []v08.PackedUserOperation{op}, e.bundler.From)
	rcpt := e.mined(tx, err)
	ran := false
	for _, l := range rcpt.Logs {
		if ev, err := e.entryPoint.ParseUserOperationEvent(*l); err == nil {
			ran = ev.Success && ev.Sender == eoa
		}
	}
	if bal, _ := e.client.BalanceAt(t.Context(), recipient, nil); !ran || bal.Cmp(big.NewInt(7702)) != 0 {
		t.Fatalf("op ran: %v, recipient balance %v", ran, bal)
	}
	hash, _ := e.entryPoint.GetUserOpHash(&bind.CallOpts{}, op)
	if n, err := validator.ExecutedAt(&bind.CallOpts{}, eoa, hash); err != nil || n.Sign() == 0 {
		t.Fatalf("executed registry: %v (%v), want the op recorded", n, err)
	}

	// A third party cannot call execute on the delegated EOA.
	account, err := klasteraccount.NewKlaster7702Account(eoa, e.client)
	if err != nil {
		t.Fatal(err)
	}
	opts = *e.bundler
	opts.GasLimit = 200_000
	if tx, err := account.Execute(&opts, recipient, big.NewInt(1), nil); err == nil {
		e.backend.Commit()
		if r, _ := e.client.TransactionReceipt(t.Context(), tx.Hash()); r == nil || r.Status == types.ReceiptStatusSuccessful {
			t.Fatal("a third party's execute on the delegated EOA succeeded")
		}
	}
}
