package devnet

import (
	"crypto/ecdsa"
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/sha512"
	"encoding/binary"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// DevMnemonic is the well-known development mnemonic used by Hardhat, Anvil and
// most ERC-4337 tooling. Its accounts are prefunded on every dev chain.
const DevMnemonic = "test test test test test test test test test test test junk"

// DevAccountCount is how many accounts of DevMnemonic are prefunded.
const DevAccountCount = 10

// Account is a prefunded development account.
type Account struct {
	Index   int
	Address common.Address
	Key     *ecdsa.PrivateKey
}

// KeyHex returns the private key as 0x-prefixed hex. Dev keys only: they are
// public knowledge and hold value nowhere but on dev chains.
func (a Account) KeyHex() string {
	return "0x" + common.Bytes2Hex(crypto.FromECDSA(a.Key))
}

// DevAccounts derives the first n accounts of DevMnemonic on the path
// m/44'/60'/0'/0/i.
func DevAccounts(n int) ([]Account, error) {
	out := make([]Account, 0, n)
	for i := 0; i < n; i++ {
		key, err := DeriveKey(DevMnemonic, "", []uint32{44 | hardened, 60 | hardened, 0 | hardened, 0, uint32(i)})
		if err != nil {
			return nil, fmt.Errorf("derive dev account %d: %w", i, err)
		}
		out = append(out, Account{Index: i, Address: crypto.PubkeyToAddress(key.PublicKey), Key: key})
	}
	return out, nil
}

const hardened = uint32(1) << 31

// DeriveKey derives a secp256k1 key from a BIP-39 mnemonic along a BIP-32
// path. It does not check the mnemonic's word list or checksum: dev mnemonics
// are fixed strings.
func DeriveKey(mnemonic, passphrase string, path []uint32) (*ecdsa.PrivateKey, error) {
	normalized := strings.Join(strings.Fields(mnemonic), " ")
	seed, err := pbkdf2.Key(sha512.New, normalized, []byte("mnemonic"+passphrase), 2048, 64)
	if err != nil {
		return nil, fmt.Errorf("bip39 seed: %w", err)
	}
	mac := hmac.New(sha512.New, []byte("Bitcoin seed"))
	mac.Write(seed)
	sum := mac.Sum(nil)
	key, chainCode := new(big.Int).SetBytes(sum[:32]), sum[32:]

	n := crypto.S256().Params().N
	for _, index := range path {
		var data []byte
		if index >= hardened {
			data = append([]byte{0}, common.LeftPadBytes(key.Bytes(), 32)...)
		} else {
			priv, err := crypto.ToECDSA(common.LeftPadBytes(key.Bytes(), 32))
			if err != nil {
				return nil, err
			}
			data = crypto.CompressPubkey(&priv.PublicKey)
		}
		data = binary.BigEndian.AppendUint32(data, index)
		mac := hmac.New(sha512.New, chainCode)
		mac.Write(data)
		sum := mac.Sum(nil)
		il := new(big.Int).SetBytes(sum[:32])
		if il.Cmp(n) >= 0 {
			return nil, fmt.Errorf("bip32: invalid child at index %d", index)
		}
		key = il.Add(il, key)
		key.Mod(key, n)
		if key.Sign() == 0 {
			return nil, fmt.Errorf("bip32: zero child key at index %d", index)
		}
		chainCode = sum[32:]
	}
	return crypto.ToECDSA(common.LeftPadBytes(key.Bytes(), 32))
}
