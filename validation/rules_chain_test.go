package validation

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/devnet"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
)

type ruleCase struct {
	name string
	op   func(f *fixture) *entrypoint.UserOperation
	cfg  func(f *fixture, c *Config)
	code int    // 0: accepted
	rule string // the rule id the error names, or a substring of the message starting with it
	also string // another substring the message must hold (e.g. the rule that would have allowed the access)
}

func acct(staked bool, mode uint8, via bool) func(*fixture) *entrypoint.UserOperation {
	return func(f *fixture) *entrypoint.UserOperation { return f.accountOp(staked, mode, via, nil) }
}

func pmOp(stake int, mode uint8, via bool) func(*fixture) *entrypoint.UserOperation {
	return func(f *fixture) *entrypoint.UserOperation { return f.paymasterOp(stake, mode, via, nil) }
}

func facOp(staked bool, mode uint8, accountMode uint8) func(*fixture) *entrypoint.UserOperation {
	return func(f *fixture) *entrypoint.UserOperation { return f.factoryOp(staked, mode, false, nil, accountMode) }
}

func ruleCases() []ruleCase {
	cases := []ruleCase{
		{name: "no rule", op: acct(false, mNone, false)},
		{name: "OP-012 GAS", op: acct(false, mGas, false), code: erc7769.CodeOpcodeValidation, rule: "OP-012"},
		{name: "OP-012 GAS CALL allowed", op: acct(false, mGasCall, false)},
		{name: "OP-080 BALANCE unstaked", op: acct(false, mBalance, false), code: erc7769.CodeOpcodeValidation, rule: "OP-080"},
		{name: "OP-080 BALANCE staked", op: acct(true, mBalance, false)},
		{name: "OP-080 SELFBALANCE unstaked", op: acct(false, mSelfbalance, false), code: erc7769.CodeOpcodeValidation, rule: "OP-080"},
		{name: "OP-080 SELFBALANCE staked", op: acct(true, mSelfbalance, false)},
		{name: "OP-011 CREATE without factory", op: acct(false, mCreate, false), code: erc7769.CodeOpcodeValidation, rule: "OP-011: account uses banned opcode: CREATE", also: "OP-032"},
		{name: "OP-031 CREATE2 by account", op: acct(false, mCreate2, false), code: erc7769.CodeOpcodeValidation, rule: "OP-031"},
		{name: "OP-011 SELFDESTRUCT", op: facOp(false, mNone, mSelfdestruct), code: erc7769.CodeOpcodeValidation, rule: "OP-011: account uses banned opcode: SELFDESTRUCT"},
		{name: "OP-011 INVALID", op: acct(false, mInvalid, false), code: erc7769.CodeOpcodeValidation, rule: "OP-011: account uses banned opcode: INVALID"},
		{name: "OP-011 paymaster TIMESTAMP", op: pmOp(0, mTimestamp, false), code: erc7769.CodeOpcodeValidation, rule: "OP-011: paymaster uses banned opcode: TIMESTAMP"},
		{name: "OP-011 paymaster TIMESTAMP via helper", op: pmOp(1, mTimestamp, true), code: erc7769.CodeOpcodeValidation, rule: "OP-011: paymaster uses banned opcode: TIMESTAMP"},
		{name: "OP-011 factory NUMBER", op: facOp(false, mNumber, mNone), code: erc7769.CodeOpcodeValidation, rule: "OP-011: factory uses banned opcode: NUMBER"},
		{name: "factory deploys sender", op: facOp(false, mNone, mNone)},
		{name: "OP-031 second CREATE2 by unstaked factory", op: facOp(false, mCreate2, mNone), code: erc7769.CodeOpcodeValidation, rule: "OP-031"},
		{name: "EREP-060 CREATE2 by staked factory", op: facOp(true, mCreate2, mNone)},
		{name: "OP-032 account CREATE with factory", op: facOp(false, mNone, mCreate)},
		{name: "OP-020 out of gas", op: acct(false, mOOG, false), code: erc7769.CodeOpcodeValidation, rule: "OP-020"},
		{name: "OP-041 CALL no code", op: acct(false, mCallNocode, false), code: erc7769.CodeOpcodeValidation, rule: "OP-041"},
		{name: "OP-041 EXTCODESIZE no code", op: acct(false, mExtcodesizeNocode, false), code: erc7769.CodeOpcodeValidation, rule: "OP-041"},
		{name: "OP-042 factory touches sender", op: facOp(false, mTouchSender, mNone)},
		{name: "OP-054 EXTCODEHASH EntryPoint", op: acct(false, mExtcodehashEP, false), code: erc7769.CodeOpcodeValidation, rule: "OP-054"},
		{name: "OP-054 EntryPoint balanceOf", op: acct(false, mEPBalanceOf, false), code: erc7769.CodeOpcodeValidation, rule: "OP-054"},
		{name: "OP-052 depositTo", op: acct(false, mEPDepositTo, false)},
		{name: "OP-052 depositTo via helper", op: acct(false, mEPDepositTo, true)},
		{name: "OP-053 EntryPoint fallback", op: acct(false, mEPFallback, false)},
		{name: "OP-055 incrementNonce", op: func(f *fixture) *entrypoint.UserOperation {
			return f.accountOp(false, mEPIncrementNonce, false, big.NewInt(7))
		}},
		{name: "OP-061 value call", op: acct(false, mValueCall, false), code: erc7769.CodeOpcodeValidation, rule: "OP-061"},
		{name: "OP-062 allowed precompile", op: acct(false, mPrecompileOK, false)},
		{name: "OP-062 forbidden precompile", op: acct(false, mPrecompileBad, false), code: erc7769.CodeOpcodeValidation, rule: "OP-062"},
		{name: "STO-010 own storage write", op: acct(false, mOwnSstore, false)},
		{name: "OP-070 own transient storage", op: acct(false, mOwnTstore, false)},
		{name: "STO-010 account storage from paymaster", op: pmOp(0, mAccountStorage, false)},
		{name: "STO-021 associated read", op: acct(false, mReadSenderAssoc, false)},
		{name: "STO-021 associated write", op: acct(false, mWriteSenderAssoc, false)},
		{name: "STO-021 associated struct member", op: acct(false, mWriteSenderAssocStruct, false)},
		{name: "STO-033 external read by unstaked account", op: acct(false, mReadExternal, false), code: erc7769.CodeOpcodeValidation, rule: "STO-033: unstaked account"},
		{name: "STO-033 external read staked account", op: acct(true, mReadExternal, false)},
		{name: "STO-033 external write by staked account (read-only)", op: acct(true, mWriteExternal, false), code: erc7769.CodeOpcodeValidation, rule: "STO-033: account", also: "write to"},
		{name: "STO-022 associated with unstaked factory", op: facOp(false, mNone, mReadSenderAssoc), code: erc7769.CodeOpcodeValidation, rule: "STO-022"},
		{name: "STO-022 associated with staked factory", op: facOp(true, mNone, mReadSenderAssoc)},
		{name: "STO-021 sender-associated from unstaked paymaster", op: pmOp(0, mWriteSenderAssoc, false)},
		{name: "STO-031 unstaked paymaster own read", op: pmOp(0, mOwnSload, false), code: erc7769.CodeOpcodeValidation, rule: "STO-031"},
		{name: "STO-031 unstaked paymaster own write", op: pmOp(0, mOwnSstore, false), code: erc7769.CodeOpcodeValidation, rule: "STO-031"},
		{name: "OP-070 unstaked paymaster TSTORE", op: pmOp(0, mOwnTstore, false), code: erc7769.CodeOpcodeValidation, rule: "STO-031", also: "transient write to"},
		{name: "STO-031 staked paymaster own write", op: pmOp(1, mOwnSstore, false)},
		{name: "STO-032 unstaked paymaster associated", op: pmOp(0, mWriteEntityAssoc, false), code: erc7769.CodeOpcodeValidation, rule: "STO-032"},
		{name: "STO-032 staked paymaster associated", op: pmOp(1, mWriteEntityAssoc, false)},
		{name: "STO-033 unstaked paymaster external read", op: pmOp(0, mReadExternal, false), code: erc7769.CodeOpcodeValidation, rule: "STO-033"},
		{name: "STO-033 staked paymaster external read", op: pmOp(1, mReadExternal, false)},
		{name: "STO-033 staked paymaster external write", op: pmOp(1, mWriteExternal, false), code: erc7769.CodeOpcodeValidation, rule: "STO-033"},
		{name: "STO-031 low-stake paymaster own write", op: pmOp(2, mOwnSstore, false), code: erc7769.CodeStakeTooLow, rule: "STO-031", also: "SREP-010"},
		{name: "STO-031 unstaked factory own write", op: facOp(false, mOwnSstore, mNone), code: erc7769.CodeOpcodeValidation, rule: "STO-031"},
		{name: "STO-031 staked factory own write", op: facOp(true, mOwnSstore, mNone)},
		{name: "EREP-050 unstaked paymaster context", op: pmOp(0, mContext, false), code: erc7769.CodeOpcodeValidation, rule: "EREP-050"},
		{name: "EREP-050 staked paymaster context", op: pmOp(1, mContext, false)},
		{name: "beacon roots read allowed", op: beaconOp},
		{name: "beacon roots read without allowlist", op: beaconOp, cfg: func(_ *fixture, c *Config) { c.StorageAllowlist = nil }, code: erc7769.CodeOpcodeValidation, rule: "STO-033", also: "0x000F3df6D732807Ef1319fB7B8bB8522d0Beac02"},
		{name: "read-only allowlist read", op: acct(false, mReadExternal, false), cfg: allowHelper},
		{name: "read-only allowlist write", op: acct(false, mWriteExternal, false), cfg: allowHelper, code: erc7769.CodeOpcodeValidation, rule: "STO-033", also: "write to"},
		{name: "sigFailed account", op: acct(false, mSigFail, false), code: erc7769.CodeInvalidSignature, rule: "AA24"},
		{name: "sigFailed paymaster", op: pmOp(0, mSigFail, false), code: erc7769.CodeInvalidSignature, rule: "AA34"},
		{name: "expired", op: expiredOp, code: erc7769.CodeOutOfTimeRange},
		{name: "account revert", op: acct(false, mRevert, false), code: erc7769.CodeRejectedByEntryPoint, rule: "AA23"},
		{name: "paymaster revert", op: pmOp(0, mRevert, false), code: erc7769.CodeRejectedByPaymaster, rule: "AA33"},
	}
	for _, op := range []struct {
		mode uint8
		name string
	}{{mTimestamp, "TIMESTAMP"}, {mNumber, "NUMBER"}, {mCoinbase, "COINBASE"}, {mPrevrandao, "DIFFICULTY"}, {mBasefee, "BASEFEE"},
		{mGaslimit, "GASLIMIT"}, {mGasprice, "GASPRICE"}, {mOrigin, "ORIGIN"}, {mBlockhash, "BLOCKHASH"}, {mBlobhash, "BLOBHASH"}, {mBlobbasefee, "BLOBBASEFEE"}} {
		cases = append(cases,
			ruleCase{name: "OP-011 " + op.name, op: acct(false, op.mode, false), code: erc7769.CodeOpcodeValidation, rule: "OP-011: account uses banned opcode: " + op.name},
			ruleCase{name: "OP-011 " + op.name + " via helper", op: acct(true, op.mode, true), code: erc7769.CodeOpcodeValidation, rule: "OP-011: account uses banned opcode: " + op.name})
	}
	return cases
}

