package entrypoint_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"math/rand"
	"strings"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	v07 "github.com/klaster-dev/klaster/bindings/v07"
	v08 "github.com/klaster-dev/klaster/bindings/v08"
	"github.com/klaster-dev/klaster/entrypoint"
)

// chain is a simulated chain with both real EntryPoints deployed at
// (non-canonical) CREATE addresses.
type chain struct {
	backend *simulated.Backend
	client  simulated.Client
	key     *ecdsa.PrivateKey
	from    common.Address
	chainID *big.Int
	ep07    *v07.EntryPoint
	ep08    *v08.EntryPoint
	addr07  common.Address
	addr08  common.Address
}

func newChain(t *testing.T) *chain {
	t.Helper()
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	eth := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	backend := simulated.NewBackend(types.GenesisAlloc{from: {Balance: new(big.Int).Mul(eth, big.NewInt(1000))}})
	t.Cleanup(func() { backend.Close() })
	c := &chain{backend: backend, client: backend.Client(), key: key, from: from}

	var err error
	if c.chainID, err = c.client.ChainID(context.Background()); err != nil {
		t.Fatal(err)
	}
	auth, err := bind.NewKeyedTransactorWithChainID(key, c.chainID)
	if err != nil {
		t.Fatal(err)
	}
	var tx07, tx08 *types.Transaction
	if c.addr07, tx07, c.ep07, err = v07.DeployEntryPoint(auth, c.client); err != nil {
		t.Fatalf("deploy v0.7: %v", err)
	}
	auth.Nonce = big.NewInt(int64(tx07.Nonce() + 1))
	if c.addr08, tx08, c.ep08, err = v08.DeployEntryPoint(auth, c.client); err != nil {
		t.Fatalf("deploy v0.8: %v", err)
	}
	backend.Commit()
	for _, tx := range []*types.Transaction{tx07, tx08} {
		if r, err := minedReceipt(c.client, tx.Hash()); err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("deploy receipt: %v %+v", err, r)
		}
	}
	return c
}

// minedReceipt reads a committed transaction's receipt, waiting while the
// simulated backend is still indexing (it answers "transaction indexing is
// in progress" for a moment after Commit).
func minedReceipt(client simulated.Client, hash common.Hash) (*types.Receipt, error) {
	for i := 0; ; i++ {
		r, err := client.TransactionReceipt(context.Background(), hash)
		if err == nil || !strings.Contains(err.Error(), "indexing is in progress") || i == 1000 {
			return r, err
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func (c *chain) onChainHash(t *testing.T, v entrypoint.Version, p entrypoint.PackedUserOperation) (common.Hash, error) {
	t.Helper()
	opts := &bind.CallOpts{Context: context.Background()}
	var h [32]byte
	var err error
	if v == entrypoint.V07 {
		h, err = c.ep07.GetUserOpHash(opts, v07.PackedUserOperation(p))
	} else {
		h, err = c.ep08.GetUserOpHash(opts, v08.PackedUserOperation(p))
	}
	return common.Hash(h), err
}

func (c *chain) ep(v entrypoint.Version) common.Address {
	if v == entrypoint.V07 {
		return c.addr07
	}
	return c.addr08
}

func randOp(r *rand.Rand, factory, paymaster bool) *entrypoint.UserOperation {
	rb := func(max int) []byte {
		b := make([]byte, r.Intn(max+1))
		r.Read(b)
		return b
	}
	rbig := func(bits int) *big.Int {
		b := make([]byte, bits/8)
		r.Read(b)
		v := new(big.Int).SetBytes(b)
		return v.Rsh(v, uint(r.Intn(bits)))
	}
	op := &entrypoint.UserOperation{
		Nonce: rbig(256), CallData: rb(1000), CallGasLimit: rbig(128), VerificationGasLimit: rbig(128),
		PreVerificationGas: rbig(128), MaxFeePerGas: rbig(128), MaxPriorityFeePerGas: rbig(128), Signature: rb(200),
	}
	r.Read(op.Sender[:])
	if factory {
		f := common.Address{}
		r.Read(f[:])
		op.Factory, op.FactoryData = &f, rb(500)
	}
	if paymaster {
		pm := common.Address{}
		r.Read(pm[:])
		op.Paymaster, op.PaymasterData = &pm, rb(300)
		op.PaymasterVerificationGasLimit, op.PaymasterPostOpGasLimit = rbig(128), rbig(128)
	}
	return op
}

func TestHashMatchesEntryPoint(t *testing.T) {
	c := newChain(t)
	r := rand.New(rand.NewSource(42))

	ops := []*entrypoint.UserOperation{
		{ // all-zero/empty op
			Nonce: new(big.Int), CallGasLimit: new(big.Int), VerificationGasLimit: new(big.Int), PreVerificationGas: new(big.Int),
			MaxFeePerGas: new(big.Int), MaxPriorityFeePerGas: new(big.Int),
		},
	}
	for i := 0; i < 12; i++ {
		ops = append(ops, randOp(r, i&1 != 0, i&2 != 0))
	}
	// Max values everywhere.
	max128 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))
	maxOp := randOp(r, true, true)
	maxOp.Nonce = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for _, p := range []**big.Int{&maxOp.CallGasLimit, &maxOp.VerificationGasLimit, &maxOp.PreVerificationGas, &maxOp.MaxFeePerGas,
		&maxOp.MaxPriorityFeePerGas, &maxOp.PaymasterVerificationGasLimit, &maxOp.PaymasterPostOpGasLimit} {
		*p = max128
	}
	ops = append(ops, maxOp)

	for _, v := range []entrypoint.Version{entrypoint.V07, entrypoint.V08} { // the chain of newChain
		h, err := entrypoint.NewHasher(v, c.ep(v), c.chainID)
		if err != nil {
			t.Fatal(err)
		}
		for i, op := range ops {
			p, err := op.Pack()
			if err != nil {
				t.Fatal(err)
			}
			want, err := c.onChainHash(t, v, p)
			if err != nil {
				t.Fatalf("%v op %d: getUserOpHash: %v", v, i, err)
			}
			got, err := h.Hash(op)
			if err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Errorf("%v op %d (factory=%v paymaster=%v): Hash %x, EntryPoint %x", v, i, op.HasFactory(), op.HasPaymaster(), got, want)
			}
			if gotP, err := h.HashPacked(&p, nil); err != nil || gotP != want {
				t.Errorf("%v op %d: HashPacked %x (%v), EntryPoint %x", v, i, gotP, err, want)
			}
		}
	}
}

