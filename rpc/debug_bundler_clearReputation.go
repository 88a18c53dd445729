package rpc

// Bundler_clearReputation is debug_bundler_clearReputation.
func (api *DebugAPI) Bundler_clearReputation() (string, error) {
	if err := api.backend.ClearReputation(); err != nil {
		return "", err
	}
	return ok, nil
}
