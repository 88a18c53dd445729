package entrypoint

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Deployment is one EntryPoint a chain serves: its address and its version.
type Deployment struct {
	Address common.Address
	Version Version
	// SimulationCode is the EntryPointSimulations runtime code of Version
	// that simulations put at Address (a state override), with its
	// immutables set. The chain spec (chainspec.Spec.ResolveSimulationCode)
	// fills it once at start; empty in Sets built elsewhere, where readers
	// fall back to the version's published code.
	SimulationCode []byte
}

// Hasher returns a userOpHash Hasher for the deployment on chainID.
func (d Deployment) Hasher(chainID *big.Int) (*Hasher, error) {
	return NewHasher(d.Version, d.Address, chainID)
}

// Set is the EntryPoints one chain serves, in configuration order. The
// chain spec (package chainspec) resolves it once at start; every other
// package asks it for an EntryPoint's version instead of deriving one.
// The zero Set serves nothing. A Set is immutable and safe to share.
type Set struct {
	list []Deployment
	idx  map[common.Address]int
}

// NewSet builds a Set. Every version must be valid and every address
// distinct and non-zero.
func NewSet(ds ...Deployment) (Set, error) {
	s := Set{list: make([]Deployment, 0, len(ds)), idx: make(map[common.Address]int, len(ds))}
	for _, d := range ds {
		if d.Address == (common.Address{}) {
			return Set{}, fmt.Errorf("entry points: the zero address is not an EntryPoint")
		}
		if !d.Version.Valid() {
			return Set{}, fmt.Errorf("entry points: %s has no supported version (%v)", d.Address.Hex(), d.Version)
		}
		if _, dup := s.idx[d.Address]; dup {
			return Set{}, fmt.Errorf("entry points: %s is listed twice", d.Address.Hex())
		}
		s.idx[d.Address] = len(s.list)
		s.list = append(s.list, d)
	}
	return s, nil
}

// Canonical returns the Set of the canonical EntryPoints of versions (all
// supported versions when none are given).
func Canonical(versions ...Version) Set {
	if len(versions) == 0 {
		versions = Versions()
	}
	ds := make([]Deployment, len(versions))
	for i, v := range versions {
		ds[i] = Deployment{Address: v.EntryPoint(), Version: v}
	}
	s, err := NewSet(ds...)
	if err != nil {
		panic(err) // canonical addresses are distinct and valid
	}
	return s
}

// Lookup returns the deployment at addr, if the Set serves it.
func (s Set) Lookup(addr common.Address) (Deployment, bool) {
	i, ok := s.idx[addr]
	if !ok {
		return Deployment{}, false
	}
	return s.list[i], true
}

// Version returns the version of the EntryPoint at addr, if served.
func (s Set) Version(addr common.Address) (Version, bool) {
	d, ok := s.Lookup(addr)
	return d.Version, ok
}

// Serves reports whether addr is one of the Set's EntryPoints.
func (s Set) Serves(addr common.Address) bool {
	_, ok := s.idx[addr]
	return ok
}

// Len is the number of EntryPoints.
func (s Set) Len() int { return len(s.list) }

// List returns the deployments in configuration order (a copy).
func (s Set) List() []Deployment { return append([]Deployment(nil), s.list...) }

// Addresses returns the EntryPoint addresses in configuration order.
func (s Set) Addresses() []common.Address {
	out := make([]common.Address, len(s.list))
	for i, d := range s.list {
		out[i] = d.Address
	}
	return out
}

// Prefer returns the first deployment of version v, else the first
// deployment: the default EntryPoint where a request names none.
func (s Set) Prefer(v Version) (Deployment, bool) {
	for _, d := range s.list {
		if d.Version == v {
			return d, true
		}
	}
	if len(s.list) == 0 {
		return Deployment{}, false
	}
	return s.list[0], true
}
