package klaster

import (
	"context"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/klaster-dev/klaster/erc7769"
	"github.com/klaster-dev/klaster/receipt"
)

// Status returns an iTx's status, or nil when it is unknown.
func (s *Service) Status(ctx context.Context, itxHash common.Hash) (*Status, error) {
	rec, err := s.admitted(ctx, itxHash)
	if err != nil || rec == nil {
		return nil, err
	}
	return statusView(rec), nil
}

// Receipts returns each op's ERC-7769 receipt in request order, nil where
// the op is not mined; nil for an unknown iTx.
func (s *Service) Receipts(ctx context.Context, itxHash common.Hash) ([]*receipt.Receipt, error) {
	rec, err := s.admitted(ctx, itxHash)
	if err != nil || rec == nil {
		return nil, err
	}
	out := make([]*receipt.Receipt, len(rec.Ops))
	for i, op := range rec.Ops {
		if !mined(op.Status) {
			continue
		}
		c, ok := s.chains[op.ChainID]
		if !ok {
			continue
		}
		if out[i], err = c.Receipt(ctx, op.UserOpHash); err != nil {
			return nil, erc7769.OpError(err, i, op.ChainID)
		}
	}
	return out, nil
}

// Proof returns what a witness needs to check one op of an iTx, or nil when
// the iTx or the op is unknown.
func (s *Service) Proof(ctx context.Context, itxHash, userOpHash common.Hash) (*Proof, error) {
	rec, err := s.admitted(ctx, itxHash)
	if err != nil || rec == nil {
		return nil, err
	}
	for _, op := range rec.Ops {
		if op.UserOpHash != userOpHash {
			continue
		}
		proof := op.Proof
		if proof == nil {
			proof = []common.Hash{}
		}
		return &Proof{
			ItxHash: rec.ItxHash, ChainID: hexutil.Uint64(op.ChainID), EntryPoint: Address(op.EntryPoint),
			UserOpHash: op.UserOpHash, Leaf: op.Leaf, Proof: proof,
			Lower: hexutil.Uint64(op.Lower), Upper: hexutil.Uint64(op.Upper),
			UserSignature: rec.UserSignature, Commitment: rec.Commitment, Node: Address(rec.Node),
		}, nil
	}
	return nil, nil
}

// Executed pages through the witness feed. The cursor is the decimal
// sequence number of the last item scanned; nextCursor is null when the
// page reaches the end of the feed.
func (s *Service) Executed(ctx context.Context, f FeedFilter) (*FeedPage, error) {
	limit := f.Limit
	switch {
	case limit == 0:
		limit = DefaultFeedLimit
	case limit < 0 || limit > MaxFeedLimit:
		return nil, erc7769.New(erc7769.CodeInvalidParams, "limit: %d is not within 1…%d", limit, MaxFeedLimit)
	}
	var after uint64
	if f.Cursor != "" {
		var err error
		if after, err = strconv.ParseUint(f.Cursor, 10, 64); err != nil {
			return nil, erc7769.New(erc7769.CodeInvalidParams, "cursor: %q is not a cursor this node gave", f.Cursor)
		}
	}
	page := &FeedPage{Items: []FeedItem{}}
	for len(page.Items) < limit {
		items, last, more, err := s.records.Executed(ctx, after, limit-len(page.Items))
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			if f.ChainID == 0 || involves(it, f.ChainID) {
				page.Items = append(page.Items, it)
			}
		}
		after = last
		if !more {
			return page, nil
		}
	}
	next := strconv.FormatUint(after, 10)
	page.NextCursor = &next
	return page, nil
}

func involves(it FeedItem, chainID uint64) bool {
	for _, e := range it.Executions {
		if uint64(e.ChainID) == chainID {
			return true
		}
	}
	return false
}
