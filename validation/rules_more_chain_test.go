package validation

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/klaster-dev/klaster/bindings/testcontracts"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
)

// moreEnv is the rule fixture plus the hand-written contracts.
type moreEnv struct {
	*fixture
	acctUnassigned, acctStop       common.Address // CALL a 0x0c contract / a STOP contract
	acctExtsize, acctExtsizeIszero common.Address // EXTCODESIZE(EntryPoint) [ISZERO]
	acctDelegated, acctPlain       common.Address // CALL a 7702-delegated EOA / the same code undelegated
	delegatedPM                    common.Address // an EOA delegated to RulePaymaster code
	key7702                        *ecdsa.PrivateKey
}

func newMoreEnv(t *testing.T) *moreEnv {
	net := startNet(t)
	f := newFixture(t, net, net.Contracts.EntryPointV08, 5)
	e := &moreEnv{fixture: f}
	unassigned := f.deployRaw([]byte{0x0c})
	stop := f.deployRaw([]byte{0x00})
	e.acctUnassigned = f.rawAccount(callCode(unassigned))
	e.acctStop = f.rawAccount(callCode(stop))
	e.acctExtsize = f.rawAccount(extcodesizeCode(f.entryPoint, false))
	e.acctExtsizeIszero = f.rawAccount(extcodesizeCode(f.entryPoint, true))
	e.delegatedPM, _ = f.delegate(f.paymasterU)
	f.depositTo(e.delegatedPM)
	e.acctDelegated = f.rawAccount(callCode(e.delegatedPM))
	e.acctPlain = f.rawAccount(callCode(f.paymasterU))
	e.key7702, _ = crypto.GenerateKey()
	f.depositTo(crypto.PubkeyToAddress(e.key7702.PublicKey))
	return e
}

type moreCase struct {
	name    string
	op      func(e *moreEnv) *entrypoint.UserOperation
	cfg     func(c *Config)
	recheck func(e *moreEnv) // COD-010: change state, then RecheckCodeHashes
	code    int              // 0: accepted
	rule    string           // the rule id, or a substring of the message starting with it
	also    string           // another substring of the message
}

func rawOp(pick func(e *moreEnv) common.Address) func(e *moreEnv) *entrypoint.UserOperation {
	return func(e *moreEnv) *entrypoint.UserOperation { return e.baseOp(pick(e)) }
}

func withOp(base func(e *moreEnv) *entrypoint.UserOperation, mut func(op *entrypoint.UserOperation)) func(e *moreEnv) *entrypoint.UserOperation {
	return func(e *moreEnv) *entrypoint.UserOperation {
		op := base(e)
		mut(op)
		return op
	}
}

func plain(mode uint8, arg *big.Int) func(e *moreEnv) *entrypoint.UserOperation {
	return func(e *moreEnv) *entrypoint.UserOperation { return e.accountOp(false, mode, false, arg) }
}

func pm(stake int, mode uint8) func(e *moreEnv) *entrypoint.UserOperation {
	return func(e *moreEnv) *entrypoint.UserOperation { return e.paymasterOp(stake, mode, false, nil) }
}

func padSig(n int) func(op *entrypoint.UserOperation) {
	return func(op *entrypoint.UserOperation) { op.Signature = append(op.Signature, make([]byte, n)...) }
}

func setVGL(n int64) func(op *entrypoint.UserOperation) {
	return func(op *entrypoint.UserOperation) { op.VerificationGasLimit = big.NewInt(n) }
}

func setPVG(n int64) func(op *entrypoint.UserOperation) {
	return func(op *entrypoint.UserOperation) { op.PreVerificationGas = big.NewInt(n) }
}

func aggregatorOp(pick func(e *moreEnv) common.Address) func(e *moreEnv) *entrypoint.UserOperation {
	return func(e *moreEnv) *entrypoint.UserOperation {
		a := pick(e)
		return e.accountOp(false, mValidationData, false, new(big.Int).SetBytes(a[:]))
	}
}

