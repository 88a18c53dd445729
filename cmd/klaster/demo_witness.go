package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/urfave/cli/v2"

	"github.com/klaster-dev/klaster/bindings/klasteraccount"
	"github.com/klaster-dev/klaster/devnet"
	"github.com/klaster-dev/klaster/gossip"
	"github.com/klaster-dev/klaster/klaster"
)

// demoNode is one klaster process of the witness demo.
type demoNode struct {
	name string
	cmd  *exec.Cmd
	url  string
	log  string // its stderr file
	rpc  *gethrpc.Client
}

// witnessDemo runs three klaster processes on loopback (a committing --dev
// node and two witnesses, each with its own key and stake on both dev
// chains), sends one iTx that runs and one the node skips (the dev fault),
// and shows the witnesses' verdicts and the slash.
func runWitnessDemo(c *cli.Context) error {
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
	defer cancel()
	out := os.Stdout
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "klaster-witness-demo")
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "witness demo: three klaster processes on loopback; logs in %s\n", dir)
	accs, err := devnet.DevAccounts(10)
	if err != nil {
		return err
	}
	var nodes []*demoNode
	defer func() {
		for _, n := range nodes {
			if n.cmd.Process != nil {
				n.cmd.Process.Kill()
				n.cmd.Wait()
			}
		}
	}()

	// The committing node: --dev, dev account 7 signs its commitments.
	nodeKeyFile := filepath.Join(dir, "node.p2p.key")
	nodeID, err := p2pIdentity(nodeKeyFile)
	if err != nil {
		return err
	}
	devPort, p2pPort := freePort(), freePort()
	nodeAddr := fmt.Sprintf("/ip4/127.0.0.1/tcp/%d/p2p/%s", p2pPort, nodeID)
	committing, err := startDemoNode(ctx, exe, dir, "node", "--dev", "--dev.node-port", fmt.Sprint(devPort),
		"--p2p.listen", fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", p2pPort), "--p2p.key", nodeKeyFile)
	if committing != nil {
		nodes = append(nodes, committing)
	}
	if err != nil {
		return err
	}
	chainURLs := []string{fmt.Sprintf("http://127.0.0.1:%d", devPort), fmt.Sprintf("http://127.0.0.1:%d", devPort+1)}
	chains, err := demoChains(ctx, committing.rpc, chainURLs, accs[0])
	if err != nil {
		return err
	}
	contracts, err := devnet.ContractAddresses()
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "committing node %s (%s), stake manager %s\n", accs[devNodeKeyAccount].Address, committing.url, contracts.StakeManager)

	// Witness keys and signers, funded; everyone stakes 1 ETH per chain.
	oneEth := big.NewInt(params.Ether)
	smABI, err := klasteraccount.KlasterStakeManagerMetaData.GetAbi()
	if err != nil {
		return err
	}
	stakeCall, _ := smABI.Pack("stake")
	type witnessKeys struct{ key, signer *ecdsa.PrivateKey }
	wkeys := make([]witnessKeys, 2)
	for i := range wkeys {
		wkeys[i].key, _ = crypto.GenerateKey()
		wkeys[i].signer, _ = crypto.GenerateKey()
	}
	for _, ch := range chains {
		for _, wk := range wkeys {
			for _, k := range []*ecdsa.PrivateKey{wk.key, wk.signer} {
				if err := sendWait(ctx, ch.node, ch.funder, crypto.PubkeyToAddress(k.PublicKey), new(big.Int).Mul(oneEth, big.NewInt(10)), nil); err != nil {
					return err
				}
			}
		}
		for _, k := range []*ecdsa.PrivateKey{accs[devNodeKeyAccount].Key, wkeys[0].key, wkeys[1].key} {
			if err := sendWait(ctx, ch.node, devnet.NewTxSender(ch.node, ch.id, k), contracts.StakeManager, oneEth, stakeCall); err != nil {
				return fmt.Errorf("stake: %w", err)
			}
		}
	}
	fmt.Fprintln(out, "the node and two witnesses staked 1 ETH each on both chains (threshold: half of all stake)")

	var witnesses []*demoNode
	for i, wk := range wkeys {
		name := fmt.Sprintf("witness%d", i+1)
		cfgPath := filepath.Join(dir, name+".toml")
		if err := os.WriteFile(cfgPath, []byte(witnessTOML(chainURLs, contracts, wk.key, wk.signer)), 0o600); err != nil {
			return err
		}
		w, err := startDemoNode(ctx, exe, dir, name, "--config", cfgPath, "--witness",
			"--p2p.listen", fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", freePort()), "--p2p.peers", nodeAddr,
			"--p2p.key", filepath.Join(dir, name+".p2p.key"))
		if w != nil {
			nodes = append(nodes, w)
		}
		if err != nil {
			return err
		}
		witnesses = append(witnesses, w)
		fmt.Fprintf(out, "%s %s (%s)\n", name, crypto.PubkeyToAddress(wk.key.PublicKey), w.url)
	}
	if err := waitLog(ctx, committing.log, "peer joined the iTx topic", 2); err != nil {
		return fmt.Errorf("the witnesses did not join the gossip topic: %w", err)
	}
	fmt.Fprintln(out, "both witnesses joined /klaster/itx/1")

	// Two iTxs, one op per chain each; the second is skipped by the node.
	owner := accs[5]
	// The window leaves room for the bundlers' 30 s validUntil margin.
	upper := uint64(time.Now().Add(75 * time.Second).Unix())
	send := func(label string, skip bool) (common.Hash, error) {
		var items []map[string]any
		for i, ch := range chains {
			item, err := witnessDemoItem(ctx, ch, owner.Address, upper, int64(i))
			if err != nil {
				return common.Hash{}, err
			}
			items = append(items, item)
		}
		var q struct {
			ItxHash    common.Hash `json:"itxHash"`
			Commitment hexutil.Bytes
			UserOps    []any `json:"userOps"`
		}
		if err := committing.rpc.CallContext(ctx, &q, "klaster_getQuote", map[string]any{"userOps": items}); err != nil {
			return common.Hash{}, fmt.Errorf("klaster_getQuote: %w", err)
		}
		if skip {
			var ok bool
			if err := committing.rpc.CallContext(ctx, &ok, "debug_klaster_skipInterchainTx", q.ItxHash); err != nil {
				return common.Hash{}, err
			}
		}
		sig, err := klaster.SignRoot(owner.Key, q.ItxHash)
		if err != nil {
			return common.Hash{}, err
		}
		signed := map[string]any{"userOps": q.UserOps, "signature": hexutil.Bytes(sig), "commitment": q.Commitment}
		if err := committing.rpc.CallContext(ctx, nil, "klaster_sendInterchainTx", signed); err != nil {
			return common.Hash{}, fmt.Errorf("klaster_sendInterchainTx: %w", err)
		}
		fmt.Fprintf(out, "sent %s iTx %s (ops valid until %s)\n", label, q.ItxHash, time.Unix(int64(upper), 0).Format(time.TimeOnly))
		return q.ItxHash, nil
	}
	executed, err := send("an executed", false)
	if err != nil {
		return err
	}
	skipped, err := send("a SKIPPED (debug_klaster_skipInterchainTx)", true)
	if err != nil {
		return err
	}
	fmt.Fprintln(out, "waiting for the verdicts (deadline = upperBoundTimestamp + challenge delay)…")

	labels := map[common.Hash]string{executed: "executed iTx", skipped: "skipped iTx"}
	shown := map[string]bool{}
	for done := false; !done; {
		done = true
		for i, w := range witnesses {
			var page struct {
				Items []struct {
					ItxHash common.Hash    `json:"itxHash"`
					ChainID hexutil.Uint64 `json:"chainId"`
					Verdict string         `json:"verdict"`
					SlashTx *common.Hash   `json:"slashTransactionHash"`
				} `json:"items"`
			}
			if err := w.rpc.CallContext(ctx, &page, "klaster_getWitnessReports", map[string]any{}); err != nil {
				return fmt.Errorf("witness%d: %w", i+1, err)
			}
			n := 0
			for _, r := range page.Items {
				if labels[r.ItxHash] == "" {
					continue
				}
				n++
				final := r.Verdict != "PENDING" && (r.Verdict != "MISSED" || r.SlashTx != nil)
				done = done && final
				line := fmt.Sprintf("witness%d  %-13s chain %d  %s", i+1, labels[r.ItxHash], r.ChainID, r.Verdict)
				if r.SlashTx != nil {
					line += "  slash vote " + r.SlashTx.Hex()
				}
				if final && !shown[line] {
					shown[line] = true
					fmt.Fprintln(out, line)
				}
			}
			done = done && n == 4
		}
		if !done {
			select {
			case <-ctx.Done():
				return fmt.Errorf("no verdicts in time: %w", ctx.Err())
			case <-time.After(time.Second):
			}
		}
	}

	for _, ch := range chains {
		logs, err := ch.node.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{contracts.StakeManager},
			Topics: [][]common.Hash{{smABI.Events["Slashed"].ID}}})
		if err != nil {
			return err
		}
		for _, l := range logs {
			vals, err := smABI.Events["Slashed"].Inputs.NonIndexed().Unpack(l.Data)
			if err != nil {
				return err
			}
			fmt.Fprintf(out, "chain %d: Slashed(node %s, iTx %s, amount %s ETH) in block %d\n", ch.id,
				common.BytesToAddress(l.Topics[1].Bytes()), l.Topics[2], weiToEther(vals[0].(*big.Int)), l.BlockNumber)
		}
		sm, err := klasteraccount.NewKlasterStakeManager(contracts.StakeManager, ch.node)
		if err != nil {
			return err
		}
		st, err := sm.StakeOf(nil, accs[devNodeKeyAccount].Address)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "chain %d: the node's stake is now %s ETH (was 1)\n", ch.id, weiToEther(st.Amount))
		if len(logs) != 1 {
			return fmt.Errorf("chain %d: %d Slashed events, want 1", ch.id, len(logs))
		}
	}
	return nil
}

