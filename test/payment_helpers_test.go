package test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/klaster-dev/klaster/bindings/klasteraccount"
)

// paidQuote is klaster_getQuote's answer with its paymentInfo.
type paidQuote struct {
	quoteResult
	PaymentInfo *struct {
		ChainID        hexutil.Uint64 `json:"chainId"`
		Token          common.Address `json:"token"`
		Sender         common.Address `json:"sender"`
		Amount         *hexutil.Big   `json:"amount"`
		PremiumPercent hexutil.Uint64 `json:"premiumPercent"`
		Prices         []struct {
			ChainID        hexutil.Uint64 `json:"chainId"`
			TokenPerNative string         `json:"tokenPerNative"`
		} `json:"prices"`
	} `json:"paymentInfo"`
}

// paymentParam is itx.payment in the test token on chainID from sender.
func (e *itxEnv) paymentParam(chainID uint64, sender common.Address) map[string]any {
	return map[string]any{"chainId": hexutil.Uint64(chainID), "token": e.contracts.TestToken, "sender": sender}
}

// paidQuote asks for a quote of items paid by payment.
func (e *itxEnv) paidQuote(ctx context.Context, payment map[string]any, items ...map[string]any) (*paidQuote, error) {
	var q paidQuote
	err := e.root.CallContext(ctx, &q, "klaster_getQuote", map[string]any{"userOps": items, "payment": payment})
	return &q, err
}

// plainItem is an op of a that calls to with no value and, when
// deploy, deploys a.
func (e *itxEnv) plainItem(a account, to common.Address, nonce uint64, deploy bool, lower, upper uint64) map[string]any {
	op := map[string]any{
		"sender":    a.address,
		"nonce":     hexutil.Uint64(nonce),
		"callData":  hexutil.Bytes(mustPack(e.t, e.abis.account, "execute", to, new(big.Int), []byte{})),
		"signature": "0x",
	}
	if deploy {
		op["factory"], op["factoryData"] = a.factory, hexutil.Bytes(a.factoryData)
	}
	item := map[string]any{"chainId": hexutil.Uint64(a.chainID), "entryPoint": a.entryPoint, "userOp": op}
	if lower != 0 {
		item["lowerBoundTimestamp"] = hexutil.Uint64(lower)
	}
	if upper != 0 {
		item["upperBoundTimestamp"] = hexutil.Uint64(upper)
	}
	return item
}

// tokenBalance is who's test-token balance on chainID.
func (e *itxEnv) tokenBalance(ctx context.Context, chainID uint64, who common.Address) *big.Int {
	e.t.Helper()
	tok, err := klasteraccount.NewKlasterTestTokenCaller(e.contracts.TestToken, e.nodes[chainID])
	if err != nil {
		e.t.Fatal(err)
	}
	b, err := tok.BalanceOf(nil, who)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

// mint gives to amount of the test token on chainID (dev account 0 mints).
func (e *itxEnv) mint(ctx context.Context, chainID uint64, to common.Address, amount *big.Int) {
	e.t.Helper()
	a, err := klasteraccount.KlasterTestTokenMetaData.GetAbi()
	if err != nil {
		e.t.Fatal(err)
	}
	sendAndWait(ctx, e.t, e.funders[chainID], e.nodes[chainID], e.contracts.TestToken, nil, mustPack(e.t, a, "mint", to, amount))
}

// wantNoNative fails when who holds native coin on either chain.
func (e *itxEnv) wantNoNative(ctx context.Context, who common.Address) {
	e.t.Helper()
	for id, c := range e.nodes {
		b, err := c.BalanceAt(ctx, who, nil)
		if err != nil {
			e.t.Fatal(err)
		}
		if b.Sign() != 0 {
			e.t.Errorf("%s holds %s wei on chain %d, want none", who, b, id)
		}
	}
}

// specAmount computes the wire spec's amount independently from a quote's
// cost and prices: ceil(Σ maxCost × tokenPerNative × (100+p) / (100×10^18)).
func specAmount(t *testing.T, q *paidQuote) *big.Int {
	t.Helper()
	prices := map[uint64]*big.Int{}
	for _, p := range q.PaymentInfo.Prices {
		v, ok := new(big.Int).SetString(p.TokenPerNative, 10)
		if !ok {
			t.Fatalf("tokenPerNative %q is not a decimal string", p.TokenPerNative)
		}
		prices[uint64(p.ChainID)] = v
	}
	num := new(big.Int)
	for _, c := range q.Cost {
		p, ok := prices[uint64(c.ChainID)]
		if !ok {
			t.Fatalf("no price for chain %d", c.ChainID)
		}
		num.Add(num, new(big.Int).Mul(c.MaxCost.ToInt(), p))
	}
	num.Mul(num, big.NewInt(int64(100+q.PaymentInfo.PremiumPercent)))
	den := new(big.Int).Mul(big.NewInt(100), new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil))
	// ceil(a/b) = (a + b - 1) / b
	return num.Add(num, den).Sub(num, big.NewInt(1)).Div(num, den)
}
