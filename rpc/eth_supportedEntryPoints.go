package rpc

// SupportedEntryPoints is eth_supportedEntryPoints: the chain's entry points,
// EIP-55 checksummed, in configured order.
func (api *EthAPI) SupportedEntryPoints() []string {
	eps := api.chain.EntryPoints.Addresses()
	out := make([]string, len(eps))
	for i, ep := range eps {
		out[i] = ep.Hex()
	}
	return out
}
