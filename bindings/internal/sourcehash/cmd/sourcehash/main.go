// Command sourcehash writes bindings/SOURCES.sha256. It is run by
// contracts/scripts/gen-bindings.sh after the bindings are regenerated.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/klaster-dev/klaster/bindings/internal/sourcehash"
)

func main() {
	root := flag.String("root", ".", "repository root")
	out := flag.String("write", "", "write the manifest to this file instead of stdout")
	flag.Parse()

	manifest, err := sourcehash.Manifest(*root)
	if err != nil {
		fmt.Fprintln(os.Stderr, "sourcehash:", err)
		os.Exit(1)
	}
	if *out == "" {
		fmt.Print(manifest)
		return
	}
	if err := os.WriteFile(filepath.Clean(*out), []byte(manifest), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "sourcehash:", err)
		os.Exit(1)
	}
}
