package rpc

import "context"

// Bundler_clearState is debug_bundler_clearState: it empties the mempools and
// the reputation table.
func (api *DebugAPI) Bundler_clearState(ctx context.Context) (string, error) {
	if err := api.backend.ClearState(ctx); err != nil {
		return "", err
	}
	return ok, nil
}
