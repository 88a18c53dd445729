package test

import (
	"context"
	"math/big"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/klaster-dev/klaster/bindings/testcontracts"
	"github.com/klaster-dev/klaster/devnet"
	"github.com/klaster-dev/klaster/payment"
	"github.com/klaster-dev/klaster/store/redistest"
)

// TestPaymentPriceFeed prices the test token with a Chainlink-style feed
// (MockAggregatorV3, ETH/USD with 8 decimals): a stale feed refuses the
// quote naming the feed; a fresh one prices it; a token or chain the node
// does not take is -32602.
func TestPaymentPriceFeed(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	// The feed lands at a fixed address (CREATE2, salt 0), so the node can
	// be told where it will be before the dev chains exist.
	parsed, err := testcontracts.MockAggregatorV3MetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	args, err := parsed.Pack("", uint8(8), "ETH / USD", big.NewInt(2500_00000000))
	if err != nil {
		t.Fatal(err)
	}
	initCode := append(common.FromHex(testcontracts.MockAggregatorV3MetaData.Bin), args...)
	feed := crypto.CreateAddress2(devnet.Create2Proxy, common.Hash{}, crypto.Keccak256(initCode))
	// The deposit bounds are above what --dev deposits (10 ETH), so the node
	// tops its paymasters up from its signers to the target.
	target, _ := new(big.Int).SetString("25000000000000000000", 10)
	e := newITxEnv(ctx, t, "--dev.price-feed", feed.Hex(), "--dev.price-feed-max-age", "60s",
		"--payment.min-deposit", "20000000000000000000", "--payment.target-deposit", target.String())
	sendAndWait(ctx, t, e.funders[1337], e.nodes[1337], devnet.Create2Proxy, nil, append(common.Hash{}.Bytes(), initCode...))

	a := e.newAccount(ctx, 1337, nil)
	e.mint(ctx, 1337, a.address, big.NewInt(1_000_000_000))
	item := e.plainItem(a, recipient(1), 0, true, 0, 0)

	head, err := e.nodes[1337].HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	sendAndWait(ctx, t, e.funders[1337], e.nodes[1337], feed, nil, mustPack(t, parsed, "setAnswer", big.NewInt(2500_00000000), new(big.Int).SetUint64(head.Time-3600)))
	_, err = e.paidQuote(ctx, e.paymentParam(1337, a.address), item)
	if err == nil || !strings.Contains(strings.ToLower(err.Error()), strings.ToLower(feed.Hex())) || !strings.Contains(err.Error(), "stale") {
		t.Fatalf("stale feed: want an error naming feed %s, got %v", feed, err)
	}

	sendAndWait(ctx, t, e.funders[1337], e.nodes[1337], feed, nil, mustPack(t, parsed, "setAnswer", big.NewInt(2500_00000000), new(big.Int).SetUint64(uint64(time.Now().Unix()))))
	q, err := e.paidQuote(ctx, e.paymentParam(1337, a.address), item)
	if err != nil {
		t.Fatalf("fresh feed: %v", err)
	}
	if len(q.PaymentInfo.Prices) != 1 || q.PaymentInfo.Prices[0].TokenPerNative != "2500000000" {
		t.Fatalf("prices %+v, want 2500 KUSD (2500000000 units) per ETH", q.PaymentInfo.Prices)
	}
	if want := specAmount(t, q); q.PaymentInfo.Amount.ToInt().Cmp(want) != 0 {
		t.Fatalf("amount %s, the formula gives %s", q.PaymentInfo.Amount.ToInt(), want)
	}

	// The keeper reached the target, and /metrics exports the deposit.
	var pm common.Address
	for {
		var info struct {
			Chains []struct {
				Paymaster common.Address `json:"paymaster"`
			} `json:"chains"`
		}
		if err := e.root.CallContext(ctx, &info, "klaster_getInfo"); err != nil {
			t.Fatal(err)
		}
		pm = info.Chains[0].Paymaster
		dep, err := payment.Deposit(ctx, e.nodes[1337], e.contracts.EntryPointV07, pm)
		if err != nil {
			t.Fatal(err)
		}
		if dep.Cmp(target) == 0 {
			break
		}
		if dep.Cmp(target) > 0 {
			t.Fatalf("deposit %s above the target %s", dep, target)
		}
		select {
		case <-ctx.Done():
			t.Fatalf("paymaster deposit %s never reached the target %s", dep, target)
		case <-time.After(500 * time.Millisecond):
		}
	}
	found := false
	for _, line := range strings.Split(scrape(t, e.p.URL+"/metrics"), "\n") {
		if strings.HasPrefix(line, "klaster_paymaster_deposit_wei{") && strings.Contains(line, e.contracts.EntryPointV07.Hex()) && strings.Contains(line, `"1337"`) {
			found = true
		}
	}
	if !found {
		t.Fatal("/metrics has no paymaster deposit gauge of chain 1337's v0.7 EntryPoint")
	}

	bad := e.paymentParam(1337, a.address)
	bad["token"] = recipient(77)
	_, err = e.paidQuote(ctx, bad, item)
	wantRejected(t, err, -32602, -1, 0)
	bad = e.paymentParam(1337, a.address)
	bad["chainId"] = hexutil.Uint64(4242)
	_, err = e.paidQuote(ctx, bad, item)
	wantRejected(t, err, -32602, -1, 0)
}