func moreCases() []moreCase {
	slack := func(enforce bool, n uint64) func(c *Config) {
		return func(c *Config) { c.EnforceValidationGasSlack, c.ValidationGasSlack = enforce, n }
	}
	return []moreCase{
		{name: "OP-013 unassigned opcode 0x0c", op: rawOp(func(e *moreEnv) common.Address { return e.acctUnassigned }), code: erc7769.CodeOpcodeValidation, rule: "OP-013: account uses unassigned opcode 0x0c"},
		{name: "OP-013 neighbour: same account calls STOP", op: rawOp(func(e *moreEnv) common.Address { return e.acctStop })},
		{name: "OP-051 EXTCODESIZE EntryPoint without ISZERO", op: rawOp(func(e *moreEnv) common.Address { return e.acctExtsize }), code: erc7769.CodeOpcodeValidation, rule: "OP-054", also: "OP-051"},
		{name: "OP-051 EXTCODESIZE ISZERO EntryPoint", op: rawOp(func(e *moreEnv) common.Address { return e.acctExtsizeIszero })},
		{name: "AUTH-030 account calls a delegated EOA", op: rawOp(func(e *moreEnv) common.Address { return e.acctDelegated }), code: erc7769.CodeOpcodeValidation, rule: "AUTH-030"},
		{name: "AUTH-030 neighbour: same call, undelegated code", op: rawOp(func(e *moreEnv) common.Address { return e.acctPlain })},
		{name: "AUTH-020 delegated EOA as paymaster", op: func(e *moreEnv) *entrypoint.UserOperation {
			op := e.paymasterOp(0, mNone, false, nil)
			op.Paymaster = &e.delegatedPM
			return op
		}, code: erc7769.CodeOpcodeValidation, rule: "AUTH-020"},
		{name: "AUTH-020 neighbour: the paymaster contract itself", op: pm(0, mNone)},
		{name: "AUTH-010 tuple for another chain", op: authOp(big.NewInt(999), false), code: erc7769.CodeInvalidParams, rule: "AUTH-010: Invalid chainId in authorization"},
		{name: "AUTH-010 tuple not signed by the sender", op: authOp(big.NewInt(1337), true), code: erc7769.CodeInvalidParams, rule: "AUTH-010: Authorization signer is not sender"},
		{name: "AUTH-010 tuple of this chain", op: authOp(big.NewInt(1337), false)},
		{name: "AUTH-010 tuple of any chain (0)", op: authOp(big.NewInt(0), false)},
		{name: "LIM-010 op over MAX_USEROP_SIZE", op: withOp(plain(mNone, nil), padSig(9000)), code: erc7769.CodeInvalidParams, rule: "LIM-010"},
		{name: "LIM-010 op under MAX_USEROP_SIZE", op: withOp(plain(mNone, nil), padSig(4000))},
		{name: "LIM-020 context over MAX_CONTEXT_SIZE", op: pm(1, mContext), cfg: func(c *Config) { c.MaxContextSize = 4 }, code: erc7769.CodeOpcodeValidation, rule: "LIM-020"},
		{name: "LIM-020 context within MAX_CONTEXT_SIZE", op: pm(1, mContext)},
		{name: "LIM-030 account slack too small", op: plain(mNone, nil), cfg: slack(true, 999_900), code: erc7769.CodeOpcodeValidation, rule: "LIM-030: account validation used"},
		{name: "LIM-030 account slack 4000", op: plain(mNone, nil), cfg: slack(true, 4000)},
		{name: "LIM-030 paymaster slack too small", op: withOp(pm(0, mNone), setVGL(3_000_000)), cfg: slack(true, 999_900), code: erc7769.CodeOpcodeValidation, rule: "LIM-030: paymaster validation used"},
		{name: "LIM-030 paymaster slack 4000", op: pm(0, mNone), cfg: slack(true, 4000)},
		{name: "LIM-060 verificationGasLimit 1M", op: plain(mNone, nil), cfg: func(c *Config) { c.EnforceMaxVerificationGas = true }, code: erc7769.CodeInvalidParams, rule: "LIM-060"},
		{name: "LIM-060 verificationGasLimit 400k", op: withOp(plain(mNone, nil), setVGL(400_000)), cfg: func(c *Config) { c.EnforceMaxVerificationGas = true }},
		{name: "LIM-070 preVerificationGas below calldata+50000", op: withOp(plain(mNone, nil), setPVG(50_000)), cfg: func(c *Config) { c.EnforcePreVerificationOverhead = true }, code: erc7769.CodeInvalidParams, rule: "LIM-070: preVerificationGas too low"},
		{name: "LIM-070 preVerificationGas 60000", op: plain(mNone, nil), cfg: func(c *Config) { c.EnforcePreVerificationOverhead = true }},
		{name: "EREP-040 unstaked aggregator", op: aggregatorOp(func(e *moreEnv) common.Address { return e.paymasterU }), code: erc7769.CodeStakeTooLow, rule: "EREP-040"},
		{name: "EREP-040 staked aggregator", op: aggregatorOp(func(e *moreEnv) common.Address { return e.paymasterS })},
		{name: "SREP-010 stake below MIN_STAKE_VALUE", op: func(e *moreEnv) *entrypoint.UserOperation { return e.paymasterOp(2, mOwnSstore, false, nil) }, code: erc7769.CodeStakeTooLow, rule: "STO-031", also: "SREP-010"},
		{name: "SREP-010 stake at MIN_STAKE_VALUE", op: func(e *moreEnv) *entrypoint.UserOperation { return e.paymasterOp(1, mOwnSstore, false, nil) }},
		{name: "SREP-010 unstake delay below MIN_UNSTAKE_DELAY", op: func(e *moreEnv) *entrypoint.UserOperation { return e.paymasterOp(1, mOwnSstore, false, nil) },
			cfg: func(c *Config) { c.MinUnstakeDelay = 86400 }, code: erc7769.CodeStakeTooLow, rule: "STO-031", also: "SREP-010"},
		{name: "EREP-061 unstaked factory's utility contract CREATE", op: facVia(false, mCreate), code: erc7769.CodeOpcodeValidation, rule: "OP-011", also: "EREP-061"},
		{name: "EREP-061 staked factory's utility contract CREATE", op: facVia(true, mCreate)},
		{name: "EREP-060 unstaked factory second CREATE2", op: facVia(false, mCreate2), code: erc7769.CodeOpcodeValidation, rule: "OP-031", also: "EREP-060"},
		{name: "EREP-060 staked factory CREATE2", op: func(e *moreEnv) *entrypoint.UserOperation { return e.factoryOp(true, mCreate2, false, nil, mNone) }},
		{name: "OP-032 sender's utility contract CREATE with factory", op: func(e *moreEnv) *entrypoint.UserOperation {
			op := e.factoryOp(false, mNone, false, nil, mNone)
			op.Signature = ruleRequest(mCreate, true, nil)
			return op
		}, code: erc7769.CodeOpcodeValidation, rule: "OP-011", also: "OP-032"},
		{name: "COD-010 sender deployed after first validation", op: func(e *moreEnv) *entrypoint.UserOperation { return e.factoryOp(false, mNone, false, nil, mNone) },
			recheck: deploySender, code: erc7769.CodeOpcodeValidation, rule: "COD-010: modified code after first validation"},
		{name: "COD-010 nothing changed", op: func(e *moreEnv) *entrypoint.UserOperation { return e.factoryOp(false, mNone, false, nil, mNone) },
			recheck: func(*moreEnv) {}},
	}
}

