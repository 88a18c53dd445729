package devnet

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/klaster-dev/klaster/entrypoint"
)

// DepositInfo reads account's deposit and stake in entryPoint.
func DepositInfo(ctx context.Context, client *gethrpc.Client, entryPoint, account common.Address) (entrypoint.DepositInfo, error) {
	var out hexutil.Bytes
	call := map[string]any{"to": entryPoint, "data": hexutil.Bytes(entrypoint.GetDepositInfoCall(account))}
	if err := client.CallContext(ctx, &out, "eth_call", call, "latest"); err != nil {
		return entrypoint.DepositInfo{}, fmt.Errorf("getDepositInfo(%s) on %s: %w", account, entryPoint, err)
	}
	return entrypoint.DecodeDepositInfo(out)
}
