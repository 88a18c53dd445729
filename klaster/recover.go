package klaster

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/erc7769"
	"github.com/klaster-dev/klaster/mempool"
)

// admissionLease is how long an admission may take from its record's
// creation to its commit; a record still Admitting after it is from a
// crashed process, and is settled.
const admissionLease = 10 * time.Second

// admitted returns the record of an admitted iTx: nil when unknown or
// still being admitted (not admitted yet).
func (s *Service) admitted(ctx context.Context, h common.Hash) (*Record, error) {
	rec, err := s.records.Get(ctx, h)
	if err != nil || rec == nil || rec.Admitting != 0 {
		return nil, err
	}
	return rec, nil
}

// settled returns the admitted record of h for a resend (the caller holds
// h's lock): a crashed admission is settled first; nil when the iTx is
// absent. An admission in flight in another process is -32603: send again.
func (s *Service) settled(ctx context.Context, h common.Hash) (*Record, error) {
	rec, err := s.records.Get(ctx, h)
	if err != nil || rec == nil || rec.Admitting == 0 {
		return rec, err
	}
	if rec.Admitting > s.now() {
		return nil, erc7769.New(erc7769.CodeInternal, "iTx %s is being admitted by another request; send it again in %d s", h.Hex(), rec.Admitting-s.now())
	}
	if err := s.settle(ctx, rec); err != nil {
		return nil, err
	}
	return s.admitted(ctx, h)
}

// settle finishes the admission of a crashed one: when every op reached
// its mempool (or was already mined) the record is committed; otherwise
// the ops it inserted, and only those, are removed with the record.
func (s *Service) settle(ctx context.Context, rec *Record) error {
	whole := true
	for _, op := range rec.Ops {
		c, ok := s.chains[op.ChainID]
		if !ok {
			whole = false
			break
		}
		p, ok := c.Pools()[op.EntryPoint]
		if !ok {
			whole = false
			break
		}
		if _, ok := p.Get(op.UserOpHash); !ok {
			whole = false
			break
		}
	}
	if whole {
		s.log.Warn().Stringer("itxHash", rec.ItxHash).Msg("crashed admission settled: every op was inserted, the iTx is admitted")
		return s.commit(ctx, rec)
	}
	if err := s.eachPool(rec, func(p *mempool.Pool, h common.Hash) error {
		_, err := p.RemoveFrom(ctx, h, rec.ItxHash)
		return err
	}); err != nil {
		return fmt.Errorf("roll back iTx %s: %w", rec.ItxHash, err)
	}
	s.log.Warn().Stringer("itxHash", rec.ItxHash).Msg("crashed admission settled: not every op was inserted, the iTx is rolled back")
	return s.records.Delete(ctx, rec.ItxHash)
}

// commit releases the held ops of an admission whose ops are all in their
// mempools (of a paid iTx, only its payment op: paid.go), then commits its
// record. A crash between the two leaves the record Admitting with every op
// present: settle commits it.
func (s *Service) commit(ctx context.Context, rec *Record) error {
	if err := s.eachPool(rec, func(p *mempool.Pool, h common.Hash) error {
		if rec.Paid && h != rec.Ops[0].UserOpHash {
			return nil
		}
		_, err := p.Release(ctx, h, rec.ItxHash)
		return err
	}); err != nil {
		return err
	}
	return s.records.Commit(ctx, rec.ItxHash)
}

// eachPool calls fn with the pool and hash of each op of rec.
func (s *Service) eachPool(rec *Record, fn func(*mempool.Pool, common.Hash) error) error {
	for _, op := range rec.Ops {
		if c, ok := s.chains[op.ChainID]; ok {
			if p, ok := c.Pools()[op.EntryPoint]; ok {
				if err := fn(p, op.UserOpHash); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// RecoverAdmissions settles every admission whose lease has run out (a
// crashed process's): call it at start, before bundling, and Run repeats
// it. Admissions still within their lease are left to their process.
func (s *Service) RecoverAdmissions(ctx context.Context) error {
	hashes, err := s.records.Admitting(ctx)
	if err != nil {
		return err
	}
	for _, h := range hashes {
		unlock := s.locks.lock(h)
		rec, err := s.records.Get(ctx, h)
		switch {
		case err != nil:
		case rec == nil:
			err = s.records.Delete(ctx, h) // only unlists it
		case rec.Admitting == 0:
			err = s.records.Commit(ctx, h) // only unlists it
		case rec.Admitting <= s.now():
			err = s.settle(ctx, rec)
		}
		unlock()
		if err != nil {
			return err
		}
	}
	return s.recoverPaid(ctx)
}

// recoverLoop settles crashed admissions of other processes sharing the
// store, every lease.
func (s *Service) recoverLoop(ctx context.Context) {
	t := time.NewTicker(admissionLease)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := s.RecoverAdmissions(ctx); err != nil && ctx.Err() == nil {
				s.log.Warn().Err(err).Msg("recover crashed admissions")
			}
		}
	}
}
