package klaster

import (
	"bytes"
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/erc7769"
	"github.com/klaster-dev/klaster/internal/crashpoint"
	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/merkle"
)

// Send admits a signed iTx: every op or none. Checks that need no chain
// state come first; then the ops are validated in parallel across chains,
// and only when all pass are they inserted. Sending the same iTx again
// returns the same result.
func (s *Service) Send(ctx context.Context, req SendRequest) (*SendResult, error) {
	in, t, signer, err := s.checkSigned(req)
	if err != nil {
		return nil, err
	}
	unlock := s.locks.lock(t.root)
	defer unlock()
	if rec, err := s.settled(ctx, t.root); err != nil {
		return nil, err
	} else if rec != nil {
		s.log.Debug().Stringer("itxHash", t.root).Msg("iTx sent again")
		return &SendResult{ItxHash: rec.ItxHash, UserOpHashes: rec.userOpHashes()}, nil
	}

	paid, err := s.checkPaid(in)
	if err != nil {
		return nil, err
	}
	for i := range in {
		in[i].op.Signature = EncodeSignature(MerkleSignature{
			ItxHash: t.root, LowerBound: in[i].lower, UpperBound: in[i].upper, Proof: t.proofs[i], UserSignature: req.Signature,
		})
	}
	checked, err := s.checkAll(ctx, in, t.root, signer, req.Signature)
	if err != nil {
		s.log.Info().Stringer("itxHash", t.root).Err(err).Msg("iTx rejected")
		return nil, err
	}
	release, err := s.reserveWaiting(signer, checked)
	if err != nil {
		s.log.Info().Stringer("itxHash", t.root).Err(err).Msg("iTx over a waiting-op cap")
		return nil, err
	}
	defer release()
	rec := s.newRecord(in, t, req.Signature)
	rec.Paid = paid
	if s.isSkipped(t.root) { // the --dev fault: committed to, never bundled
		checked = nil
	}
	if err := s.insertAll(ctx, rec, in, checked); err != nil {
		s.log.Warn().Stringer("itxHash", t.root).Err(err).Msg("iTx insert failed, rolled back")
		return nil, err
	}
	s.log.Info().Stringer("itxHash", t.root).Int("ops", len(in)).Msg("iTx admitted")
	s.notifyAdmitted(ctx, in, t, rec)
	return &SendResult{ItxHash: t.root, UserOpHashes: t.hashes}, nil
}

