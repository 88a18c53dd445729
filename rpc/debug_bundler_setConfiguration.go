package rpc

// Bundler_setConfiguration is debug_bundler_setConfiguration(config): it
// overrides the preVerificationGas calculator's constants. It answers {}.
func (api *DebugAPI) Bundler_setConfiguration(cfg map[string]any) (map[string]any, error) {
	if err := api.backend.SetConfiguration(cfg); err != nil {
		return nil, err
	}
	return map[string]any{}, nil
}
