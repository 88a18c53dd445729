#!/usr/bin/env bash
# Regenerates every Go binding under bindings/ from contracts/.
# Run it as:  go generate ./bindings/...   (from the repository root)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
contracts="$(cd "$here/.." && pwd)"
repo="$(cd "$contracts/.." && pwd)"
build="$contracts/build"
bindings="$repo/bindings"

# 1. Install the pinned npm dependencies when missing or out of date.
cd "$contracts"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

# 2. Compile our sources and convert the published artifacts to combined JSON.
rm -rf "$build"
node scripts/compile.mjs "$build"

# 3. abigen (from go-ethereum pinned in go.mod), one invocation per package.
cd "$repo"
abigen="$build/abigen"
go build -o "$abigen" github.com/ethereum/go-ethereum/cmd/abigen
for pkg in v06 v07 v08 v09 klasteraccount testcontracts; do
  mkdir -p "$bindings/$pkg"
  "$abigen" --combined-json "$build/$pkg.combined.json" --pkg "$pkg" --out "$bindings/$pkg/abigen.go"
  node "$contracts/scripts/deployed-bin.mjs" "$build/$pkg.combined.json" "$pkg" "$bindings/$pkg/deployedbin.go"
  chmod 0644 "$bindings/$pkg/abigen.go" "$bindings/$pkg/deployedbin.go"
  gofmt -w "$bindings/$pkg/abigen.go" "$bindings/$pkg/deployedbin.go"
done

# 4. Record what the bindings were generated from (checked by bindings/stale_test.go).
go run ./bindings/internal/sourcehash/cmd/sourcehash -root "$repo" -write "$bindings/SOURCES.sha256"
echo "bindings regenerated"
