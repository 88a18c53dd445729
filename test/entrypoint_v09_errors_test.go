package test

import (
	"encoding/json"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/klaster-dev/klaster/bindings/testcontracts"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
)

// TestEntryPointV09MoreErrorCodes completes the v0.9 ERC-7769 table of
// TestEntryPointV09ErrorCodes (-32602, -32500, -32507) and
// TestEntryPointV09BlockWindows (-32503 for blocks): every other code klaster
// gives comes from a real bad v0.9 input through the binary. (-32506, an
// unsupported aggregator, was dropped from ERC-7769: an account naming an
// aggregator gets -32505 when it is unstaked, as here.)
func TestEntryPointV09MoreErrorCodes(t *testing.T) {
	ctx, b, node, funder, accs, contracts, ep := v09Env(t)
	opts, mined := ruleDeployer(ctx, t, node, accs[3].Key)
	helper, tx, _, err := testcontracts.DeployRuleHelper(opts, node, ep)
	mined(tx, err)
	account, tx, acct, err := testcontracts.DeployRuleAccount(opts, node, ep, helper)
	mined(tx, err)
	pmAddr := deployRevertingPaymaster(ctx, t, node, accs[3].Key, ep)
	poorPM, tx, poor, err := testcontracts.DeployRulePaymaster(opts, node, ep, helper)
	mined(tx, err)
	deposit := *opts
	deposit.Value = big.NewInt(1e18)
	mined(acct.Deposit(&deposit))
	deposit.Value = big.NewInt(1000) // far below any prefund
	mined(poor.Deposit(&deposit))

	key := uint64(0)
	ruleOp := func(sig []byte, edit func(op *entrypoint.UserOperation)) map[string]any {
		key++
		op := baseOp(ctx, t, node, account, new(big.Int).Lsh(new(big.Int).SetUint64(key), 64), nil)
		op.PreVerificationGas = big.NewInt(100_000)
		op.Signature = sig
		if edit != nil {
			edit(op)
		}
		m := map[string]any{}
		raw, _ := json.Marshal(op)
		if err := json.Unmarshal(raw, &m); err != nil {
			t.Fatal(err)
		}
		return m
	}
	send := func(op map[string]any) error {
		var h common.Hash
		return b.call(ctx, &h, "eth_sendUserOperation", op, ep)
	}
	withPaymaster := func(addr common.Address, mode uint8) func(op *entrypoint.UserOperation) {
		return func(op *entrypoint.UserOperation) {
			op.Paymaster = &addr
			op.PaymasterVerificationGasLimit = big.NewInt(200_000)
			op.PaymasterPostOpGasLimit = big.NewInt(50_000)
			args := abi.Arguments{{Type: mustType(t, "uint8")}, {Type: mustType(t, "bool")}, {Type: mustType(t, "uint256")}}
			op.PaymasterData, _ = args.Pack(mode, false, big.NewInt(0))
		}
	}

	t.Run("-32501 paymaster reverts", func(t *testing.T) {
		err := send(ruleOp(ruleSignature(t, 0, big.NewInt(0)), withPaymaster(pmAddr, 46))) // RuleModes.REVERT
		rpcError(t, err, erc7769.CodeRejectedByPaymaster, "AA33", "rule revert")
		_, data := rpcCode(t, err)
		if !strings.Contains(strings.ToLower(jsonString(data)), strings.ToLower(pmAddr.Hex())) {
			t.Fatalf("-32501 data does not name the paymaster: %v", data)
		}
	})
	t.Run("-32501 v0.9 custom error PaymasterNotDeployed in estimation", func(t *testing.T) {
		// The EntryPointSimulations of v0.9 reverts with its custom error
		// PaymasterNotDeployed(paymaster) (sending stops earlier, at AA30).
		nobody := common.HexToAddress("0x00000000000000000000000000000000000b0b01")
		op := ruleOp(ruleSignature(t, 0, big.NewInt(0)), withPaymaster(nobody, 0))
		var est map[string]any
		rpcError(t, b.call(ctx, &est, "eth_estimateUserOperationGas", op, ep), erc7769.CodeRejectedByPaymaster, "PaymasterNotDeployed(paymaster="+nobody.Hex()+")")
	})
	t.Run("-32502 banned opcode", func(t *testing.T) {
		rpcError(t, send(ruleOp(ruleSignature(t, 1, big.NewInt(0)), nil)), erc7769.CodeOpcodeValidation, "OP-011", "TIMESTAMP")
	})
	t.Run("-32503 timestamp window expired", func(t *testing.T) {
		now := uint64(time.Now().Unix())
		vd := entrypoint.ValidationData{ValidAfter: now - 7200, ValidUntil: now - 3600}
		rpcError(t, send(ruleOp(ruleSignature(t, 44, vd.Pack()), nil)), erc7769.CodeOutOfTimeRange, "expired")
	})
	t.Run("-32505 unstaked aggregator", func(t *testing.T) {
		vd := entrypoint.ValidationData{Aggregator: common.HexToAddress("0x00000000000000000000000000000000000a6601"), ValidUntil: entrypoint.MaxUint48}
		rpcError(t, send(ruleOp(ruleSignature(t, 44, vd.Pack()), nil)), erc7769.CodeStakeTooLow, "aggregator")
	})
	t.Run("-32508 paymaster deposit too low", func(t *testing.T) {
		rpcError(t, send(ruleOp(ruleSignature(t, 0, big.NewInt(0)), withPaymaster(poorPM, 0))), erc7769.CodePaymasterDepositTooLow, "AA31", poorPM.Hex())
	})
	t.Run("-32521 execution reverts in estimation", func(t *testing.T) {
		owner := accs[5].Key
		op, _ := newOp(ctx, t, b, node, funder, accountKinds[1], contracts, ep, owner, 9200)
		boom := crypto.Keccak256([]byte("boom()"))[:4] // RuleHelper.boom reverts
		op["callData"] = hexutil.Bytes(mustPack(t, loadABIs(t).account, "execute", helper, big.NewInt(0), boom))
		var est map[string]any
		rpcError(t, b.call(ctx, &est, "eth_estimateUserOperationGas", op, ep), erc7769.CodeExecutionReverted)
	})
	t.Run("-32504 banned paymaster", func(t *testing.T) {
		var ok string
		if err := b.call(ctx, &ok, "debug_bundler_setReputation", []map[string]any{{"address": pmAddr, "opsSeen": "0x3e8", "opsIncluded": "0x0"}}, ep); err != nil {
			t.Fatal(err)
		}
		rpcError(t, send(ruleOp(ruleSignature(t, 0, big.NewInt(0)), withPaymaster(pmAddr, 0))), erc7769.CodeThrottledOrBanned, "banned", pmAddr.Hex())
	})
}