// checkSigned runs the checks that need no chain state: fields, bounds,
// the client's hashes, leaves and proofs, signatures carried by the ops, and
// the well-formedness of the user's and the node's signatures.
func (s *Service) checkSigned(req SendRequest) ([]leafInput, *itxTree, common.Address, error) {
	if err := s.checkCount(len(req.Ops)); err != nil {
		return nil, nil, common.Address{}, err
	}
	in := make([]leafInput, len(req.Ops))
	for i, r := range req.Ops {
		c, err := s.chain(r.ChainID, "chainId")
		if err != nil {
			return nil, nil, common.Address{}, erc7769.OpError(err, i, r.ChainID)
		}
		ep := r.EntryPoint
		if ep == (common.Address{}) {
			ep = defaultEntryPoint(c)
		}
		v, ok := c.EntryPoints().Version(ep)
		if !ok {
			return nil, nil, common.Address{}, erc7769.OpError(erc7769.New(erc7769.CodeInvalidParams, "entryPoint %s is not served on chain %d", ep.Hex(), r.ChainID), i, r.ChainID)
		}
		if err := r.Op.Validate(v); err != nil {
			return nil, nil, common.Address{}, erc7769.OpError(erc7769.New(erc7769.CodeInvalidParams, "userOp: %v", err), i, r.ChainID)
		}
		if err := s.checkBounds(r.Lower, r.Upper); err != nil {
			return nil, nil, common.Address{}, erc7769.OpError(err, i, r.ChainID)
		}
		if err := checkAuthorization(r.Op, r.ChainID, eip7702Account(c)); err != nil {
			return nil, nil, common.Address{}, erc7769.OpError(err, i, r.ChainID)
		}
		in[i] = leafInput{chainID: r.ChainID, entryPoint: ep, version: v, op: r.Op.Copy(), lower: r.Lower, upper: r.Upper}
	}
	t, err := buildTree(in)
	if err != nil {
		return nil, nil, common.Address{}, err
	}
	seen := make(map[common.Hash]int, len(in))
	for i, r := range req.Ops {
		if j, dup := seen[t.hashes[i]]; dup {
			return nil, nil, common.Address{}, erc7769.OpError(erc7769.New(erc7769.CodeInvalidParams, "the same op as op %d", j), i, r.ChainID)
		}
		seen[t.hashes[i]] = i
		sigErr := func(format string, args ...any) error {
			return erc7769.OpError(erc7769.New(erc7769.CodeInvalidSignature, format, args...), i, r.ChainID)
		}
		switch {
		case r.UserOpHash != nil && *r.UserOpHash != t.hashes[i]:
			return nil, nil, common.Address{}, sigErr("userOpHash %s does not match the op (its hash is %s)", r.UserOpHash.Hex(), t.hashes[i].Hex())
		case r.Leaf != nil && *r.Leaf != t.leaves[i]:
			return nil, nil, common.Address{}, sigErr("leaf %s does not match the op and its bounds (%s)", r.Leaf.Hex(), t.leaves[i].Hex())
		}
	}
	// Every op matches what the client says it signed; now the tree.
	for i, r := range req.Ops {
		sigErr := func(format string, args ...any) error {
			return erc7769.OpError(erc7769.New(erc7769.CodeInvalidSignature, format, args...), i, r.ChainID)
		}
		if r.Proof != nil && !merkle.Verify(t.root, t.leaves[i], r.Proof) {
			return nil, nil, common.Address{}, sigErr("the proof does not lead from the op's leaf to the root %s", t.root.Hex())
		}
		if len(r.Op.Signature) > 0 {
			ms, err := DecodeSignature(r.Op.Signature)
			switch {
			case err != nil:
				return nil, nil, common.Address{}, sigErr("the op's signature is not a mee-v1 signature: %v", err)
			case ms.ItxHash != t.root:
				return nil, nil, common.Address{}, sigErr("the op's signature is for root %s, not %s", ms.ItxHash.Hex(), t.root.Hex())
			case ms.LowerBound != r.Lower || ms.UpperBound != r.Upper:
				return nil, nil, common.Address{}, sigErr("the op's signature carries other bounds than the op")
			case !merkle.Verify(t.root, t.leaves[i], ms.Proof):
				return nil, nil, common.Address{}, sigErr("the proof in the op's signature does not lead to the root")
			case !bytes.Equal(ms.UserSignature, req.Signature):
				return nil, nil, common.Address{}, sigErr("the op's signature carries another user signature")
			}
		}
	}
	// The signer is checked against each account on chain (its
	// entitlement, then validation); here it must at least recover.
	signer, err := RecoverRootSigner(t.root, req.Signature)
	if err != nil || signer == (common.Address{}) {
		return nil, nil, common.Address{}, erc7769.New(erc7769.CodeInvalidSignature, "signature: not a valid signature of itxHash %s: %v", t.root.Hex(), err)
	}
	if len(req.Commitment) > 0 {
		if got, err := RecoverRootSigner(t.root, req.Commitment); err != nil || got != s.node {
			return nil, nil, common.Address{}, erc7769.New(erc7769.CodeInvalidSignature, "commitment: not this node's (%s) signature of itxHash %s", s.node.Hex(), t.root.Hex())
		}
	}
	return in, t, signer, nil
}

