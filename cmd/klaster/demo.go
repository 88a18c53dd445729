package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/klaster-dev/klaster/bindings/klasteraccount"
	"github.com/klaster-dev/klaster/devnet"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/klaster"
)

var demoCommand = &cli.Command{
	Name:  "demo",
	Usage: "run an interchain transaction against a running `klaster --dev`",
	Description: `demo creates KlasterAccounts (owned by a dev account) on two dev chains,
funds them with plain transfers, builds an interchain transaction of 3 ops on
the first chain and 2 on the second (one of them scheduled 15 s later),
quotes it, signs its root once, sends it and follows its status until it
completes. It exits non-zero when the transaction fails or expires.`,
	Flags: []cli.Flag{
		&cli.StringFlag{Name: "url", Value: "http://127.0.0.1:4337", Usage: "klaster's JSON-RPC `URL`"},
		&cli.StringSliceFlag{Name: "node", Value: cli.NewStringSlice("http://127.0.0.1:8545", "http://127.0.0.1:8546"),
			Usage: "the two dev chains' node `URL`s (funding transfers)"},
		&cli.IntFlag{Name: "owner", Value: 5, Usage: "dev account `INDEX` that owns the accounts and signs the root"},
		&cli.IntFlag{Name: "funder", Value: 0, Usage: "dev account `INDEX` that funds the accounts"},
		&cli.DurationFlag{Name: "timeout", Value: 3 * time.Minute, Usage: "give up after this long"},
		&cli.BoolFlag{Name: "paid", Usage: "instead: two accounts with no ETH anywhere run one op on each chain and pay once, in the test token (KUSD) on the first chain"},
		&cli.BoolFlag{Name: "witness", Usage: "instead: start three klaster processes on loopback (a committing --dev node and two witnesses), " +
			"send one iTx that runs and one the node skips, and show the verdicts and the slash"},
	},
	Action: func(c *cli.Context) error {
		if c.Bool("witness") {
			return runWitnessDemo(c)
		}
		if c.Bool("paid") {
			return runPaidDemo(c)
		}
		return runDemo(c)
	},
}

// demoChain is one dev chain of the demo.
type demoChain struct {
	id      uint64
	node    *ethclient.Client
	funder  *devnet.TxSender
	ep      common.Address
	factory common.Address
}

func runDemo(c *cli.Context) error {
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
	defer cancel()
	out := os.Stdout
	accs, err := devnet.DevAccounts(10)
	if err != nil {
		return err
	}
	owner, funder := c.Int("owner"), c.Int("funder")
	if owner < 0 || owner > 9 || funder < 0 || funder > 9 {
		return errors.New("--owner and --funder are dev account indexes 0–9")
	}
	root, err := gethrpc.DialContext(ctx, c.String("url"))
	if err != nil {
		return fmt.Errorf("connect to klaster: %w", err)
	}
	defer root.Close()
	chains, err := demoChains(ctx, root, c.StringSlice("node"), accs[funder])
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "owner %s (dev account %d); chains %d and %d\n", accs[owner].Address, owner, chains[0].id, chains[1].id)

	items, err := demoItems(ctx, out, chains, accs[owner].Address, demoDefaultPlan)
	if err != nil {
		return err
	}
	var q struct {
		ItxHash    common.Hash       `json:"itxHash"`
		Node       common.Address    `json:"node"`
		Commitment hexutil.Bytes     `json:"commitment"`
		UserOps    []json.RawMessage `json:"userOps"`
		Cost       []struct {
			ChainID hexutil.Uint64 `json:"chainId"`
			MaxCost *hexutil.Big   `json:"maxCost"`
		} `json:"cost"`
	}
	if err := root.CallContext(ctx, &q, "klaster_getQuote", map[string]any{"userOps": items}); err != nil {
		return fmt.Errorf("klaster_getQuote: %w", err)
	}
	if got, err := klaster.RecoverRootSigner(q.ItxHash, q.Commitment); err != nil || got != q.Node {
		return fmt.Errorf("the quote's commitment is not signed by its node %s", q.Node)
	}
	fmt.Fprintf(out, "quoted iTx %s, committed by node %s\n", q.ItxHash, q.Node)
	for _, cost := range q.Cost {
		fmt.Fprintf(out, "  chain %d: at most %s ETH of gas\n", cost.ChainID, weiToEther(cost.MaxCost.ToInt()))
	}
	sig, err := klaster.SignRoot(accs[owner].Key, q.ItxHash)
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

	var sent struct {
		UserOpHashes []common.Hash `json:"userOpHashes"`
	}
	signed := map[string]any{"userOps": q.UserOps, "signature": hexutil.Bytes(sig), "commitment": q.Commitment}
	if err := root.CallContext(ctx, &sent, "klaster_sendInterchainTx", signed); err != nil {
		return fmt.Errorf("klaster_sendInterchainTx: %w", err)
	}
	fmt.Fprintf(out, "signed the root once and sent %d ops\n\n", len(sent.UserOpHashes))
	return follow(ctx, out, updates, sub)
}

