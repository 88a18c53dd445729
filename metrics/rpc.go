package metrics

import (
	"strconv"
	"strings"
	"time"
)

// ObserveRPC returns the JSON-RPC server's observer (rpc.Options.Observe):
// it records request latency by chain and method. A request to /rpc/<id>
// counts for chain id; one to / for the process's only chain when chains
// has one element, for chain 0 otherwise.
func (m *Metrics) ObserveRPC(chains []uint64) func(path string, methods []string, d time.Duration) {
	return func(path string, methods []string, d time.Duration) {
		var chainID uint64
		if id, ok := strings.CutPrefix(path, "/rpc/"); ok {
			chainID, _ = strconv.ParseUint(strings.TrimSuffix(id, "/"), 0, 64)
		} else if len(chains) == 1 {
			chainID = chains[0]
		}
		c := m.Chain(chainID)
		for _, method := range methods {
			c.RPCDuration(method, d)
		}
	}
}
