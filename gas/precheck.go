package gas

import (
	"context"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
)

// Config bounds the ops a bundler admits. DefaultConfig gives the defaults.
type Config struct {
	// Byte-size caps (-32602 when exceeded).
	MaxCallDataSize      int
	MaxInitCodeSize      int // factory (20 bytes) + factoryData
	MaxPaymasterDataSize int // paymasterData, after the 52 static bytes
	MaxSignatureSize     int

	// Gas-limit caps (-32602 when exceeded).
	MaxVerificationGasLimit          uint64
	MaxCallGasLimit                  uint64
	MaxPaymasterVerificationGasLimit uint64
	MaxPaymasterPostOpGasLimit       uint64
	// MaxOpGas caps the op's total gas (all limits + preVerificationGas);
	// the block gas limit caps it too. 0 means params.MaxTxGas.
	MaxOpGas uint64

	// Fees (-32602 when too low). maxFeePerGas must be at least
	// baseFee·(100+BaseFeeMarginPercent)/100; maxPriorityFeePerGas at least
	// MinPriorityFeePerGas (nil: 0).
	BaseFeeMarginPercent uint64
	MinPriorityFeePerGas *big.Int

	// preVerificationGas: the op must carry at least the computed value
	// minus PVGSlackPercent of it (-32602 otherwise).
	PVG             PVGConfig
	PVGSlackPercent uint64
	DA              DAGasOracle // nil: no L2 data-availability fee

	// EntryPoints are the chain's EntryPoints with their versions (the
	// chain spec's); an op for any other address is refused.
	EntryPoints entrypoint.Set
}

// DefaultConfig returns the default bounds: 64 KiB callData, 32 KiB
// initCode, 8 KiB paymasterData and signature; 5M verification gas (account
// and paymaster), 10M call gas, 5M postOp gas, EIP-7825 total; a 10% base fee
// margin, no priority fee floor; the reference PVG constants without slack.
func DefaultConfig() Config {
	return Config{
		MaxCallDataSize:                  64 << 10,
		MaxInitCodeSize:                  32 << 10,
		MaxPaymasterDataSize:             8 << 10,
		MaxSignatureSize:                 8 << 10,
		MaxVerificationGasLimit:          5_000_000,
		MaxCallGasLimit:                  10_000_000,
		MaxPaymasterVerificationGasLimit: 5_000_000,
		MaxPaymasterPostOpGasLimit:       5_000_000,
		MaxOpGas:                         params.MaxTxGas,
		BaseFeeMarginPercent:             10,
		PVG:                              DefaultPVGConfig(),
		EntryPoints:                      entrypoint.Canonical(),
	}
}

