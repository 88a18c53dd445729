package validation

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/rs/zerolog"

	"github.com/klaster-dev/klaster/bindings/testcontracts"
	"github.com/klaster-dev/klaster/devnet"
	"github.com/klaster-dev/klaster/entrypoint"
)

// Rule modes of contracts/test/RuleContracts.sol (library RuleModes).
const (
	mNone uint8 = iota
	mTimestamp
	mNumber
	mCoinbase
	mPrevrandao
	mBasefee
	mGaslimit
	mGasprice
	mOrigin
	mBlockhash
	mBlobhash
	mBlobbasefee
	mGas
	mGasCall
	mBalance
	mSelfbalance
	mCreate
	mCreate2
	mSelfdestruct
	mInvalid
	mOwnSload
	mOwnSstore
	mOwnTload
	mOwnTstore
	mReadSenderAssoc
	mWriteSenderAssoc
	mReadEntityAssoc
	mWriteEntityAssoc
	mReadExternal
	mWriteExternal
	mAccountStorage
	mExtcodesizeNocode
	mCallNocode
	mExtcodehashEP
	mEPBalanceOf
	mValueCall
	mEPDepositTo
	mEPFallback
	mPrecompileOK
	mPrecompileBad
	mBeaconRead
	mOOG
	mEPIncrementNonce
	mSigFail
	mValidationData
	mContext
	mRevert
	mWriteSenderAssocStruct
	mTouchSender
)

// fixture is one dev chain with the rule contracts deployed for one EntryPoint.
type fixture struct {
	t          *testing.T
	net        *devnet.Devnet
	chain      *devnet.Chain
	client     *ethclient.Client
	opts       *bind.TransactOpts
	entryPoint common.Address
	helper     common.Address
	accountU   common.Address // unstaked RuleAccount
	accountS   common.Address // staked RuleAccount
	paymasterU common.Address
	paymasterS common.Address
	paymasterL common.Address // stake below the minimum
	factoryU   common.Address
	factoryS   common.Address
	salt       int64
	v06        bool // EntryPoint v0.6: no paymaster gas limits
}

var ruleArgs = abi.Arguments{{Type: mustType("uint8")}, {Type: mustType("bool")}, {Type: mustType("uint256")}}

func mustType(s string) abi.Type {
	t, err := abi.NewType(s, "", nil)
	if err != nil {
		panic(err)
	}
	return t
}

func ruleRequest(mode uint8, via bool, arg *big.Int) []byte {
	if arg == nil {
		arg = new(big.Int)
	}
	b, err := ruleArgs.Pack(mode, via, arg)
	if err != nil {
		panic(err)
	}
	return b
}

func startNet(t *testing.T) *devnet.Devnet {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	d, err := devnet.Start(ctx, devnet.Config{Period: 0, ChainIDs: []uint64{1337}})
	if err != nil {
		t.Fatalf("start devnet: %v", err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

func (f *fixture) wait(tx *types.Transaction, err error) {
	f.t.Helper()
	if err != nil {
		f.t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	r, err := devnet.WaitReceipt(ctx, f.client, tx.Hash())
	if err != nil {
		f.t.Fatal(err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		f.t.Fatalf("tx %s reverted", tx.Hash())
	}
}

func (f *fixture) value(wei *big.Int) *bind.TransactOpts {
	o := *f.opts
	o.Value = wei
	return &o
}

func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether)) }

func newFixture(t *testing.T, net *devnet.Devnet, ep common.Address, keyIndex int) *fixture {
	t.Helper()
	chain := net.Chains[0]
	client := chain.Client()
	t.Cleanup(client.Close)
	opts, err := bind.NewKeyedTransactorWithChainID(net.Accounts[keyIndex].Key, new(big.Int).SetUint64(chain.ChainID))
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{t: t, net: net, chain: chain, client: client, opts: opts, entryPoint: ep, v06: ep == net.Contracts.EntryPointV06}
	deploy := func(addr common.Address, tx *types.Transaction, _ any, err error) common.Address {
		f.wait(tx, err)
		return addr
	}
	f.helper = deploy(testcontracts.DeployRuleHelper(opts, client, ep))
	f.wait(bind.NewBoundContract(f.helper, abi.ABI{}, client, client, client).RawTransact(f.value(eth(1)), nil))
	entity := func(deployFn func() (common.Address, *types.Transaction, error), stake *big.Int, delay uint32) common.Address {
		addr, tx, err := deployFn()
		f.wait(tx, err)
		e, err := testcontracts.NewRuleAccount(addr, client) // every RuleEntity has deposit/stake
		if err != nil {
			t.Fatal(err)
		}
		f.wait(e.Deposit(f.value(eth(1))))
		if stake != nil {
			f.wait(e.Stake(f.value(stake), delay))
		}
		return addr
	}
	acct := func() (common.Address, *types.Transaction, error) {
		a, tx, _, err := testcontracts.DeployRuleAccount(f.value(eth(1)), client, ep, f.helper)
		return a, tx, err
	}
	pm := func() (common.Address, *types.Transaction, error) {
		a, tx, _, err := testcontracts.DeployRulePaymaster(opts, client, ep, f.helper)
		return a, tx, err
	}
	fac := func() (common.Address, *types.Transaction, error) {
		a, tx, _, err := testcontracts.DeployRuleFactory(opts, client, ep, f.helper)
		return a, tx, err
	}
	f.accountU = entity(acct, nil, 0)
	f.accountS = entity(acct, eth(1), 2)
	f.paymasterU = entity(pm, nil, 0)
	f.paymasterS = entity(pm, eth(1), 2)
	f.paymasterL = entity(pm, big.NewInt(params.GWei), 2)
	f.factoryU = entity(fac, nil, 0)
	f.factoryS = entity(fac, eth(1), 2)
	return f
}

func (f *fixture) baseOp(sender common.Address) *entrypoint.UserOperation {
	f.t.Helper()
	head, err := f.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		f.t.Fatal(err)
	}
	tip := big.NewInt(params.GWei)
	return &entrypoint.UserOperation{
		Sender:                        sender,
		Nonce:                         new(big.Int),
		CallGasLimit:                  big.NewInt(100_000),
		VerificationGasLimit:          big.NewInt(1_000_000),
		PreVerificationGas:            big.NewInt(60_000),
		MaxFeePerGas:                  new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(3)), tip),
		MaxPriorityFeePerGas:          tip,
		PaymasterVerificationGasLimit: new(big.Int),
		PaymasterPostOpGasLimit:       new(big.Int),
	}
}

