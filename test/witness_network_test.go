package test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/libp2p/go-libp2p"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/klaster-dev/klaster/bindings/klasteraccount"
	"github.com/klaster-dev/klaster/devnet"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/gossip"
	"github.com/klaster-dev/klaster/klaster"
	"github.com/klaster-dev/klaster/store/redistest"
	"github.com/klaster-dev/klaster/witness"
)

// p2pKey creates a libp2p identity file and returns its path and peer id.
func p2pKey(t *testing.T, dir, name string) (string, peer.ID) {
	t.Helper()
	path := filepath.Join(dir, name+".p2p.key")
	k, err := gossip.LoadOrCreateKey(path)
	if err != nil {
		t.Fatal(err)
	}
	id, err := peer.IDFromPrivateKey(k)
	if err != nil {
		t.Fatal(err)
	}
	return path, id
}

// witnessProc is a witness process: not --dev, on the committing node's dev
// chains, with its own node key, stake, Redis and libp2p identity.
type witnessProc struct {
	p      *klasterProcess
	rpc    *gethrpc.Client
	args   []string
	p2p    string // full multiaddr
	key    *ecdsa.PrivateKey
	peerID peer.ID
}

func startWitness(ctx context.Context, t *testing.T, w *witnessProc) {
	t.Helper()
	w.p = runKlaster(t, nil, w.args...)
	c, err := gethrpc.DialContext(ctx, w.p.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	w.rpc = c
}

// witnessConfig writes the TOML config of a witness process.
func witnessConfig(t *testing.T, dir, name string, e *itxEnv, nodeKey, signerKey *ecdsa.PrivateKey) string {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "node-key = %q\n", hexutil.Encode(crypto.FromECDSA(nodeKey)))
	for i, id := range []uint64{1337, 1338} {
		fmt.Fprintf(&b, "[[chains]]\nchain-id = %d\nrpc-url = %q\n", id, nodeURL(e.p, i))
		fmt.Fprintf(&b, "entry-points = [%q, %q]\n", e.contracts.EntryPointV07.Hex(), e.contracts.EntryPointV08.Hex())
		fmt.Fprintf(&b, "signer-keys = [%q]\n", hexutil.Encode(crypto.FromECDSA(signerKey)))
		fmt.Fprintf(&b, "validator = %q\nstake-manager = %q\n", e.contracts.KlasterValidator.Hex(), e.contracts.StakeManager.Hex())
		fmt.Fprintf(&b, "block-time = \"1s\"\n")
	}
	path := filepath.Join(dir, name+".toml")
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// witnessReport is one item of klaster_getWitnessReports.
type witnessReport struct {
	ItxHash    common.Hash     `json:"itxHash"`
	Node       common.Address  `json:"node"`
	ChainID    hexutil.Uint64  `json:"chainId"`
	UserOpHash common.Hash     `json:"userOpHash"`
	Verdict    string          `json:"verdict"`
	SlashTx    *common.Hash    `json:"slashTransactionHash"`
	Evidence   json.RawMessage `json:"evidence"`
}

func reportsOf(ctx context.Context, t *testing.T, c *gethrpc.Client) map[common.Hash][]witnessReport {
	t.Helper()
	var page struct {
		Items      []witnessReport `json:"items"`
		NextCursor *string         `json:"nextCursor"`
	}
	if err := c.CallContext(ctx, &page, "klaster_getWitnessReports", map[string]any{"limit": 1000}); err != nil {
		t.Fatalf("klaster_getWitnessReports: %v", err)
	}
	out := map[common.Hash][]witnessReport{}
	for _, r := range page.Items {
		out[r.ItxHash] = append(out[r.ItxHash], r)
	}
	return out
}

// waitReports polls a witness until cond holds on its reports.
func waitReports(ctx context.Context, t *testing.T, w *witnessProc, what string, cond func(map[common.Hash][]witnessReport) bool) map[common.Hash][]witnessReport {
	t.Helper()
	for {
		got := reportsOf(ctx, t, w.rpc)
		if cond(got) {
			return got
		}
		select {
		case <-ctx.Done():
			t.Fatalf("witness %s: %s not in time; reports %+v\nstderr:\n%s", w.peerID, what, got, w.p.stderr.String())
		case <-time.After(500 * time.Millisecond):
		}
	}
}

// TestWitnessNetwork runs the Must-show of the Klaster network with three
// processes on loopback: a committing node (--dev) and two witnesses, each
// with its own key and stake on both dev chains, joined by real libp2p
// gossip. Every iTx reaches the witnesses by gossip alone.
//   - A: executed on both chains: EXECUTED, no slash.
//   - B: skipped by the dev fault: MISSED on both chains, both witnesses vote,
//     Slashed is emitted and the node's stake drops by the slashed amount.
//   - C: an unfunded account: UNEXECUTABLE, no slash.
//   - D: an op whose execution reverts, run by a third party: EXECUTED.
//   - F: handed to a witness only; gossip brings it to the node, which runs
//     it: EXECUTED.
//
// Witness 1 is killed with SIGKILL after it witnessed everything and
// restarted on its Redis: it still reports. Forged and oversized gossip
// messages are dropped and never stored.
func TestWitnessNetwork(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	dir := t.TempDir()
	nodeP2PKey, nodeID := p2pKey(t, dir, "node")
	nodePort := freePorts(t, 1)
	e := newITxEnv(ctx, t, "--p2p.listen", fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", nodePort), "--p2p.key", nodeP2PKey)
	nodeAddr := fmt.Sprintf("/ip4/127.0.0.1/tcp/%d/p2p/%s", nodePort, nodeID)
	node := e.accounts[7] // the dev node key: signs commitments
	var info struct {
		Chains []struct {
			ChainID      hexutil.Uint64 `json:"chainId"`
			StakeManager string         `json:"stakeManager"`
		} `json:"chains"`
	}
	if err := e.root.CallContext(ctx, &info, "klaster_getInfo"); err != nil {
		t.Fatal(err)
	}
	for _, ch := range info.Chains {
		if ch.StakeManager != e.contracts.StakeManager.Hex() {
			t.Fatalf("klaster_getInfo chain %d: stakeManager %q, want %s (EIP-55)", ch.ChainID, ch.StakeManager, e.contracts.StakeManager.Hex())
		}
	}
	smABI, err := klasteraccount.KlasterStakeManagerMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	oneEth := big.NewInt(params.Ether)

	// Keys, funds and stake: the node and both witnesses stake 1 ETH on
	// each chain, so two witnesses' votes (2/3 of all stake) pass the
	// threshold (half) and one does not.
	ws := []*witnessProc{{}, {}}
	for i, w := range ws {
		w.key, _ = crypto.GenerateKey()
		signer, _ := crypto.GenerateKey()
		for _, id := range []uint64{1337, 1338} {
			e.fund(ctx, id, crypto.PubkeyToAddress(w.key.PublicKey), new(big.Int).Mul(oneEth, big.NewInt(100)))
			e.fund(ctx, id, crypto.PubkeyToAddress(signer.PublicKey), new(big.Int).Mul(oneEth, big.NewInt(100)))
		}
		redisSrv := redistest.Start(t, redistest.Options{AppendOnly: true})
		p2pFile, id := p2pKey(t, dir, fmt.Sprintf("witness%d", i+1))
		port := freePorts(t, 1)
		w.peerID = id
		w.p2p = fmt.Sprintf("/ip4/127.0.0.1/tcp/%d/p2p/%s", port, id)
		w.args = []string{"--config", witnessConfig(t, dir, fmt.Sprintf("witness%d", i+1), e, w.key, signer),
			"--witness", "--p2p.listen", fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", port), "--p2p.peers", nodeAddr,
			"--p2p.key", p2pFile, "--redis-url", "redis://" + redisSrv.Addr(), "--log.level", "debug"}
	}
	for _, id := range []uint64{1337, 1338} {
		for _, key := range []*ecdsa.PrivateKey{node.Key, ws[0].key, ws[1].key} {
			s := devnet.NewTxSender(e.nodes[id], id, key)
			sendAndWait(ctx, t, s, e.nodes[id], e.contracts.StakeManager, oneEth, mustPack(t, smABI, "stake"))
		}
	}
	for _, w := range ws {
		startWitness(ctx, t, w)
	}
	// Both witnesses are on the committing node's topic before any iTx.
	for {
		if strings.Count(e.p.stderr.String(), "peer joined the iTx topic") >= 2 {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("witnesses never joined the topic\nnode stderr:\n%s", e.p.stderr.String())
		case <-time.After(200 * time.Millisecond):
		}
	}

	upper := now() + 60 // the bundlers do not bundle in the last 30 s
	send := func(items ...map[string]any) (*quoteResult, common.Hash) {
		t.Helper()
		q := e.quote(ctx, items...)
		res, err := e.send(ctx, e.signed(q))
		if err != nil {
			t.Fatalf("send: %v", err)
		}
		return q, res.ItxHash
	}
	// A: executed.
	_, itxA := send(e.itxItem(e.newAccount(ctx, 1337, oneEth), recipient(1), 0, upper, false),
		e.itxItem(e.newAccount(ctx, 1338, oneEth), recipient(2), 0, upper, false))
	// B: skipped by the dev fault, set before it is sent.
	qB := e.quote(ctx, e.itxItem(e.newAccount(ctx, 1337, oneEth), recipient(3), 0, upper, false),
		e.itxItem(e.newAccount(ctx, 1338, oneEth), recipient(4), 0, upper, false))
	var skipped bool
	if err := e.root.CallContext(ctx, &skipped, "debug_klaster_skipInterchainTx", qB.ItxHash); err != nil || !skipped {
		t.Fatalf("debug_klaster_skipInterchainTx = %v, %v", skipped, err)
	}
	if _, err := e.send(ctx, e.signed(qB)); err != nil {
		t.Fatalf("send B: %v", err)
	}
	itxB := qB.ItxHash
	// C: an unfunded account, so its op can never validate.
	_, itxC := send(e.itxItem(e.newAccount(ctx, 1337, nil), recipient(5), 0, upper, true))
	// D: its execution reverts (it sends more than the account holds), so
	// the node does not bundle it; a third party runs it anyway.
	itemD := e.itxItem(e.newAccount(ctx, 1338, oneEth), recipient(6), 0, upper, true)
	itemD["userOp"].(map[string]any)["callData"] = hexutil.Bytes(mustPack(t, e.abis.account, "execute", recipient(6), new(big.Int).Mul(oneEth, big.NewInt(1000)), []byte{}))
	qD, itxD := send(itemD)
	opD := opOf(t, qD.UserOps[0])
	userSigD, _ := klaster.SignRoot(e.owner.Key, itxD)
	opD.Signature = klaster.EncodeSignature(klaster.MerkleSignature{ItxHash: itxD, UpperBound: upper, Proof: nil, UserSignature: userSigD})
	receipt := sendAndWait(ctx, t, e.funders[1338], e.nodes[1338], e.contracts.EntryPointV07, nil,
		mustPack(t, e.abis.entryPoint, "handleOps", packForABI(t, []*entrypoint.UserOperation{opD}), e.accounts[0].Address))
	if evs := userOpEvents(t, e.abis, receipt); len(evs) != 1 || evs[0].Success {
		t.Fatalf("D: want one op that reverted in execution, got %+v", evs)
	}
	e.waitStatus(ctx, itxA, "SUCCESS")
	// F: the user hands its signed iTx to witness 2 only; gossip brings it
	// to the committing node, which runs it (it cannot claim it never got
	// it).
	qF := e.quote(ctx, e.itxItem(e.newAccount(ctx, 1338, oneEth), recipient(10), 0, now()+60, false))
	bodyF := e.signed(qF)
	bodyF["node"] = node.Address
	if err := ws[1].rpc.CallContext(ctx, nil, "klaster_witnessInterchainTx", bodyF); err != nil {
		t.Fatalf("klaster_witnessInterchainTx F: %v", err)
	}
	itxF := qF.ItxHash
	e.waitStatus(ctx, itxF, "SUCCESS")

	// Every iTx reached both witnesses by gossip alone.
	wantOps := map[common.Hash]int{itxA: 2, itxB: 2, itxC: 1, itxD: 1, itxF: 1}
	all := func(got map[common.Hash][]witnessReport) bool {
		for h, n := range wantOps {
			if len(got[h]) != n {
				return false
			}
		}
		return true
	}
	for _, w := range ws {
		waitReports(ctx, t, w, "every iTx by gossip", all)
	}

	// kill -9 witness 1 and restart it on the same Redis and identity.
	if err := ws[0].p.signal(t, syscall.SIGKILL); err == nil {
		t.Fatal("witness 1 exited cleanly on SIGKILL")
	}
	startWitness(ctx, t, ws[0])
	if got := reportsOf(ctx, t, ws[0].rpc); !all(got) {
		t.Fatalf("after kill -9 and restart, witness 1 lost iTxs: %+v", got)
	}

	// Verdicts.
	want := map[common.Hash]string{itxA: "EXECUTED", itxB: "MISSED", itxC: "UNEXECUTABLE", itxD: "EXECUTED", itxF: "EXECUTED"}
	final := func(got map[common.Hash][]witnessReport) bool {
		for h, v := range want {
			for _, r := range got[h] {
				if r.Verdict != v || (v == "MISSED" && r.SlashTx == nil) {
					return false
				}
			}
		}
		return all(got)
	}
	for i, w := range ws {
		got := waitReports(ctx, t, w, "final verdicts", final)
		for h, reps := range got {
			for _, r := range reps {
				if r.Node != node.Address {
					t.Errorf("witness %d: report names node %s, want %s", i+1, r.Node, node.Address)
				}
				if (r.SlashTx != nil) != (r.Verdict == "MISSED") {
					t.Errorf("witness %d: iTx %s verdict %s with slash tx %v", i+1, h, r.Verdict, r.SlashTx)
				}
				if r.SlashTx != nil {
					rc, err := e.nodes[uint64(r.ChainID)].TransactionReceipt(ctx, *r.SlashTx)
					if err != nil || rc.Status != 1 {
						t.Errorf("witness %d: slash tx %s on chain %d: %v", i+1, r.SlashTx, r.ChainID, err)
					}
				}
			}
		}
	}

	// On chain: B's op on each chain was slashed once, half of the node's
	// stake; A, C and D never.
	half := new(big.Int).Div(oneEth, big.NewInt(2))
	for _, id := range []uint64{1337, 1338} {
		logs, err := e.nodes[id].FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{e.contracts.StakeManager},
			Topics: [][]common.Hash{{smABI.Events["Slashed"].ID}}})
		if err != nil {
			t.Fatal(err)
		}
		if len(logs) != 1 || common.BytesToAddress(logs[0].Topics[1].Bytes()) != node.Address || logs[0].Topics[2] != itxB {
			t.Fatalf("chain %d: want one Slashed(node, B), got %+v", id, logs)
		}
		vals, _ := smABI.Events["Slashed"].Inputs.NonIndexed().Unpack(logs[0].Data)
		if vals[0].(*big.Int).Cmp(half) != 0 {
			t.Errorf("chain %d: slashed %v, want 0.5 ETH", id, vals[0])
		}
		sm, _ := klasteraccount.NewKlasterStakeManager(e.contracts.StakeManager, e.nodes[id])
		st, err := sm.StakeOf(nil, node.Address)
		if err != nil || st.Amount.Cmp(half) != 0 {
			t.Errorf("chain %d: node stake %v (%v), want 0.5 ETH after the slash", id, st.Amount, err)
		}
	}

	t.Run("forged gossip is dropped and never stored", func(t *testing.T) {
		forgedGossip(ctx, t, e, ws[1])
	})
	t.Run("witness RPC checks and no dev fault outside --dev", func(t *testing.T) {
		witnessRPC(ctx, t, e, ws[1])
	})
}

