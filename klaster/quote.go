package klaster

import (
	"context"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
	"github.com/klaster-dev/klaster/gas"
	"github.com/klaster-dev/klaster/merkle"
)

// Quote completes the ops of an iTx (defaults, fees, gas), builds its tree
// and signs the root as the node's commitment. It keeps no state.
func (s *Service) Quote(ctx context.Context, req QuoteRequest) (*Quote, error) {
	if s.cfg.NodeKey == nil {
		return nil, erc7769.New(erc7769.CodeInternal, "this node has no node key and cannot sign commitments")
	}
	if err := s.checkCount(len(req.Ops)); err != nil {
		return nil, err
	}
	now := s.now()
	in := make([]leafInput, len(req.Ops))
	for i, r := range req.Ops {
		c, err := s.chain(r.ChainID, "chainId")
		if err != nil {
			return nil, erc7769.OpError(err, i, r.ChainID)
		}
		l := leafInput{chainID: r.ChainID, entryPoint: r.EntryPoint, op: r.Op.Copy(), upper: now + uint64(s.cfg.DefaultWindow.Seconds())}
		if l.entryPoint == (common.Address{}) {
			l.entryPoint = defaultEntryPoint(c)
		}
		var ok bool
		if l.version, ok = c.EntryPoints().Version(l.entryPoint); !ok {
			return nil, erc7769.OpError(erc7769.New(erc7769.CodeInvalidParams, "entryPoint %s is not served on chain %d", l.entryPoint.Hex(), r.ChainID), i, r.ChainID)
		}
		if err := checkAuthorization(l.op, r.ChainID, eip7702Account(c)); err != nil {
			return nil, erc7769.OpError(err, i, r.ChainID)
		}
		if r.Lower != nil {
			l.lower = *r.Lower
		}
		if r.Upper != nil {
			l.upper = *r.Upper
		}
		if err := s.checkBounds(l.lower, l.upper); err != nil {
			return nil, erc7769.OpError(err, i, r.ChainID)
		}
		if l.op.Nonce == nil {
			return nil, erc7769.OpError(erc7769.New(erc7769.CodeInvalidParams, "userOp.nonce is required"), i, r.ChainID)
		}
		in[i] = l
	}
	var pq *paidQuote
	if req.Payment != nil {
		var err error
		if in, pq, err = s.preparePayment(ctx, *req.Payment, in); err != nil {
			return nil, err
		}
	}
	if err := s.fillFees(ctx, in); err != nil {
		return nil, err
	}
	if err := s.fillGas(ctx, in); err != nil {
		return nil, err
	}
	var info *PaymentInfo
	if pq != nil {
		var err error
		if info, err = s.finishPayment(ctx, pq, in); err != nil {
			return nil, err
		}
	}
	for i := range in {
		in[i].op.Signature = []byte{}
		if err := in[i].op.Validate(in[i].version); err != nil {
			return nil, erc7769.OpError(erc7769.New(erc7769.CodeInvalidParams, "userOp: %v", err), i, in[i].chainID)
		}
	}
	t, err := buildTree(in)
	if err != nil {
		return nil, err
	}
	commitment, err := SignRoot(s.cfg.NodeKey, t.root)
	if err != nil {
		return nil, err
	}
	q := &Quote{ItxHash: t.root, Node: Address(s.node), Commitment: commitment, UserOps: make([]QuotedOp, len(in)), PaymentInfo: info}
	costs, order := chainCosts(in)
	expires := uint64(MaxUint48)
	for i, l := range in {
		q.UserOps[i] = QuotedOp{
			ChainID: hexutil.Uint64(l.chainID), EntryPoint: Address(l.entryPoint), UserOp: l.op,
			UserOpHash: t.hashes[i], Leaf: t.leaves[i], Proof: t.proofs[i],
			Lower: hexutil.Uint64(l.lower), Upper: hexutil.Uint64(l.upper),
		}
		expires = min(expires, l.upper)
	}
	for _, id := range order {
		q.Cost = append(q.Cost, ChainCost{ChainID: hexutil.Uint64(id), MaxCost: (*hexutil.Big)(costs[id])})
	}
	q.ExpiresAt = hexutil.Uint64(expires)
	return q, nil
}

