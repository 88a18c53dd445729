//go:build !crashpoints

package crashpoint

// Hit does nothing outside crash-point test builds.
func Hit(string) {}
