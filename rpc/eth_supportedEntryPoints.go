package rpc

// SupportedEntryPoints is eth_supportedEntryPoints: the chain's entry points,
// EIP-55 checksummed, in configured order.
func (api *EthAPI) SupportedEntryPoints() []string {
	out := make([]string, len(api.chain.EntryPoints))
	for i, ep := range api.chain.EntryPoints {
		out[i] = ep.Hex()
	}
	return out
}
