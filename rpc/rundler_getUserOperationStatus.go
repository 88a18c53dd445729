package rpc

import (
	"bytes"
	"context"
	"encoding/json"
	"math"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/receipt"
)

// Rundler's userOp status words (rundler_getUserOperationStatus).
// Rundler's "preconfirmed" (flashblocks chains) never occurs here.
const (
	RundlerUnknown       = "unknown"       // neither pending here nor mined (dropped ops included)
	RundlerPending       = "pending"       // in the mempool, not in a bundle
	RundlerPendingBundle = "pendingBundle" // in a bundle transaction not yet mined
	RundlerMined         = "mined"         // mined; receipt is set
)

// RundlerPendingBundleInfo describes the bundle a pendingBundle op is in.
// The signer and head are known to the process that sent the bundle; other
// processes sharing its Redis answer them as null.
type RundlerPendingBundleInfo struct {
	TxHash         common.Hash     `json:"txHash"`
	SentAtBlock    *hexutil.Uint64 `json:"sentAtBlock"`
	BundlerAddress *common.Address `json:"bundlerAddress"`
}

// RundlerUserOperationStatus is Rundler's answer. addedAtBlock is always
// null: klaster's mempool records when an op arrived, not at which block.
type RundlerUserOperationStatus struct {
	Status        string                    `json:"status"`
	Receipt       *receipt.Receipt          `json:"receipt"`
	UserOperation *entrypoint.UserOperation `json:"userOperation"`
	AddedAtBlock  *hexutil.Uint64           `json:"addedAtBlock"`
	ValidUntil    *hexutil.Uint64           `json:"validUntil"`
	ValidAfter    *hexutil.Uint64           `json:"validAfter"`
	PendingBundle *RundlerPendingBundleInfo `json:"pendingBundle"`
}

// GetUserOperationStatus is rundler_getUserOperationStatus(hash, blockOption?).
// An unknown hash answers status "unknown", not an error. blockOption (a
// {fromBlock, toBlock} range or a block hash) scopes Rundler's event search;
// it is checked but not used: mined ops are found as
// eth_getUserOperationReceipt finds them (the receipt index, then a bounded
// log scan).
func (api *RundlerAPI) GetUserOperationStatus(ctx context.Context, hash string, blockOption *json.RawMessage) (*RundlerUserOperationStatus, error) {
	if api.userOps == nil {
		return nil, notAvailable("rundler_getUserOperationStatus")
	}
	h, err := parseHash(hash)
	if err != nil {
		return nil, err
	}
	if err := checkBlockOption(blockOption); err != nil {
		return nil, err
	}
	s, err := lookupOp(ctx, api.userOps, h)
	if err != nil {
		return nil, err
	}
	out := s.rundler(api.userOps.SentBundle)
	if s.mined() && out.UserOperation == nil {
		// Mined, but no longer in this node's pools: the op comes from
		// its bundle's calldata.
		if info, err := api.userOps.Lookup().UserOperation(ctx, h); err == nil && info != nil {
			out.UserOperation = info.UserOperation
		}
	}
	return out, nil
}

// sentBundleFunc is UserOpBackend.SentBundle.
type sentBundleFunc func(tx common.Hash) (signer common.Address, sentAtBlock uint64, ok bool)

// rundler maps what is known of an op to Rundler's status.
func (s opState) rundler(sent sentBundleFunc) *RundlerUserOperationStatus {
	out := &RundlerUserOperationStatus{Status: RundlerUnknown}
	if s.inPool && (s.mined() || s.entry.Status.Live()) {
		out.UserOperation = s.entry.Op
	}
	switch {
	case s.mined():
		out.Status, out.Receipt = RundlerMined, s.receipt
		if s.receipt == nil {
			// Mined by this node's bundle, but the receipt is not
			// readable yet (the node is a block behind): still in its
			// bundle, rather than mined without a receipt.
			out.Status, out.PendingBundle = RundlerPendingBundle, pendingBundle(s.entry.TxHash, sent)
		}
		return out
	case !s.inPool || !s.entry.Status.Live():
		return out
	case s.entry.Status == mempool.Submitted:
		out.Status, out.PendingBundle = RundlerPendingBundle, pendingBundle(s.entry.TxHash, sent)
	default:
		out.Status = RundlerPending
	}
	validUntil, validAfter := s.entry.ValidUntil, s.entry.ValidAfter
	if validUntil == 0 {
		validUntil = math.MaxUint64 // no bound, as Rundler writes it
	}
	out.ValidUntil, out.ValidAfter = (*hexutil.Uint64)(&validUntil), (*hexutil.Uint64)(&validAfter)
	return out
}

func pendingBundle(tx common.Hash, sent sentBundleFunc) *RundlerPendingBundleInfo {
	info := &RundlerPendingBundleInfo{TxHash: tx}
	if signer, block, ok := sent(tx); ok {
		info.BundlerAddress, info.SentAtBlock = &signer, (*hexutil.Uint64)(&block)
	}
	return info
}

// checkBlockOption accepts what Rundler accepts as the second parameter:
// nothing, null, a block hash, or {fromBlock, toBlock} (block numbers).
func checkBlockOption(raw *json.RawMessage) error {
	if raw == nil || string(bytes.TrimSpace(*raw)) == "null" {
		return nil
	}
	var hash common.Hash
	if err := json.Unmarshal(*raw, &hash); err == nil {
		return nil
	}
	var r struct {
		FromBlock *hexutil.Uint64 `json:"fromBlock"`
		ToBlock   *hexutil.Uint64 `json:"toBlock"`
	}
	dec := json.NewDecoder(bytes.NewReader(*raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		return InvalidParams("invalid block option: want a block hash or {fromBlock, toBlock} with hex block numbers: %v", err)
	}
	if r.FromBlock != nil && r.ToBlock != nil && *r.FromBlock > *r.ToBlock {
		return InvalidParams("invalid block option: fromBlock %d is after toBlock %d", uint64(*r.FromBlock), uint64(*r.ToBlock))
	}
	return nil
}