// checkAll validates every op in parallel. The error of the lowest index
// wins, so answers are deterministic.
func (s *Service) checkAll(ctx context.Context, in []leafInput, root common.Hash, signer common.Address, userSig []byte) ([]Admitted, error) {
	checked := make([]Admitted, len(in))
	errs := make([]error, len(in))
	var wg sync.WaitGroup
	for i := range in {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l := in[i]
			c, err := s.chains[l.chainID].Check(ctx, AdmitRequest{
				Op: l.op, EntryPoint: l.entryPoint, ItxHash: root, Lower: l.lower, Upper: l.upper,
				Signer: signer, UserSignature: userSig,
			})
			if err != nil {
				errs[i] = erc7769.OpError(err, i, l.chainID)
				return
			}
			checked[i] = c
		}()
	}
	wg.Wait()
	if err := firstErr(errs); err != nil {
		return nil, err
	}
	return checked, nil
}

func (s *Service) newRecord(in []leafInput, t *itxTree, userSig []byte) *Record {
	commitment, err := s.commitment(t.root)
	if err != nil {
		s.log.Warn().Err(err).Msg("sign commitment")
	}
	now := s.now()
	rec := &Record{ItxHash: t.root, Node: s.node, Commitment: commitment, UserSignature: userSig, CreatedAt: now, Ops: make([]OpRecord, len(in)),
		Admitting: now + uint64(admissionLease/time.Second)}
	for i, l := range in {
		st := mempool.Pending
		if l.lower > now {
			st = mempool.Scheduled
		}
		rec.Ops[i] = OpRecord{
			ChainID: l.chainID, EntryPoint: l.entryPoint, UserOpHash: t.hashes[i], Leaf: t.leaves[i], Proof: t.proofs[i],
			Lower: l.lower, Upper: l.upper, Status: st,
		}
	}
	return rec
}

func (s *Service) commitment(root common.Hash) ([]byte, error) {
	if s.cfg.NodeKey == nil {
		return nil, nil
	}
	return SignRoot(s.cfg.NodeKey, root)
}

// insertAll stores the record as Admitting, inserts every op, then commits
// the record. When an insert fails, the ops this iTx added (and only those:
// a leaf equal to an op already pending belongs to its sender) and the
// record are removed again. A crash at any step leaves a record still
// Admitting, which recovery settles: whole or absent.
func (s *Service) insertAll(ctx context.Context, rec *Record, in []leafInput, checked []Admitted) error {
	if _, err := s.records.Create(ctx, rec); err != nil {
		return err
	}
	crashpoint.Hit("itx-created")
	added := make([]bool, len(checked)+1)
	for i, c := range append(checked, commitLeaf{s, rec.ItxHash}) {
		var err error
		if added[i], err = c.Insert(ctx); err == nil && i == 0 {
			crashpoint.Hit("itx-inserted-first")
		}
		if err != nil {
			// Roll back on the worker, after the transitions already queued
			// and before those of the removal: none is applied to a record
			// being deleted. It must happen even if the caller has gone.
			_ = s.serialized(context.WithoutCancel(ctx), func(ctx context.Context) {
				for j := i - 1; j >= 0; j-- {
					if added[j] {
						checked[j].Remove(ctx)
					}
				}
				if derr := s.records.Delete(ctx, rec.ItxHash); derr != nil {
					s.log.Error().Err(derr).Stringer("itxHash", rec.ItxHash).Msg("delete rolled-back record")
				}
			})
			if i == len(in) {
				return fmt.Errorf("commit: %w", err)
			}
			return erc7769.OpError(fmt.Errorf("insert: %w", err), i, in[i].chainID)
		}
	}
	crashpoint.Hit("itx-committed")
	// Subscribers see the admitted iTx; transitions of its ops that came
	// during the insert are applied on the worker, after this.
	s.hub.publishStatus(statusView(rec))
	return nil
}

// commitLeaf is the last step of insertAll: the record stops Admitting.
type commitLeaf struct {
	s    *Service
	root common.Hash
}

func (c commitLeaf) Insert(ctx context.Context) (bool, error) {
	crashpoint.Hit("itx-inserted-all")
	rec, err := c.s.records.Get(ctx, c.root)
	if err != nil || rec == nil {
		return false, fmt.Errorf("record %s: %v", c.root, err)
	}
	return false, c.s.commit(ctx, rec)
}
func (commitLeaf) Remove(context.Context) {}
func (commitLeaf) Waiting() bool          { return false }
