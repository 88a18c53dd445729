package chaintracker

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"
	"golang.org/x/sync/singleflight"

	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/receipt"
)

// Node is what the tracker reads (an *ethclient.Client).
type Node interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// MinedOp is a UserOperationEvent of EntryPoint in a block.
type MinedOp struct {
	mempool.ChainOp
	EntryPoint common.Address
}

// Block is a block with the ops it mined, in log order.
type Block struct {
	Header *types.Header
	Ops    []MinedOp
}

// Update is what one new head changed. Removed are the blocks that left
// the canonical chain, newest first (a reorg); Added the blocks that joined
// it, oldest first, ending with Head.
type Update struct {
	Head    *types.Header
	Removed []Block
	Added   []Block
}

// Reorg reports whether blocks left the canonical chain.
func (u Update) Reorg() bool { return len(u.Removed) > 0 }

// Config tunes a Tracker.
type Config struct {
	// EntryPoints whose UserOperationEvents are reported.
	EntryPoints []common.Address
	// PollInterval between head reads (0: one second).
	PollInterval time.Duration
	// Depth is how many recent blocks are remembered to link new heads to
	// (0: 64). A reorg deeper than that, or a gap longer than it, is
	// reported from the oldest block remembered (or the new head's
	// ancestors within Depth).
	Depth int
}

// Tracker follows one chain's canonical head. Subscribe before Run.
type Tracker struct {
	node Node
	cfg  Config
	log  zerolog.Logger

	polls singleflight.Group // one poll at a time; concurrent callers share it

	mu     sync.Mutex
	subs   []func(context.Context, Update)
	recent []Block // canonical, oldest first, at most cfg.Depth
}

// New returns a Tracker of node.
func New(node Node, cfg Config, log zerolog.Logger) *Tracker {
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = time.Second
	}
	if cfg.Depth <= 0 {
		cfg.Depth = 64
	}
	return &Tracker{node: node, cfg: cfg, log: log}
}

// Subscribe adds fn, which gets every Update in order from the poll that
// found it (Run's, or a reader's Latest); it must not block for long, and
// must not call Poll or Latest (it runs inside the poll they would wait
// for).
func (t *Tracker) Subscribe(fn func(context.Context, Update)) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.subs = append(t.subs, fn)
}

// Heads returns a channel that holds the latest new head (an older one
// not yet taken is replaced): for a consumer that only needs to know the
// current head, such as the bundle builder.
func (t *Tracker) Heads() <-chan *types.Header {
	ch := make(chan *types.Header, 1)
	t.Subscribe(func(_ context.Context, u Update) {
		for {
			select {
			case ch <- u.Head:
				return
			default:
			}
			select { // drop the stale head nobody took
			case <-ch:
			default:
			}
		}
	})
	return ch
}

// Head returns the latest head seen (nil before the first poll).
func (t *Tracker) Head() *types.Header {
	t.mu.Lock()
	defer t.mu.Unlock()
	if len(t.recent) == 0 {
		return nil
	}
	return t.recent[len(t.recent)-1].Header
}

