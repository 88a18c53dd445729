package rpc

import "context"

// Bundler_sendBundleNow is debug_bundler_sendBundleNow: it bundles what is
// ready and returns once the bundle is mined, with its transaction and ops;
// "ok" when nothing was ready.
func (api *DebugAPI) Bundler_sendBundleNow(ctx context.Context) (any, error) {
	res, err := api.backend.SendBundleNow(ctx)
	if err != nil {
		return nil, err
	}
	if res == nil {
		return ok, nil
	}
	return res, nil
}
