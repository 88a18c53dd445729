package rpc

import (
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/entrypoint"
)

// checkEntryPoint validates an entryPoint parameter against the chain's and
// returns its version.
func (api *EthAPI) checkEntryPoint(ep *common.Address) (entrypoint.Version, error) {
	if ep == nil || *ep == (common.Address{}) {
		return 0, InvalidParams("No entryPoint param: the second parameter must be one of %s", api.supportedList())
	}
	if v, ok := api.chain.EntryPoints.Version(*ep); ok {
		return v, nil
	}
	return 0, InvalidParams("The EntryPoint at %q is not supported. This bundler uses %s", ep.Hex(), api.supportedList())
}

func (api *EthAPI) supportedList() string {
	eps := api.chain.EntryPoints.Addresses()
	out := make([]string, len(eps))
	for i, ep := range eps {
		out[i] = ep.Hex()
	}
	return strings.Join(out, ", ")
}

// parseHash validates a userOpHash parameter.
func parseHash(s string) (common.Hash, error) {
	b := strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if len(b) != 64 || !isHex(b) {
		return common.Hash{}, InvalidParams("Missing/invalid userOpHash %q: want 32 bytes of 0x-prefixed hex", s)
	}
	return common.HexToHash(s), nil
}

func isHex(s string) bool {
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}
