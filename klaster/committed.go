package klaster

import (
	"context"
	"github.com/klaster-dev/klaster/erc7769"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/entrypoint"
)

// Committed is an iTx that a node committed to, checked without chain state:
// everything a witness needs to hold the node to it.
type Committed struct {
	ItxHash       common.Hash
	Node          common.Address
	Commitment    []byte // the node's EIP-191 signature of ItxHash
	UserSignature []byte // the user's signature of ItxHash
	Ops           []CommittedOp
}

// CommittedOp is one op of a Committed iTx. Op carries its full mee-v1
// signature.
type CommittedOp struct {
	ChainID    uint64
	EntryPoint common.Address
	Op         *entrypoint.UserOperation
	UserOpHash common.Hash
	Leaf       common.Hash
	Proof      []common.Hash
	Lower      uint64
	Upper      uint64
}

// CheckCommitted runs the checks of klaster_witnessInterchainTx, none of
// which needs chain state: the tree, every proof, the user's signature and
// req.Commitment recovering to node. A bad input is -32602 or -32507.
func (s *Service) CheckCommitted(req SendRequest, node common.Address) (*Committed, error) {
	if node == (common.Address{}) {
		return nil, erc7769.New(erc7769.CodeInvalidParams, "missing node")
	}
	if len(req.Commitment) == 0 {
		return nil, erc7769.New(erc7769.CodeInvalidParams, "missing commitment")
	}
	commitment := req.Commitment
	req.Commitment = nil // checked below against node, not against this node
	in, t, _, err := s.checkSigned(req)
	if err != nil {
		return nil, err
	}
	if got, err := RecoverRootSigner(t.root, commitment); err != nil || got != node {
		return nil, erc7769.New(erc7769.CodeInvalidSignature, "commitment: not %s's signature of itxHash %s", node.Hex(), t.root.Hex())
	}
	return committedOf(in, t, node, commitment, req.Signature), nil
}

func committedOf(in []leafInput, t *itxTree, node common.Address, commitment, userSig []byte) *Committed {
	c := &Committed{ItxHash: t.root, Node: node, Commitment: commitment, UserSignature: userSig, Ops: make([]CommittedOp, len(in))}
	for i, l := range in {
		op := l.op.Copy()
		op.Signature = EncodeSignature(MerkleSignature{
			ItxHash: t.root, LowerBound: l.lower, UpperBound: l.upper, Proof: t.proofs[i], UserSignature: userSig,
		})
		c.Ops[i] = CommittedOp{
			ChainID: l.chainID, EntryPoint: l.entryPoint, Op: op, UserOpHash: t.hashes[i], Leaf: t.leaves[i],
			Proof: t.proofs[i], Lower: l.lower, Upper: l.upper,
		}
	}
	return c
}

// OnAdmitted registers fn to be called, outside any lock, with every iTx this
// node admits and commits to (for gossip to witnesses). fn must not block.
func (s *Service) OnAdmitted(fn func(context.Context, *Committed)) {
	s.onAdmit.Lock()
	defer s.onAdmit.Unlock()
	s.onAdmit.fns = append(s.onAdmit.fns, fn)
}

func (s *Service) notifyAdmitted(ctx context.Context, in []leafInput, t *itxTree, rec *Record) {
	s.onAdmit.Lock()
	fns := append([]func(context.Context, *Committed){}, s.onAdmit.fns...)
	s.onAdmit.Unlock()
	if len(fns) == 0 || len(rec.Commitment) == 0 {
		return
	}
	c := committedOf(in, t, s.node, rec.Commitment, rec.UserSignature)
	for _, fn := range fns {
		fn(ctx, c)
	}
}

// SkipITx makes this node accept and commit to the iTx as usual but never
// put its ops in a mempool: the dev-only fault witnesses must catch
// (debug_klaster_skipInterchainTx). Ops already admitted are left alone.
func (s *Service) SkipITx(itxHash common.Hash) {
	s.skipped.Lock()
	defer s.skipped.Unlock()
	if s.skipped.set == nil {
		s.skipped.set = map[common.Hash]bool{}
	}
	s.skipped.set[itxHash] = true
}

func (s *Service) isSkipped(itxHash common.Hash) bool {
	s.skipped.Lock()
	defer s.skipped.Unlock()
	return s.skipped.set[itxHash]
}

// admittedHooks and skipSet are the Service fields behind OnAdmitted and
// SkipITx.
type admittedHooks struct {
	sync.Mutex
	fns []func(context.Context, *Committed)
}

type skipSet struct {
	sync.Mutex
	set map[common.Hash]bool
}
