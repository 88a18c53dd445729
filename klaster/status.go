package klaster

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/receipt"
)

// iTx statuses.
const (
	StatusSuccess   = "SUCCESS"
	StatusFailed    = "FAILED"
	StatusExpired   = "EXPIRED"
	StatusExecuting = "EXECUTING"
	StatusPending   = "PENDING"
)

// aggregate is the iTx status of its ops' statuses.
func aggregate(ops []OpRecord) string {
	var success, failed, expired, executing int
	for _, op := range ops {
		switch op.Status {
		case mempool.MinedSuccess:
			success++
			executing++
		case mempool.MinedFail, mempool.Failed:
			failed++
		case mempool.Expired:
			expired++
		case mempool.Submitted:
			executing++
		}
	}
	switch {
	case len(ops) > 0 && success == len(ops):
		return StatusSuccess
	case failed > 0:
		return StatusFailed
	case expired > 0:
		return StatusExpired
	case executing > 0:
		return StatusExecuting
	}
	return StatusPending
}

// completed reports the statuses that put an iTx into the witness feed.
func completed(status string) bool { return status == StatusSuccess || status == StatusFailed }

func mined(st mempool.Status) bool { return st == mempool.MinedSuccess || st == mempool.MinedFail }

// statusView is the wire form of a record.
func statusView(r *Record) *Status {
	out := &Status{
		ItxHash:    r.ItxHash,
		Status:     aggregate(r.Ops),
		Node:       Address(r.Node),
		Commitment: r.Commitment,
		CreatedAt:  hexutil.Uint64(r.CreatedAt),
		UserOps:    make([]OpStatus, len(r.Ops)),
	}
	for i, op := range r.Ops {
		v := OpStatus{
			ChainID:    hexutil.Uint64(op.ChainID),
			EntryPoint: Address(op.EntryPoint),
			UserOpHash: op.UserOpHash,
			Status:     op.Status.String(),
			Lower:      hexutil.Uint64(op.Lower),
			Upper:      hexutil.Uint64(op.Upper),
			Reason:     op.Reason,
		}
		if op.TxHash != (common.Hash{}) {
			tx := op.TxHash
			v.TransactionHash = &tx
		}
		if mined(op.Status) {
			n, bh := hexutil.Uint64(op.BlockNumber), op.BlockHash
			v.BlockNumber, v.BlockHash = &n, &bh
		}
		out.UserOps[i] = v
	}
	return out
}

// feedItem is the witness-feed item of a completed record.
func feedItem(r *Record) FeedItem {
	item := FeedItem{ItxHash: r.ItxHash, Status: aggregate(r.Ops), CompletedAt: hexutil.Uint64(r.CompletedAt), Executions: []Execution{}}
	for _, op := range r.Ops {
		if !mined(op.Status) {
			continue
		}
		item.Executions = append(item.Executions, Execution{
			ChainID:         hexutil.Uint64(op.ChainID),
			EntryPoint:      Address(op.EntryPoint),
			UserOpHash:      op.UserOpHash,
			TransactionHash: op.TxHash,
			BlockNumber:     hexutil.Uint64(op.BlockNumber),
			BlockHash:       op.BlockHash,
			LogIndex:        hexutil.Uint64(op.LogIndex),
			Success:         op.Status == mempool.MinedSuccess,
		})
	}
	return item
}