// demoChains connects to the two dev chains' nodes and reads each chain's
// v0.7 EntryPoint and KlasterAccount factory from klaster_getInfo.
func demoChains(ctx context.Context, root *gethrpc.Client, nodeURLs []string, funder devnet.Account) ([]demoChain, error) {
	if len(nodeURLs) != 2 {
		return nil, fmt.Errorf("--node: want the URLs of two dev chains, got %d", len(nodeURLs))
	}
	var info struct {
		Chains []struct {
			ChainID          hexutil.Uint64            `json:"chainId"`
			AccountFactories map[common.Address]string `json:"accountFactories"`
		} `json:"chains"`
	}
	if err := root.CallContext(ctx, &info, "klaster_getInfo"); err != nil {
		return nil, fmt.Errorf("klaster_getInfo: %w", err)
	}
	ep := entrypoint.V07.EntryPoint()
	var out []demoChain
	for _, u := range nodeURLs {
		node, err := ethclient.DialContext(ctx, u)
		if err != nil {
			return nil, fmt.Errorf("node %s: %w", u, err)
		}
		id, err := node.ChainID(ctx)
		if err != nil {
			return nil, fmt.Errorf("node %s: eth_chainId: %w", u, err)
		}
		dc := demoChain{id: id.Uint64(), node: node, funder: devnet.NewTxSender(node, id.Uint64(), funder.Key), ep: ep}
		for _, ch := range info.Chains {
			if uint64(ch.ChainID) == dc.id && ch.AccountFactories[ep] != "" {
				dc.factory = common.HexToAddress(ch.AccountFactories[ep])
			}
		}
		if dc.factory == (common.Address{}) {
			return nil, fmt.Errorf("klaster serves no KlasterAccount factory for chain %d (is it running with --dev?)", dc.id)
		}
		out = append(out, dc)
	}
	return out, nil
}

// demoPlan says which chain each op runs on, whether the accounts get
// 0.1 ETH, whether the last op is scheduled 15 s later, and the value each
// op sends.
type demoPlan struct {
	chains       []int
	fund         bool
	scheduleLast bool
	value        *big.Int
}

// demoDefaultPlan: 3 ops on the first chain, 2 on the second, the last one
// scheduled; every account funded, each op sends 1 wei.
var demoDefaultPlan = demoPlan{chains: []int{0, 0, 0, 1, 1}, fund: true, scheduleLast: true, value: big.NewInt(1)}

// demoItems creates (and, as the plan says, funds) the counterfactual
// accounts and returns the quote request's ops.
func demoItems(ctx context.Context, out io.Writer, chains []demoChain, owner common.Address, p demoPlan) ([]map[string]any, error) {
	factoryABI, err := klasteraccount.KlasterAccountFactoryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	accountABI, err := klasteraccount.KlasterAccountMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	plan := p.chains
	base := time.Now().UnixNano() % 1_000_000_000
	var items []map[string]any
	var funding []*types.Transaction
	fundingChain := []demoChain{}
	for i, ci := range plan {
		ch := chains[ci]
		salt := big.NewInt(base + int64(i))
		res, err := call(ctx, ch.node, factoryABI, ch.factory, "getAddress", owner, salt)
		if err != nil {
			return nil, err
		}
		account := common.BytesToAddress(res)
		if p.fund {
			tx, err := ch.funder.Send(ctx, account, new(big.Int).Div(big.NewInt(params.Ether), big.NewInt(10)), nil)
			if err != nil {
				return nil, fmt.Errorf("fund %s on chain %d: %w", account, ch.id, err)
			}
			funding, fundingChain = append(funding, tx), append(fundingChain, ch)
		}
		factoryData, err := factoryABI.Pack("createAccount", owner, salt)
		if err != nil {
			return nil, err
		}
		to := common.BigToAddress(big.NewInt(0xde0000 + int64(i)))
		callData, err := accountABI.Pack("execute", to, p.value, []byte{})
		if err != nil {
			return nil, err
		}
		item := map[string]any{
			"chainId":    hexutil.Uint64(ch.id),
			"entryPoint": ch.ep,
			"userOp": map[string]any{
				"sender": account, "nonce": "0x0", "factory": ch.factory, "factoryData": hexutil.Bytes(factoryData),
				"callData": hexutil.Bytes(callData), "signature": "0x",
			},
		}
		when := "now"
		if p.scheduleLast && i == len(plan)-1 {
			lower := uint64(time.Now().Add(15 * time.Second).Unix())
			item["lowerBoundTimestamp"] = hexutil.Uint64(lower)
			when = "from " + time.Unix(int64(lower), 0).Format(time.TimeOnly)
		}
		fmt.Fprintf(out, "op %d: chain %d, new KlasterAccount %s sends %s wei to %s (%s)\n", i, ch.id, account, p.value, to, when)
		items = append(items, item)
	}
	for i, tx := range funding {
		rc, err := devnet.WaitReceipt(ctx, fundingChain[i].node, tx.Hash())
		if err != nil {
			return nil, err
		}
		if rc.Status != types.ReceiptStatusSuccessful {
			return nil, fmt.Errorf("funding transfer %s failed", tx.Hash())
		}
	}
	if p.fund {
		fmt.Fprintln(out, "funded every account with 0.1 ETH")
	}
	return items, nil
}

