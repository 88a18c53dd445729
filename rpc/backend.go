package rpc

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/gas"
	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/receipt"
)

// UserOpBackend is what a chain's eth_* bundler methods need. Errors that
// carry a JSON-RPC code (ErrorCode) reach the client unchanged.
type UserOpBackend interface {
	// SendUserOperation validates op and adds it to the EntryPoint's mempool.
	SendUserOperation(ctx context.Context, op *entrypoint.UserOperation, entryPoint common.Address) (common.Hash, error)
	// EstimateUserOperationGas estimates op's gas limits; op may lack gas
	// fields and a real signature.
	EstimateUserOperationGas(ctx context.Context, op *entrypoint.UserOperation, entryPoint common.Address, override gas.StateOverride) (*gas.Estimate, error)
	// PendingUserOperation returns a live op of the mempools.
	PendingUserOperation(hash common.Hash) (mempool.Entry, bool)
	// Lookup finds mined ops and their receipts.
	Lookup() *receipt.Lookup
	// UserOperationEntry returns an op of the mempools, live or recently
	// finished (mined, failed, expired), with its lifecycle status.
	UserOperationEntry(hash common.Hash) (mempool.Entry, bool)
	// SentBundle tells who sent a bundle transaction this node still tracks,
	// and at which head.
	SentBundle(tx common.Hash) (signer common.Address, sentAtBlock uint64, ok bool)
	// GasPrice is the chain's fee suggestion for ops: gas.SuggestGasPrice
	// with the fee settings the bundler prices its bundles with.
	GasPrice(ctx context.Context) (*gas.GasPrice, error)
}

// DebugBackend serves debug_bundler_*.
type DebugBackend interface {
	ClearState(ctx context.Context) error
	ClearMempool(ctx context.Context) error
	DumpMempool(entryPoint common.Address) ([]*entrypoint.UserOperation, error)
	SendBundleNow(ctx context.Context) (*BundleResult, error)
	SetBundlingMode(mode string) error
	SetReputation(entries []ReputationEntry, entryPoint common.Address) error
	DumpReputation(entryPoint common.Address) ([]ReputationEntry, error)
	ClearReputation() error
	GetStakeStatus(ctx context.Context, addr, entryPoint common.Address) (*StakeStatus, error)
	AddUserOps(ctx context.Context, ops []*entrypoint.UserOperation, entryPoint common.Address) error
	SetConfiguration(cfg map[string]any) error
}

// BundleResult answers debug_bundler_sendBundleNow when a bundle was sent.
type BundleResult struct {
	TransactionHash common.Hash   `json:"transactionHash"`
	UserOpHashes    []common.Hash `json:"userOpHashes"`
}

// ChainBackends are the backends of one chain's services; nil ones leave
// their methods answering "not available".
type ChainBackends struct {
	UserOps UserOpBackend
	Debug   DebugBackend // nil: the debug namespace is off
	ITx     ITxBackend   // nil: the interchain klaster_* methods are off
}