func facVia(staked bool, mode uint8) func(e *moreEnv) *entrypoint.UserOperation {
	return func(e *moreEnv) *entrypoint.UserOperation { return e.factoryOp(staked, mode, true, nil, mNone) }
}

// deploySender deploys the last factoryOp's sender with a plain transaction.
func deploySender(e *moreEnv) {
	fc, err := testcontracts.NewRuleFactory(e.factoryU, e.client)
	if err != nil {
		e.t.Fatal(err)
	}
	e.wait(fc.CreateAccount(e.opts, mNone, false, new(big.Int), big.NewInt(e.salt)))
}

// authOp is an EIP-7702 op of the env's fresh EOA delegating to
// Simple7702Account, signed by the EOA (or, with wrongSigner, by another key).
func authOp(chainID *big.Int, wrongSigner bool) func(e *moreEnv) *entrypoint.UserOperation {
	return func(e *moreEnv) *entrypoint.UserOperation {
		eoa := crypto.PubkeyToAddress(e.key7702.PublicKey)
		signer := e.key7702
		if wrongSigner {
			signer, _ = crypto.GenerateKey()
		}
		auth, err := types.SignSetCode(signer, types.SetCodeAuthorization{ChainID: *uint256.MustFromBig(chainID), Address: e.net.Contracts.Simple7702Account})
		if err != nil {
			e.t.Fatal(err)
		}
		op := e.baseOp(eoa)
		marker := entrypoint.EIP7702Marker()
		op.Factory = &marker
		op.EIP7702Auth = entrypoint.EIP7702AuthFrom(auth)
		hash, err := entrypoint.Hash(op, e.entryPoint, new(big.Int).SetUint64(e.chain.ChainID))
		if err != nil {
			e.t.Fatal(err)
		}
		sig, err := crypto.Sign(hash.Bytes(), e.key7702)
		if err != nil {
			e.t.Fatal(err)
		}
		sig[64] += 27
		op.Signature = sig
		return op
	}
}

func TestMoreRulesOnChain(t *testing.T) {
	e := newMoreEnv(t)
	base := newValidator(t, e.fixture, DevProfile())
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	for _, tc := range moreCases() {
		t.Run(tc.name, func(t *testing.T) {
			e.t = t
			v := base
			if tc.cfg != nil {
				cfg := DevProfile()
				tc.cfg(&cfg)
				v = newValidator(t, e.fixture, cfg)
			}
			op := tc.op(e)
			res, err := v.Validate(ctx, op, e.entryPoint)
			if tc.recheck != nil {
				if err != nil {
					t.Fatalf("first validation rejected: %v", err)
				}
				tc.recheck(e)
				err = v.RecheckCodeHashes(ctx, res)
			}
			checkOutcome(t, err, tc.code, tc.rule, tc.also)
		})
	}
}

// checkOutcome asserts acceptance (code 0) or a *erc7769.Error with code
// naming rule (checkRuleError).
func checkOutcome(t *testing.T, err error, code int, rule, also string) {
	t.Helper()
	if code == 0 {
		if err != nil {
			t.Fatalf("rejected: %v (data %v)", err, errData(err))
		}
		return
	}
	checkRuleError(t, err, code, rule, also)
}