// accountOp runs the rule in the account's validateUserOp.
func (f *fixture) accountOp(staked bool, mode uint8, via bool, arg *big.Int) *entrypoint.UserOperation {
	sender := f.accountU
	if staked {
		sender = f.accountS
	}
	op := f.baseOp(sender)
	op.Signature = ruleRequest(mode, via, arg)
	return op
}

// paymasterOp runs the rule in the paymaster (stake: 0 none, 1 full, 2 low).
func (f *fixture) paymasterOp(stake int, mode uint8, via bool, arg *big.Int) *entrypoint.UserOperation {
	pm := []common.Address{f.paymasterU, f.paymasterS, f.paymasterL}[stake]
	op := f.baseOp(f.accountU)
	op.Paymaster = &pm
	op.PaymasterVerificationGasLimit = big.NewInt(1_000_000)
	op.PaymasterPostOpGasLimit = big.NewInt(50_000)
	if f.v06 { // one verificationGasLimit for account, paymaster and postOp
		op.PaymasterVerificationGasLimit, op.PaymasterPostOpGasLimit = new(big.Int), new(big.Int)
		op.VerificationGasLimit = big.NewInt(2_000_000)
	}
	op.PaymasterData = ruleRequest(mode, via, arg)
	return op
}

// factoryOp deploys a fresh RuleAccount and runs mode in the factory and
// accountMode in the new account.
func (f *fixture) factoryOp(staked bool, mode uint8, via bool, arg *big.Int, accountMode uint8) *entrypoint.UserOperation {
	f.t.Helper()
	factory := f.factoryU
	if staked {
		factory = f.factoryS
	}
	f.salt++
	fc, err := testcontracts.NewRuleFactory(factory, f.client)
	if err != nil {
		f.t.Fatal(err)
	}
	sender, err := fc.GetAddress(&bind.CallOpts{}, big.NewInt(f.salt))
	if err != nil {
		f.t.Fatal(err)
	}
	f.depositTo(sender)
	fabi, _ := testcontracts.RuleFactoryMetaData.GetAbi()
	if arg == nil {
		arg = new(big.Int)
	}
	data, err := fabi.Pack("createAccount", mode, via, arg, big.NewInt(f.salt))
	if err != nil {
		f.t.Fatal(err)
	}
	op := f.baseOp(sender)
	op.Factory = &factory
	op.FactoryData = data
	op.VerificationGasLimit = big.NewInt(3_000_000)
	op.Signature = ruleRequest(accountMode, false, nil)
	return op
}

func (f *fixture) depositTo(addr common.Address) {
	f.t.Helper()
	data := append(common.FromHex("0xb760faf9"), common.LeftPadBytes(addr[:], 32)...)
	tx, err := bind.NewBoundContract(f.entryPoint, abi.ABI{}, f.client, f.client, f.client).RawTransact(f.value(eth(1)), data)
	f.wait(tx, err)
}

func newValidator(t *testing.T, f *fixture, cfg Config) *Validator {
	t.Helper()
	if !cfg.EntryPoints.Serves(f.entryPoint) { // v0.9 of a dev chain is not at its canonical address
		for _, d := range f.net.Contracts.EntryPoints() {
			if d.Address == f.entryPoint {
				set, err := entrypoint.NewSet(append(cfg.EntryPoints.List(), d)...)
				if err != nil {
					t.Fatal(err)
				}
				cfg.EntryPoints = set
			}
		}
	}
	v, err := New(f.chain.RPC(), new(big.Int).SetUint64(f.chain.ChainID), cfg, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	return v
}