// TestHashMatchesEntryPointEIP7702 delegates a fresh EOA with a real SetCode
// transaction and compares the v0.8 marker hash with getUserOpHash.
func TestHashMatchesEntryPointEIP7702(t *testing.T) {
	c := newChain(t)
	ctx := context.Background()

	senderKey, _ := crypto.GenerateKey()
	sender := crypto.PubkeyToAddress(senderKey.PublicKey)
	delegate := common.HexToAddress("0x1111111111111111111111111111111111117702")

	markerOp := func(data []byte) *entrypoint.UserOperation {
		m := entrypoint.EIP7702Marker()
		return &entrypoint.UserOperation{
			Sender: sender, Nonce: big.NewInt(5), Factory: &m, FactoryData: data, CallData: []byte{1, 2, 3},
			CallGasLimit: big.NewInt(100000), VerificationGasLimit: big.NewInt(200000), PreVerificationGas: big.NewInt(50000),
			MaxFeePerGas: big.NewInt(2e9), MaxPriorityFeePerGas: big.NewInt(1e9), Signature: []byte{0xfa, 0xce},
		}
	}

	// Before delegation the EntryPoint refuses to hash a marker op; that is a
	// real Error(string) revert.
	p, _ := markerOp(nil).Pack()
	_, err := c.onChainHash(t, entrypoint.V08, p)
	if re, ok := entrypoint.DecodeRevertError(err); !ok || re.Kind != entrypoint.KindError || re.Reason != "sender has no code" {
		t.Fatalf("undelegated getUserOpHash: err=%v decoded=%+v", err, re)
	}

	// Sign the authorization and send a SetCode transaction.
	unsigned := types.SetCodeAuthorization{Address: delegate, Nonce: 0}
	unsigned.ChainID.SetFromBig(c.chainID)
	auth, err := types.SignSetCode(senderKey, unsigned)
	if err != nil {
		t.Fatal(err)
	}
	nonce, err := c.client.PendingNonceAt(ctx, c.from)
	if err != nil {
		t.Fatal(err)
	}
	// *uint256.Int values without importing holiman/uint256 (only an
	// indirect dependency of this module).
	var u [4]types.SetCodeAuthorization
	u[0].ChainID.SetFromBig(c.chainID)
	u[1].ChainID.SetUint64(1e9)
	u[2].ChainID.SetUint64(100e9)
	tx, err := types.SignNewTx(c.key, types.LatestSignerForChainID(c.chainID), &types.SetCodeTx{
		ChainID: &u[0].ChainID, Nonce: nonce, GasTipCap: &u[1].ChainID, GasFeeCap: &u[2].ChainID, Gas: 100000,
		To: c.from, Value: &u[3].ChainID, AuthList: []types.SetCodeAuthorization{auth},
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.client.SendTransaction(ctx, tx); err != nil {
		t.Fatalf("send SetCode tx: %v", err)
	}
	c.backend.Commit()
	code, err := c.client.CodeAt(ctx, sender, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, ok := entrypoint.DelegateFromCode(code); !ok || got != delegate {
		t.Fatalf("sender code after SetCode = %x", code)
	}

	tuple := entrypoint.EIP7702AuthFrom(auth)
	if signer, err := tuple.Authority(); err != nil || signer != sender {
		t.Fatalf("Authority = %v, %v; want %v", signer, err, sender)
	}
	h, _ := entrypoint.NewHasher(entrypoint.V08, c.addr08, c.chainID)
	for _, data := range [][]byte{nil, {0xb6, 0x1d, 0x27, 0xf6, 0x00, 0x01}} {
		op := markerOp(data)
		p, _ := op.Pack()
		want, err := c.onChainHash(t, entrypoint.V08, p)
		if err != nil {
			t.Fatal(err)
		}
		got, err := h.HashWithDelegate(op, delegate)
		if err != nil || got != want {
			t.Fatalf("HashWithDelegate(factoryData=%x) = %x (%v), EntryPoint %x", data, got, err, want)
		}
		op.EIP7702Auth = tuple
		if got, err := h.Hash(op); err != nil || got != want {
			t.Fatalf("Hash with eip7702Auth = %x (%v), EntryPoint %x", got, err, want)
		}
		// The bare 2-byte marker is hashed like the padded one.
		if len(data) == 0 {
			p.InitCode = []byte{0x77, 0x02}
			if w2, err := c.onChainHash(t, entrypoint.V08, p); err != nil || w2 != want {
				t.Fatalf("short marker on chain = %x (%v)", w2, err)
			}
		}
	}
}

// TestDecodeRealEntryPointReverts decodes reverts produced by the real
// EntryPoints through eth_call.
func TestDecodeRealEntryPointReverts(t *testing.T) {
	c := newChain(t)
	ctx := context.Background()
	base := func(sender common.Address) *entrypoint.UserOperation {
		return &entrypoint.UserOperation{
			Sender: sender, Nonce: new(big.Int), CallData: []byte{},
			CallGasLimit: big.NewInt(100000), VerificationGasLimit: big.NewInt(200000), PreVerificationGas: big.NewInt(50000),
			MaxFeePerGas: big.NewInt(2e9), MaxPriorityFeePerGas: big.NewInt(1e9), Signature: []byte{},
		}
	}
	overflow := base(common.HexToAddress("0x00000000000000000000000000000000000000ab"))
	overflow.VerificationGasLimit = new(big.Int).Lsh(big.NewInt(1), 121)

	for _, v := range []entrypoint.Version{entrypoint.V07, entrypoint.V08} { // the chain of newChain
		// v0.7 checks gas overflow with require(); v0.8 uses FailedOp.
		overflowKind, overflowIdx := entrypoint.KindError, -1
		if v == entrypoint.V08 {
			overflowKind, overflowIdx = entrypoint.KindFailedOp, 0
		}
		for _, tc := range []struct {
			name string
			op   *entrypoint.UserOperation
			kind entrypoint.RevertKind
			code string
			idx  int
		}{
			{"gas overflow", overflow, overflowKind, "AA94", overflowIdx},
			// The EntryPoint as "account": validateUserOp reverts without data.
			{"account reverts", base(c.ep(v)), entrypoint.KindFailedOpWithRevert, "AA23", 0},
		} {
			p, err := tc.op.Pack()
			if err != nil {
				t.Fatal(err)
			}
			var data []byte
			if v == entrypoint.V07 {
				a, _ := v07.EntryPointMetaData.GetAbi()
				data, err = a.Pack("handleOps", []v07.PackedUserOperation{v07.PackedUserOperation(p)}, c.from)
			} else {
				a, _ := v08.EntryPointMetaData.GetAbi()
				data, err = a.Pack("handleOps", []v08.PackedUserOperation{v08.PackedUserOperation(p)}, c.from)
			}
			if err != nil {
				t.Fatal(err)
			}
			to := c.ep(v)
			_, err = c.client.CallContract(ctx, ethereumCall(c.from, to, data), nil)
			if err == nil {
				t.Fatalf("%v %s: handleOps did not revert", v, tc.name)
			}
			re, ok := entrypoint.DecodeRevertError(err)
			if !ok {
				raw, _ := entrypoint.RevertData(err)
				t.Fatalf("%v %s: undecodable revert %v (data %x)", v, tc.name, err, raw)
			}
			if re.Kind != tc.kind || re.Code != tc.code || re.OpIndex != tc.idx {
				t.Fatalf("%v %s: decoded %s (kind %v code %q)", v, tc.name, re, re.Kind, re.Code)
			}
			t.Logf("%v %s: %s", v, tc.name, re)
			var target *entrypoint.RevertError
			if !errors.As(error(re), &target) {
				t.Fatal("errors.As")
			}
		}
	}
}

func ethereumCall(from, to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{From: from, To: &to, Data: data, Gas: 5_000_000}
}
