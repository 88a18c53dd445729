package test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/klaster-dev/klaster/bindings/v07"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/klaster"
	"github.com/klaster-dev/klaster/merkle"
	"github.com/klaster-dev/klaster/payment"
	"github.com/klaster-dev/klaster/receipt"
)

// TestPaidITx runs paid iTxs through the binary on both dev chains: the
// user pays once in the test token on 1337, the node's paymaster pays the
// gas on 1337 and 1338, and nothing else of the iTx runs before the payment
// is mined. Then the attacks: no payment (too little token: the payment op
// is never sent, so the node pays nothing), and ops the
// node did not commit to (or tampered ones) sent straight to the
// EntryPoint.
func TestPaidITx(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	e := newITxEnv(ctx, t)

	var info struct {
		Node   common.Address `json:"node"`
		Chains []struct {
			ChainID       hexutil.Uint64 `json:"chainId"`
			Paymaster     common.Address `json:"paymaster"`
			PaymentTokens []struct {
				Address  common.Address `json:"address"`
				Symbol   string         `json:"symbol"`
				Decimals int            `json:"decimals"`
			} `json:"paymentTokens"`
		} `json:"chains"`
	}
	if err := e.root.CallContext(ctx, &info, "klaster_getInfo"); err != nil {
		t.Fatal(err)
	}
	paymasters := map[uint64]common.Address{}
	for _, c := range info.Chains {
		if c.Paymaster == (common.Address{}) || len(c.PaymentTokens) != 1 || c.PaymentTokens[0].Address != e.contracts.TestToken || c.PaymentTokens[0].Decimals != 6 {
			t.Fatalf("chain %d: paymaster %s, paymentTokens %+v", c.ChainID, c.Paymaster, c.PaymentTokens)
		}
		paymasters[uint64(c.ChainID)] = c.Paymaster
	}

	a1 := e.newAccount(ctx, 1337, nil)
	a2 := e.newAccount(ctx, 1338, nil)
	e.mint(ctx, 1337, a1.address, big.NewInt(1_000_000_000)) // 1,000 KUSD
	node := info.Node

	// userSigned signs op alone (a one-leaf tree) as the account owner.
	userSigned := func(t *testing.T, op *entrypoint.UserOperation, lower, upper uint64) *entrypoint.UserOperation {
		t.Helper()
		h, err := entrypoint.NewHasher(entrypoint.V07, e.contracts.EntryPointV07, big.NewInt(1337))
		if err != nil {
			t.Fatal(err)
		}
		op.Signature = nil
		uh, err := h.Hash(op)
		if err != nil {
			t.Fatal(err)
		}
		root := klaster.Leaf(uh, lower, upper)
		sig, err := klaster.SignRoot(e.owner.Key, root)
		if err != nil {
			t.Fatal(err)
		}
		op.Signature = klaster.EncodeSignature(klaster.MerkleSignature{ItxHash: root, LowerBound: lower, UpperBound: upper, UserSignature: sig})
		return op
	}

	t.Run("paid across both chains", func(t *testing.T) {
		q, err := e.paidQuote(ctx, e.paymentParam(1337, a1.address),
			e.plainItem(a1, recipient(1), 0, true, 0, 0),
			e.plainItem(a2, recipient(2), 0, true, 0, 0))
		if err != nil {
			t.Fatalf("quote: %v", err)
		}
		if len(q.UserOps) != 3 || q.PaymentInfo == nil {
			t.Fatalf("quote: %d ops, paymentInfo %v", len(q.UserOps), q.PaymentInfo)
		}
		pay := opOf(t, q.UserOps[0])
		if pay.Sender != a1.address || pay.Factory == nil {
			t.Fatalf("payment op: sender %s, factory %v; want %s, deploying it", pay.Sender, pay.Factory, a1.address)
		}
		for i, item := range q.UserOps {
			op := opOf(t, item)
			if op.Paymaster == nil || *op.Paymaster != paymasters[uint64(mustUint(t, item["chainId"]))] {
				t.Fatalf("op %d is not sponsored by the node paymaster: %v", i, op.Paymaster)
			}
		}
		want := specAmount(t, q)
		if q.PaymentInfo.Amount.ToInt().Cmp(want) != 0 || want.Sign() <= 0 {
			t.Fatalf("amount %s, the spec's formula gives %s", q.PaymentInfo.Amount.ToInt(), want)
		}
		userBefore, nodeBefore := e.tokenBalance(ctx, 1337, a1.address), e.tokenBalance(ctx, 1337, node)

		res, err := e.send(ctx, e.signed(&q.quoteResult))
		if err != nil {
			t.Fatalf("send: %v", err)
		}
		st := e.waitStatus(ctx, res.ItxHash, "SUCCESS")
		payBlock, opBlock := uint64(*st.UserOps[0].BlockNumber), uint64(*st.UserOps[1].BlockNumber)
		if opBlock <= payBlock {
			t.Fatalf("op 1 on 1337 mined in block %d, not after the payment's block %d", opBlock, payBlock)
		}
		userAfter, nodeAfter := e.tokenBalance(ctx, 1337, a1.address), e.tokenBalance(ctx, 1337, node)
		amount := q.PaymentInfo.Amount.ToInt()
		if d := new(big.Int).Sub(userBefore, userAfter); d.Cmp(amount) != 0 {
			t.Errorf("user paid %s, want exactly %s", d, amount)
		}
		if d := new(big.Int).Sub(nodeAfter, nodeBefore); d.Cmp(amount) != 0 {
			t.Errorf("node received %s, want exactly %s", d, amount)
		}
		e.wantNoNative(ctx, a1.address)
		e.wantNoNative(ctx, a2.address)
	})

	t.Run("an open window waits for the payment", func(t *testing.T) {
		// op 1 (1337) is valid from now on; it must still land after the
		// payment op, and op 2 (1338) only once the payment is mined.
		q, err := e.paidQuote(ctx, e.paymentParam(1337, a1.address),
			e.plainItem(a1, recipient(3), 1, false, now()-5, 0),
			e.plainItem(a2, recipient(4), 1, false, now()-5, 0))
		if err != nil {
			t.Fatalf("quote: %v", err)
		}
		res, err := e.send(ctx, e.signed(&q.quoteResult))
		if err != nil {
			t.Fatalf("send: %v", err)
		}
		st := e.waitStatus(ctx, res.ItxHash, "SUCCESS")
		payBlock := uint64(*st.UserOps[0].BlockNumber)
		if b := uint64(*st.UserOps[1].BlockNumber); b <= payBlock {
			t.Fatalf("op 1 mined in block %d, the payment in %d", b, payBlock)
		}
		payHeader, err := e.nodes[1337].HeaderByNumber(ctx, new(big.Int).SetUint64(payBlock))
		if err != nil {
			t.Fatal(err)
		}
		opHeader, err := e.nodes[1338].HeaderByNumber(ctx, new(big.Int).SetUint64(uint64(*st.UserOps[2].BlockNumber)))
		if err != nil {
			t.Fatal(err)
		}
		if opHeader.Time < payHeader.Time {
			t.Fatalf("op 2 on 1338 mined at %d, before the payment (%d)", opHeader.Time, payHeader.Time)
		}
	})

	t.Run("too little token: the payment op is never sent, nothing runs", func(t *testing.T) {
		poor := e.newAccount(ctx, 1337, nil)
		other := e.newAccount(ctx, 1338, nil)
		e.mint(ctx, 1337, poor.address, big.NewInt(1)) // 0.000001 KUSD
		depositBefore, err := payment.Deposit(ctx, e.nodes[1337], e.contracts.EntryPointV07, paymasters[1337])
		if err != nil {
			t.Fatal(err)
		}
		pp := e.paymentParam(1337, poor.address)
		pp["upperBoundTimestamp"] = hexutil.Uint64(now() + 40) // 30 s of it are the valid-until margin
		q, err := e.paidQuote(ctx, pp, e.plainItem(poor, recipient(5), 0, true, 0, 0), e.plainItem(other, recipient(6), 0, true, 0, 0))
		if err != nil {
			t.Fatalf("quote: %v", err)
		}
		res, err := e.send(ctx, e.signed(&q.quoteResult))
		if err != nil {
			t.Fatalf("send: %v", err)
		}
		st := e.waitStatus(ctx, res.ItxHash, "FAILED")
		// The payment op would not pay: it failed before it became a
		// bundle candidate, without waiting out its window.
		if p := st.UserOps[0]; p.Status != "FAILED" || p.TransactionHash != nil || !strings.Contains(p.Reason, "insufficient token balance") {
			t.Fatalf("payment op: %s (%q), tx %v; want FAILED for insufficient token balance, never sent", p.Status, p.Reason, p.TransactionHash)
		}
		for i, op := range st.UserOps[1:] {
			if op.Status != "FAILED" || op.TransactionHash != nil || !strings.Contains(op.Reason, "payment") || !strings.Contains(op.Reason, "insufficient token balance") {
				t.Errorf("op %d: %s (%q), tx %v; want FAILED because of the payment, never sent", i+1, op.Status, op.Reason, op.TransactionHash)
			}
		}
		// Sent alone, around the iTx, with the owner's one-leaf signature:
		// refused before any bundle, naming the balance.
		lone := opOf(t, q.UserOps[0])
		lone = userSigned(t, lone, mustUint(t, q.UserOps[0]["lowerBoundTimestamp"]), mustUint(t, q.UserOps[0]["upperBoundTimestamp"]))
		var h common.Hash
		err = dialT(ctx, t, e.p.URL+"/rpc/1337").CallContext(ctx, &h, "eth_sendUserOperation", signedOp(t, lone, e.contracts.EntryPointV07, nil), e.contracts.EntryPointV07)
		rpcError(t, err, -32521, "insufficient token balance")
		// Not mined at all: no UserOperationEvent, the paymaster paid
		// nothing, the payer's account was not even deployed.
		logs, err := e.nodes[1337].FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{e.contracts.EntryPointV07},
			Topics: [][]common.Hash{{receipt.TopicUserOperationEvent}, {st.UserOps[0].UserOpHash}}})
		if err != nil || len(logs) != 0 {
			t.Errorf("payment op: %d UserOperationEvents (%v), want none", len(logs), err)
		}
		depositAfter, err := payment.Deposit(ctx, e.nodes[1337], e.contracts.EntryPointV07, paymasters[1337])
		if err != nil {
			t.Fatal(err)
		}
		if depositAfter.Cmp(depositBefore) != 0 {
			t.Errorf("paymaster deposit moved from %s to %s: the node paid for the payment op", depositBefore, depositAfter)
		}
		for id, a := range map[uint64]common.Address{1337: poor.address, 1338: other.address} {
			if code, _ := e.nodes[id].CodeAt(ctx, a, nil); len(code) != 0 {
				t.Errorf("chain %d: account %s was deployed: an op ran", id, a)
			}
		}
		if b := e.tokenBalance(ctx, 1337, poor.address); b.Cmp(big.NewInt(1)) != 0 {
			t.Errorf("poor account's token balance is %s, want 1", b)
		}
	})

	t.Run("node paymaster: uncommitted or tampered ops are refused", func(t *testing.T) {
		epABI, err := v07.EntryPointMetaData.GetAbi()
		if err != nil {
			t.Fatal(err)
		}
		attacker := e.accounts[3]
		pm := paymasters[1337]
		depositBefore, err := payment.Deposit(ctx, e.nodes[1337], e.contracts.EntryPointV07, pm)
		if err != nil {
			t.Fatal(err)
		}
		// handleOps estimates (reverting: refused by the EntryPoint) as
		// another party sending op straight to the EntryPoint.
		handleOps := func(op *entrypoint.UserOperation) error {
			p, err := op.Pack()
			if err != nil {
				t.Fatal(err)
			}
			data := mustPack(t, epABI, "handleOps", []v07.PackedUserOperation{{Sender: p.Sender, Nonce: p.Nonce, InitCode: p.InitCode, CallData: p.CallData,
				AccountGasLimits: p.AccountGasLimits, PreVerificationGas: p.PreVerificationGas, GasFees: p.GasFees,
				PaymasterAndData: p.PaymasterAndData, Signature: p.Signature}}, attacker.Address)
			ep := e.contracts.EntryPointV07
			_, err = e.nodes[1337].EstimateGas(ctx, ethereum.CallMsg{From: attacker.Address, To: &ep, Data: data})
			return revertReason(err)
		}
		q, err := e.paidQuote(ctx, e.paymentParam(1337, a1.address), e.plainItem(a1, recipient(7), 2, false, 0, 0))
		if err != nil {
			t.Fatalf("quote: %v", err)
		}
		lower, upper := mustUint(t, q.UserOps[1]["lowerBoundTimestamp"]), mustUint(t, q.UserOps[1]["upperBoundTimestamp"])
		// Control: the committed op, signed by its owner, passes.
		if err := handleOps(userSigned(t, opOf(t, q.UserOps[1]), lower, upper)); err != nil {
			t.Fatalf("the node-sponsored op does not simulate: %v", err)
		}
		// Tampered: another call under the node's sponsorship.
		tampered := opOf(t, q.UserOps[1])
		tampered.CallData = mustPack(t, e.abis.account, "execute", recipient(8), new(big.Int), []byte{})
		if err := handleOps(userSigned(t, tampered, lower, upper)); err == nil || !strings.Contains(err.Error(), "AA34") {
			t.Fatalf("tampered sponsorship: want AA34, got %v", err)
		}
		// Through the node too: -32501, naming the op.
		tq := q.quoteResult
		tq.UserOps = nil
		for i, orig := range q.UserOps {
			item := map[string]any{}
			for k, v := range orig {
				if k != "userOpHash" && k != "leaf" && k != "proof" {
					item[k] = v
				}
			}
			if i == 1 {
				uo := map[string]any{}
				for k, v := range orig["userOp"].(map[string]any) {
					uo[k] = v
				}
				uo["callData"] = hexutil.Bytes(tampered.CallData)
				item["userOp"] = uo
			}
			tq.UserOps = append(tq.UserOps, item)
		}
		tq.ItxHash, tq.Commitment = rebuildRoot(t, e, tq.UserOps), nil
		_, err = e.send(ctx, e.signed(&tq))
		wantRejected(t, err, -32501, 1, 1337)

		// Uncommitted: an op the node never saw, sponsored by another key.
		fresh := e.newAccount(ctx, 1337, nil)
		op := &entrypoint.UserOperation{Sender: fresh.address, Nonce: new(big.Int), Factory: &fresh.factory, FactoryData: fresh.factoryData,
			CallData:     mustPack(t, e.abis.account, "execute", recipient(9), new(big.Int), []byte{}),
			CallGasLimit: big.NewInt(100_000), VerificationGasLimit: big.NewInt(600_000), PreVerificationGas: big.NewInt(100_000),
			MaxFeePerGas: big.NewInt(10_000_000_000), MaxPriorityFeePerGas: big.NewInt(1_000_000_000)}
		if err := payment.Sponsor(attacker.Key, 1337, pm, op, 0, now()+600, common.Hash{}); err != nil {
			t.Fatal(err)
		}
		if err := handleOps(userSigned(t, op, 0, now()+600)); err == nil || !strings.Contains(err.Error(), "AA34") {
			t.Fatalf("sponsorship by another key: want AA34, got %v", err)
		}
		op.PaymasterData = nil
		if err := handleOps(userSigned(t, op, 0, now()+600)); err == nil || !strings.Contains(err.Error(), "AA34") {
			t.Fatalf("no sponsorship: want AA34, got %v", err)
		}
		depositAfter, err := payment.Deposit(ctx, e.nodes[1337], e.contracts.EntryPointV07, pm)
		if err != nil {
			t.Fatal(err)
		}
		if depositAfter.Cmp(depositBefore) != 0 {
			t.Errorf("paymaster deposit moved from %s to %s", depositBefore, depositAfter)
		}
	})
}

