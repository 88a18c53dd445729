package bundler

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/klaster-dev/klaster/config"
	"github.com/klaster-dev/klaster/internal/crashpoint"
	"github.com/klaster-dev/klaster/mempool"
)

// FeePolicy is a chain's fee settings for bundle transactions
// (config.Chain's fee fields).
type FeePolicy struct {
	// BaseFeeMultiplierPercent: the fee cap is baseFee·this/100 + tip
	// (0 means config.DefaultBaseFeeMultiplierPercent).
	BaseFeeMultiplierPercent uint64
	// PriorityFeeMultiplierPercent scales the bundle's tip, the lowest of
	// its ops' (0 means 100).
	PriorityFeeMultiplierPercent uint64
	// PriorityFeeFloor is the lowest tip (legacy: gas price) paid (nil: 1 wei).
	PriorityFeeFloor *big.Int
	// Legacy sends type-0 transactions with a gas price (chains without
	// EIP-1559); bundles with EIP-7702 authorizations cannot be sent then.
	Legacy bool
}

// fees are a bundle transaction's fee fields: EIP-1559 tip and fee cap, or
// for legacy transactions the gas price in both.
type fees struct {
	tip, feeCap *big.Int
	legacy      bool
}

// bundleFees pays what the ops pay at most. The tip is the lowest
// maxPriorityFeePerGas of the bundle scaled by PriorityFeeMultiplierPercent,
// at least PriorityFeeFloor (1 wei without one); the fee cap
// baseFee·BaseFeeMultiplierPercent/100 plus the tip, but never more than
// the lowest maxFeePerGas, so the bundle cannot cost more than the ops
// repay — unless the floor itself is above that (the chain will not include
// less; admission refuses ops below the floor). Legacy: the gas price is
// that tip capped the same way (legacy ops pay maxFeePerGas =
// maxPriorityFeePerGas).
func bundleFees(baseFee *big.Int, ops []mempool.Entry, p FeePolicy) fees {
	tip, maxFee := (*big.Int)(nil), (*big.Int)(nil)
	for _, e := range ops {
		if tip == nil || e.Op.MaxPriorityFeePerGas.Cmp(tip) < 0 {
			tip = e.Op.MaxPriorityFeePerGas
		}
		if maxFee == nil || e.Op.MaxFeePerGas.Cmp(maxFee) < 0 {
			maxFee = e.Op.MaxFeePerGas
		}
	}
	t := percentOf(tip, p.PriorityFeeMultiplierPercent, 100)
	floor := p.PriorityFeeFloor
	if floor == nil || floor.Sign() == 0 {
		floor = big.NewInt(1)
	}
	if t.Cmp(floor) < 0 {
		t.Set(floor)
	}
	if p.Legacy || baseFee == nil {
		baseFee = new(big.Int)
	}
	feeCap := percentOf(baseFee, p.BaseFeeMultiplierPercent, config.DefaultBaseFeeMultiplierPercent)
	feeCap.Add(feeCap, t)
	if feeCap.Cmp(maxFee) > 0 {
		feeCap.Set(maxFee)
	}
	if feeCap.Cmp(floor) < 0 {
		feeCap.Set(floor)
	}
	if t.Cmp(feeCap) > 0 {
		t.Set(feeCap)
	}
	if p.Legacy {
		return fees{tip: feeCap, feeCap: new(big.Int).Set(feeCap), legacy: true}
	}
	return fees{tip: t, feeCap: feeCap}
}

// percentOf returns v·pct/100 as a new value; pct 0 means def.
func percentOf(v *big.Int, pct, def uint64) *big.Int {
	if pct == 0 {
		pct = def
	}
	out := new(big.Int).Mul(v, new(big.Int).SetUint64(pct))
	return out.Div(out, big.NewInt(100))
}

// bump raises both fee fields by percent (node txpools replace a transaction
// only for at least 10% more on both).
func (f fees) bump(percent int64) fees {
	up := func(v *big.Int) *big.Int {
		out := new(big.Int).Mul(v, big.NewInt(100+percent))
		out.Div(out, big.NewInt(100))
		if out.Cmp(v) <= 0 {
			out.Add(v, big.NewInt(1))
		}
		return out
	}
	return fees{tip: up(f.tip), feeCap: up(f.feeCap), legacy: f.legacy}
}

func feesOf(tx *types.Transaction) fees {
	return fees{tip: tx.GasTipCap(), feeCap: tx.GasFeeCap(), legacy: tx.Type() == types.LegacyTxType}
}

// newTx builds a bundle transaction: type 0 with a gas price on legacy
// chains, type 4 when it carries EIP-7702 authorizations, EIP-1559
// otherwise.
func (b *Builder) newTx(nonce uint64, to common.Address, value *big.Int, data []byte, gas uint64, f fees, auths []types.SetCodeAuthorization) types.TxData {
	if f.legacy {
		return &types.LegacyTx{Nonce: nonce, GasPrice: f.feeCap, Gas: gas, To: &to, Value: value, Data: data}
	}
	if len(auths) > 0 {
		return &types.SetCodeTx{
			ChainID:   uint256.MustFromBig(b.chainID),
			Nonce:     nonce,
			GasTipCap: uint256.MustFromBig(f.tip),
			GasFeeCap: uint256.MustFromBig(f.feeCap),
			Gas:       gas,
			To:        to,
			Value:     uint256.MustFromBig(value),
			Data:      data,
			AuthList:  auths,
		}
	}
	return &types.DynamicFeeTx{
		ChainID:   b.chainID,
		Nonce:     nonce,
		GasTipCap: f.tip,
		GasFeeCap: f.feeCap,
		Gas:       gas,
		To:        &to,
		Value:     value,
		Data:      data,
	}
}

