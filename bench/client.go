package bench

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"time"

	gethrpc "github.com/ethereum/go-ethereum/rpc"
)

// dial connects to a JSON-RPC endpoint over HTTP with enough idle
// connections for the run's concurrency, so that clients do not reconnect
// for each request.
func dial(ctx context.Context, url string, conns int) (*gethrpc.Client, error) {
	tr := &http.Transport{
		MaxIdleConns:        conns + 16,
		MaxIdleConnsPerHost: conns + 16,
		IdleConnTimeout:     90 * time.Second,
	}
	c, err := gethrpc.DialOptions(ctx, url, gethrpc.WithHTTPClient(&http.Client{Transport: tr, Timeout: 60 * time.Second}))
	if err != nil {
		return nil, fmt.Errorf("connect to %s: %w", url, err)
	}
	return c, nil
}

// noBatch remembers the servers that refuse JSON-RPC batches (Alto answers
// a batch with one error object): they get single calls from then on.
var noBatch sync.Map // *gethrpc.Client -> struct{}

// batchCall sends elems in batches of at most 100 (the usual server cap),
// or as concurrent single calls to a server that refuses batches.
func batchCall(ctx context.Context, c *gethrpc.Client, elems []gethrpc.BatchElem) error {
	for len(elems) > 0 {
		n := min(len(elems), 100)
		if _, refuses := noBatch.Load(c); refuses {
			singleCalls(ctx, c, elems[:n])
		} else if err := c.BatchCallContext(ctx, elems[:n]); err != nil {
			if ctx.Err() != nil {
				return err
			}
			// Not a transport failure we can tell apart from a refusal:
			// try the calls one by one; if those work, stop batching.
			singleCalls(ctx, c, elems[:n])
			if elems[0].Error != nil {
				return err
			}
			noBatch.Store(c, struct{}{})
		}
		elems = elems[n:]
	}
	return nil
}

// singleCalls makes each call on its own, 16 at a time.
func singleCalls(ctx context.Context, c *gethrpc.Client, elems []gethrpc.BatchElem) {
	sem := make(chan struct{}, 16)
	var wg sync.WaitGroup
	for i := range elems {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			e := &elems[i]
			e.Error = c.CallContext(ctx, e.Result, e.Method, e.Args...)
		}()
	}
	wg.Wait()
}