func call(ctx context.Context, node *ethclient.Client, a *abi.ABI, to common.Address, method string, args ...any) ([]byte, error) {
	data, err := a.Pack(method, args...)
	if err != nil {
		return nil, err
	}
	var out hexutil.Bytes
	if err := node.Client().CallContext(ctx, &out, "eth_call", map[string]any{"to": to, "data": hexutil.Bytes(data)}, "latest"); err != nil {
		return nil, fmt.Errorf("%s: %w", method, err)
	}
	return out, nil
}

// follow shows the iTx's status until it is final: on a terminal the op
// lines are redrawn in place, otherwise each change is one plain line.
func follow(ctx context.Context, out *os.File, updates <-chan *klaster.Status, sub *gethrpc.ClientSubscription) error {
	tty := isTerminal(out)
	var last *klaster.Status
	drawn := 0
	for {
		select {
		case st := <-updates:
			if tty {
				drawn = redraw(out, st, drawn)
			} else {
				printChanges(out, last, st)
			}
			last = st
			switch st.Status {
			case klaster.StatusSuccess:
				fmt.Fprintf(out, "\niTx %s: SUCCESS on every chain\n", st.ItxHash)
				return nil
			case klaster.StatusFailed, klaster.StatusExpired:
				return fmt.Errorf("iTx %s ended %s", st.ItxHash, st.Status)
			}
		case err := <-sub.Err():
			return fmt.Errorf("status subscription ended: %v", err)
		case <-ctx.Done():
			return fmt.Errorf("gave up waiting: %w", ctx.Err())
		}
	}
}

func opLine(i int, op klaster.OpStatus) string {
	line := fmt.Sprintf("  op %d  chain %-5d %-14s", i, op.ChainID, op.Status)
	if op.TransactionHash != nil {
		line += " tx " + op.TransactionHash.Hex()
	}
	if op.BlockNumber != nil {
		line += fmt.Sprintf(" block %d", *op.BlockNumber)
	}
	if op.Status == "PENDING" && op.Reason != "" {
		line += " (retrying: " + shorten(op.Reason, 60) + ")"
	}
	return line
}

func redraw(out io.Writer, st *klaster.Status, drawn int) int {
	if drawn > 0 {
		fmt.Fprintf(out, "\x1b[%dA", drawn)
	}
	fmt.Fprintf(out, "\x1b[2K%s  %s\n", st.ItxHash.Hex()[:18]+"…", st.Status)
	for i, op := range st.UserOps {
		fmt.Fprintf(out, "\x1b[2K%s\n", opLine(i, op))
	}
	return len(st.UserOps) + 1
}

func printChanges(out io.Writer, last, st *klaster.Status) {
	for i, op := range st.UserOps {
		if last == nil || last.UserOps[i].Status != op.Status {
			fmt.Fprintf(out, "%s %s\n", time.Now().Format(time.TimeOnly), strings.TrimSpace(opLine(i, op)))
		}
	}
	if last == nil || last.Status != st.Status {
		fmt.Fprintf(out, "%s iTx %s\n", time.Now().Format(time.TimeOnly), st.Status)
	}
}

func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

func weiToEther(wei *big.Int) string {
	f := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(params.Ether))
	return f.Text('f', 6)
}
