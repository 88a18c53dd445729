package rpc

import "context"

// Bundler_clearMempool is debug_bundler_clearMempool.
func (api *DebugAPI) Bundler_clearMempool(ctx context.Context) (string, error) {
	if err := api.backend.ClearMempool(ctx); err != nil {
		return "", err
	}
	return ok, nil
}
