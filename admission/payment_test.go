package admission

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/rs/zerolog"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
	"github.com/klaster-dev/klaster/gas"
	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/payment"
)

// tokenNode answers eth_call balanceOf(holder) of one token with balance.
type tokenNode struct {
	mu      sync.Mutex
	token   common.Address
	balance *big.Int
}

func (n *tokenNode) set(b int64) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.balance = big.NewInt(b)
}

func (n *tokenNode) CallContext(_ context.Context, result any, method string, args ...any) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	call, ok := args[0].(map[string]any)
	if method != "eth_call" || !ok || call["to"] != n.token {
		return fmt.Errorf("unexpected %s %v", method, args)
	}
	if data := call["data"].(hexutil.Bytes); len(data) != 36 || !strings.HasPrefix(hexutil.Encode(data), "0x70a08231") {
		return fmt.Errorf("not balanceOf(address): %x", data)
	}
	*result.(*hexutil.Bytes) = common.LeftPadBytes(n.balance.Bytes(), 32)
	return nil
}

// The payment gate: a payment op whose sender lacks the amount, or whose
// execution reverts in simulation, never becomes a bundle candidate (an
// iTx's waits, any other is refused), and the gate runs again before every
// bundle (Revalidate) for a payment op that already is a candidate.
func TestPaymentOpMustPayBeforeItIsBundled(t *testing.T) {
	ctx := context.Background()
	token, node := common.HexToAddress("0x70"), common.HexToAddress("0x90")
	tn := &tokenNode{token: token}
	var simErr error
	sims := 0
	e := newEnv(t)
	e.a = New(1337, Config{Gas: gas.DefaultConfig(), Node: tn, Simulate: func(context.Context, *entrypoint.UserOperation, common.Address) error {
		sims++
		return simErr
	}}, e.state, e.v, map[common.Address]*mempool.Pool{ep07: e.pool}, e.rep, nil, zerolog.Nop())
	payOp := func(sender common.Address) *entrypoint.UserOperation {
		op := paymasterOp(sender)
		op.Nonce = new(big.Int).Lsh(payment.NonceKey, 64)
		op.CallData = payment.CallData(token, node, big.NewInt(1000))
		return op
	}
	// admitLeaf admits op as an iTx leaf and returns its hash and the
	// reason it waits ("" when a candidate).
	admitLeaf := func(op *entrypoint.UserOperation) (common.Hash, string) {
		c, err := e.a.Check(ctx, Request{Op: op, EntryPoint: ep07, TolerateChainState: true, RetryUntilWindowEnd: true})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := e.a.Insert(ctx, c); err != nil {
			t.Fatal(err)
		}
		if got, _ := e.pool.Get(c.Entry.UserOpHash); got.Waiting != (c.Entry.Reason != "") {
			t.Fatalf("waiting %v, reason %q", got.Waiting, c.Entry.Reason)
		}
		return c.Entry.UserOpHash, c.Entry.Reason
	}

	// Too little token: an iTx's payment op waits, naming the shortfall;
	// sent alone it is refused (-32521). No simulation is needed for that.
	tn.set(999)
	hash, reason := admitLeaf(payOp(sender1))
	if !strings.Contains(reason, "insufficient token balance") || !strings.Contains(reason, "holds 999") {
		t.Fatalf("poor payment op: reason %q", reason)
	}
	_, err := e.a.Admit(ctx, Request{Op: payOp(common.HexToAddress("0xa2")), EntryPoint: ep07})
	if ce := codeOf(t, err); ce.Code != erc7769.CodeExecutionReverted || !strings.Contains(ce.Message, "insufficient token balance") {
		t.Fatalf("poor payment op sent alone: %v", err)
	}
	if sims != 0 {
		t.Fatalf("%d simulations for ops that lack the amount", sims)
	}

	// Enough token but the transfer reverts (e.g. a paused token): waits too.
	tn.set(1000)
	simErr = erc7769.New(erc7769.CodeExecutionReverted, "execution reverted: paused")
	if _, reason := admitLeaf(payOp(common.HexToAddress("0xa3"))); !strings.Contains(reason, "paused") || sims != 1 {
		t.Fatalf("reverting payment op: reason %q, %d simulations", reason, sims)
	}

	// Paying: a candidate. The tokens then leave: the check before the
	// next bundle fails it.
	simErr = nil
	hash4, reason := admitLeaf(payOp(common.HexToAddress("0xa4")))
	if reason != "" {
		t.Fatalf("paying op waits: %q", reason)
	}
	entry, _ := e.pool.Get(hash4)
	if _, err := e.a.Revalidate(ctx, entry); err != nil || sims != 3 {
		t.Fatalf("paying op at bundle time: %v, %d simulations", err, sims)
	}
	tn.set(1)
	if _, err := e.a.Revalidate(ctx, entry); err == nil || !strings.Contains(err.Error(), "insufficient token balance") || !errors.Is(err, mempool.ErrNoRetry) {
		t.Fatalf("payment op whose tokens left: %v; want a final failure", err)
	}
	// A transfer that reverts is final too; a failed read is not.
	tn.set(1000)
	simErr = erc7769.New(erc7769.CodeExecutionReverted, "execution reverted: paused")
	if _, err := e.a.Revalidate(ctx, entry); !errors.Is(err, mempool.ErrNoRetry) || !strings.Contains(err.Error(), "paused") {
		t.Fatalf("reverting payment op at bundle time: %v", err)
	}
	simErr = errors.New("connection refused")
	if _, err := e.a.Revalidate(ctx, entry); err == nil || errors.Is(err, mempool.ErrNoRetry) {
		t.Fatalf("a failed simulation call: %v; want a retried failure", err)
	}
	simErr = nil
	tn.set(1)
	var ce *erc7769.Error
	if _, err := e.a.Revalidate(ctx, entry); !errors.As(err, &ce) || ce.Code != erc7769.CodeExecutionReverted {
		t.Fatalf("want -32521, got %v", err)
	}
	if len(e.rep.culprits) != 0 {
		t.Fatalf("a payment that would not pay blamed %v", e.rep.culprits)
	}

	// A waiting payment op becomes a candidate once it would pay.
	tn.set(1000)
	waiting, _ := e.pool.Get(hash)
	if _, err := e.a.Revalidate(ctx, waiting); err != nil {
		t.Fatalf("funded payment op: %v", err)
	}

	// Any other candidate is not simulated at bundle time.
	before := sims
	h, err := e.a.Admit(ctx, Request{Op: paymasterOp(common.HexToAddress("0xa5")), EntryPoint: ep07})
	if err != nil {
		t.Fatal(err)
	}
	other, _ := e.pool.Get(h)
	if _, err := e.a.Revalidate(ctx, other); err != nil || sims != before {
		t.Fatalf("plain sponsored op: %v, %d simulations", err, sims-before)
	}
}
