package rpc

import (
	"github.com/klaster-dev/klaster/payment"

	"github.com/ethereum/go-ethereum/common"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/klaster-dev/klaster/entrypoint"
)

// ChainInfo describes one chain the node serves. It is plain configuration.
type ChainInfo struct {
	ChainID     uint64
	EntryPoints entrypoint.Set // the chain spec's, in configured order
	Validator   common.Address // the deployed Merkle validator module
	// StakeManager is the deployed KlasterStakeManager; zero when none.
	StakeManager common.Address
	// EIP7702Account is the Klaster7702Account EOAs may delegate to; zero
	// when none.
	EIP7702Account common.Address
	// AccountFactories maps an entry point to the factory of the dev/test
	// account for it. It may be nil.
	AccountFactories map[common.Address]common.Address
	// Payment holds the node's paymasters and the chain's payment tokens;
	// nil or empty when the chain takes none.
	Payment *payment.Chain
}

// NodeInfo describes the node as a whole.
type NodeInfo struct {
	Version string         // the klaster version, e.g. "v0.1.0"
	Node    common.Address // the address whose key signs commitments
	Chains  []ChainInfo
}

// Namespaces served by klaster.
const (
	NamespaceEth     = "eth"
	NamespaceWeb3    = "web3"
	NamespaceKlaster = "klaster"
	NamespaceDebug   = "debug"
	NamespacePimlico = "pimlico" // Alto's methods that SDKs call (permissionless's Pimlico client)
	NamespaceRundler = "rundler" // Rundler's methods that SDKs call (Alchemy's tooling)
)

// EthAPI is the eth_* service of one chain. Each method lives in a file named
// after it. Dependencies that later methods need (mempool, validator, ...)
// become fields here, set by NewEthAPI.
type EthAPI struct {
	chain   ChainInfo
	userOps UserOpBackend // nil: only the informational methods answer
}

// NewEthAPI returns the eth_* service of a chain.
func NewEthAPI(chain ChainInfo, userOps UserOpBackend) *EthAPI {
	return &EthAPI{chain: chain, userOps: userOps}
}

// PimlicoAPI is the pimlico_* service of one chain: Alto's gas price and
// status methods, answered from the chain's own mempools and fee logic.
type PimlicoAPI struct {
	userOps UserOpBackend // nil: the methods answer "not available"
}

// RundlerAPI is the rundler_* service of one chain: Rundler's fee and
// status methods.
type RundlerAPI struct {
	userOps UserOpBackend // nil: the methods answer "not available"
}

// Web3API is the web3_* service.
type Web3API struct {
	version string
}

// NewWeb3API returns the web3_* service; version is klaster's version.
func NewWeb3API(version string) *Web3API {
	return &Web3API{version: version}
}

// KlasterAPI is the klaster_* service. The same service is served on / and
// on every chain's path, since interchain methods span chains.
type KlasterAPI struct {
	subscriptions
	node NodeInfo
	info Info       // klaster_getInfo's answer, built once
	itx  ITxBackend // nil: only klaster_getInfo answers
}

// NewKlasterAPI returns the klaster_* service; itx serves the interchain
// methods (nil: they answer "not available").
func NewKlasterAPI(node NodeInfo, itx ITxBackend) *KlasterAPI {
	return &KlasterAPI{node: node, info: buildInfo(node), itx: itx}
}

// ChainAPIs returns the services served at /rpc/{chainId}: eth, web3,
// klaster, pimlico, rundler, and debug when b.Debug is set. Pass the result to
// (*Server).AddChain.
func ChainAPIs(chain ChainInfo, node NodeInfo, b ChainBackends) []gethrpc.API {
	apis := []gethrpc.API{
		{Namespace: NamespaceEth, Service: NewEthAPI(chain, b.UserOps)},
		{Namespace: NamespaceWeb3, Service: NewWeb3API(node.Version)},
		{Namespace: NamespaceKlaster, Service: NewKlasterAPI(node, b.ITx)},
		{Namespace: NamespacePimlico, Service: &PimlicoAPI{userOps: b.UserOps}},
		{Namespace: NamespaceRundler, Service: &RundlerAPI{userOps: b.UserOps}},
	}
	if b.Debug != nil {
		apis = append(apis, gethrpc.API{Namespace: NamespaceDebug, Service: NewDebugAPI(chain, b.Debug)})
	}
	return apis
}

// RootAPIs returns the services served at /: klaster. Pass the result to
// (*Server).SetRootAPIs.
func RootAPIs(node NodeInfo, itx ITxBackend) []gethrpc.API {
	return []gethrpc.API{
		{Namespace: NamespaceKlaster, Service: NewKlasterAPI(node, itx)},
	}
}