// Run polls until ctx ends.
func (t *Tracker) Run(ctx context.Context) {
	tick := time.NewTicker(t.cfg.PollInterval)
	defer tick.Stop()
	for {
		if _, err := t.Poll(ctx); err != nil && ctx.Err() == nil {
			t.log.Warn().Err(err).Msg("chain tracker: poll")
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// Poll reads the head once and, when it moved, tells the subscribers.
// Polls never overlap: a caller that comes while one runs shares its
// result (singleflight), so subscribers get every Update in order.
func (t *Tracker) Poll(ctx context.Context) (Update, error) {
	ch := t.polls.DoChan("poll", func() (any, error) {
		// The shared poll is not bound to one caller's context.
		pctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
		defer cancel()
		return t.poll(pctx)
	})
	select {
	case r := <-ch:
		if r.Err != nil {
			return Update{}, r.Err
		}
		return r.Val.(Update), nil
	case <-ctx.Done():
		return Update{}, ctx.Err()
	}
}

// Latest polls now and returns the head: the node's latest block, which
// every subscriber has seen by the time it returns. It is how readers that
// need the current head (validation, the gas caches, a manual bundle) read
// it: through the tracker, one head read shared by concurrent callers.
func (t *Tracker) Latest(ctx context.Context) (*types.Header, error) {
	if _, err := t.Poll(ctx); err != nil {
		return nil, err
	}
	if h := t.Head(); h != nil {
		return h, nil
	}
	return nil, errors.New("chain tracker: no head")
}

// HeadNumber is Latest's number (gas.HeadFunc).
func (t *Tracker) HeadNumber(ctx context.Context) (uint64, error) {
	h, err := t.Latest(ctx)
	if err != nil {
		return 0, err
	}
	return h.Number.Uint64(), nil
}

func (t *Tracker) poll(ctx context.Context) (Update, error) {
	head, err := t.node.HeaderByNumber(ctx, nil)
	if err != nil {
		return Update{}, fmt.Errorf("head: %w", err)
	}
	t.mu.Lock()
	recent := append([]Block(nil), t.recent...)
	t.mu.Unlock()
	if n := len(recent); n > 0 && recent[n-1].Header.Hash() == head.Hash() {
		return Update{}, nil
	}
	// Walk back from head to a block we know (the fork point).
	known := make(map[common.Hash]int, len(recent))
	for i, b := range recent {
		known[b.Header.Hash()] = i
	}
	chain := []*types.Header{head}
	fork := -1 // index in recent of the last block kept
	for h := head; ; {
		if i, ok := known[h.ParentHash]; ok {
			fork = i
			break
		}
		if len(recent) == 0 || len(chain) >= t.cfg.Depth || h.Number.Sign() == 0 {
			break
		}
		parent, err := t.node.HeaderByHash(ctx, h.ParentHash)
		if err != nil {
			return Update{}, fmt.Errorf("header %s: %w", h.ParentHash, err)
		}
		chain = append(chain, parent)
		h = parent
	}
	if fork < 0 && len(recent) > 0 {
		// No link within Depth: the blocks at the heights the new chain
		// covers were replaced; older ones (a gap, not a reorg) stay.
		oldest := chain[len(chain)-1].Number.Uint64()
		for i, b := range recent {
			if b.Header.Number.Uint64() < oldest {
				fork = i
			}
		}
	}
	u := Update{Head: head}
	for i := len(recent) - 1; i > fork; i-- {
		u.Removed = append(u.Removed, recent[i])
	}
	for i := len(chain) - 1; i >= 0; i-- {
		ops, err := t.ops(ctx, chain[i])
		if err != nil {
			return Update{}, err
		}
		u.Added = append(u.Added, Block{Header: chain[i], Ops: ops})
	}
	recent = append(recent[:fork+1], u.Added...)
	if over := len(recent) - t.cfg.Depth; over > 0 {
		recent = recent[over:]
	}
	t.mu.Lock()
	t.recent = recent
	subs := append([]func(context.Context, Update){}, t.subs...)
	t.mu.Unlock()
	if u.Reorg() {
		t.log.Warn().Int("removed", len(u.Removed)).Int("added", len(u.Added)).Uint64("head", head.Number.Uint64()).Msg("chain reorg")
	}
	for _, fn := range subs {
		fn(ctx, u)
	}
	return u, nil
}

// ops returns the UserOperationEvents of the block with header h.
func (t *Tracker) ops(ctx context.Context, h *types.Header) ([]MinedOp, error) {
	if len(t.cfg.EntryPoints) == 0 {
		return nil, nil
	}
	hash := h.Hash()
	logs, err := t.node.FilterLogs(ctx, ethereum.FilterQuery{BlockHash: &hash, Addresses: t.cfg.EntryPoints,
		Topics: [][]common.Hash{{receipt.TopicUserOperationEvent}}})
	if err != nil {
		return nil, fmt.Errorf("logs of block %d: %w", h.Number.Uint64(), err)
	}
	out := make([]MinedOp, 0, len(logs))
	for i := range logs {
		l := &logs[i]
		ev, err := receipt.DecodeOpEvent(l)
		if err != nil || l.Removed {
			continue
		}
		out = append(out, MinedOp{EntryPoint: l.Address, ChainOp: mempool.ChainOp{UserOpHash: ev.UserOpHash, Sender: ev.Sender,
			Nonce: ev.Nonce, Success: ev.Success, TxHash: l.TxHash, BlockNumber: h.Number.Uint64(), BlockHash: hash, LogIndex: l.Index}})
	}
	return out, nil
}
