package klaster

import (
	"crypto/ecdsa"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
)

// checkAuthorization: an iTx op's eip7702Auth must delegate to the chain's
// eip7702Account, name chain 0 or the op's chain, and be signed by the
// sender; each refusal has its ERC-7769 code and a message naming it.
func TestCheckAuthorization(t *testing.T) {
	eoaKey, _ := crypto.GenerateKey()
	otherKey, _ := crypto.GenerateKey()
	eoa := crypto.PubkeyToAddress(eoaKey.PublicKey)
	account := common.HexToAddress("0x00000000000000000000000000000000000077a1")
	foreign := common.HexToAddress("0x00000000000000000000000000000000000077f0")
	auth := func(key *ecdsa.PrivateKey, chainID uint64, to common.Address) *entrypoint.EIP7702Auth {
		a, err := types.SignSetCode(key, types.SetCodeAuthorization{ChainID: *uint256.NewInt(chainID), Address: to})
		if err != nil {
			t.Fatal(err)
		}
		return entrypoint.EIP7702AuthFrom(a)
	}
	broken := auth(eoaKey, 0, account)
	broken.R = new(big.Int) // r = 0 recovers nobody

	for _, c := range []struct {
		name    string
		auth    *entrypoint.EIP7702Auth
		account common.Address
		code    int
		msg     string
	}{
		{"no authorization", nil, account, 0, ""},
		{"chainId 0 to the eip7702Account", auth(eoaKey, 0, account), account, 0, ""},
		{"the op's own chain", auth(eoaKey, 1337, account), account, 0, ""},
		{"another chain", auth(eoaKey, 1338, account), account, erc7769.CodeInvalidParams, "eip7702Auth.chainId 1338"},
		{"a foreign implementation", auth(eoaKey, 0, foreign), account, erc7769.CodeInvalidParams, "is not chain 1337's eip7702Account"},
		{"no eip7702Account on the chain", auth(eoaKey, 0, account), common.Address{}, erc7769.CodeInvalidParams, "lists no eip7702Account"},
		{"signed by another key", auth(otherKey, 0, account), account, erc7769.CodeInvalidSignature, "not by the op's sender"},
		{"a broken signature", broken, account, erc7769.CodeInvalidSignature, "does not recover"},
	} {
		t.Run(c.name, func(t *testing.T) {
			op := &entrypoint.UserOperation{Sender: eoa, EIP7702Auth: c.auth}
			err := checkAuthorization(op, 1337, c.account)
			if c.code == 0 {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			if got := erc7769.CodeOf(err); got != c.code || !strings.Contains(err.Error(), c.msg) {
				t.Fatalf("got %d %v, want %d naming %q", got, err, c.code, c.msg)
			}
		})
	}
}
