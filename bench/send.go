package bench

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/klaster-dev/klaster/entrypoint"
)

// sentOp is one op of a wave and what became of it.
type sentOp struct {
	op   *entrypoint.UserOperation
	hash common.Hash

	latency    time.Duration // eth_sendUserOperation round trip
	acceptedAt time.Time
	headAt     uint64 // the node's head when it was accepted
	err        error  // rejection

	included time.Duration // acceptance to the first receipt seen
	receipt  *opReceipt
}

// waveStats is the outcome of one wave's sends.
type waveStats struct {
	name       string
	ops        []*sentOp
	start, end time.Time // first send, last answer
	// floorWall is how long the node took to trace the wave's floor
	// samples at the wave's concurrency: its traced-validation throughput.
	floorWall time.Duration
	floorN    int
}

func (w *waveStats) accepted() int {
	n := 0
	for _, s := range w.ops {
		if s.err == nil {
			n++
		}
	}
	return n
}

// sendWave sends every op at the given concurrency; ops are ordered so that
// concurrent sends have distinct senders.
// Each accepted op is passed on to accepted, which is closed at the end.
func sendWave(ctx context.Context, bundler *gethrpc.Client, ep common.Address, w *waveStats, conc int, head *atomic.Uint64, accepted chan<- *sentOp, prog *progress) {
	next := make(chan *sentOp)
	var wg sync.WaitGroup
	for range min(conc, len(w.ops)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range next {
				sendOne(ctx, bundler, ep, s, head)
				prog.sent(s.err == nil)
				if s.err == nil {
					accepted <- s
				}
			}
		}()
	}
	w.start = time.Now()
	for _, s := range w.ops {
		select {
		case next <- s:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			break
		}
	}
	close(next)
	wg.Wait()
	w.end = time.Now()
	close(accepted)
}

// sendOne sends s and records its latency, acceptance time and outcome.
func sendOne(ctx context.Context, bundler *gethrpc.Client, ep common.Address, s *sentOp, head *atomic.Uint64) {
	t0 := time.Now()
	var got common.Hash
	err := bundler.CallContext(ctx, &got, "eth_sendUserOperation", s.op, ep)
	s.latency = time.Since(t0)
	s.acceptedAt = time.Now()
	s.headAt = head.Load()
	if err == nil && got != s.hash {
		err = fmt.Errorf("the bundler returned userOpHash %s, not %s", got.Hex(), s.hash.Hex())
	}
	s.err = err
}

// reason is a rejection as "code: message".
func reason(err error) string {
	var re gethrpc.Error
	if errors.As(err, &re) {
		return fmt.Sprintf("%d: %s", re.ErrorCode(), re.Error())
	}
	return err.Error()
}

// watchHead keeps the node's latest block number in head until ctx ends.
func watchHead(ctx context.Context, node *gethrpc.Client, head *atomic.Uint64) {
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	for {
		var n hexutilUint64
		if err := node.CallContext(ctx, &n, "eth_blockNumber"); err == nil {
			head.Store(uint64(n))
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
