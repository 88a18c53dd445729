package validation

import (
	"bytes"
	"context"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func sortHashes(h []common.Hash) {
	sort.Slice(h, func(i, j int) bool { return bytes.Compare(h[i][:], h[j][:]) < 0 })
}

// RecheckCodeHashes compares res.CodeHashes with the code at the latest
// block (COD-010). A change gives a -32502 *erc7769.Error.
func (v *Validator) RecheckCodeHashes(ctx context.Context, res *Result) error {
	if res == nil || len(res.CodeHashes) == 0 {
		return nil
	}
	blk, err := v.node.latest(ctx)
	if err != nil {
		return err
	}
	addrs := make([]common.Address, 0, len(res.CodeHashes))
	for a := range res.CodeHashes {
		addrs = append(addrs, a)
	}
	sort.Slice(addrs, func(i, j int) bool { return addrs[i].Cmp(addrs[j]) < 0 })
	codes, err := v.node.codes(ctx, blk, addrs)
	if err != nil {
		return fmt.Errorf("COD-010 recheck: %w", err)
	}
	for _, a := range addrs {
		if got := crypto.Keccak256Hash(codes[a]); got != res.CodeHashes[a] {
			return ruleError("COD-010", "", a, "modified code after first validation: %s code hash %s, was %s", a.Hex(), got.Hex(), res.CodeHashes[a].Hex())
		}
	}
	return nil
}
