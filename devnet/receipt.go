package devnet

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// WaitReceipt polls for a transaction's receipt until ctx ends; it returns
// once the node's latest block includes the transaction.
func WaitReceipt(ctx context.Context, client *ethclient.Client, hash common.Hash) (*types.Receipt, error) {
	t := time.NewTicker(25 * time.Millisecond)
	defer t.Stop()
	for {
		receipt, err := client.TransactionReceipt(ctx, hash)
		if err == nil {
			// A receipt can be served a moment before the node's latest
			// block is the one holding it; callers act on latest state.
			if head, herr := client.BlockNumber(ctx); herr == nil && head >= receipt.BlockNumber.Uint64() {
				return receipt, nil
			}
		}
		// A node still indexing transactions answers with an error that is
		// as transient as "not found".
		if err != nil && !errors.Is(err, ethereum.NotFound) && !strings.Contains(err.Error(), "indexing is in progress") {
			return nil, fmt.Errorf("receipt of %s: %w", hash, err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for %s to be mined: %w", hash, ctx.Err())
		case <-t.C:
		}
	}
}
