package devnet

import (
	"context"
	"fmt"
	"math/big"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/eth/tracers"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/rpc"

	// Registers the native tracers, erc7562Tracer among them, with the
	// debug_trace* API of the embedded nodes.
	_ "github.com/ethereum/go-ethereum/eth/tracers/native"
)

// nodeModules are the JSON-RPC namespaces each dev node serves over HTTP and
// WebSocket. "dev" lets tests drive the simulated beacon.
var nodeModules = []string{"eth", "net", "web3", "debug", "txpool", "dev"}

// Chain is one running embedded dev chain.
type Chain struct {
	ChainID uint64
	Node    *node.Node
	Eth     *eth.Ethereum
	// Beacon drives block production; tests use it to seal blocks on demand
	// (period 0) and to fork the chain for reorg scenarios.
	Beacon *catalyst.SimulatedBeacon

	// HTTPURL and WSURL are the node's JSON-RPC endpoints (the same port).
	HTTPURL string
	WSURL   string
}

// chainOptions are the per-chain settings derived from Config.
type chainOptions struct {
	chainID  uint64
	period   uint64
	port     int // 0 picks a free port
	datadir  string
	gasLimit uint64
	coinbase common.Address
	accounts []Account
	// bare leaves the CREATE2 proxy out of genesis (tests of Deploy).
	bare bool
}

// startChain boots one geth node with the eth service, the tracers API and a
// simulated beacon.
func startChain(opts chainOptions) (*Chain, error) {
	nodeCfg := &node.Config{
		Name:                "klaster-dev",
		DataDir:             "", // in memory unless datadir is set
		HTTPHost:            "127.0.0.1",
		HTTPPort:            opts.port,
		HTTPModules:         nodeModules,
		HTTPCors:            []string{"*"},
		HTTPVirtualHosts:    []string{"*"},
		WSHost:              "127.0.0.1",
		WSPort:              opts.port, // same listener as HTTP
		WSModules:           nodeModules,
		WSOrigins:           []string{"*"},
		UseLightweightKDF:   true,
		AllowUnprotectedTxs: true, // the CREATE2 proxy's pre-signed deployment
		P2P:                 p2p.Config{MaxPeers: 0, NoDiscovery: true, NoDial: true, ListenAddr: ""},
	}
	if opts.datadir != "" {
		nodeCfg.DataDir = filepath.Join(opts.datadir, fmt.Sprintf("chain-%d", opts.chainID))
		// LevelDB hands every write batch to the kernel before returning;
		// Pebble's write-ahead log is flushed by a background goroutine, so
		// a kill -9 right after a block can lose it.
		nodeCfg.DBEngine = "leveldb"
	}
	if opts.port == 0 {
		// geth treats port 0 as "use the default"; ask the kernel instead.
		port, err := freePort()
		if err != nil {
			return nil, err
		}
		nodeCfg.HTTPPort, nodeCfg.WSPort = port, port
	}
	stack, err := node.New(nodeCfg)
	if err != nil {
		return nil, fmt.Errorf("chain %d: create node: %w", opts.chainID, err)
	}

	ethCfg := ethconfig.Defaults
	ethCfg.NetworkId = opts.chainID
	ethCfg.Genesis = Genesis(opts.chainID, opts.gasLimit, opts.accounts)
	if opts.bare {
		delete(ethCfg.Genesis.Alloc, Create2Proxy)
	}
	ethCfg.SyncMode = ethconfig.FullSync
	ethCfg.Miner.PendingFeeRecipient = opts.coinbase
	ethCfg.Miner.GasCeil = opts.gasLimit
	ethCfg.Miner.GasPrice = big.NewInt(1)
	ethCfg.RPCTxFeeCap = 0 // dev chains: no fee cap on eth_sendTransaction
	ethCfg.TxPool.NoLocals = true
	if opts.datadir != "" {
		// Only an archive node on the hash scheme keeps its state through a
		// kill -9: every block's state is flushed as it is imported.
		ethCfg.NoPruning = true
		ethCfg.StateScheme = rawdb.HashScheme
	}
	backend, err := eth.New(stack, &ethCfg)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("chain %d: create eth service: %w", opts.chainID, err)
	}
	stack.RegisterAPIs(tracers.APIs(backend.APIBackend))
	// eth_getLogs, eth_newFilter and eth_subscribe("logs"/"newHeads").
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{
		LogCacheSize:  ethCfg.FilterLogCacheSize,
		LogQueryLimit: ethCfg.LogQueryLimit,
		RangeLimit:    ethCfg.RangeLimit,
	})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)}})

	beacon, err := catalyst.NewSimulatedBeacon(opts.period, opts.coinbase, backend)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("chain %d: create simulated beacon: %w", opts.chainID, err)
	}
	catalyst.RegisterSimulatedBeaconAPIs(stack, beacon)
	stack.RegisterLifecycle(beacon)

	if err := stack.Start(); err != nil {
		stack.Close()
		return nil, fmt.Errorf("chain %d: start node: %w", opts.chainID, err)
	}
	return &Chain{
		ChainID: opts.chainID,
		Node:    stack,
		Eth:     backend,
		Beacon:  beacon,
		HTTPURL: stack.HTTPEndpoint(),
		WSURL:   stack.WSEndpoint(),
	}, nil
}

// RPC returns an in-process JSON-RPC client of the node: the fastest path,
// with exactly the semantics of the HTTP endpoint.
func (c *Chain) RPC() *rpc.Client { return c.Node.Attach() }

// Client returns an ethclient over the in-process connection.
func (c *Chain) Client() *ethclient.Client { return ethclient.NewClient(c.RPC()) }

// Head returns the current head block number.
func (c *Chain) Head() uint64 { return c.Eth.BlockChain().CurrentBlock().Number.Uint64() }

// WaitForBlock blocks until the head reaches at least number.
func (c *Chain) WaitForBlock(ctx context.Context, number uint64) error {
	t := time.NewTicker(50 * time.Millisecond)
	defer t.Stop()
	for c.Head() < number {
		select {
		case <-ctx.Done():
			return fmt.Errorf("chain %d: waiting for block %d: %w", c.ChainID, number, ctx.Err())
		case <-t.C:
		}
	}
	return nil
}

// Close stops the node and releases its database.
func (c *Chain) Close() error { return c.Node.Close() }
