package bundler

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// plainTx is a transaction that is not a bundle (a paymaster deposit top-up)
// sent from a free bundle signer on the builder's loop, so the signers'
// nonces stay the loop's.
type plainTx struct {
	to    common.Address
	value *big.Int
	data  []byte
	reply chan plainTxResult
}

type plainTxResult struct {
	hash common.Hash
	err  error
}

// SendTx sends a plain transaction (to, value, data) from a bundle signer
// with no bundle in flight and returns its hash without waiting for it to be
// mined. It fails when every signer is busy.
func (b *Builder) SendTx(ctx context.Context, to common.Address, value *big.Int, data []byte) (common.Hash, error) {
	req := plainTx{to: to, value: value, data: data, reply: make(chan plainTxResult, 1)}
	select {
	case b.plain <- req:
	case <-ctx.Done():
		return common.Hash{}, ctx.Err()
	}
	select {
	case r := <-req.reply:
		return r.hash, r.err
	case <-ctx.Done():
		return common.Hash{}, ctx.Err()
	}
}

func (b *Builder) sendPlain(ctx context.Context, req plainTx) {
	hash, err := b.sendPlainTx(ctx, req)
	req.reply <- plainTxResult{hash: hash, err: err}
}

func (b *Builder) sendPlainTx(ctx context.Context, req plainTx) (common.Hash, error) {
	s := freeSigner(b.signers)
	if s == nil {
		return common.Hash{}, fmt.Errorf("every bundle signer has a bundle in flight")
	}
	if err := b.refreshHead(ctx); err != nil {
		return common.Hash{}, err
	}
	gas, err := b.eth.EstimateGas(ctx, ethereum.CallMsg{From: s.address, To: &req.to, Value: req.value, Data: req.data})
	if err != nil {
		return common.Hash{}, fmt.Errorf("estimate: %w", err)
	}
	nonce, err := s.nextNonce(ctx, b.eth)
	if err != nil {
		return common.Hash{}, err
	}
	tip := big.NewInt(params.GWei)
	f := fees{tip: tip, feeCap: new(big.Int).Add(new(big.Int).Mul(b.head.BaseFee, big.NewInt(2)), tip)}
	tx, err := types.SignNewTx(s.key, b.signer, b.newTx(nonce, req.to, req.value, req.data, gas+gas/5, f, nil))
	if err != nil {
		return common.Hash{}, err
	}
	if err := b.eth.SendTransaction(ctx, tx); err != nil {
		if isNonceError(err) {
			s.resync()
		}
		return common.Hash{}, fmt.Errorf("send: %w", err)
	}
	s.nonce++
	b.log.Info().Stringer("tx", tx.Hash()).Str("signer", s.address.Hex()).Str("to", req.to.Hex()).Stringer("value", req.value).Msg("plain transaction sent")
	return tx.Hash(), nil
}
