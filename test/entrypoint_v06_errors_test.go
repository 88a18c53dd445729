package test

import (
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/bindings/testcontracts"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
)

// TestEntryPointV06MoreErrorCodes completes the v0.6 ERC-7769 table of
// TestEntryPointV06ErrorCodes (-32602, -32500, -32507, -32508, -32501,
// -32521) and TestEntryPointV06DebugBundler (-32504): the codes that need an
// account with chosen validation behaviour come from a RuleAccount deployed
// for the v0.6 EntryPoint (its validateUserOp(UserOperation06) entry),
// through the binary and the EntryPoint's own simulateValidation.
func TestEntryPointV06MoreErrorCodes(t *testing.T) {
	ctx, b, node, _, accs, contracts := v06Env(t)
	ep := contracts.EntryPointV06
	opts, mined := ruleDeployer(ctx, t, node, accs[3].Key)
	helper, tx, _, err := testcontracts.DeployRuleHelper(opts, node, ep)
	mined(tx, err)
	account, tx, acct, err := testcontracts.DeployRuleAccount(opts, node, ep, helper)
	mined(tx, err)
	deposit := *opts
	deposit.Value = big.NewInt(1e18)
	mined(acct.Deposit(&deposit))

	key := uint64(0)
	ruleOp := func(sig []byte) map[string]any {
		key++
		op := baseOp(ctx, t, node, account, new(big.Int).Lsh(new(big.Int).SetUint64(key), 64), nil)
		op.PreVerificationGas = big.NewInt(100_000)
		op.Signature = sig
		raw, err := op.MarshalJSONFor(entrypoint.V06)
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]any{}
		if err := json.Unmarshal(raw, &m); err != nil {
			t.Fatal(err)
		}
		if _, ok := m["initCode"]; !ok {
			t.Fatalf("not a v0.6 op: %s", raw)
		}
		return m
	}
	send := func(op map[string]any) error {
		var h common.Hash
		return b.call(ctx, &h, "eth_sendUserOperation", op, ep)
	}
	windowSig := func(vd entrypoint.ValidationData) []byte {
		return ruleSignature(t, 44, vd.Pack()) // RuleModes.VALIDATION_DATA
	}

	// The account itself is good: a plain rule op (mode NONE) is accepted,
	// so each refusal below is due to its one bad behaviour.
	t.Run("control: a plain RuleAccount op is accepted", func(t *testing.T) {
		if err := send(ruleOp(ruleSignature(t, 0, big.NewInt(0)))); err != nil {
			t.Fatalf("plain v0.6 RuleAccount op refused: %v", err)
		}
	})
	t.Run("-32502 banned opcode", func(t *testing.T) {
		err := send(ruleOp(ruleSignature(t, 1, big.NewInt(0)))) // RuleModes.TIMESTAMP
		rpcError(t, err, erc7769.CodeOpcodeValidation, "OP-011", "TIMESTAMP", account.Hex())
	})
	t.Run("-32503 validUntil already expired", func(t *testing.T) {
		now := uint64(time.Now().Unix())
		rpcError(t, send(ruleOp(windowSig(entrypoint.ValidationData{ValidAfter: now - 7200, ValidUntil: now - 3600}))),
			erc7769.CodeOutOfTimeRange, "expired")
	})
	t.Run("-32503 validAfter in the future", func(t *testing.T) {
		// Without --allow-scheduled an op not yet valid is refused.
		now := uint64(time.Now().Unix())
		rpcError(t, send(ruleOp(windowSig(entrypoint.ValidationData{ValidAfter: now + 3600, ValidUntil: now + 7200}))),
			erc7769.CodeOutOfTimeRange, "in the future")
	})
	t.Run("-32505 unstaked aggregator", func(t *testing.T) {
		// v0.6 simulateValidation reverts with ValidationResultWithAggregation,
		// carrying the aggregator's (zero) stake.
		agg := common.HexToAddress("0x00000000000000000000000000000000000a6606")
		err := send(ruleOp(windowSig(entrypoint.ValidationData{Aggregator: agg, ValidUntil: entrypoint.MaxUint48})))
		rpcError(t, err, erc7769.CodeStakeTooLow, "EREP-040", "aggregator")
		if _, data := rpcCode(t, err); !strings.EqualFold(fmt.Sprint(data["aggregator"]), agg.Hex()) {
			t.Fatalf("-32505 data does not name the aggregator %s: %v", agg, data)
		}
	})
}