func allowHelper(f *fixture, c *Config) {
	c.StorageAllowlist = []AllowedStorage{{Contract: f.helper, ReadOnly: true}}
}

func beaconOp(f *fixture) *entrypoint.UserOperation {
	h, err := f.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		f.t.Fatal(err)
	}
	return f.accountOp(false, mBeaconRead, false, new(big.Int).SetUint64(h.Time))
}

func expiredOp(f *fixture) *entrypoint.UserOperation {
	vd := entrypoint.ValidationData{ValidAfter: 0, ValidUntil: 1000}
	return f.accountOp(false, mValidationData, false, vd.Pack())
}

// TestRulesOnChain runs every ERC-7562 rule case on EntryPoint v0.6, v0.8
// and v0.9 (v0.9 only adds block-number windows; v0.6 differs where
// v0.6Cases says).
func TestRulesOnChain(t *testing.T) {
	net := startNet(t)
	for i, ep := range []common.Address{net.Contracts.EntryPointV08, net.Contracts.EntryPointV09, net.Contracts.EntryPointV06} {
		name := map[int]string{0: "v0.8", 1: "v0.9", 2: "v0.6"}[i]
		cases := ruleCases()
		if i == 2 {
			cases = v06Cases(cases)
		}
		t.Run(name, func(t *testing.T) { runRuleCases(t, net, ep, []int{5, 6, 4}[i], cases) })
	}
}

