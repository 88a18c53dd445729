package bench

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/klaster-dev/klaster/klaster"
)

// ITxResult is the admission of iTxs of one size.
type ITxResult struct {
	Ops       int    `json:"ops"`
	Chains    int    `json:"chains"`
	Sent      int    `json:"sent"`
	Admitted  int    `json:"admitted"`
	Rejection string `json:"firstRejection,omitempty"`
	Quote     Dist   `json:"quote"`
	Admission Dist   `json:"admission"` // klaster_sendInterchainTx round trip
}

// klasterInfo is the part of klaster_getInfo the bench reads.
type klasterInfo struct {
	Chains []struct {
		ChainID          hexutil.Uint64            `json:"chainId"`
		AccountFactories map[common.Address]string `json:"accountFactories"`
	} `json:"chains"`
}

func getInfo(ctx context.Context, root *gethrpc.Client) (*klasterInfo, error) {
	var info klasterInfo
	if err := root.CallContext(ctx, &info, "klaster_getInfo"); err != nil {
		return nil, err
	}
	return &info, nil
}

func (info *klasterInfo) factory(chainID uint64, ep common.Address) (common.Address, bool) {
	for _, c := range info.Chains {
		if uint64(c.ChainID) == chainID && c.AccountFactories[ep] != "" {
			return common.HexToAddress(c.AccountFactories[ep]), true
		}
	}
	return common.Address{}, false
}

// itxChain is one chain of the iTx part.
type itxChain struct {
	id   uint64
	node *gethrpc.Client
	kind accountKind
}

// runITx admits cfg.ITxRepeat iTxs of 1 op and of cfg.ITxOps ops spread
// over the chains, each op deploying a fresh funded KlasterAccount, and
// times the quote and the admission (klaster_sendInterchainTx).
func runITx(ctx context.Context, cfg *Config, root *gethrpc.Client, info *klasterInfo, nodes []*gethrpc.Client, owner *ecdsa.PrivateKey, prog *progress) ([]ITxResult, error) {
	var chains []itxChain
	for _, n := range nodes {
		var id hexutil.Uint64
		if err := n.CallContext(ctx, &id, "eth_chainId"); err != nil {
			return nil, err
		}
		f, ok := info.factory(uint64(id), cfg.EntryPoint)
		if !ok {
			return nil, fmt.Errorf("iTx: klaster serves no KlasterAccount factory for chain %d", id)
		}
		k, err := klasterKind(f)
		if err != nil {
			return nil, err
		}
		chains = append(chains, itxChain{id: uint64(id), node: n, kind: k})
	}
	sizes := []int{1}
	if cfg.ITxOps > 1 {
		sizes = append(sizes, cfg.ITxOps)
	}
	// Accounts for every op of every iTx, per chain, created and funded at once.
	perChain := make([]int, len(chains))
	for _, k := range sizes {
		for i := range k {
			perChain[i%len(chains)] += cfg.ITxRepeat
		}
	}
	base := time.Now().UnixNano()
	accs := make([][]account, len(chains))
	for ci, c := range chains {
		salts := make([]*big.Int, perChain[ci])
		for i := range salts {
			salts[i] = big.NewInt(base + int64(i) + 1_000_000)
		}
		var err error
		if accs[ci], err = c.kind.addresses(ctx, c.node, ownerAddr(owner), salts); err != nil {
			return nil, err
		}
		to := make([]common.Address, len(accs[ci]))
		for i, a := range accs[ci] {
			to[i] = a.addr
		}
		prog.note("iTx: funding %d KlasterAccounts on chain %d", len(to), c.id)
		if err := fund(ctx, c.node, cfg.FundKey, to, cfg.Fund, cfg.Wait); err != nil {
			return nil, fmt.Errorf("chain %d: %w", c.id, err)
		}
	}
	used := make([]int, len(chains))
	var out []ITxResult
	for _, k := range sizes {
		res := ITxResult{Ops: k, Chains: min(k, len(chains))}
		var quotes, sends []time.Duration
		for range cfg.ITxRepeat {
			items := make([]map[string]any, k)
			for i := range k {
				ci := i % len(chains)
				a := accs[ci][used[ci]]
				used[ci]++
				c := chains[ci]
				factoryData, err := c.kind.factoryABI.Pack("createAccount", ownerAddr(owner), a.salt)
				if err != nil {
					return nil, err
				}
				callData, err := c.kind.accountABI.Pack("execute", ownerAddr(owner), new(big.Int), []byte{})
				if err != nil {
					return nil, err
				}
				items[i] = map[string]any{
					"chainId": hexutil.Uint64(c.id), "entryPoint": cfg.EntryPoint,
					"userOp": map[string]any{
						"sender": a.addr, "nonce": "0x0", "factory": c.kind.factory, "factoryData": hexutil.Bytes(factoryData),
						"callData": hexutil.Bytes(callData), "signature": "0x",
					},
				}
			}
			var q struct {
				ItxHash    common.Hash       `json:"itxHash"`
				Commitment hexutil.Bytes     `json:"commitment"`
				UserOps    []json.RawMessage `json:"userOps"`
			}
			t0 := time.Now()
			if err := root.CallContext(ctx, &q, "klaster_getQuote", map[string]any{"userOps": items}); err != nil {
				res.Sent++
				if res.Rejection == "" {
					res.Rejection = "klaster_getQuote: " + reason(err)
				}
				continue
			}
			quotes = append(quotes, time.Since(t0))
			sig, err := klaster.SignRoot(owner, q.ItxHash)
			if err != nil {
				return nil, err
			}
			signed := map[string]any{"userOps": q.UserOps, "signature": hexutil.Bytes(sig), "commitment": q.Commitment}
			var sent json.RawMessage
			res.Sent++
			t0 = time.Now()
			err = root.CallContext(ctx, &sent, "klaster_sendInterchainTx", signed)
			d := time.Since(t0)
			if err != nil {
				if res.Rejection == "" {
					res.Rejection = reason(err)
				}
				continue
			}
			res.Admitted++
			sends = append(sends, d)
		}
		res.Quote, res.Admission = distOf(quotes), distOf(sends)
		prog.note("iTx of %d ops: %d/%d admitted, admission p50 %.1f ms", k, res.Admitted, res.Sent, res.Admission.P50)
		out = append(out, res)
	}
	return out, nil
}
