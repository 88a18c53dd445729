package devnet

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
)

// DepositInfo is EntryPoint.getDepositInfo's result (v0.7 and v0.8 share it).
type DepositInfo struct {
	deposit      *big.Int
	staked       bool
	stake        *big.Int
	unstakeDelay uint32
}

// depositInfo calls getDepositInfo(account) on entryPoint.
func depositInfo(ctx context.Context, client *gethrpc.Client, entryPoint, account common.Address) (DepositInfo, error) {
	data := append(crypto.Keccak256([]byte("getDepositInfo(address)"))[:4], common.LeftPadBytes(account.Bytes(), 32)...)
	var out hexutil.Bytes
	if err := client.CallContext(ctx, &out, "eth_call", map[string]any{"to": entryPoint, "data": hexutil.Bytes(data)}, "latest"); err != nil {
		return DepositInfo{}, fmt.Errorf("getDepositInfo(%s): %w", account, err)
	}
	if len(out) < 160 {
		return DepositInfo{}, fmt.Errorf("getDepositInfo(%s): short result (%d bytes)", account, len(out))
	}
	return DepositInfo{
		deposit:      new(big.Int).SetBytes(out[0:32]),
		staked:       out[63] == 1,
		stake:        new(big.Int).SetBytes(out[64:96]),
		unstakeDelay: uint32(new(big.Int).SetBytes(out[96:128]).Uint64()),
	}, nil
}
