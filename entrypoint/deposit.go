package entrypoint

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// DepositInfo is EntryPoint.getDepositInfo's result (the same in v0.7 and
// v0.8).
type DepositInfo struct {
	Deposit         *big.Int
	Staked          bool
	Stake           *big.Int
	UnstakeDelaySec uint64
	WithdrawTime    uint64
}

var getDepositInfoSelector = crypto.Keccak256([]byte("getDepositInfo(address)"))[:4]

// GetDepositInfoCall is the calldata of getDepositInfo(account).
func GetDepositInfoCall(account common.Address) []byte {
	return append(append([]byte{}, getDepositInfoSelector...), common.LeftPadBytes(account.Bytes(), 32)...)
}

// DecodeDepositInfo decodes getDepositInfo's return data.
func DecodeDepositInfo(out []byte) (DepositInfo, error) {
	if len(out) < 160 {
		return DepositInfo{}, fmt.Errorf("getDepositInfo: short result (%d bytes, want 160)", len(out))
	}
	word := func(i int) *big.Int { return new(big.Int).SetBytes(out[32*i : 32*i+32]) }
	return DepositInfo{
		Deposit:         word(0),
		Staked:          word(1).Sign() != 0,
		Stake:           word(2),
		UnstakeDelaySec: word(3).Uint64(),
		WithdrawTime:    word(4).Uint64(),
	}, nil
}