// v06Cases is the rule table as EntryPoint v0.6 answers it. Its rules, from
// ERC-4337's validation section before ERC-7562 split off, differ in:
//   - BALANCE and SELFBALANCE are banned for every entity (OP-011); OP-080,
//     which allows them to staked entities, came with v0.7;
//   - no EIP-7702 (AUTH-*): a 7702 marker or eip7702Auth is refused as a
//     field of the op before simulation.
//
// The unstaked-paymaster context rule (EREP-050), the storage rules, the
// factory's one CREATE2 of the sender, the EntryPoint calls (OP-052..055:
// v0.6's NonceManager has incrementNonce too) and the remaining opcode
// rules are the same; LIM-030 counts the paymaster's validation against the one
// verificationGasLimit.
func v06Cases(in []ruleCase) []ruleCase {
	out := make([]ruleCase, 0, len(in))
	for _, tc := range in {
		switch tc.name {
		case "OP-080 BALANCE staked", "OP-080 BALANCE unstaked":
			tc.code, tc.rule = erc7769.CodeOpcodeValidation, "OP-011: account uses banned opcode: BALANCE"
		case "OP-080 SELFBALANCE staked", "OP-080 SELFBALANCE unstaked":
			tc.code, tc.rule = erc7769.CodeOpcodeValidation, "OP-011: account uses banned opcode: SELFBALANCE"
		}
		tc.name = "v0.6 " + tc.name
		out = append(out, tc)
	}
	return out
}