// startDemoNode runs `klaster args…` with its logs in dir and waits until
// /health answers 200.
func startDemoNode(ctx context.Context, exe, dir, name string, args ...string) (*demoNode, error) {
	listen := freePort()
	n := &demoNode{name: name, url: fmt.Sprintf("http://127.0.0.1:%d", listen), log: filepath.Join(dir, name+".log")}
	logFile, err := os.Create(n.log)
	if err != nil {
		return nil, err
	}
	n.cmd = exec.Command(exe, append([]string{"--listen", fmt.Sprintf("127.0.0.1:%d", listen), "--log.format", "json"}, args...)...)
	n.cmd.Stdout, n.cmd.Stderr = io.Discard, logFile
	if err := n.cmd.Start(); err != nil {
		return nil, err
	}
	for {
		resp, err := http.Get(n.url + "/health")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		select {
		case <-ctx.Done():
			return n, fmt.Errorf("%s not healthy in time; see %s", name, n.log)
		case <-time.After(200 * time.Millisecond):
		}
	}
	n.rpc, err = gethrpc.DialContext(ctx, n.url)
	return n, err
}

// witnessTOML is a witness's configuration over the dev chains.
func witnessTOML(chainURLs []string, c devnet.Contracts, key, signer *ecdsa.PrivateKey) string {
	var b strings.Builder
	fmt.Fprintf(&b, "node-key = %q\n", hexutil.Encode(crypto.FromECDSA(key)))
	for i, u := range chainURLs {
		fmt.Fprintf(&b, "[[chains]]\nchain-id = %d\nrpc-url = %q\nblock-time = \"1s\"\n", devnet.DefaultChainIDs[i], u)
		fmt.Fprintf(&b, "entry-points = [%q, %q]\nsigner-keys = [%q]\n", c.EntryPointV07.Hex(), c.EntryPointV08.Hex(), hexutil.Encode(crypto.FromECDSA(signer)))
		fmt.Fprintf(&b, "validator = %q\nstake-manager = %q\n", c.KlasterValidator.Hex(), c.StakeManager.Hex())
	}
	return b.String()
}

