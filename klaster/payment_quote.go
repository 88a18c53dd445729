package klaster

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
	"github.com/klaster-dev/klaster/gas"
	"github.com/klaster-dev/klaster/payment"
)

// PaymentRequest is klaster_getQuote's itx.payment: pay for the whole iTx
// once, in Token on ChainID, from Sender (a KlasterAccount).
type PaymentRequest struct {
	ChainID    uint64
	Token      common.Address
	Sender     common.Address
	EntryPoint common.Address // zero: the chain's default
	Lower      *uint64
	Upper      *uint64
}

// PaymentInfo is a quote's paymentInfo.
type PaymentInfo struct {
	ChainID        hexutil.Uint64 `json:"chainId"`
	Token          Address        `json:"token"`
	Sender         Address        `json:"sender"`
	Amount         *hexutil.Big   `json:"amount"`
	PremiumPercent hexutil.Uint64 `json:"premiumPercent"`
	Prices         []ChainPrice   `json:"prices"`
}

// ChainPrice is one chain's tokenPerNative in a PaymentInfo: the token's
// smallest units per whole native coin, as a decimal string.
type ChainPrice struct {
	ChainID        hexutil.Uint64 `json:"chainId"`
	TokenPerNative string         `json:"tokenPerNative"`
}

// PaymentCallGasMargin is added to the payment op's estimated
// callGasLimit: it is estimated moving 0 of the token (the amount depends
// on the gas), and a real transfer may write two fresh balance slots.
const PaymentCallGasMargin = 50_000

// paymentPVGMargin covers the amount's non-zero calldata bytes, which the
// estimate (with amount 0) did not count.
const paymentPVGMargin = 32 * 16

var selGetNonce = crypto.Keccak256([]byte("getNonce(address,uint192)"))[:4]

// paidQuote is a payment being quoted.
type paidQuote struct {
	req   PaymentRequest
	token payment.Token
	// deployer is the index (in the quote) of the request op whose
	// deployment the payment op took over; 0: none. It keeps its factory
	// while gas is estimated (its account does not exist before the
	// payment op runs) and loses it before it is signed.
	deployer int
}

// preparePayment checks a quote's payment and puts the payment op first,
// then gives every op a placeholder sponsorship of the node's paymaster so
// that gas is estimated as it will run (no account needs the native coin).
func (s *Service) preparePayment(ctx context.Context, pr PaymentRequest, in []leafInput) ([]leafInput, *paidQuote, error) {
	cfg := s.cfg.Payment
	bad := func(format string, args ...any) error {
		return erc7769.New(erc7769.CodeInvalidParams, "payment: "+format, args...)
	}
	if cfg == nil {
		return nil, nil, bad("this node takes no payments")
	}
	c, err := s.chain(pr.ChainID, "payment.chainId")
	if err != nil {
		return nil, nil, err
	}
	pc, ok := cfg.Chains[pr.ChainID]
	if !ok {
		return nil, nil, bad("chain %d takes no payments", pr.ChainID)
	}
	tok, ok := pc.Token(pr.Token)
	if !ok {
		return nil, nil, bad("token %s is not a payment token of chain %d", pr.Token.Hex(), pr.ChainID)
	}
	ep := pr.EntryPoint
	if ep == (common.Address{}) {
		ep = defaultEntryPoint(c)
	}
	v, ok := c.EntryPoints().Version(ep)
	if !ok {
		return nil, nil, bad("entryPoint %s is not served on chain %d", ep.Hex(), pr.ChainID)
	}
	if pr.Sender == (common.Address{}) {
		return nil, nil, bad("sender is required")
	}
	pay := leafInput{chainID: pr.ChainID, entryPoint: ep, version: v, upper: s.now() + uint64(s.cfg.DefaultWindow.Seconds())}
	if pr.Lower != nil {
		pay.lower = *pr.Lower
	}
	if pr.Upper != nil {
		pay.upper = *pr.Upper
	}
	if err := s.checkBounds(pay.lower, pay.upper); err != nil {
		return nil, nil, err
	}
	nonce, err := s.paymentNonce(ctx, pr.ChainID, ep, pr.Sender)
	if err != nil {
		return nil, nil, err
	}
	pay.op = &entrypoint.UserOperation{Sender: pr.Sender, Nonce: nonce, CallData: payment.CallData(tok.Address, s.node, new(big.Int))}
	// The payment runs first, so it deploys the account (a factory, or an
	// EOA's EIP-7702 delegation) when an op of the request would have.
	deployer := 0
	for i := range in {
		l := &in[i]
		if l.chainID == pay.chainID && l.entryPoint == ep && l.op.Sender == pr.Sender && (l.op.Factory != nil || l.op.EIP7702Auth != nil) {
			pay.op.Factory, pay.op.FactoryData, pay.op.EIP7702Auth = l.op.Factory, l.op.FactoryData, l.op.EIP7702Auth
			deployer = i + 1
			break
		}
	}
	out := append([]leafInput{pay}, in...)
	for i := range out {
		l := &out[i]
		if l.op.Paymaster != nil {
			return nil, nil, erc7769.OpError(bad("with a payment every op is sponsored by the node's paymaster; userOp.paymaster must be empty"), i-1, l.chainID)
		}
		pm, ok := cfg.Chains[l.chainID].Paymasters[l.entryPoint]
		if !ok {
			return nil, nil, erc7769.OpError(bad("chain %d has no node paymaster for EntryPoint %s", l.chainID, l.entryPoint.Hex()), max(i-1, 0), l.chainID)
		}
		payment.PlaceholderSponsorship(pm, l.op)
	}
	return out, &paidQuote{req: pr, token: tok, deployer: deployer}, nil
}

