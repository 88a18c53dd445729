package validation

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
)

// Probe checks that the node answers debug_traceCall with erc7562Tracer.
func Probe(ctx context.Context, client *rpc.Client) error {
	var out json.RawMessage
	args := map[string]any{"from": common.Address{}, "to": common.Address{}, "gas": "0x5208"}
	err := client.CallContext(ctx, &out, "debug_traceCall", args, "latest", map[string]any{"tracer": TracerName})
	if err == nil {
		_, err = DecodeTrace(out)
	}
	if err != nil {
		return fmt.Errorf("node at %s does not support debug_traceCall with %s: %w; use a geth ≥ 1.16 node or --unsafe", nodeName(ctx, client), TracerName, err)
	}
	return nil
}

func nodeName(ctx context.Context, client *rpc.Client) string {
	var v string
	if err := client.CallContext(ctx, &v, "web3_clientVersion"); err != nil || v == "" {
		return "the configured RPC URL"
	}
	return v
}
