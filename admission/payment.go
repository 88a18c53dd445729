package admission

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/payment"
)

// A payment op (payment.IsPaymentOp: a paid iTx's op 0) is sponsored by the
// node's paymaster, which pays its gas whatever its execution does: were
// its transfer to revert (too little token), it would be mined as
// MINED_FAIL at the node's cost and the payer would pay nothing. So a
// payment op's sender must hold the amount and the op must pass execution
// simulation before it becomes a bundle candidate (check: an iTx's payment
// op waits, held until the iTx is admitted, any other one is refused) and
// again before every bundle (revalidate). A payment op that would not pay
// fails at once (mempool.ErrNoRetry: it does not wait out its window), and
// its iTx with it (klaster.releasePaid).

var selBalanceOf = crypto.Keccak256([]byte("balanceOf(address)"))[:4]

// checkPayment returns nil when payment op op would pay: its sender holds
// the amount and its execution succeeds in simulation. Else an error
// naming the payment (-32521 for too little token).
func (a *Admitter) checkPayment(ctx context.Context, op *entrypoint.UserOperation, ep common.Address) error {
	token, _, amount, err := payment.ParseCallData(op.CallData)
	if err != nil {
		return fmt.Errorf("payment op: %w", err)
	}
	have, err := a.balanceOf(ctx, token, op.Sender)
	if err != nil {
		return fmt.Errorf("payment op: balance of %s in token %s: %w", op.Sender.Hex(), token.Hex(), err)
	}
	if have.Cmp(amount) < 0 {
		e := erc7769.New(erc7769.CodeExecutionReverted,
			"payment op: insufficient token balance: sender %s holds %s of token %s, the payment is %s", op.Sender.Hex(), have, token.Hex(), amount)
		e.Kind = mempool.ErrNoRetry
		return e
	}
	if a.cfg.Simulate == nil {
		return nil
	}
	if err := a.cfg.Simulate(ctx, op, ep); err != nil {
		var verdict *erc7769.Error // not a failed read: the op would fail
		if errors.As(err, &verdict) {
			return fmt.Errorf("payment op: its payment of %s of token %s would not go through (%w): %w", amount, token.Hex(), mempool.ErrNoRetry, err)
		}
		return fmt.Errorf("payment op: simulation: %w", err)
	}
	return nil
}

// balanceOf reads holder's balance of token (payment.Native: the native
// coin) at the latest block.
func (a *Admitter) balanceOf(ctx context.Context, token, holder common.Address) (*big.Int, error) {
	if token == payment.Native {
		return a.state.BalanceAt(ctx, holder)
	}
	if a.cfg.Node == nil {
		return nil, errors.New("no node to read it from")
	}
	var out hexutil.Bytes
	data := append(append([]byte{}, selBalanceOf...), common.LeftPadBytes(holder[:], 32)...)
	if err := a.cfg.Node.CallContext(ctx, &out, "eth_call", map[string]any{"to": token, "data": hexutil.Bytes(data)}, "latest"); err != nil {
		return nil, err
	}
	if len(out) < 32 {
		return nil, fmt.Errorf("balanceOf returned %d bytes", len(out))
	}
	return new(big.Int).SetBytes(out[:32]), nil
}