// witnessDemoItem funds a fresh counterfactual KlasterAccount and returns a
// quote item whose op deploys it and sends 1 wei, valid until upper.
func witnessDemoItem(ctx context.Context, ch demoChain, owner common.Address, upper uint64, n int64) (map[string]any, error) {
	factoryABI, _ := klasteraccount.KlasterAccountFactoryMetaData.GetAbi()
	accountABI, _ := klasteraccount.KlasterAccountMetaData.GetAbi()
	salt := big.NewInt(time.Now().UnixNano()%1_000_000_000 + n)
	res, err := call(ctx, ch.node, factoryABI, ch.factory, "getAddress", owner, salt)
	if err != nil {
		return nil, err
	}
	account := common.BytesToAddress(res)
	if err := sendWait(ctx, ch.node, ch.funder, account, new(big.Int).Div(big.NewInt(params.Ether), big.NewInt(10)), nil); err != nil {
		return nil, err
	}
	factoryData, _ := factoryABI.Pack("createAccount", owner, salt)
	callData, _ := accountABI.Pack("execute", common.BigToAddress(big.NewInt(0xd0000+n)), big.NewInt(1), []byte{})
	return map[string]any{
		"chainId": hexutil.Uint64(ch.id), "entryPoint": ch.ep, "upperBoundTimestamp": hexutil.Uint64(upper),
		"userOp": map[string]any{"sender": account, "nonce": "0x0", "factory": ch.factory, "factoryData": hexutil.Bytes(factoryData),
			"callData": hexutil.Bytes(callData), "signature": "0x"},
	}, nil
}

// sendWait sends a transaction and waits for its successful receipt.
func sendWait(ctx context.Context, node *ethclient.Client, s *devnet.TxSender, to common.Address, value *big.Int, data []byte) error {
	tx, err := s.Send(ctx, to, value, data)
	if err != nil {
		return err
	}
	rc, err := devnet.WaitReceipt(ctx, node, tx.Hash())
	if err != nil {
		return err
	}
	if rc.Status != 1 {
		return fmt.Errorf("transaction %s to %s reverted", tx.Hash(), to)
	}
	return nil
}

// waitLog waits until file holds at least n lines containing s.
func waitLog(ctx context.Context, file, s string, n int) error {
	for {
		b, _ := os.ReadFile(file)
		if strings.Count(string(b), s) >= n {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// p2pIdentity creates the libp2p identity file and returns its peer id.
func p2pIdentity(path string) (peer.ID, error) {
	k, err := gossip.LoadOrCreateKey(path)
	if err != nil {
		return "", err
	}
	return peer.IDFromPrivateKey(k)
}

// freePort asks the kernel for a free loopback TCP port.
func freePort() int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}
