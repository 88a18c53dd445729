package bindings

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/klaster-dev/klaster/bindings/internal/sourcehash"
)

// TestBindingsUpToDate fails when the inputs of the generated bindings differ
// from what bindings/SOURCES.sha256 records. It needs no Node.js.
func TestBindingsUpToDate(t *testing.T) {
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	recorded, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(sourcehash.ManifestFile)))
	if err != nil {
		t.Fatalf("cannot read %s (%v); regenerate with: %s", sourcehash.ManifestFile, err, sourcehash.RegenerateCommand)
	}
	current, err := sourcehash.Manifest(root)
	if err != nil {
		t.Fatal(err)
	}
	want, got := sourcehash.Parse(string(recorded)), sourcehash.Parse(current)
	var diffs []string
	for name, sum := range got {
		switch old, ok := want[name]; {
		case !ok:
			diffs = append(diffs, "added:    "+name)
		case old != sum:
			diffs = append(diffs, "modified: "+name)
		}
	}
	for name := range want {
		if _, ok := got[name]; !ok {
			diffs = append(diffs, "removed:  "+name)
		}
	}
	if len(diffs) > 0 {
		sort.Strings(diffs)
		t.Fatalf("generated bindings are stale; regenerate with `%s` (from the repository root) and commit the result.\nchanged inputs:\n  %s",
			sourcehash.RegenerateCommand, strings.Join(diffs, "\n  "))
	}
}