// paymentNonce reads the next nonce of sender's payment nonce key.
func (s *Service) paymentNonce(ctx context.Context, chainID uint64, ep, sender common.Address) (*big.Int, error) {
	caller, ok := s.cfg.Payment.Callers[chainID]
	if !ok {
		return nil, erc7769.New(erc7769.CodeInternal, "payment: no reader for chain %d", chainID)
	}
	data := append(append([]byte{}, selGetNonce...), common.LeftPadBytes(sender[:], 32)...)
	data = append(data, common.LeftPadBytes(payment.NonceKey.Bytes(), 32)...)
	out, err := caller.CallContract(ctx, ethereum.CallMsg{To: &ep, Data: data}, nil)
	if err != nil || len(out) < 32 {
		return nil, erc7769.New(erc7769.CodeInternal, "payment: getNonce of %s on chain %d: %v", sender.Hex(), chainID, err)
	}
	return new(big.Int).SetBytes(out[:32]), nil
}

// finishPayment prices the quote, writes the amount into the payment op
// (in[0]) and signs every op's sponsorship with the payment reference.
func (s *Service) finishPayment(ctx context.Context, pq *paidQuote, in []leafInput) (*PaymentInfo, error) {
	pay := in[0].op
	if pq.deployer > 0 {
		d := in[pq.deployer].op
		d.Factory, d.FactoryData, d.EIP7702Auth = nil, nil, nil
	}
	pay.CallGasLimit.Add(pay.CallGasLimit, big.NewInt(PaymentCallGasMargin))
	pay.PreVerificationGas.Add(pay.PreVerificationGas, big.NewInt(paymentPVGMargin))
	costs, order := chainCosts(in)
	var prices []payment.ChainPrice
	info := &PaymentInfo{ChainID: hexutil.Uint64(pq.req.ChainID), Token: Address(pq.token.Address), Sender: Address(pq.req.Sender),
		PremiumPercent: hexutil.Uint64(s.cfg.Payment.PremiumPercent)}
	for _, id := range order {
		src, ok := pq.token.Prices[id]
		if !ok {
			return nil, erc7769.New(erc7769.CodeInvalidParams, "payment: token %s of chain %d has no price for chain %d's native coin", pq.token.Address.Hex(), pq.req.ChainID, id)
		}
		tpn, err := payment.TokenPerNative(ctx, src, pq.token.Decimals, s.cfg.Payment.Callers, s.cfg.Now())
		if err != nil {
			return nil, err
		}
		prices = append(prices, payment.ChainPrice{ChainID: id, MaxCost: costs[id], TokenPerNative: tpn})
		info.Prices = append(info.Prices, ChainPrice{ChainID: hexutil.Uint64(id), TokenPerNative: tpn.String()})
	}
	amount := payment.Amount(prices, s.cfg.Payment.PremiumPercent)
	info.Amount = (*hexutil.Big)(amount)
	pay.CallData = payment.CallData(pq.token.Address, s.node, amount)
	ref := payment.Ref(pq.req.ChainID, in[0].entryPoint, pay.Sender, pay.Nonce, pq.token.Address, s.node, amount)
	for i := range in {
		l := &in[i]
		if err := payment.Sponsor(s.cfg.NodeKey, l.chainID, *l.op.Paymaster, l.op, l.lower, l.upper, ref); err != nil {
			return nil, erc7769.OpError(fmt.Errorf("sponsor: %w", err), i, l.chainID)
		}
	}
	return info, nil
}

// chainCosts sums the ops' maximum cost per chain, chains in order of
// first appearance.
func chainCosts(in []leafInput) (map[uint64]*big.Int, []uint64) {
	costs := map[uint64]*big.Int{}
	var order []uint64
	for _, l := range in {
		if costs[l.chainID] == nil {
			costs[l.chainID] = new(big.Int)
			order = append(order, l.chainID)
		}
		costs[l.chainID].Add(costs[l.chainID], gas.RequiredPrefund(l.op))
	}
	return costs, order
}