// Precheck runs the checks that come before simulation, cheapest first, and
// returns the first failure as an *erc7769.Error (node failures are returned as
// plain errors):
//
//   - op completeness and ranges for the version (-32602)
//   - byte sizes of callData, initCode, paymasterData, signature (-32602)
//   - each gas limit against its cap, and their sum with preVerificationGas
//     against min(block gas limit, MaxOpGas) (-32602)
//   - maxPriorityFeePerGas ≤ maxFeePerGas, ≥ MinPriorityFeePerGas, and
//     maxFeePerGas ≥ baseFee·(1+margin) (-32602)
//   - preVerificationGas ≥ the computed value, less slack (-32602, with the
//     reference's message)
//   - the sender has code XOR the op has a factory: "AA10 sender already
//     constructed" / "AA20 account not deployed"; a factory without code
//     gives "AA13 initCode failed or OOG" (-32500). EIP-7702 ops (the
//     0x7702 marker, or an eip7702Auth without factory) need a delegation or
//     an eip7702Auth, and an EOA sender (-32602).
//   - a paymaster must have code ("AA30 paymaster not deployed", -32500) and
//     an EntryPoint deposit ≥ the prefund ("AA31 paymaster deposit too low",
//     -32508 with the paymaster in data).
//   - without paymaster, the sender's deposit + balance must cover the
//     prefund ("AA21 didn't pay prefund", -32500).
//
// prefund = (verificationGasLimit + callGasLimit + paymasterVerificationGasLimit
// + paymasterPostOpGasLimit + preVerificationGas) · maxFeePerGas, as the
// EntryPoint computes it. The reference bundler leaves the prefund checks to
// simulation (where the EntryPoint reverts AA21/AA31 and it answers -32500);
// checking here gives the same reasons without a simulation. Counting the
// sender's balance is lenient on purpose: accounts pay the missing part from
// their balance in validateUserOp (the EntryPoint only requires deposit +
// paid ≥ prefund), and undeployed accounts are usually funded that way.
func Precheck(ctx context.Context, state ChainState, op *entrypoint.UserOperation, entryPoint common.Address, cfg Config) error {
	v, ok := cfg.EntryPoints.Version(entryPoint)
	if !ok {
		return invalidFields("The EntryPoint at %q is not supported", entryPoint.Hex())
	}
	if err := op.Validate(v); err != nil {
		return fieldErr(err)
	}
	if err := checkSizes(op, cfg); err != nil {
		return err
	}
	blockGasLimit, err := state.BlockGasLimit(ctx)
	if err != nil {
		return err
	}
	if err := checkGasLimits(op, cfg, blockGasLimit); err != nil {
		return err
	}
	baseFee, err := state.BaseFee(ctx)
	if err != nil {
		return err
	}
	if err := checkFees(op, cfg, baseFee); err != nil {
		return err
	}
	if err := CheckPreVerificationGas(ctx, op, v, cfg); err != nil {
		return err
	}
	if err := checkSenderAndFactory(ctx, state, op, v); err != nil {
		return err
	}
	return checkPrefund(ctx, state, op, v, entryPoint)
}

// fieldErr maps an entrypoint validation error to -32602.
func fieldErr(err error) error {
	var fe *entrypoint.FieldError
	if errors.As(err, &fe) && errors.Is(err, entrypoint.ErrMissingField) {
		return invalidFields("Missing userOp field: %s", fe.Field)
	}
	return invalidFields("%v", err)
}

func checkSizes(op *entrypoint.UserOperation, cfg Config) error {
	initCodeLen := 0
	if op.Factory != nil {
		initCodeLen = common.AddressLength + len(op.FactoryData)
	}
	for _, s := range [...]struct {
		name     string
		size, at int
	}{
		{"callData", len(op.CallData), cfg.MaxCallDataSize},
		{"initCode", initCodeLen, cfg.MaxInitCodeSize},
		{"paymasterData", len(op.PaymasterData), cfg.MaxPaymasterDataSize},
		{"signature", len(op.Signature), cfg.MaxSignatureSize},
	} {
		if s.at > 0 && s.size > s.at {
			return invalidFields("%s too large: %d bytes, the limit is %d", s.name, s.size, s.at)
		}
	}
	return nil
}

// totalGas is verificationGasLimit + callGasLimit + paymaster limits +
// preVerificationGas (the EntryPoint's requiredGas).
func totalGas(op *entrypoint.UserOperation) *big.Int {
	sum := new(big.Int)
	for _, v := range []*big.Int{op.VerificationGasLimit, op.CallGasLimit, op.PaymasterVerificationGasLimit, op.PaymasterPostOpGasLimit, op.PreVerificationGas} {
		if v != nil {
			sum.Add(sum, v)
		}
	}
	return sum
}

