package bundler

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/validation"
)

// EREP-070: "During bundle creation, if a staked entity reduces its
// validation gas by more than 10% compared to the second validation, that
// entity is throttled, even if the UserOperation itself did not revert."
//
// The bundle that passed its simulation is traced once more (geth's
// callTracer) when it holds an op with a staked entity, and each staked
// entity's validation frames are compared with the second validation's.
// Only an entity's first op in the bundle is compared: its later ops run on
// storage and accounts its first one already warmed, which costs less gas
// without any change of behaviour.

// callFrame is one frame of geth's callTracer output.
type callFrame struct {
	To      common.Address `json:"to"`
	GasUsed hexutil.Uint64 `json:"gasUsed"`
	Input   hexutil.Bytes  `json:"input"`
	Calls   []callFrame    `json:"calls"`
}

// bundleValidationGas maps each op of a traced handleOps to the gas its
// entities' validation frames used: the factory's call under the
// senderCreator, the account's validateUserOp and the paymaster's
// validatePaymasterUserOp, in the EntryPoint's validation loop order.
func bundleValidationGas(root *callFrame, ops []mempool.Entry) []map[common.Address]uint64 {
	out := make([]map[common.Address]uint64, len(ops))
	add := func(i int, a common.Address, g hexutil.Uint64) {
		if out[i] == nil {
			out[i] = map[common.Address]uint64{}
		}
		out[i][a] += uint64(g)
	}
	next, cur := 0, -1 // the next op to validate; the op being validated
	for fi := range root.Calls {
		f := &root.Calls[fi]
		switch {
		case validation.HasSelector(f.Input, validation.SelectorValidateUserOp):
			for j := next; j < len(ops); j++ {
				if ops[j].Op.Sender == f.To {
					cur, next = j, j+1
					add(j, f.To, f.GasUsed)
					break
				}
			}
		case validation.HasSelector(f.Input, validation.SelectorValidatePaymasterUserOp):
			if cur >= 0 && ops[cur].Op.Paymaster != nil && *ops[cur].Op.Paymaster == f.To {
				add(cur, f.To, f.GasUsed)
			}
		case next < len(ops) && ops[next].Op.Factory != nil:
			for ci := range f.Calls {
				if c := &f.Calls[ci]; c.To == *ops[next].Op.Factory {
					add(next, c.To, c.GasUsed)
				}
			}
		}
	}
	return out
}

// gasReduction is one staked entity whose validation gas fell.
type gasReduction struct {
	op                     common.Hash
	entity                 common.Address
	secondValidation, used uint64
}

// reducedValidationGas compares each staked entity's validation gas at its
// first op in the bundle with the second validation's, and returns those
// that used more than 10% less (EREP-070).
func reducedValidationGas(ops []mempool.Entry, second map[common.Hash]map[common.Address]uint64, inBundle []map[common.Address]uint64) []gasReduction {
	var out []gasReduction
	seen := map[common.Address]bool{}
	for i, e := range ops {
		for _, a := range entityAddresses(e) {
			first := !seen[a]
			seen[a] = true
			want, staked := second[e.UserOpHash][a]
			if !first || !staked || i >= len(inBundle) {
				continue
			}
			got, traced := inBundle[i][a]
			if traced && got*10 < want*9 {
				out = append(out, gasReduction{op: e.UserOpHash, entity: a, secondValidation: want, used: got})
			}
		}
	}
	return out
}

// entityAddresses lists the sender, factory and paymaster of an op.
func entityAddresses(e mempool.Entry) []common.Address {
	out := []common.Address{e.Op.Sender}
	if e.Op.Factory != nil {
		out = append(out, *e.Op.Factory)
	}
	if e.Op.Paymaster != nil {
		out = append(out, *e.Op.Paymaster)
	}
	return out
}

// checkValidationGas applies EREP-070 to a bundle that passed simulation:
// a staked entity whose validation used more than 10% less gas than at the
// second validation is throttled. The op stays in the bundle.
func (b *Builder) checkValidationGas(ctx context.Context, from, entryPoint common.Address, data []byte, auths []types.SetCodeAuthorization, gas uint64, ops []mempool.Entry, second map[common.Hash]map[common.Address]uint64) {
	if b.deps.Reputation == nil || len(second) == 0 {
		return
	}
	root, err := b.traceBundle(ctx, from, entryPoint, data, auths, gas)
	if err != nil {
		b.log.Warn().Err(err).Msg("EREP-070: cannot trace the bundle; validation gas not compared")
		return
	}
	count := map[common.Address]uint64{}
	for _, e := range ops {
		for _, a := range entityAddresses(e) {
			count[a]++
		}
	}
	for _, r := range reducedValidationGas(ops, second, bundleValidationGas(root, ops)) {
		if b.deps.Reputation.ValidationGasReduced(r.entity, r.secondValidation, r.used, count[r.entity]) {
			b.log.Warn().Str("rule", "EREP-070").Stringer("userOpHash", r.op).Str("entity", r.entity.Hex()).
				Uint64("secondValidationGas", r.secondValidation).Uint64("bundleGas", r.used).
				Msg("staked entity used over 10% less validation gas in the bundle than at the second validation; throttled")
		}
	}
}

// traceBundle runs handleOps under geth's callTracer.
func (b *Builder) traceBundle(ctx context.Context, from, entryPoint common.Address, data []byte, auths []types.SetCodeAuthorization, gas uint64) (*callFrame, error) {
	args := map[string]any{"from": from, "to": entryPoint, "data": hexutil.Bytes(data), "gas": hexutil.Uint64(gas)}
	if len(auths) > 0 {
		args["authorizationList"] = auths
	}
	var raw json.RawMessage
	if err := b.eth.Client().CallContext(ctx, &raw, "debug_traceCall", args, "latest", map[string]any{"tracer": "callTracer"}); err != nil {
		return nil, fmt.Errorf("debug_traceCall handleOps: %w", err)
	}
	var root callFrame
	if err := json.Unmarshal(raw, &root); err != nil {
		return nil, fmt.Errorf("decode callTracer output: %w", err)
	}
	return &root, nil
}
