package chainspec

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/klaster-dev/klaster/config"
	"github.com/klaster-dev/klaster/devnet"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/validation"
)

// Each EntryPoint's simulation code is resolved once, on the embedded
// chain: constructed (v0.8's immutables set, so it differs from the
// published runtime code), shared by the validation, precheck and
// estimator configs; a node that cannot construct it leaves the published
// code.
func TestResolveSimulationCode(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	d, err := devnet.Start(ctx, devnet.Config{Period: 0, ChainIDs: []uint64{1337}})
	if err != nil {
		t.Fatalf("start devnet: %v", err)
	}
	defer d.Close()
	chain := config.Chain{ChainID: 1337, EntryPoints: entrypoint.Canonical(entrypoint.V07, entrypoint.V08, entrypoint.V09).Addresses()}
	spec, err := Resolve(chain, DefaultShared())
	if err != nil {
		t.Fatal(err)
	}
	node := d.Chains[0].RPC()
	defer node.Close()
	if err := spec.ResolveSimulationCode(ctx, node.CallContext, zerolog.Nop()); err != nil {
		t.Fatal(err)
	}
	for _, dep := range spec.EntryPoints.List() {
		published, err := validation.PublishedSimulationCode(dep.Version)
		if err != nil {
			t.Fatal(err)
		}
		if len(dep.SimulationCode) == 0 {
			t.Fatalf("%v: no simulation code", dep.Version)
		}
		if dep.Version == entrypoint.V08 && bytes.Equal(dep.SimulationCode, published) {
			t.Fatalf("v0.8: the published code (zero immutables), not the constructed one")
		}
		for name, set := range map[string]entrypoint.Set{"validation": spec.Validation.EntryPoints, "gas": spec.Gas.EntryPoints, "estimator": spec.Estimator.EntryPoints} {
			got, ok := set.Lookup(dep.Address)
			if !ok || !bytes.Equal(got.SimulationCode, dep.SimulationCode) {
				t.Fatalf("%s config: %v has other simulation code than the spec", name, dep.Version)
			}
		}
	}

	// A node that is gone: the published code.
	down := d.Chains[0].RPC()
	down.Close()
	spec2, err := Resolve(chain, DefaultShared())
	if err != nil {
		t.Fatal(err)
	}
	if err := spec2.ResolveSimulationCode(ctx, down.CallContext, zerolog.Nop()); err != nil {
		t.Fatal(err)
	}
	for _, dep := range spec2.EntryPoints.List() {
		published, _ := validation.PublishedSimulationCode(dep.Version)
		if !bytes.Equal(dep.SimulationCode, published) {
			t.Fatalf("%v: without a node, want the published code", dep.Version)
		}
	}
}
