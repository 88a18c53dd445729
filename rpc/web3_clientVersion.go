package rpc

import "runtime"

// ClientVersion is web3_clientVersion: "klaster/<version>/<go version>",
// e.g. "klaster/v0.1.0/go1.26.8".
func (api *Web3API) ClientVersion() string {
	v := api.version
	if v == "" {
		v = "unknown"
	}
	return "klaster/" + v + "/" + runtime.Version()
}
