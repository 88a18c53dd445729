package test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/klaster-dev/klaster/devnet"
	"github.com/klaster-dev/klaster/receipt"
)

// validationFacts reads klaster_validation_facts{kind} of chain 1337 and ep.
func validationFacts(t *testing.T, url string, ep common.Address) (entries, bytes int) {
	t.Helper()
	body := scrape(t, url+"/metrics")
	for _, kind := range []string{"entries", "bytes"} {
		re := regexp.MustCompile(`klaster_validation_facts\{chain="1337",entry_point="` + ep.Hex() + `",kind="` + kind + `"\} (\d+)`)
		m := re.FindStringSubmatch(body)
		if m == nil {
			t.Fatalf("/metrics has no klaster_validation_facts %s series for %s", kind, ep.Hex())
		}
		n, _ := strconv.Atoi(m[1])
		if kind == "entries" {
			entries = n
		} else {
			bytes = n
		}
	}
	return entries, bytes
}

// 10,000 ops are admitted and mined through the binary, and what the
// mempool keeps of their validations (klaster_validation_facts: entries
// and bytes) returns to its starting size. The fastest real path: two
// staked accounts (reputation-allowlisted, so thousands of their ops may
// wait at once) whose validateUserOp is a few opcodes, each op on its own
// nonce key, every op fully validated (traced) at admission and again
// before bundling.
func TestValidationMemoryReturnsAfter10kOps(t *testing.T) {
	const total = 10_000
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	// Two fresh deployer keys: the accounts' addresses (their first
	// CREATE) are known before klaster starts, for the allowlist.
	keys := make([]*ecdsa.PrivateKey, 2)
	accounts := make([]common.Address, 2)
	for i := range keys {
		keys[i], _ = crypto.GenerateKey()
		accounts[i] = crypto.CreateAddress(crypto.PubkeyToAddress(keys[i].PublicKey), 0)
	}
	p := startKlaster(t, "--dev.chains", "1", "--reputation.allowlist", accounts[0].Hex()+","+accounts[1].Hex())
	contracts, _ := devnet.ContractAddresses()
	ep := contracts.EntryPointV08
	node, err := ethclient.DialContext(ctx, nodeURL(p, 0))
	if err != nil {
		t.Fatal(err)
	}
	defer node.Close()
	accs, _ := devnet.DevAccounts(7)
	funder := devnet.NewTxSender(node, 1337, accs[0].Key)
	stakeABI, err := abi.JSON(strings.NewReader(`[{"type":"function","name":"addStake","inputs":[{"name":"d","type":"uint32"}],"outputs":[],"stateMutability":"payable"}]`))
	if err != nil {
		t.Fatal(err)
	}
	a := loadABIs(t)
	for i, k := range keys {
		sendAndWait(ctx, t, funder, node, crypto.PubkeyToAddress(k.PublicKey), big.NewInt(3e18), nil)
		opts, _ := bind.NewKeyedTransactorWithChainID(k, big.NewInt(1337))
		// The armed account's code: it never arms (no op uses key 1), so
		// its validation is a few opcodes and returns 0.
		if got := deployRuntime(ctx, t, opts, node, armedAccountCode(t, ep, "unused")); got != accounts[i] {
			t.Fatalf("account %d at %s, want %s", i, got.Hex(), accounts[i].Hex())
		}
		opts.Value = big.NewInt(1e18)
		tx, err := bind.NewBoundContract(accounts[i], stakeABI, node, node, node).Transact(opts, "addStake", uint32(86400))
		if err != nil {
			t.Fatal(err)
		}
		if r, err := devnet.WaitReceipt(ctx, node, tx.Hash()); err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("stake account %d: %v", i, err)
		}
		sendAndWait(ctx, t, funder, node, ep, big.NewInt(5e18), mustPack(t, a.entryPoint, "depositTo", accounts[i]))
	}

	startEntries, startBytes := validationFacts(t, p.URL, ep)
	t.Logf("before: %d entries, %d bytes of validation facts", startEntries, startBytes)

	client, err := gethrpc.DialContext(ctx, p.URL+"/rpc/1337")
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	head, err := node.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tip := big.NewInt(1e9)
	maxFee := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(4)), tip)
	op := func(i int) json.RawMessage {
		raw, _ := json.Marshal(map[string]any{
			"sender":               accounts[i%2],
			"nonce":                fmt.Sprintf("0x%x", new(big.Int).Lsh(big.NewInt(int64(i/2+2)), 64)), // key >= 2: never arms
			"callData":             "0x",
			"callGasLimit":         "0x2710", // 10,000
			"verificationGasLimit": "0xea60", // 60,000 (a new nonce key costs 22,100)
			"preVerificationGas":   "0xc350", // 50,000
			"maxFeePerGas":         fmt.Sprintf("0x%x", maxFee),
			"maxPriorityFeePerGas": fmt.Sprintf("0x%x", tip),
			"signature":            "0x",
		})
		return raw
	}
	start := time.Now()
	var (
		wg       sync.WaitGroup
		next     atomic.Int64
		failures atomic.Int64
		firstErr atomic.Value
		hashes   = make([]common.Hash, total)
	)
	for w := 0; w < 16; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= total {
					return
				}
				if err := client.CallContext(ctx, &hashes[i], "eth_sendUserOperation", op(i), ep); err != nil {
					failures.Add(1)
					firstErr.CompareAndSwap(nil, fmt.Sprintf("op %d: %v", i, err))
				}
			}
		}()
	}
	// Sample the facts while ops arrive and are mined.
	peak := 0
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	sampling := true
	for sampling {
		select {
		case <-done:
			sampling = false
		case <-time.After(2 * time.Second):
		}
		if n, _ := validationFacts(t, p.URL, ep); n > peak {
			peak = n
		}
	}
	if n := failures.Load(); n > 0 {
		t.Fatalf("%d of %d ops refused; first: %v", n, total, firstErr.Load())
	}
	admitted := time.Since(start)
	t.Logf("%d ops admitted in %.1fs; peak %d entries holding validation facts", total, admitted.Seconds(), peak)

	// Every op mined: the pool empties (debug_bundler_dumpMempool) and each
	// op has a successful receipt.
	for {
		var dump []map[string]any
		if err := client.CallContext(ctx, &dump, "debug_bundler_dumpMempool", ep); err != nil {
			t.Fatal(err)
		}
		if len(dump) == 0 {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("%d ops still in the mempool", len(dump))
		case <-time.After(time.Second):
		}
	}
	t.Logf("all %d ops mined %.1fs after the first was sent", total, time.Since(start).Seconds())
	logs, err := node.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: head.Number, Addresses: []common.Address{ep}, Topics: [][]common.Hash{{receipt.TopicUserOperationEvent}}})
	if err != nil {
		t.Fatal(err)
	}
	mined := map[common.Hash]bool{}
	for _, l := range logs {
		mined[l.Topics[1]] = true
	}
	for i, h := range hashes {
		if !mined[h] {
			t.Fatalf("op %d (%s) left the mempool without a UserOperationEvent", i, h)
		}
	}
	for _, i := range []int{0, total / 2, total - 1} {
		var rec map[string]any
		if err := client.CallContext(ctx, &rec, "eth_getUserOperationReceipt", hashes[i]); err != nil || rec == nil || rec["success"] != true {
			t.Fatalf("op %d: receipt %v %v", i, rec, err)
		}
	}
	endEntries, endBytes := validationFacts(t, p.URL, ep)
	t.Logf("after: %d entries, %d bytes of validation facts (peak %d entries)", endEntries, endBytes, peak)
	if peak == 0 {
		t.Fatal("no op ever held validation facts: the measure measures nothing")
	}
	if endEntries != startEntries || endBytes != startBytes {
		t.Fatalf("validation facts did not return to their starting size: %d entries / %d bytes, started at %d / %d", endEntries, endBytes, startEntries, startBytes)
	}
}
