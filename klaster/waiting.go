package klaster

import (
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/erc7769"
)

// Defaults of the caps on waiting ops (Config), and the caps' names in
// errors (their flags, --itx.<name>).
const (
	DefaultMaxWaitingPerSigner = 16
	DefaultMaxWaiting          = 4096

	CapWaitingPerSigner = "max-waiting-per-signer"
	CapWaiting          = "max-waiting"
)

// waitReservations holds the waiting ops of iTxs being inserted, which
// the pools do not count yet, so that concurrent sends cannot pass a cap
// together.
type waitReservations struct {
	mu       sync.Mutex
	bySigner map[common.Address]int
	total    int
}

// reserveWaiting refuses with -32504 an iTx whose waiting leaves would take
// its root signer or the node past a cap; otherwise it reserves them until
// release (the insert is done, and the pools count them).
func (s *Service) reserveWaiting(signer common.Address, checked []Admitted) (release func(), err error) {
	n := 0
	for _, c := range checked {
		if c.Waiting() {
			n++
		}
	}
	if n == 0 {
		return func() {}, nil
	}
	bySigner, total := 0, 0
	for _, c := range s.chains {
		for _, p := range c.Pools() {
			b, t := p.Waiting(signer)
			bySigner, total = bySigner+b, total+t
		}
	}
	w := &s.waits
	w.mu.Lock()
	defer w.mu.Unlock()
	bySigner += w.bySigner[signer]
	total += w.total
	capErr := func(name, whose string, limit, have int) error {
		return erc7769.New(erc7769.CodeThrottledOrBanned,
			"waiting-op cap %s (%d) reached: %s has %d waiting ops and this iTx adds %d (ops whose window has not opened or whose validation fails on chain state)",
			name, limit, whose, have, n).
			WithData(map[string]any{"cap": name, "limit": limit, "waiting": have, "requested": n})
	}
	switch {
	case bySigner+n > s.cfg.MaxWaitingPerSigner:
		return nil, capErr(CapWaitingPerSigner, "root signer "+signer.Hex(), s.cfg.MaxWaitingPerSigner, bySigner)
	case total+n > s.cfg.MaxWaiting:
		return nil, capErr(CapWaiting, "the node", s.cfg.MaxWaiting, total)
	}
	if w.bySigner == nil {
		w.bySigner = map[common.Address]int{}
	}
	w.bySigner[signer] += n
	w.total += n
	return func() {
		w.mu.Lock()
		defer w.mu.Unlock()
		if w.bySigner[signer] -= n; w.bySigner[signer] <= 0 {
			delete(w.bySigner, signer)
		}
		w.total -= n
	}, nil
}