func checkGasLimits(op *entrypoint.UserOperation, cfg Config, blockGasLimit uint64) error {
	for _, l := range [...]struct {
		name string
		v    *big.Int
		max  uint64
	}{
		{"verificationGasLimit", op.VerificationGasLimit, cfg.MaxVerificationGasLimit},
		{"callGasLimit", op.CallGasLimit, cfg.MaxCallGasLimit},
		{"paymasterVerificationGasLimit", op.PaymasterVerificationGasLimit, cfg.MaxPaymasterVerificationGasLimit},
		{"paymasterPostOpGasLimit", op.PaymasterPostOpGasLimit, cfg.MaxPaymasterPostOpGasLimit},
	} {
		if l.v != nil && l.max > 0 && l.v.Cmp(new(big.Int).SetUint64(l.max)) > 0 {
			return invalidFields("%s too high: %s, the limit is %d", l.name, l.v, l.max)
		}
	}
	limit := cfg.MaxOpGas
	if limit == 0 {
		limit = params.MaxTxGas
	}
	if blockGasLimit > 0 {
		limit = min(limit, blockGasLimit)
	}
	if total := totalGas(op); total.Cmp(new(big.Int).SetUint64(limit)) > 0 {
		return invalidFields("total gas too high: verificationGasLimit + callGasLimit + paymaster gas limits + preVerificationGas = %s, the limit is %d", total, limit)
	}
	return nil
}

func checkFees(op *entrypoint.UserOperation, cfg Config, baseFee *big.Int) error {
	if op.MaxPriorityFeePerGas.Cmp(op.MaxFeePerGas) > 0 {
		return invalidFields("maxPriorityFeePerGas (%s) is higher than maxFeePerGas (%s)", op.MaxPriorityFeePerGas, op.MaxFeePerGas)
	}
	if floor := cfg.MinPriorityFeePerGas; floor != nil && op.MaxPriorityFeePerGas.Cmp(floor) < 0 {
		return invalidFields("maxPriorityFeePerGas too low: expected at least %s, provided only %s", floor, op.MaxPriorityFeePerGas)
	}
	if baseFee != nil {
		need := MinMaxFeePerGas(baseFee, cfg.BaseFeeMarginPercent)
		if op.MaxFeePerGas.Cmp(need) < 0 {
			return invalidFields("maxFeePerGas too low: expected at least %s (base fee %s + %d%%), provided only %s", need, baseFee, cfg.BaseFeeMarginPercent, op.MaxFeePerGas)
		}
	}
	return nil
}

// MinMaxFeePerGas is the least maxFeePerGas accepted at baseFee:
// ceil(baseFee·(100+marginPercent)/100).
func MinMaxFeePerGas(baseFee *big.Int, marginPercent uint64) *big.Int {
	n := new(big.Int).Mul(baseFee, new(big.Int).SetUint64(100+marginPercent))
	n.Add(n, big.NewInt(99))
	return n.Div(n, big.NewInt(100))
}

// CheckPreVerificationGas checks op.preVerificationGas against
// TotalPreVerificationGas with cfg.PVG, less cfg.PVGSlackPercent.
func CheckPreVerificationGas(ctx context.Context, op *entrypoint.UserOperation, v entrypoint.Version, cfg Config) error {
	need, err := TotalPreVerificationGas(ctx, op, v, cfg.PVG, cfg.DA)
	if err != nil {
		return err
	}
	if cfg.PVGSlackPercent > 0 {
		need -= need * min(cfg.PVGSlackPercent, 100) / 100
	}
	if op.PreVerificationGas == nil || op.PreVerificationGas.Cmp(new(big.Int).SetUint64(need)) < 0 {
		return invalidFields("preVerificationGas too low: expected at least %d, provided only %s", need, op.PreVerificationGas)
	}
	return nil
}