// forgedGossip connects a raw gossipsub peer (no klaster validator) to w and
// publishes a message with a bad proof, one whose commitment does not
// recover to its node, and an oversized one.
func forgedGossip(ctx context.Context, t *testing.T, e *itxEnv, w *witnessProc) {
	q := e.quote(ctx, e.itxItem(e.newAccount(ctx, 1337, big.NewInt(params.Ether)), recipient(7), 0, now()+3600, false),
		e.itxItem(e.newAccount(ctx, 1338, big.NewInt(params.Ether)), recipient(8), 0, now()+3600, false))
	userSig, _ := klaster.SignRoot(e.owner.Key, q.ItxHash)
	msg := func() *witness.Message {
		m := &witness.Message{Node: e.accounts[7].Address, Commitment: q.Commitment, Signature: userSig}
		for _, item := range q.UserOps {
			var lower, upper hexutil.Uint64
			_ = lower.UnmarshalJSON([]byte(fmt.Sprintf("%q", item["lowerBoundTimestamp"])))
			_ = upper.UnmarshalJSON([]byte(fmt.Sprintf("%q", item["upperBoundTimestamp"])))
			var chainID hexutil.Uint64
			_ = chainID.UnmarshalJSON([]byte(fmt.Sprintf("%q", item["chainId"])))
			m.UserOps = append(m.UserOps, witness.MessageOp{ChainID: chainID, EntryPoint: common.HexToAddress(item["entryPoint"].(string)),
				UserOp: opOf(t, item), Lower: lower, Upper: upper})
		}
		return m
	}
	badProof := msg()
	op := badProof.UserOps[0]
	op.UserOp.Signature = klaster.EncodeSignature(klaster.MerkleSignature{ItxHash: q.ItxHash, LowerBound: uint64(op.Lower), UpperBound: uint64(op.Upper),
		Proof: []common.Hash{{0x01}}, UserSignature: userSig})
	badCommitment := msg()
	badCommitment.Commitment, _ = klaster.SignRoot(e.accounts[4].Key, q.ItxHash)

	h, err := libp2p.New(libp2p.ListenAddrStrings("/ip4/127.0.0.1/tcp/0"))
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	ps, err := pubsub.NewGossipSub(ctx, h)
	if err != nil {
		t.Fatal(err)
	}
	topic, err := ps.Join(gossip.Topic)
	if err != nil {
		t.Fatal(err)
	}
	ai, err := peer.AddrInfoFromString(w.p2p)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Connect(ctx, *ai); err != nil {
		t.Fatal(err)
	}
	for len(topic.ListPeers()) == 0 {
		select {
		case <-ctx.Done():
			t.Fatal("the witness never showed up on the topic")
		case <-time.After(100 * time.Millisecond):
		}
	}
	before := strings.Count(w.p.stderr.String(), "gossip message dropped")
	for _, m := range []*witness.Message{badProof, badCommitment} {
		data, _ := json.Marshal(m)
		if err := topic.Publish(ctx, data); err != nil {
			t.Fatal(err)
		}
	}
	oversized := make([]byte, gossip.DefaultMaxMessageBytes+1024)
	if err := topic.Publish(ctx, oversized); err != nil {
		t.Fatal(err)
	}
	for {
		logs := w.p.stderr.String()
		if strings.Count(logs, "gossip message dropped")-before >= 3 && strings.Contains(logs, `"reason":"oversized"`) {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("the forged messages were not all dropped\nstderr:\n%s", w.p.stderr.String())
		case <-time.After(200 * time.Millisecond):
		}
	}
	if got := reportsOf(ctx, t, w.rpc); len(got[q.ItxHash]) != 0 {
		t.Fatalf("a forged iTx was stored: %+v", got[q.ItxHash])
	}
}