func runRuleCases(t *testing.T, net *devnet.Devnet, ep common.Address, keyIndex int, cases []ruleCase) {
	f := newFixture(t, net, ep, keyIndex)
	base := newValidator(t, f, DevProfile())
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f.t = t
			v := base
			if tc.cfg != nil {
				cfg := DevProfile()
				tc.cfg(f, &cfg)
				v = newValidator(t, f, cfg)
			}
			res, err := v.Validate(ctx, tc.op(f), f.entryPoint)
			if tc.code == 0 {
				if err != nil {
					t.Fatalf("rejected: %v (data %v)", err, errData(err))
				}
				if res.UserOpHash == (common.Hash{}) || len(res.CodeHashes) == 0 {
					t.Fatalf("incomplete result %+v", res)
				}
				return
			}
			checkRuleError(t, err, tc.code, tc.rule, tc.also)
		})
	}
}

// checkRuleError asserts a rejection with code that names the rule: the
// error's Rule (and its data's "rule") is the id rule starts with, an
// ERC-7562 rule error's message starts with "<id>: ", and the message holds
// rule and also. Every -32502 and -32505 case must name a rule.
func checkRuleError(t *testing.T, err error, code int, rule, also string) {
	t.Helper()
	var verr *erc7769.Error
	if !errors.As(err, &verr) {
		t.Fatalf("want code %d %q, got %v", code, rule, err)
	}
	if verr.Code != code || !strings.Contains(verr.Message, rule) || !strings.Contains(verr.Message, also) {
		t.Fatalf("want code %d %q (and %q), got %d %q", code, rule, also, verr.Code, verr.Message)
	}
	id, _, _ := strings.Cut(rule, ":")
	if rule == "" {
		if code == erc7769.CodeOpcodeValidation || code == erc7769.CodeStakeTooLow {
			t.Fatalf("a %d case must name its rule: %q", code, verr.Message)
		}
		return
	}
	if verr.Rule != id {
		t.Fatalf("error names rule %q, want %q: %q", verr.Rule, id, verr.Message)
	}
	if d, ok := verr.ErrorData().(map[string]any); !ok || d["rule"] != id {
		t.Fatalf("error data rule %v, want %q", verr.ErrorData(), id)
	}
	if (code == erc7769.CodeOpcodeValidation || code == erc7769.CodeStakeTooLow) && !strings.HasPrefix(verr.Message, id+": ") {
		t.Fatalf("message does not start with the rule id %q: %q", id, verr.Message)
	}
}

func errData(err error) any {
	var e *erc7769.Error
	if errors.As(err, &e) {
		return e.ErrorData()
	}
	return nil
}
