package validation

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// Hand-written bytecode for the rules the Solidity rule contracts cannot
// express (an unassigned opcode, EXTCODESIZE without ISZERO) and EIP-7702
// delegated EOAs for the AUTH rules.

// initCode wraps runtime in a constructor that returns it.
func initCode(runtime []byte) []byte {
	n := len(runtime)
	ctor := []byte{0x61, byte(n >> 8), byte(n), 0x80, 0x60, 0x0c, 0x60, 0x00, 0x39, 0x60, 0x00, 0xf3}
	return append(ctor, runtime...)
}

func push20(a common.Address) []byte { return append([]byte{0x73}, a[:]...) }

// returnZeroWord ends validateUserOp: return 32 zero bytes (validationData 0).
var returnZeroWord = []byte{0x60, 0x20, 0x60, 0x00, 0xf3}

// callCode does CALL(20000 gas, target, 0 value, no data) and drops the result.
func callCode(target common.Address) []byte {
	b := []byte{0x60, 0x00, 0x60, 0x00, 0x60, 0x00, 0x60, 0x00, 0x60, 0x00}
	b = append(b, push20(target)...)
	return append(b, 0x61, 0x4e, 0x20, 0xf1, 0x50)
}

// extcodesizeCode does EXTCODESIZE(target), optionally followed by ISZERO.
func extcodesizeCode(target common.Address, iszero bool) []byte {
	b := append(push20(target), 0x3b)
	if iszero {
		b = append(b, 0x15)
	}
	return append(b, 0x50)
}

// deployRaw deploys runtime and returns its address.
func (f *fixture) deployRaw(runtime []byte) common.Address {
	f.t.Helper()
	addr, tx, _, err := bind.DeployContract(f.opts, abi.ABI{}, initCode(runtime), f.client)
	f.wait(tx, err)
	return addr
}

// rawAccount deploys an account whose validateUserOp runs body and returns
// 0, with a deposit that pays its prefund.
func (f *fixture) rawAccount(body []byte) common.Address {
	f.t.Helper()
	a := f.deployRaw(append(append([]byte{}, body...), returnZeroWord...))
	f.depositTo(a)
	return a
}

// delegate points a fresh EOA at code with an EIP-7702 set-code transaction
// sent by the fixture's account.
func (f *fixture) delegate(code common.Address) (common.Address, *ecdsa.PrivateKey) {
	f.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	key, _ := crypto.GenerateKey()
	eoa := crypto.PubkeyToAddress(key.PublicKey)
	chainID := new(big.Int).SetUint64(f.chain.ChainID)
	auth, err := types.SignSetCode(key, types.SetCodeAuthorization{ChainID: *uint256.MustFromBig(chainID), Address: code, Nonce: 0})
	if err != nil {
		f.t.Fatal(err)
	}
	nonce, err := f.client.PendingNonceAt(ctx, f.opts.From)
	if err != nil {
		f.t.Fatal(err)
	}
	head, err := f.client.HeaderByNumber(ctx, nil)
	if err != nil {
		f.t.Fatal(err)
	}
	tip := big.NewInt(1e9)
	tx := types.NewTx(&types.SetCodeTx{
		ChainID:   uint256.MustFromBig(chainID),
		Nonce:     nonce,
		GasTipCap: uint256.MustFromBig(tip),
		GasFeeCap: uint256.MustFromBig(new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(3)), tip)),
		Gas:       200_000,
		To:        eoa,
		Value:     new(uint256.Int),
		AuthList:  []types.SetCodeAuthorization{auth},
	})
	tx, err = f.opts.Signer(f.opts.From, tx)
	if err != nil {
		f.t.Fatal(err)
	}
	f.wait(tx, f.client.SendTransaction(ctx, tx))
	got, err := f.client.CodeAt(ctx, eoa, nil)
	if err != nil || !isDelegation(got) {
		f.t.Fatalf("EOA %s not delegated: code %x, %v", eoa.Hex(), got, err)
	}
	return eoa, key
}
