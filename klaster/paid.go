package klaster

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/erc7769"
	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/payment"
)

// An iTx is paid when any of its ops is sponsored by the node's paymaster.
// Then op 0 must be its payment op, and every sponsorship must be the
// node's and carry that payment's reference: a sponsored op cannot ride on
// another quote's payment, and an iTx without its payment gets no
// sponsorship.
//
// Order of execution: a paid iTx's ops other than the payment stay held
// (mempool Entry.Held, persisted with the pool) after the admission commits
// until the payment op is MINED_SUCCESS (Record.Paid, persisted with the
// record); when the payment fails or expires they fail, and never run.

// checkPaid reports whether the iTx is paid and checks its sponsorships.
func (s *Service) checkPaid(in []leafInput) (bool, error) {
	cfg := s.cfg.Payment
	sponsored := func(l leafInput) (common.Address, bool) {
		if cfg == nil || l.op.Paymaster == nil {
			return common.Address{}, false
		}
		pm, ok := cfg.Chains[l.chainID].Paymasters[l.entryPoint]
		return pm, ok && pm == *l.op.Paymaster
	}
	paid := false
	for _, l := range in {
		if _, ok := sponsored(l); ok {
			paid = true
		}
	}
	if !paid {
		return false, nil
	}
	pmErr := func(i int, format string, args ...any) error {
		return erc7769.OpError(erc7769.New(erc7769.CodeRejectedByPaymaster, format, args...), i, in[i].chainID)
	}
	pay := in[0]
	if _, ok := sponsored(pay); !ok {
		return false, pmErr(0, "an iTx sponsored by the node's paymaster must start with its payment op")
	}
	token, recipient, amount, err := payment.ParseCallData(pay.op.CallData)
	if err != nil {
		return false, pmErr(0, "op 0 is not a payment op: %v", err)
	}
	if _, ok := cfg.Chains[pay.chainID].Token(token); !ok || recipient != s.node || amount.Sign() <= 0 {
		return false, pmErr(0, "op 0 does not pay this node in a payment token of chain %d", pay.chainID)
	}
	ref := payment.Ref(pay.chainID, pay.entryPoint, pay.op.Sender, pay.op.Nonce, token, recipient, amount)
	for i, l := range in {
		pm, ok := sponsored(l)
		if !ok {
			continue
		}
		sp, signer, err := payment.SponsorOf(l.chainID, pm, l.op)
		switch {
		case err != nil:
			return false, pmErr(i, "sponsorship: %v", err)
		case signer != s.node:
			return false, pmErr(i, "sponsorship is not signed by this node (%s)", s.node.Hex())
		case sp.PaymentRef != ref:
			return false, pmErr(i, "sponsorship belongs to another payment than op 0's")
		}
	}
	return true, nil
}

// releasePaid handles a transition of a paid iTx's payment op (rec as just
// written): mined successfully, the other ops are released to be bundled;
// failed or expired, they fail. It runs on the worker.
func (s *Service) releasePaid(ctx context.Context, rec *Record) {
	if !rec.Paid || rec.Admitting != 0 || len(rec.Ops) < 2 {
		return
	}
	switch st := rec.Ops[0].Status; st {
	case mempool.MinedSuccess:
		for _, op := range rec.Ops[1:] {
			if p := s.pool(op); p != nil {
				if _, err := p.Release(ctx, op.UserOpHash, rec.ItxHash); err != nil {
					s.log.Error().Err(err).Stringer("itxHash", rec.ItxHash).Msg("release op after payment")
				}
			}
		}
	case mempool.MinedFail, mempool.Failed, mempool.Expired:
		reason := "the iTx's payment op is " + st.String()
		if r := rec.Ops[0].Reason; r != "" {
			reason += " (" + r + ")"
		}
		for _, op := range rec.Ops[1:] {
			if p := s.pool(op); p != nil {
				if e, ok := p.Get(op.UserOpHash); ok && e.Held && e.Source.ITxHash == rec.ItxHash {
					if err := p.MarkFailed(ctx, op.UserOpHash, reason); err != nil {
						s.log.Error().Err(err).Stringer("itxHash", rec.ItxHash).Msg("fail op after payment")
					}
				}
			}
		}
	}
}

// pool returns the mempool of an op of a record, or nil.
func (s *Service) pool(op OpRecord) *mempool.Pool {
	if c, ok := s.chains[op.ChainID]; ok {
		return c.Pools()[op.EntryPoint]
	}
	return nil
}

// recoverPaid settles paid iTxs whose payment finished while the process
// was down (between writing the record and releasing or failing the ops):
// it runs at start, over the ops held in the pools.
func (s *Service) recoverPaid(ctx context.Context) error {
	seen := map[common.Hash]bool{}
	for _, c := range s.chains {
		for _, p := range c.Pools() {
			for _, e := range p.Dump() {
				if !e.Held || e.Source.Kind != mempool.SourceITx || seen[e.Source.ITxHash] {
					continue
				}
				seen[e.Source.ITxHash] = true
				rec, err := s.admitted(ctx, e.Source.ITxHash)
				if err != nil {
					return err
				}
				if rec != nil {
					s.releasePaid(ctx, rec)
				}
			}
		}
	}
	return nil
}