func checkSenderAndFactory(ctx context.Context, state ChainState, op *entrypoint.UserOperation, v entrypoint.Version) error {
	code, err := state.CodeAt(ctx, op.Sender)
	if err != nil {
		return err
	}
	if delegatesSender(op) {
		_, delegated := entrypoint.DelegateFromCode(code)
		if !delegated && op.EIP7702Auth == nil {
			return invalidFields("sender %s has no EIP-7702 delegation and the op has no eip7702Auth", op.Sender.Hex())
		}
		if !delegated && len(code) > 0 {
			// EIP-7702 skips an authority whose code is not a delegation.
			return invalidFields("eip7702Auth cannot delegate sender %s: it is a contract, not an EOA", op.Sender.Hex())
		}
		return nil
	}
	switch {
	case len(code) > 0 && op.Factory != nil && v.IgnoresDeployedInitCode():
		return nil // v0.9 ignores initCode of a deployed sender (IgnoredInitCode)
	case len(code) > 0 && op.Factory != nil:
		return aaError(erc7769.CodeRejectedByEntryPoint, "AA10", *op.Factory, "sender already constructed: %s has code, but the op has a factory", op.Sender.Hex())
	case len(code) == 0 && op.Factory == nil:
		return aaError(erc7769.CodeRejectedByEntryPoint, "AA20", op.Sender, "account not deployed: %s has no code and the op has no factory", op.Sender.Hex())
	case op.Factory != nil:
		fcode, err := state.CodeAt(ctx, *op.Factory)
		if err != nil {
			return err
		}
		if len(fcode) == 0 {
			return aaError(erc7769.CodeRejectedByEntryPoint, "AA13", *op.Factory, "initCode failed or OOG: factory %s has no code", op.Factory.Hex())
		}
	}
	return nil
}

// RequiredPrefund is the EntryPoint's prefund: the sum of the op's gas
// limits and preVerificationGas times maxFeePerGas.
func RequiredPrefund(op *entrypoint.UserOperation) *big.Int {
	fee := op.MaxFeePerGas
	if fee == nil {
		fee = new(big.Int)
	}
	return new(big.Int).Mul(totalGas(op), fee)
}

// RequiredPrefundFor is RequiredPrefund for EntryPoint version v: with a
// paymaster, v0.6 reserves verificationGasLimit three times (the
// paymaster's postOp runs under the same limit, up to twice).
func RequiredPrefundFor(op *entrypoint.UserOperation, v entrypoint.Version) *big.Int {
	prefund := RequiredPrefund(op)
	if v == entrypoint.V06 && op.Paymaster != nil && op.VerificationGasLimit != nil && op.MaxFeePerGas != nil {
		twice := new(big.Int).Mul(op.VerificationGasLimit, big.NewInt(2))
		prefund.Add(prefund, twice.Mul(twice, op.MaxFeePerGas))
	}
	return prefund
}

func checkPrefund(ctx context.Context, state ChainState, op *entrypoint.UserOperation, v entrypoint.Version, entryPoint common.Address) error {
	prefund := RequiredPrefundFor(op, v)
	if op.Paymaster != nil {
		pm := *op.Paymaster
		code, err := state.CodeAt(ctx, pm)
		if err != nil {
			return err
		}
		if len(code) == 0 {
			return aaError(erc7769.CodeRejectedByEntryPoint, "AA30", pm, "paymaster not deployed: %s", pm.Hex()).WithData(PaymasterData{Paymaster: pm})
		}
		deposit, err := state.DepositOf(ctx, entryPoint, pm)
		if err != nil {
			return err
		}
		if deposit.Cmp(prefund) < 0 {
			return aaError(erc7769.CodePaymasterDepositTooLow, "AA31", pm, "paymaster deposit too low: paymaster %s has %s wei, the op needs a prefund of %s", pm.Hex(), deposit, prefund).
				WithData(PaymasterData{Paymaster: pm})
		}
		return nil
	}
	if prefund.Sign() == 0 {
		return nil
	}
	deposit, err := state.DepositOf(ctx, entryPoint, op.Sender)
	if err != nil {
		return err
	}
	if deposit.Cmp(prefund) >= 0 {
		return nil
	}
	balance, err := state.BalanceAt(ctx, op.Sender)
	if err != nil {
		return err
	}
	if have := new(big.Int).Add(deposit, balance); have.Cmp(prefund) < 0 {
		return aaError(erc7769.CodeRejectedByEntryPoint, "AA21", op.Sender, "didn't pay prefund: sender %s has %s wei of deposit and %s wei of balance, the op needs a prefund of %s", op.Sender.Hex(), deposit, balance, prefund)
	}
	return nil
}