// rebuildRoot recomputes the root of quoted items (after a change) the way
// the node does: each item's userOpHash, its leaf, the sorted tree.
func rebuildRoot(t *testing.T, e *itxEnv, items []map[string]any) common.Hash {
	t.Helper()
	var leaves []common.Hash
	for _, item := range items {
		op := opOf(t, item)
		op.Signature = nil
		id := mustUint(t, item["chainId"])
		ep := common.HexToAddress(item["entryPoint"].(string))
		h, err := entrypoint.NewHasher(entrypoint.V07, ep, new(big.Int).SetUint64(id))
		if err != nil {
			t.Fatal(err)
		}
		uh, err := h.Hash(op)
		if err != nil {
			t.Fatal(err)
		}
		leaves = append(leaves, klaster.Leaf(uh, mustUint(t, item["lowerBoundTimestamp"]), mustUint(t, item["upperBoundTimestamp"])))
	}
	tree, err := merkle.New(leaves)
	if err != nil {
		t.Fatal(err)
	}
	return tree.Root()
}

func mustUint(t *testing.T, v any) uint64 {
	t.Helper()
	var q hexutil.Uint64
	switch x := v.(type) {
	case string:
		if err := q.UnmarshalText([]byte(x)); err != nil {
			t.Fatal(err)
		}
	case hexutil.Uint64:
		q = x
	default:
		t.Fatalf("not a quantity: %v", v)
	}
	return uint64(q)
}

// revertReason adds the readable part of a revert's data (FailedOp's
// reason, e.g. "AA34 signature error") to err.
func revertReason(err error) error {
	var de gethrpc.DataError
	if err == nil || !errors.As(err, &de) {
		return err
	}
	s, _ := de.ErrorData().(string)
	b, _ := hexutil.Decode(s)
	return fmt.Errorf("%w: %q", err, strings.Map(func(r rune) rune {
		if r < 32 || r > 126 {
			return -1
		}
		return r
	}, string(b)))
}
