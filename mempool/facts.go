package mempool

import "github.com/ethereum/go-ethereum/common"

// ValidationFacts are what later checks need from an op's first
// validation: the contracts whose storage it accessed (STO-041 between ops
// of a bundle), the code hashes of every contract it touched (COD-010 at
// the second validation) and its paymaster context size (EREP-055, LIM-050).
// They live on the entry, are persisted with it, and are dropped when the
// op leaves the pool (mined, failed, expired, replaced, evicted).
type ValidationFacts struct {
	StorageOwners []common.Address               `json:"storageOwners,omitempty"`
	CodeHashes    map[common.Address]common.Hash `json:"codeHashes,omitempty"`
	ContextSize   int                            `json:"contextSize"`
}

// TouchesStorageOf reports whether the validation accessed addr's storage.
func (f *ValidationFacts) TouchesStorageOf(addr common.Address) bool {
	if f == nil {
		return false
	}
	for _, a := range f.StorageOwners {
		if a == addr {
			return true
		}
	}
	return false
}

// FactsHeld counts the entries, live or finished, that still hold
// validation facts (the memory validation keeps per op).
func (p *Pool) FactsHeld() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := 0
	for _, it := range p.live {
		if it.Facts != nil {
			n++
		}
	}
	return n + p.finished.withFacts()
}

// size approximates the bytes f holds: its addresses, code hashes (an
// address and a hash each) and context size.
func (f *ValidationFacts) size() int {
	if f == nil {
		return 0
	}
	return 8 + len(f.StorageOwners)*common.AddressLength + len(f.CodeHashes)*(common.AddressLength+common.HashLength)
}

// FactsCounts is what the pool's entries hold of validation facts, for
// the metrics (klaster_validation_facts): "entries" with facts and their
// approximate "bytes". Both return to zero once every op has left.
func (p *Pool) FactsCounts() map[string]int {
	p.mu.Lock()
	defer p.mu.Unlock()
	n, b := p.finished.factsHeld()
	for _, it := range p.live {
		if it.Facts != nil {
			n++
			b += it.Facts.size()
		}
	}
	return map[string]int{"entries": n, "bytes": b}
}
