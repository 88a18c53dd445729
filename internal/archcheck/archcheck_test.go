package archcheck

import (
	"bufio"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// appLineBudget is the most lines package app's non-test files may have.
// It only ever goes down. Issue 14 moved chainService's roles to the
// packages that own them (witness.Network, rpc.Chain, klaster.ChainParts,
// admission.Submit/Estimate, store.RestorePools/RunShared, health.Chains),
// leaving app the wiring: building each chain's parts from its spec and
// mounting rpc. Issue 17's payment wiring (the paymaster deposit keepers,
// the payment chains' callers and getInfo's payment fields) added 19 lines
// on top of issue 14's 510.
const appLineBudget = 530

// root is the repository root (this package is internal/archcheck).
func root(t *testing.T) string {
	r, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// sources returns the repository's non-test, non-generated Go files,
// relative to root.
func sources(t *testing.T) []string {
	base := root(t)
	var out []string
	err := filepath.WalkDir(base, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(base, path)
		if d.IsDir() {
			switch {
			case rel != "." && strings.HasPrefix(d.Name(), "."), d.Name() == "node_modules", d.Name() == "testdata", rel == "bindings":
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(path, ".go") && !strings.HasSuffix(path, "_test.go") {
			out = append(out, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

var rpcCode = regexp.MustCompile(`^32[0-9]{3}$`)

// An error code is a negative integer literal -32xxx (JSON-RPC's and
// ERC-7769's range). Outside erc7769 it may appear only in comments and in
// string literals (raw JSON answers written before any Go error exists).
func TestErrorCodesAreDeclaredInTheErrorsPackageOnly(t *testing.T) {
	exempt := func(rel string) bool { return strings.HasPrefix(rel, "erc7769/") }
	forEachFinding(t, exempt, codeLiterals, "error code literal: use the erc7769.Code* constant")
}

// forEachFinding reports what scan finds in every source file not exempt.
func forEachFinding(t *testing.T, exempt func(rel string) bool, scan func(*testing.T, string) []token.Position, what string) {
	base := root(t)
	for _, rel := range sources(t) {
		if exempt(rel) {
			continue
		}
		for _, p := range scan(t, filepath.Join(base, rel)) {
			t.Errorf("%s: %s", p, what)
		}
	}
}

// codeLiterals returns the positions of -32xxx integer literals in path.
func codeLiterals(t *testing.T, path string) []token.Position {
	return find(t, path, func(n ast.Node) bool {
		u, ok := n.(*ast.UnaryExpr)
		if !ok || u.Op != token.SUB {
			return false
		}
		lit, ok := u.X.(*ast.BasicLit)
		return ok && lit.Kind == token.INT && rpcCode.MatchString(lit.Value)
	})
}

// find returns the positions of the nodes of path's syntax tree that match.
func find(t *testing.T, path string, match func(ast.Node) bool) []token.Position {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	var out []token.Position
	ast.Inspect(f, func(n ast.Node) bool {
		if n != nil && match(n) {
			out = append(out, fset.Position(n.Pos()))
		}
		return true
	})
	return out
}

// An EntryPoint's version comes from the chain's entrypoint.Set, which
// package chainspec resolves once. entrypoint.VersionOf (the canonical
// address table) is for chainspec alone; bench is a client of a remote
// bundler and hashes ops for the canonical EntryPoints it was given.
func TestEntryPointVersionIsDerivedInTheSpecOnly(t *testing.T) {
	exempt := func(rel string) bool {
		return strings.HasPrefix(rel, "chainspec/") || strings.HasPrefix(rel, "entrypoint/") || strings.HasPrefix(rel, "bench/")
	}
	forEachFinding(t, exempt, versionDerivations, "entrypoint.VersionOf outside chainspec: ask the chain's entrypoint.Set")
}

// versionDerivations returns the positions of entrypoint.VersionOf in path.
func versionDerivations(t *testing.T, path string) []token.Position {
	return find(t, path, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "VersionOf" {
			return false
		}
		id, ok := sel.X.(*ast.Ident)
		return ok && id.Name == "entrypoint"
	})
}

// The checks find what they look for: testdata/violations.go.txt declares
// a code the old way, passes a literal code and derives a version, and has
// the same text in a comment and a string (which do not count).
func TestChecksCatchViolations(t *testing.T) {
	src, err := os.ReadFile("testdata/violations.go.txt")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "violations.go")
	if err := os.WriteFile(path, src, 0o600); err != nil {
		t.Fatal(err)
	}
	if got := codeLiterals(t, path); len(got) != 2 {
		t.Errorf("found %d code literals, want 2: %v", len(got), got)
	}
	if got := versionDerivations(t, path); len(got) != 1 {
		t.Errorf("found %d version derivations, want 1: %v", len(got), got)
	}
}

func TestAppStaysWithinItsBudget(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(root(t), "app", "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, path := range files {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			total++
		}
		f.Close()
	}
	if total == 0 {
		t.Fatal("package app not found")
	}
	if total > appLineBudget {
		t.Fatalf("package app has %d lines, over its budget of %d: it wires packages together; put domain work in the package that owns it", total, appLineBudget)
	}
	t.Logf("package app: %d of %d lines", total, appLineBudget)
}