// apply records one mempool transition of an iTx op, keeps the witness feed
// in step and notifies subscribers. Transitions are applied one at a time,
// in the order the pools made them.
func (s *Service) apply(ctx context.Context, e mempool.Entry) error {
	// A mined op carries its block and log index (the pool has them from
	// the bundle's receipt or the chain tracker); only an entry without
	// them needs the receipt, read before taking the lock.
	var rc *receipt.Receipt
	if mined(e.Status) && e.LogIndex == 0 {
		rc = s.minedReceipt(ctx, e)
	}
	var (
		idx                  int
		before               OpRecord
		beforeStatus, status string
		item                 *FeedItem
	)
	rec, err := s.records.Update(ctx, e.Source.ITxHash, func(rec *Record) (FeedChange, error) {
		item = nil
		if idx = slices.IndexFunc(rec.Ops, func(o OpRecord) bool { return o.UserOpHash == e.UserOpHash }); idx < 0 {
			return FeedChange{}, fmt.Errorf("op %s is not part of iTx %s", e.UserOpHash, rec.ItxHash)
		}
		before, beforeStatus = rec.Ops[idx], aggregate(rec.Ops)
		op := &rec.Ops[idx]
		op.Status, op.Reason = e.Status, e.Reason
		op.TxHash, op.BlockNumber, op.BlockHash, op.LogIndex = common.Hash{}, 0, common.Hash{}, 0
		switch {
		case mined(e.Status):
			op.TxHash, op.BlockNumber, op.BlockHash, op.LogIndex = e.TxHash, e.BlockNumber, e.BlockHash, e.LogIndex
			if rc != nil {
				op.TxHash, op.BlockNumber, op.BlockHash, op.LogIndex = rc.TxHash, rc.BlockNumber, rc.BlockHash, uint64(rc.LogIndex)
			}
		case e.Status == mempool.Submitted:
			op.TxHash = e.TxHash
		}
		if equalOp(before, *op) {
			return FeedChange{}, ErrUnchanged
		}
		status = aggregate(rec.Ops)
		switch {
		case completed(status):
			if !completed(beforeStatus) {
				rec.CompletedAt = uint64(s.cfg.Now().Unix())
			}
			it := feedItem(rec)
			item = &it
			return FeedChange{Put: item}, nil
		case completed(beforeStatus):
			rec.CompletedAt = 0
			return FeedChange{Remove: true}, nil
		}
		return FeedChange{}, nil
	})
	if errors.Is(err, ErrUnchanged) || (err == nil && rec == nil) {
		return nil // unchanged, or not (or no longer) an admitted iTx
	}
	if err != nil {
		return err
	}
	op := rec.Ops[idx]
	if idx == 0 && rec.Paid && before.Status != op.Status {
		s.releasePaid(ctx, rec)
	}
	if item != nil {
		s.hub.publishFeed(*item)
	} else if completed(beforeStatus) {
		s.log.Warn().Stringer("itxHash", rec.ItxHash).Str("status", status).Msg("iTx left the witness feed (reorg)")
	}
	if before.Status == op.Status && beforeStatus == status && before.TxHash == op.TxHash && before.BlockHash == op.BlockHash {
		return nil // only the reason of a retry changed
	}
	s.log.Info().Stringer("itxHash", rec.ItxHash).Int("op", idx).Uint64("chain", op.ChainID).
		Str("opStatus", op.Status.String()).Str("status", status).Str("reason", op.Reason).Msg("iTx op status")
	s.hub.publishStatus(statusView(rec))
	return nil
}

func equalOp(a, b OpRecord) bool {
	return a.Status == b.Status && a.Reason == b.Reason && a.TxHash == b.TxHash &&
		a.BlockNumber == b.BlockNumber && a.BlockHash == b.BlockHash && a.LogIndex == b.LogIndex
}

// minedReceipt reads a mined op's receipt for its UserOperationEvent's log
// index, retrying briefly while the node catches up.
func (s *Service) minedReceipt(ctx context.Context, e mempool.Entry) *receipt.Receipt {
	c, ok := s.chains[e.ChainID]
	if !ok {
		return nil
	}
	for attempt := 0; attempt < 10; attempt++ {
		rc, err := c.Receipt(ctx, e.UserOpHash)
		if err == nil && rc != nil && (e.BlockHash == (common.Hash{}) || rc.BlockHash == e.BlockHash) {
			return rc
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(200 * time.Millisecond):
		}
	}
	s.log.Warn().Stringer("userOpHash", e.UserOpHash).Uint64("chain", e.ChainID).Msg("no receipt for a mined iTx op")
	return nil
}
