package rpc

// Bundler_setBundlingMode is debug_bundler_setBundlingMode("auto"|"manual").
func (api *DebugAPI) Bundler_setBundlingMode(mode string) (string, error) {
	if mode != "auto" && mode != "manual" {
		return "", InvalidParams("bundling mode %q: want \"auto\" or \"manual\"", mode)
	}
	if err := api.backend.SetBundlingMode(mode); err != nil {
		return "", err
	}
	return ok, nil
}