func (s *Service) checkCount(n int) error {
	switch {
	case n == 0:
		return erc7769.New(erc7769.CodeInvalidParams, "userOps: an interchain transaction needs at least one op")
	case n > s.cfg.MaxOps:
		return erc7769.New(erc7769.CodeInvalidParams, "userOps: %d ops, at most %d", n, s.cfg.MaxOps)
	}
	return nil
}

// fillFees sets missing fee fields from each chain's suggestion, asking
// each chain once.
func (s *Service) fillFees(ctx context.Context, in []leafInput) error {
	fees := map[uint64]gas.Fees{}
	for i := range in {
		op := in[i].op
		if op.MaxFeePerGas != nil && op.MaxPriorityFeePerGas != nil {
			continue
		}
		f, ok := fees[in[i].chainID]
		if !ok {
			var err error
			if f, err = s.chains[in[i].chainID].SuggestFees(ctx); err != nil {
				return erc7769.OpError(err, i, in[i].chainID)
			}
			fees[in[i].chainID] = f
		}
		gas.FillFees(op, f)
	}
	return nil
}

// MeeVerificationGas is added to an estimated verificationGasLimit. The
// placeholder signature fails the validator's proof check, so estimation
// never runs what a real signature runs after it: locating the user
// signature and recovering its signer (up to two ecrecovers, EIP-191 form
// then raw digest).
const MeeVerificationGas = 20_000

func needsGas(op *entrypoint.UserOperation) bool {
	if op.CallGasLimit == nil || op.VerificationGasLimit == nil || op.PreVerificationGas == nil {
		return true
	}
	return op.Paymaster != nil && (op.PaymasterVerificationGasLimit == nil || op.PaymasterPostOpGasLimit == nil)
}

// fillGas estimates, in parallel, the ops that lack gas fields, with a
// placeholder signature as long as the longest proof of the tree (the
// final proof is that long or one element shorter, which only lowers
// calldata), and fills only the missing fields.
func (s *Service) fillGas(ctx context.Context, in []leafInput) error {
	placeholder := PlaceholderSignature(merkle.MaxProofLen(len(in)))
	errs := make([]error, len(in))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 8)
	for i := range in {
		op := in[i].op
		if !needsGas(op) {
			if op.Paymaster == nil {
				zeroPaymasterGas(op)
			}
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			probe := op.Copy()
			probe.Signature = placeholder
			est, err := s.chains[in[i].chainID].EstimateGas(ctx, probe, in[i].entryPoint)
			if err != nil {
				errs[i] = erc7769.OpError(err, i, in[i].chainID)
				return
			}
			fill := func(dst **big.Int, v uint64) {
				if *dst == nil {
					*dst = new(big.Int).SetUint64(v)
				}
			}
			fill(&op.CallGasLimit, uint64(est.CallGasLimit))
			fill(&op.VerificationGasLimit, uint64(est.VerificationGasLimit)+MeeVerificationGas)
			fill(&op.PreVerificationGas, uint64(est.PreVerificationGas))
			if op.Paymaster != nil {
				if est.PaymasterVerificationGasLimit != nil {
					fill(&op.PaymasterVerificationGasLimit, uint64(*est.PaymasterVerificationGasLimit))
				}
				if est.PaymasterPostOpGasLimit != nil {
					fill(&op.PaymasterPostOpGasLimit, uint64(*est.PaymasterPostOpGasLimit))
				}
			} else {
				zeroPaymasterGas(op)
			}
		}()
	}
	wg.Wait()
	return firstErr(errs)
}

// zeroPaymasterGas gives an op without paymaster its zero paymaster limits.
func zeroPaymasterGas(op *entrypoint.UserOperation) {
	if op.PaymasterVerificationGasLimit == nil {
		op.PaymasterVerificationGasLimit = new(big.Int)
	}
	if op.PaymasterPostOpGasLimit == nil {
		op.PaymasterPostOpGasLimit = new(big.Int)
	}
}

// firstErr returns the error of the lowest index, so answers are
// deterministic.
func firstErr(errs []error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
