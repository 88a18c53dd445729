package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/klaster-dev/klaster/bindings/klasteraccount"
	"github.com/klaster-dev/klaster/devnet"
	"github.com/klaster-dev/klaster/klaster"
)

// runPaidDemo is `klaster demo --paid`: two fresh KlasterAccounts with no
// native coin anywhere, one op on each chain, paid once in the test token
// on the first chain.
func runPaidDemo(c *cli.Context) error {
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
	defer cancel()
	out := os.Stdout
	accs, err := devnet.DevAccounts(10)
	if err != nil {
		return err
	}
	owner := accs[c.Int("owner")]
	root, err := gethrpc.DialContext(ctx, c.String("url"))
	if err != nil {
		return fmt.Errorf("connect to klaster: %w", err)
	}
	defer root.Close()
	chains, err := demoChains(ctx, root, c.StringSlice("node"), owner)
	if err != nil {
		return err
	}
	var info struct {
		Node   common.Address `json:"node"`
		Chains []struct {
			ChainID       hexutil.Uint64 `json:"chainId"`
			Paymaster     common.Address `json:"paymaster"`
			PaymentTokens []struct {
				Address common.Address `json:"address"`
				Symbol  string         `json:"symbol"`
			} `json:"paymentTokens"`
		} `json:"chains"`
	}
	if err := root.CallContext(ctx, &info, "klaster_getInfo"); err != nil {
		return fmt.Errorf("klaster_getInfo: %w", err)
	}
	var token common.Address
	for _, ch := range info.Chains {
		if uint64(ch.ChainID) == chains[0].id && len(ch.PaymentTokens) > 0 {
			token = ch.PaymentTokens[0].Address
			fmt.Fprintf(out, "chain %d takes payments in %s (%s); node paymaster %s\n", chains[0].id, ch.PaymentTokens[0].Symbol, token, ch.Paymaster)
		}
	}
	if token == (common.Address{}) {
		return fmt.Errorf("chain %d takes no payments (is klaster running with --dev?)", chains[0].id)
	}
	tokenABI, err := klasteraccount.KlasterTestTokenMetaData.GetAbi()
	if err != nil {
		return err
	}
	items, err := demoItems(ctx, out, chains, owner.Address, demoPaidPlan)
	if err != nil {
		return err
	}
	payer := senderOf(items[0])
	// The owner gives the payer 100 KUSD: the only thing it ever holds.
	data, _ := tokenABI.Pack("transfer", payer, big.NewInt(100_000_000))
	tx, err := devnet.NewTxSender(chains[0].node, chains[0].id, owner.Key).Send(ctx, token, nil, data)
	if err != nil {
		return fmt.Errorf("give the payer KUSD: %w", err)
	}
	if _, err := devnet.WaitReceipt(ctx, chains[0].node, tx.Hash()); err != nil {
		return err
	}
	balance := func(who common.Address) *big.Int {
		res, err := call(ctx, chains[0].node, tokenABI, token, "balanceOf", who)
		if err != nil {
			return new(big.Int)
		}
		return new(big.Int).SetBytes(res)
	}
	before, nodeBefore := balance(payer), balance(info.Node)
	fmt.Fprintf(out, "payer %s holds %s KUSD and no ETH on any chain\n", payer, kusd(before))

	var q struct {
		ItxHash    common.Hash       `json:"itxHash"`
		Commitment hexutil.Bytes     `json:"commitment"`
		UserOps    []json.RawMessage `json:"userOps"`
	}
	payment := map[string]any{"chainId": hexutil.Uint64(chains[0].id), "token": token, "sender": payer}
	var raw json.RawMessage
	if err := root.CallContext(ctx, &raw, "klaster_getQuote", map[string]any{"userOps": items, "payment": payment}); err != nil {
		return fmt.Errorf("klaster_getQuote: %w", err)
	}
	if err := json.Unmarshal(raw, &q); err != nil {
		return err
	}
	var pi struct {
		PaymentInfo klaster.PaymentInfo `json:"paymentInfo"`
	}
	if err := json.Unmarshal(raw, &pi); err != nil {
		return err
	}
	fmt.Fprintf(out, "quoted iTx %s: op 0 is the node's payment op, %d ops in all, every one sponsored by the node's paymaster\n", q.ItxHash, len(q.UserOps))
	for _, p := range pi.PaymentInfo.Prices {
		fmt.Fprintf(out, "  chain %d: 1 ETH = %s KUSD units\n", p.ChainID, p.TokenPerNative)
	}
	amount := pi.PaymentInfo.Amount.ToInt()
	fmt.Fprintf(out, "  pay once: %s KUSD on chain %d (gas of every chain + %d%% premium)\n", kusd(amount), chains[0].id, pi.PaymentInfo.PremiumPercent)
	sig, err := klaster.SignRoot(owner.Key, q.ItxHash)
	if err != nil {
		return err
	}
	ws, err := gethrpc.DialContext(ctx, "ws"+strings.TrimPrefix(c.String("url"), "http"))
	if err != nil {
		return fmt.Errorf("WebSocket to klaster: %w", err)
	}
	defer ws.Close()
	updates := make(chan *klaster.Status, 64)
	sub, err := ws.Subscribe(ctx, "klaster", updates, "interchainTxs", map[string]any{"itxHash": q.ItxHash})
	if err != nil {
		return fmt.Errorf("subscribe: %w", err)
	}
	defer sub.Unsubscribe()
	signed := map[string]any{"userOps": q.UserOps, "signature": hexutil.Bytes(sig), "commitment": q.Commitment}
	if err := root.CallContext(ctx, nil, "klaster_sendInterchainTx", signed); err != nil {
		return fmt.Errorf("klaster_sendInterchainTx: %w", err)
	}
	fmt.Fprintf(out, "signed the root once and sent; op 0 (the payment) runs first, the others wait for it\n\n")
	if err := follow(ctx, out, updates, sub); err != nil {
		return err
	}
	after, nodeAfter := balance(payer), balance(info.Node)
	fmt.Fprintf(out, "payer paid %s KUSD (now %s); the node received %s KUSD\n",
		kusd(new(big.Int).Sub(before, after)), kusd(after), kusd(new(big.Int).Sub(nodeAfter, nodeBefore)))
	for _, ch := range chains {
		for _, item := range items {
			a := senderOf(item)
			if b, err := ch.node.BalanceAt(ctx, a, nil); err == nil && b.Sign() != 0 {
				return fmt.Errorf("account %s holds %s wei on chain %d", a, b, ch.id)
			}
		}
	}
	fmt.Fprintln(out, "no account holds ETH on any chain")
	return nil
}

// demoPaidPlan: one op on each chain, none funded with ETH.
var demoPaidPlan = demoPlan{chains: []int{0, 1}, fund: false, scheduleLast: false, value: new(big.Int)}

func senderOf(item map[string]any) common.Address {
	return item["userOp"].(map[string]any)["sender"].(common.Address)
}

// kusd formats 6-decimal units.
func kusd(units *big.Int) string {
	f := new(big.Float).Quo(new(big.Float).SetInt(units), big.NewFloat(1e6))
	return f.Text('f', 6)
}
