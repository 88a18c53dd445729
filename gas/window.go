package gas

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
)

// validityWindows returns the timestamp window and (v0.9) block window a
// simulateHandleOp reported: v0.7 and later return the account's and the
// paymaster's validationData words (EntryPointSimulations' ExecutionResult;
// a failed signature is aggregator 1 in the word, not a validUntil of 1);
// v0.6's decoder sets validAfter and validUntil themselves, when at all.
func validityWindows(v entrypoint.Version, s *simulation) (entrypoint.TimeRange, *entrypoint.TimeRange) {
	if v < entrypoint.V07 {
		w := entrypoint.TimeRange{ValidAfter: orZero(s.accountValidation).Uint64(), ValidUntil: orZero(s.paymasterValidation).Uint64()}
		if w.ValidUntil == 0 {
			w.ValidUntil = entrypoint.MaxUint48
		}
		return w, nil
	}
	return entrypoint.Windows(v, entrypoint.ParseValidationData(s.accountValidation), entrypoint.ParseValidationData(s.paymasterValidation))
}

// checkWindow refuses, as eth_sendUserOperation does, an op whose validity
// window is empty or closed at the head (-32503, the same messages): a
// timestamp window that ends before the head's timestamp plus margin
// seconds, a v0.9 block window that ends before the next block. A window
// that opens later is no error: the op is estimated now (the simulation
// does not apply the window) and sent when it opens, or parked until then.
func (e *Estimator) checkWindow(ctx context.Context, v entrypoint.Version, s *simulation) error {
	tw, bw := validityWindows(v, s)
	if tw == entrypoint.UnboundedTimeRange() && bw == nil {
		return nil
	}
	var head struct {
		Number hexutil.Uint64 `json:"number"`
		Time   hexutil.Uint64 `json:"timestamp"`
	}
	if err := e.Node.CallContext(ctx, &head, "eth_getBlockByNumber", "latest", false); err != nil {
		return fmt.Errorf("read the head: %w", err)
	}
	now, next := uint64(head.Time), uint64(head.Number)+1
	data := map[string]any{"validAfter": hexutil.Uint64(tw.ValidAfter), "validUntil": hexutil.Uint64(tw.ValidUntil)}
	switch margin := e.Config.ValidUntilMargin; {
	case tw.Empty():
		return outOfRange(data, "empty validity window: validAfter %d > validUntil %d", tw.ValidAfter, tw.ValidUntil)
	case tw.ValidUntil < now:
		return outOfRange(data, "already expired: validUntil %d, now %d", tw.ValidUntil, now)
	case tw.ValidUntil < now+margin:
		return outOfRange(data, "expires too soon: validUntil %d, now %d, margin %d s", tw.ValidUntil, now, margin)
	}
	if bw == nil {
		return nil
	}
	bdata := map[string]any{"validAfterBlock": hexutil.Uint64(bw.ValidAfter), "validUntilBlock": hexutil.Uint64(bw.ValidUntil), "nextBlock": hexutil.Uint64(next)}
	switch {
	case bw.ValidAfter >= bw.ValidUntil:
		return outOfRange(bdata, "empty block window: valid after block %d until block %d", bw.ValidAfter, bw.ValidUntil)
	case bw.ValidUntil < next:
		return outOfRange(bdata, "block window closed: valid until block %d, next block %d", bw.ValidUntil, next)
	}
	return nil
}

func outOfRange(data map[string]any, format string, args ...any) *erc7769.Error {
	e := newError(erc7769.CodeOutOfTimeRange, format, args...)
	e.Data = data
	return e
}

// orZero is v, or 0 when nil.
func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}
