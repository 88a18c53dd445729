package klaster

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
	"github.com/klaster-dev/klaster/merkle"
)

// leafInput is what one leaf commits to.
type leafInput struct {
	chainID    uint64
	entryPoint common.Address
	version    entrypoint.Version // the chain spec's version of entryPoint
	op         *entrypoint.UserOperation
	lower      uint64
	upper      uint64
}

// itxTree is the Merkle tree of an iTx's ops, in request order.
type itxTree struct {
	root   common.Hash
	hashes []common.Hash
	leaves []common.Hash
	proofs [][]common.Hash
}

// userOpHash is the EntryPoint's getUserOpHash of op on its chain.
func userOpHash(op *entrypoint.UserOperation, ep common.Address, v entrypoint.Version, chainID uint64) (common.Hash, error) {
	h, err := entrypoint.NewHasher(v, ep, new(big.Int).SetUint64(chainID))
	if err != nil {
		return common.Hash{}, err
	}
	return h.Hash(op)
}

// buildTree hashes every op, makes its mee-v1 leaf and the sorted-leaf tree,
// and returns the root and each op's proof. A hashing failure names the op.
func buildTree(in []leafInput) (*itxTree, error) {
	t := &itxTree{
		hashes: make([]common.Hash, len(in)),
		leaves: make([]common.Hash, len(in)),
		proofs: make([][]common.Hash, len(in)),
	}
	for i, l := range in {
		h, err := userOpHash(l.op, l.entryPoint, l.version, l.chainID)
		if err != nil {
			return nil, erc7769.OpError(erc7769.New(erc7769.CodeInvalidParams, "userOpHash: %v", err), i, l.chainID)
		}
		t.hashes[i] = h
		t.leaves[i] = Leaf(h, l.lower, l.upper)
	}
	tree, err := merkle.New(t.leaves)
	if err != nil {
		return nil, erc7769.New(erc7769.CodeInvalidParams, "merkle tree: %v", err)
	}
	t.root = tree.Root()
	for i := range in {
		if t.proofs[i], err = tree.ProofAt(i); err != nil {
			return nil, fmt.Errorf("proof of op %d: %w", i, err)
		}
	}
	return t, nil
}