// TestPaidITxOrderSurvivesRestart: a paid iTx whose payment op is
// scheduled (its window opens later) while its other ops' windows are open
// now. The process is killed before the payment runs and restarted on the
// same Redis and chains: still nothing runs before the payment is mined.
func TestPaidITxOrderSurvivesRestart(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	srv := redistest.Start(t, redistest.Options{AppendOnly: true})
	args := []string{"--redis-url", "redis://" + srv.Addr() + "/0", "--dev.datadir", t.TempDir()}
	e := newITxEnv(ctx, t, args...)
	a1 := e.newAccount(ctx, 1337, nil)
	a2 := e.newAccount(ctx, 1338, nil)
	e.mint(ctx, 1337, a1.address, big.NewInt(1_000_000_000))
	pp := e.paymentParam(1337, a1.address)
	pp["lowerBoundTimestamp"] = hexutil.Uint64(now() + 20)
	q, err := e.paidQuote(ctx, pp, e.plainItem(a1, recipient(1), 0, true, 0, 0), e.plainItem(a2, recipient(2), 0, true, 0, 0))
	if err != nil {
		t.Fatalf("quote: %v", err)
	}
	res, err := e.send(ctx, e.signed(&q.quoteResult))
	if err != nil {
		t.Fatalf("send: %v", err)
	}
	st := e.status(ctx, res.ItxHash)
	for i, op := range st.UserOps {
		if op.TransactionHash != nil {
			t.Fatalf("op %d was sent before the payment's window opened: %+v", i, op)
		}
	}
	_ = e.p.signal(t, syscall.SIGKILL) // no shutdown path runs; it waits for the exit

	e2 := newITxEnv(ctx, t, args...)
	st = e2.waitStatus(ctx, res.ItxHash, "SUCCESS")
	payBlock := uint64(*st.UserOps[0].BlockNumber)
	if b := uint64(*st.UserOps[1].BlockNumber); b <= payBlock {
		t.Fatalf("op 1 mined in block %d, the payment in %d", b, payBlock)
	}
	payHeader, err := e2.nodes[1337].HeaderByNumber(ctx, new(big.Int).SetUint64(payBlock))
	if err != nil {
		t.Fatal(err)
	}
	opHeader, err := e2.nodes[1338].HeaderByNumber(ctx, new(big.Int).SetUint64(uint64(*st.UserOps[2].BlockNumber)))
	if err != nil {
		t.Fatal(err)
	}
	if opHeader.Time < payHeader.Time || payHeader.Time < uint64(mustUint(t, q.UserOps[0]["lowerBoundTimestamp"])) {
		t.Fatalf("payment mined at %d (window from %d), op on 1338 at %d", payHeader.Time, mustUint(t, q.UserOps[0]["lowerBoundTimestamp"]), opHeader.Time)
	}
}
