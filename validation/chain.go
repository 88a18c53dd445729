package validation

import (
	"bytes"
	"context"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// head is the block a validation runs against.
type head struct {
	Number    hexutil.Uint64 `json:"number"`
	Hash      common.Hash    `json:"hash"`
	Timestamp hexutil.Uint64 `json:"timestamp"`
}

// node wraps the chain's RPC client with a concurrency bound and a
// per-block code cache.
type node struct {
	client *rpc.Client
	sem    chan struct{}
	// head reads the latest block through the chain tracker
	// (Validator.UseHead); nil: eth_getBlockByNumber("latest").
	head func(ctx context.Context) (*types.Header, error)

	mu        sync.Mutex
	codeBlock common.Hash
	code      map[common.Address][]byte
}

func newNode(client *rpc.Client, maxConcurrent int) *node {
	if maxConcurrent <= 0 {
		maxConcurrent = 1
	}
	return &node{client: client, sem: make(chan struct{}, maxConcurrent), code: map[common.Address][]byte{}}
}

func (n *node) call(ctx context.Context, result any, method string, args ...any) error {
	select {
	case n.sem <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-n.sem }()
	return n.client.CallContext(ctx, result, method, args...)
}

func (n *node) batch(ctx context.Context, elems []rpc.BatchElem) error {
	select {
	case n.sem <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-n.sem }()
	return n.client.BatchCallContext(ctx, elems)
}

func (n *node) latest(ctx context.Context) (*head, error) {
	if n.head != nil {
		hd, err := n.head(ctx)
		if err != nil {
			return nil, fmt.Errorf("latest block: %w", err)
		}
		return &head{Number: hexutil.Uint64(hd.Number.Uint64()), Hash: hd.Hash(), Timestamp: hexutil.Uint64(hd.Time)}, nil
	}
	var h head
	if err := n.call(ctx, &h, "eth_getBlockByNumber", "latest", false); err != nil {
		return nil, fmt.Errorf("latest block: %w", err)
	}
	return &h, nil
}

// codes returns the code of addrs at block, from the per-block cache when
// possible.
func (n *node) codes(ctx context.Context, block *head, addrs []common.Address) (map[common.Address][]byte, error) {
	out := make(map[common.Address][]byte, len(addrs))
	var missing []common.Address
	n.mu.Lock()
	if n.codeBlock != block.Hash {
		n.codeBlock, n.code = block.Hash, map[common.Address][]byte{}
	}
	for _, a := range addrs {
		if c, ok := n.code[a]; ok {
			out[a] = c
		} else {
			missing = append(missing, a)
		}
	}
	n.mu.Unlock()
	if len(missing) == 0 {
		return out, nil
	}
	results := make([]hexutil.Bytes, len(missing))
	elems := make([]rpc.BatchElem, len(missing))
	for i, a := range missing {
		elems[i] = rpc.BatchElem{Method: "eth_getCode", Args: []any{a, block.Number}, Result: &results[i]}
	}
	if err := n.batch(ctx, elems); err != nil {
		return nil, fmt.Errorf("eth_getCode batch: %w", err)
	}
	for i, e := range elems {
		if e.Error != nil {
			return nil, fmt.Errorf("eth_getCode %s: %w", missing[i].Hex(), e.Error)
		}
		out[missing[i]] = results[i]
	}
	n.mu.Lock()
	if n.codeBlock == block.Hash {
		for i, a := range missing {
			n.code[a] = results[i]
		}
	}
	n.mu.Unlock()
	return out, nil
}

var delegationPrefix = []byte{0xef, 0x01, 0x00}

func isDelegation(code []byte) bool {
	return len(code) == 23 && bytes.HasPrefix(code, delegationPrefix)
}
