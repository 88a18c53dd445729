package mempool

import (
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// finishedSet keeps recently finished ops for status lookups, in finish
// order, bounded by count and age.
type finishedSet struct {
	m    map[common.Hash]finRec
	q    []finRef
	head int
	gen  uint64
}

type finRec struct {
	e   Entry
	gen uint64
}

type finRef struct {
	h   common.Hash
	gen uint64
}

func (s *finishedSet) init() { s.m = make(map[common.Hash]finRec) }

func (s *finishedSet) put(e Entry) {
	e.Facts = nil // validation facts die with the live op
	s.gen++
	s.m[e.UserOpHash] = finRec{e: e, gen: s.gen}
	s.q = append(s.q, finRef{h: e.UserOpHash, gen: s.gen})
}

func (s *finishedSet) get(h common.Hash) (Entry, bool) {
	r, ok := s.m[h]
	return r.e, ok
}

func (s *finishedSet) remove(h common.Hash) (Entry, bool) {
	r, ok := s.m[h]
	if ok {
		delete(s.m, h)
	}
	return r.e, ok
}

func (s *finishedSet) len() int { return len(s.m) }

// withFacts counts finished entries holding validation facts (none: put
// drops them).
func (s *finishedSet) withFacts() int {
	n, _ := s.factsHeld()
	return n
}

// factsHeld counts finished entries holding validation facts and their
// approximate bytes.
func (s *finishedSet) factsHeld() (entries, bytes int) {
	for _, r := range s.m {
		if r.e.Facts != nil {
			entries++
			bytes += r.e.Facts.size()
		}
	}
	return entries, bytes
}

// trim drops the oldest entries while there are more than max or they
// finished before cutoff, and returns them.
func (s *finishedSet) trim(max int, cutoff time.Time) []Entry {
	var out []Entry
	for s.head < len(s.q) {
		ref := s.q[s.head]
		r, ok := s.m[ref.h]
		if ok && r.gen == ref.gen {
			if len(s.m) <= max && !r.e.UpdatedAt.Before(cutoff) {
				break
			}
			delete(s.m, ref.h)
			out = append(out, r.e)
		}
		s.q[s.head] = finRef{}
		s.head++
	}
	if s.head > 1024 && s.head > len(s.q)/2 {
		s.q = append(s.q[:0], s.q[s.head:]...)
		s.head = 0
	}
	return out
}

func (s *finishedSet) clear() {
	s.m = make(map[common.Hash]finRec)
	s.q, s.head = nil, 0
}
