package receipt

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/klaster-dev/klaster/entrypoint"
)

// DefaultScanBlocks is how far back the fallback log scan looks.
const DefaultScanBlocks = 1024

// Lookup answers receipt and by-hash queries for one chain: from the index of
// what klaster bundled first, then by a bounded scan of recent logs, so it
// never depends on unbounded eth_getLogs ranges.
type Lookup struct {
	rpc         *gethrpc.Client
	eth         *ethclient.Client
	entryPoints []common.Address
	index       Index
	scanBlocks  uint64
	cache       *txCache
	head        func() *types.Header // the chain tracker's latest head; nil: ask the node
	// versions are the served EntryPoints' versions (WithVersions): ops of a
	// v0.9 EntryPoint come back with their paymasterSignature split out.
	versions entrypoint.Set
}

// UseHead makes the log scan start from head's answer (the chain tracker's
// latest head) instead of asking the node for the block number; a nil
// answer falls back to asking. Call it before the Lookup is used.
func (l *Lookup) UseHead(head func() *types.Header) { l.head = head }

// WithVersions gives the Lookup the served EntryPoints' versions and
// returns it. Call it before use.
func (l *Lookup) WithVersions(s entrypoint.Set) *Lookup { l.versions = s; return l }

// NewLookup creates a Lookup; scanBlocks 0 disables the log scan.
func NewLookup(client *gethrpc.Client, entryPoints []common.Address, index Index, scanBlocks uint64) *Lookup {
	return &Lookup{
		rpc:         client,
		eth:         ethclient.NewClient(client),
		entryPoints: entryPoints,
		index:       index,
		scanBlocks:  scanBlocks,
		cache:       newTxCache(time.Second, 4096),
	}
}

// Receipt returns the ERC-7769 receipt of a mined op, or nil when the op is
// unknown or not mined.
func (l *Lookup) Receipt(ctx context.Context, userOpHash common.Hash) (*Receipt, error) {
	loc, err := l.locate(ctx, userOpHash)
	if err != nil || loc == nil {
		return nil, err
	}
	raw, r, err := l.txReceipt(ctx, loc.TxHash)
	if err != nil || r == nil {
		return nil, err
	}
	return Build(userOpHash, loc.EntryPoint, r, raw), nil
}

// locate finds the bundle that holds the op. An indexed location whose
// transaction is no longer where the index says (a reorg the tracker has not
// handled yet) is re-checked against the chain.
func (l *Lookup) locate(ctx context.Context, h common.Hash) (*Location, error) {
	if l.index != nil {
		loc, ok, err := l.index.Get(ctx, h)
		if err != nil {
			return nil, fmt.Errorf("receipt index: %w", err)
		}
		if ok {
			_, r, err := l.txReceipt(ctx, loc.TxHash)
			if err != nil {
				return nil, err
			}
			if r != nil && r.BlockHash == loc.BlockHash {
				return &loc, nil
			}
			if r != nil {
				loc.BlockHash, loc.BlockNumber = r.BlockHash, r.BlockNumber.Uint64()
				return &loc, nil
			}
		}
	}
	return l.scan(ctx, h)
}

// scan looks for the op's UserOperationEvent in the last scanBlocks blocks.
func (l *Lookup) scan(ctx context.Context, h common.Hash) (*Location, error) {
	if l.scanBlocks == 0 {
		return nil, nil
	}
	var (
		head uint64
		to   *big.Int // nil: the latest block, as the node sees it
	)
	if h := l.latest(); h != nil {
		head = h.Number.Uint64()
	} else {
		n, err := l.eth.BlockNumber(ctx)
		if err != nil {
			return nil, fmt.Errorf("head block: %w", err)
		}
		head, to = n, new(big.Int).SetUint64(n)
	}
	from := uint64(0)
	if head > l.scanBlocks {
		from = head - l.scanBlocks
	}
	logs, err := l.eth.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		ToBlock:   to,
		Addresses: l.entryPoints,
		Topics:    [][]common.Hash{{TopicUserOperationEvent}, {h}},
	})
	if err != nil {
		return nil, fmt.Errorf("scan logs for %s: %w", h, err)
	}
	for _, lg := range logs {
		if lg.Removed {
			continue
		}
		return &Location{UserOpHash: h, EntryPoint: lg.Address, TxHash: lg.TxHash, BlockNumber: lg.BlockNumber, BlockHash: lg.BlockHash}, nil
	}
	return nil, nil
}

func (l *Lookup) latest() *types.Header {
	if l.head == nil {
		return nil
	}
	return l.head()
}

// txReceipt fetches a transaction receipt both as the node's raw JSON and
// decoded; both are nil when the transaction is not mined. Mined receipts
// are cached for a second.
func (l *Lookup) txReceipt(ctx context.Context, tx common.Hash) (json.RawMessage, *types.Receipt, error) {
	if raw, r, ok := l.cache.get(tx); ok {
		return raw, r, nil
	}
	var raw json.RawMessage
	if err := l.rpc.CallContext(ctx, &raw, "eth_getTransactionReceipt", tx); err != nil {
		return nil, nil, fmt.Errorf("receipt of %s: %w", tx, err)
	}
	if len(raw) == 0 || bytes.Equal(raw, []byte("null")) {
		return nil, nil, nil
	}
	r := new(types.Receipt)
	if err := json.Unmarshal(raw, r); err != nil {
		return nil, nil, fmt.Errorf("decode receipt of %s: %w", tx, err)
	}
	l.cache.put(tx, raw, r)
	return raw, r, nil
}
