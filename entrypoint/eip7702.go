package entrypoint

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// eip7702Marker is the v0.8 initCode marker for EIP-7702 senders: the two
// bytes 0x7702 right-padded to an address (0x7702000…000). In JSON it is
// written as the 2-byte "0x7702".
var eip7702Marker = common.Address{0x77, 0x02}

// EIP7702Marker returns the 20-byte factory marker 0x7702000…000 that makes
// a v0.8 op an EIP-7702 op (set UserOperation.Factory to it).
func EIP7702Marker() common.Address { return eip7702Marker }

// eip7702CodePrefix is the code prefix of a delegated EOA (0xef0100‖delegate).
var eip7702CodePrefix = [3]byte{0xef, 0x01, 0x00}

// IsEIP7702InitCode mirrors Eip7702Support._isEip7702InitCode of v0.8: at
// least two bytes whose first 20 bytes, zero-padded, equal the marker.
func IsEIP7702InitCode(initCode []byte) bool {
	if len(initCode) < 2 {
		return false
	}
	var start common.Address
	copy(start[:], initCode)
	return start == eip7702Marker
}

// DelegateFromCode returns the delegate of an EIP-7702 delegated account's
// code (0xef0100‖address). It reports false for any other code.
func DelegateFromCode(code []byte) (common.Address, bool) {
	if len(code) != 23 || !bytes.Equal(code[:3], eip7702CodePrefix[:]) {
		return common.Address{}, false
	}
	return common.BytesToAddress(code[3:]), true
}

// EIP7702Auth is the ERC-7769 "eip7702Auth" tuple: a signed EIP-7702
// authorization letting the sender EOA delegate to Address.
type EIP7702Auth struct {
	ChainID *big.Int // 0 = any chain
	Address common.Address
	Nonce   uint64
	YParity uint8
	R       *big.Int
	S       *big.Int
}

func (a *EIP7702Auth) validate() error {
	for _, f := range [...]struct {
		name string
		v    *big.Int
	}{{"chainId", a.ChainID}, {"r", a.R}, {"s", a.S}} {
		if f.v == nil {
			return fmt.Errorf("missing %s", f.name)
		}
		if f.v.Sign() < 0 || f.v.BitLen() > 256 {
			return fmt.Errorf("%s out of uint256 range", f.name)
		}
	}
	if a.YParity > 1 {
		return fmt.Errorf("yParity must be 0 or 1, got %d", a.YParity)
	}
	return nil
}

// SetCodeAuthorization converts the tuple to go-ethereum's type, for use in a
// SetCode (type-4) transaction's authorization list.
func (a *EIP7702Auth) SetCodeAuthorization() (types.SetCodeAuthorization, error) {
	var out types.SetCodeAuthorization
	if err := a.validate(); err != nil {
		return out, fmt.Errorf("invalid eip7702Auth: %w", err)
	}
	out.ChainID.SetFromBig(a.ChainID)
	out.Address = a.Address
	out.Nonce = a.Nonce
	out.V = a.YParity
	out.R.SetFromBig(a.R)
	out.S.SetFromBig(a.S)
	return out, nil
}

// Authority recovers the EOA that signed the authorization. For a valid op it
// must equal the sender.
func (a *EIP7702Auth) Authority() (common.Address, error) {
	auth, err := a.SetCodeAuthorization()
	if err != nil {
		return common.Address{}, err
	}
	addr, err := auth.Authority()
	if err != nil {
		return common.Address{}, fmt.Errorf("recover eip7702Auth signer: %w", err)
	}
	return addr, nil
}

// EIP7702AuthFrom converts a go-ethereum authorization into an EIP7702Auth.
func EIP7702AuthFrom(auth types.SetCodeAuthorization) *EIP7702Auth {
	return &EIP7702Auth{
		ChainID: auth.ChainID.ToBig(),
		Address: auth.Address,
		Nonce:   auth.Nonce,
		YParity: auth.V,
		R:       auth.R.ToBig(),
		S:       auth.S.ToBig(),
	}
}

// ErrNoDelegate is returned when a 7702 op is hashed without a delegate.
var ErrNoDelegate = errors.New("EIP-7702 initCode marker needs the sender's delegate address (from eip7702Auth or the chain)")