// witnessRPC checks klaster_witnessInterchainTx's refusals and that the dev
// fault does not exist outside --dev.
func witnessRPC(ctx context.Context, t *testing.T, e *itxEnv, w *witnessProc) {
	q := e.quote(ctx, e.itxItem(e.newAccount(ctx, 1337, big.NewInt(params.Ether)), recipient(9), 0, now()+3600, false))
	body := e.signed(q)
	var res struct {
		ItxHash common.Hash    `json:"itxHash"`
		Node    common.Address `json:"node"`
	}
	// No node: -32602.
	err := w.rpc.CallContext(ctx, &res, "klaster_witnessInterchainTx", body)
	if code, _ := rpcCode(t, err); code != -32602 {
		t.Fatalf("without node: code %d (%v), want -32602", code, err)
	}
	// A commitment by someone else than node: -32507.
	body["node"] = e.accounts[7].Address
	forged, _ := klaster.SignRoot(e.accounts[4].Key, q.ItxHash)
	body["commitment"] = hexutil.Bytes(forged)
	err = w.rpc.CallContext(ctx, &res, "klaster_witnessInterchainTx", body)
	if code, _ := rpcCode(t, err); code != -32507 {
		t.Fatalf("forged commitment: code %d (%v), want -32507", code, err)
	}
	if got := reportsOf(ctx, t, w.rpc); len(got[q.ItxHash]) != 0 {
		t.Fatal("a refused iTx was stored")
	}
	// The real one.
	body["commitment"] = q.Commitment
	if err := w.rpc.CallContext(ctx, &res, "klaster_witnessInterchainTx", body); err != nil {
		t.Fatal(err)
	}
	if res.ItxHash != q.ItxHash || res.Node != e.accounts[7].Address {
		t.Fatalf("klaster_witnessInterchainTx = %+v", res)
	}
	if got := reportsOf(ctx, t, w.rpc); len(got[q.ItxHash]) != 1 || got[q.ItxHash][0].Verdict != "PENDING" {
		t.Fatalf("witnessed iTx reports %+v, want one PENDING", got[q.ItxHash])
	}
	var ok bool
	err = w.rpc.CallContext(ctx, &ok, "debug_klaster_skipInterchainTx", q.ItxHash)
	if code, _ := rpcCode(t, err); code != -32601 {
		t.Fatalf("debug_klaster_skipInterchainTx outside --dev: code %d (%v), want -32601", code, err)
	}
}

// TestDemoWitness runs `klaster demo --witness` (three processes of its own)
// and checks that it shows both verdicts and a slash on each chain.
func TestDemoWitness(t *testing.T) {
	bin := klasterBinary(t)
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "demo", "--witness", "--timeout", "6m")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("klaster demo --witness: %v\n%s", err, out)
	}
	text := string(out)
	for _, want := range []string{
		"both witnesses joined /klaster/itx/1",
		"executed iTx  chain 1337  EXECUTED", "executed iTx  chain 1338  EXECUTED",
		"skipped iTx   chain 1337  MISSED  slash vote", "skipped iTx   chain 1338  MISSED  slash vote",
		"chain 1337: Slashed(", "chain 1338: Slashed(", "the node's stake is now 0.500000 ETH",
	} {
		if !strings.Contains(text, want) {
			t.Fatalf("demo output lacks %q:\n%s", want, text)
		}
	}
	if _, rest, ok := strings.Cut(text, "logs in "); ok {
		if dir, _, _ := strings.Cut(rest, "\n"); strings.HasPrefix(dir, os.TempDir()) {
			os.RemoveAll(dir) // the demo keeps its logs for the user
		}
	}
}