// send signs and sends a new bundle and marks its ops Submitted.
func (b *Builder) send(ctx context.Context, src *Source, s *signer, ops []mempool.Entry, data []byte, auths []types.SetCodeAuthorization, gas uint64) (*bundleTx, error) {
	nonce, err := s.nextNonce(ctx, b.eth)
	if err != nil {
		return nil, err
	}
	f := bundleFees(b.head.BaseFee, ops, b.cfg.Fees)
	if f.legacy && len(auths) > 0 {
		return nil, fmt.Errorf("bundle carries EIP-7702 authorizations, but the chain is legacy (no typed transactions)")
	}
	tx, err := types.SignNewTx(s.key, b.signer, b.newTx(nonce, src.EntryPoint, new(big.Int), data, gas, f, auths))
	if err != nil {
		return nil, fmt.Errorf("sign bundle: %w", err)
	}
	hashes := make([]common.Hash, len(ops))
	for i, e := range ops {
		hashes[i] = e.UserOpHash
	}
	// Recorded before it is sent (Submitted with the signed transaction's
	// hash, persisted): a crash in between leaves a record that reconcile
	// checks against the node, never ops that a next leader bundles again
	// while this transaction is in flight.
	if err := src.Pool.MarkSubmitted(ctx, hashes, tx.Hash()); err != nil {
		b.requeue(ctx, src, hashes)
		return nil, fmt.Errorf("record bundle before sending: %w", err)
	}
	crashpoint.Hit("bundle-recorded") // recorded, never sent
	if err := b.eth.SendTransaction(ctx, tx); err != nil {
		b.requeue(ctx, src, hashes)
		if isNonceError(err) {
			s.resync()
		}
		return nil, fmt.Errorf("send bundle: %w", err)
	}
	crashpoint.Hit("bundle-sent") // sent, not yet tracked by this process
	s.nonce++
	bt := &bundleTx{source: src, signer: s, nonce: nonce, ops: hashes, txs: []*types.Transaction{tx}, sentAtBlock: b.head.Number.Uint64()}
	s.busy = bt
	b.inflight = append(b.inflight, bt)
	b.sent.Store(tx.Hash(), SentBundle{Signer: s.address, SentAtBlock: bt.sentAtBlock})
	if b.deps.Metrics != nil {
		b.deps.Metrics.BundleSent()
	}
	b.log.Info().Stringer("tx", tx.Hash()).Int("ops", len(ops)).Uint64("gas", gas).Uint64("nonce", nonce).
		Str("signer", s.address.Hex()).Str("entryPoint", src.EntryPoint.Hex()).Msg("bundle sent")
	return bt, nil
}

// resend replaces a stuck bundle transaction with bumped fees, or after
// MaxReplacements cancels it with a 0-value self-transfer on the same nonce
// and returns its ops to the pool.
func (b *Builder) resend(ctx context.Context, bt *bundleTx) {
	last := bt.latest()
	f := feesOf(last).bump(b.cfg.FeeBumpPercent)
	cancel := bt.replacements >= b.cfg.MaxReplacements
	var data types.TxData
	if cancel {
		data = b.newTx(bt.nonce, bt.signer.address, new(big.Int), nil, 21_000, f, nil)
	} else {
		var auths []types.SetCodeAuthorization
		if last.Type() == types.SetCodeTxType {
			auths = last.SetCodeAuthorizations()
		}
		data = b.newTx(bt.nonce, *last.To(), new(big.Int), last.Data(), last.Gas(), f, auths)
	}
	tx, err := types.SignNewTx(bt.signer.key, b.signer, data)
	if err != nil {
		b.log.Error().Err(err).Msg("sign replacement")
		return
	}
	if err := b.eth.SendTransaction(ctx, tx); err != nil {
		// "nonce too low": one of the transactions on this nonce was mined;
		// the tracker sees it on its next pass.
		b.log.Warn().Err(err).Stringer("tx", last.Hash()).Msg("replace bundle")
		return
	}
	bt.txs = append(bt.txs, tx)
	bt.sentAtBlock = b.head.Number.Uint64()
	bt.replacements++
	if cancel {
		bt.state = txCancelling
		requeued, err := bt.source.Pool.Requeue(ctx, bt.ops)
		if err != nil {
			b.log.Warn().Err(err).Msg("requeue cancelled bundle")
		}
		b.log.Warn().Stringer("tx", tx.Hash()).Int("requeued", len(requeued)).Msg("bundle cancelled")
		if b.deps.Metrics != nil {
			b.deps.Metrics.BundleCancelled()
		}
		return
	}
	if b.deps.Metrics != nil {
		b.deps.Metrics.BundleReplaced()
	}
	b.log.Info().Stringer("tx", tx.Hash()).Stringer("replaces", last.Hash()).Int("replacement", bt.replacements).Msg("bundle replaced with higher fees")
}

func isNonceError(err error) bool {
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "nonce too low") || strings.Contains(s, "nonce too high")
}
