package bench

import (
	"context"
	"fmt"
	"net/http"
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

// batchCall sends elems in batches of at most 100 (the usual server cap).
func batchCall(ctx context.Context, c *gethrpc.Client, elems []gethrpc.BatchElem) error {
	for len(elems) > 0 {
		n := min(len(elems), 100)
		if err := c.BatchCallContext(ctx, elems[:n]); err != nil {
			return err
		}
		elems = elems[n:]
	}
	return nil
}
