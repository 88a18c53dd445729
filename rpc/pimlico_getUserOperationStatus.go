package rpc

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/mempool"
)

// Alto's userOp status words (pimlico_getUserOperationStatus).
const (
	PimlicoNotFound     = "not_found"     // never seen here, and not mined
	PimlicoNotSubmitted = "not_submitted" // in the mempool, waiting for a bundle
	PimlicoSubmitted    = "submitted"     // in a bundle transaction not yet mined
	PimlicoRejected     = "rejected"      // dropped before any bundle was sent (second validation, expiry)
	PimlicoFailed       = "failed"        // its bundle transaction was sent but the op did not land
	PimlicoIncluded     = "included"      // mined: a UserOperationEvent exists (success or not)
)

// PimlicoUserOperationStatus is Alto's answer: a status word and the
// bundle transaction, null when there is none.
type PimlicoUserOperationStatus struct {
	Status          string       `json:"status"`
	TransactionHash *common.Hash `json:"transactionHash"`
}

// GetUserOperationStatus is pimlico_getUserOperationStatus(hash). An unknown
// hash answers not_found, not an error.
func (api *PimlicoAPI) GetUserOperationStatus(ctx context.Context, hash string) (*PimlicoUserOperationStatus, error) {
	if api.userOps == nil {
		return nil, notAvailable("pimlico_getUserOperationStatus")
	}
	h, err := parseHash(hash)
	if err != nil {
		return nil, err
	}
	s, err := lookupOp(ctx, api.userOps, h)
	if err != nil {
		return nil, err
	}
	return s.pimlico(), nil
}

// pimlico maps what is known of an op to Alto's status.
func (s opState) pimlico() *PimlicoUserOperationStatus {
	out := &PimlicoUserOperationStatus{Status: PimlicoNotFound, TransactionHash: s.txHash()}
	switch {
	case s.mined():
		out.Status = PimlicoIncluded
	case !s.inPool:
	case s.entry.Status == mempool.Submitted:
		out.Status = PimlicoSubmitted
	case s.entry.Status.Live():
		out.Status = PimlicoNotSubmitted
	case s.entry.TxHash != (common.Hash{}):
		out.Status = PimlicoFailed
	default:
		out.Status = PimlicoRejected
	}
	return out
}
