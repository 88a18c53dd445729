package gas

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
)

// EstimatorConfig tunes Estimate. DefaultEstimatorConfig gives the defaults.
type EstimatorConfig struct {
	PVG PVGConfig   // VerificationGasUsed is replaced by the simulated value
	DA  DAGasOracle // nil: no L2 data-availability fee

	// SimulationGas is the gas of each simulateHandleOp call; 0 means
	// min(block gas limit, params.MaxTxGas).
	SimulationGas uint64

	// Upper ends of the searches: the op is first simulated with these
	// limits (callGasLimit is lowered if the sum does not fit in
	// SimulationGas with a 1M reserve).
	ProbeVerificationGasLimit          uint64
	ProbeCallGasLimit                  uint64
	ProbePaymasterVerificationGasLimit uint64
	ProbePaymasterPostOpGasLimit       uint64

	// Each search stops when its interval is within
	// max(MinToleranceGas, TolerancePercent of the value), or after
	// MaxCallsPerSearch simulations.
	MaxCallsPerSearch int
	MinToleranceGas   uint64
	TolerancePercent  uint64

	// Buffers added to the found minima (0 by default: the results are
	// tight; wallets add their own margin).
	VerificationGasBufferPercent uint64
	// VerificationGasSlack is added to the verification limits found, so
	// the estimate keeps the unused margin ERC-7562's LIM-030 asks for.
	VerificationGasSlack uint64
	CallGasBufferPercent uint64

	// EntryPoints are the chain's EntryPoints with their versions (the
	// chain spec's); an op for any other address is refused.
	EntryPoints entrypoint.Set

	// ValidUntilMargin refuses, as admission does, an op whose validity
	// window ends within this many seconds of the head (the chain spec sets
	// validation's valid-until-margin).
	ValidUntilMargin uint64
}

// DefaultEstimatorConfig: reference PVG constants; probes of 4M
// verification, 8M call, 2M paymaster verification and 1M postOp gas; at
// most 20 simulations per search with a 500-gas / 1% tolerance; no buffers.
func DefaultEstimatorConfig() EstimatorConfig {
	return EstimatorConfig{
		PVG:                                DefaultPVGConfig(),
		ProbeVerificationGasLimit:          4_000_000,
		ProbeCallGasLimit:                  8_000_000,
		ProbePaymasterVerificationGasLimit: 2_000_000,
		ProbePaymasterPostOpGasLimit:       1_000_000,
		MaxCallsPerSearch:                  20,
		MinToleranceGas:                    500,
		TolerancePercent:                   1,
		EntryPoints:                        entrypoint.Canonical(),
	}
}

// Estimator answers eth_estimateUserOperationGas.
type Estimator struct {
	Node   RPCCaller  // the chain's node; must serve eth_simulateV1
	State  ChainState // block gas limit, balances and deposits
	Config EstimatorConfig
	// ChainID refuses ops whose eip7702Auth names another chain (nil: not
	// checked).
	ChainID *big.Int
}

// Estimate is the ERC-7769 result of eth_estimateUserOperationGas.
// Paymaster fields are set only for ops with a paymaster.
type Estimate struct {
	PreVerificationGas            hexutil.Uint64  `json:"preVerificationGas"`
	VerificationGasLimit          hexutil.Uint64  `json:"verificationGasLimit"`
	CallGasLimit                  hexutil.Uint64  `json:"callGasLimit"`
	PaymasterVerificationGasLimit *hexutil.Uint64 `json:"paymasterVerificationGasLimit,omitempty"`
	PaymasterPostOpGasLimit       *hexutil.Uint64 `json:"paymasterPostOpGasLimit,omitempty"`

	// Simulations is the number of simulateHandleOp calls made.
	Simulations int `json:"-"`
}

// Apply sets op's gas fields to the estimate.
func (e *Estimate) Apply(op *entrypoint.UserOperation) {
	op.PreVerificationGas = new(big.Int).SetUint64(uint64(e.PreVerificationGas))
	op.VerificationGasLimit = new(big.Int).SetUint64(uint64(e.VerificationGasLimit))
	op.CallGasLimit = new(big.Int).SetUint64(uint64(e.CallGasLimit))
	if e.PaymasterVerificationGasLimit != nil {
		op.PaymasterVerificationGasLimit = new(big.Int).SetUint64(uint64(*e.PaymasterVerificationGasLimit))
	}
	if e.PaymasterPostOpGasLimit != nil {
		op.PaymasterPostOpGasLimit = new(big.Int).SetUint64(uint64(*e.PaymasterPostOpGasLimit))
	}
}

// DummySignature is the 65-byte ECDSA signature used when an op to estimate
// has none. It is a real signature (of a fixed digest by a fixed throwaway
// key), so ecrecover succeeds and accounts that revert on unrecoverable
// signatures (OpenZeppelin's ECDSA.recover) still run their whole
// validation; it recovers to an unrelated address, so the check fails
// softly. Accounts with other signature formats need a placeholder of their
// own (for Klaster accounts klaster.PlaceholderSignature).
func DummySignature() []byte {
	return bytes.Clone(dummySignature)
}

var dummySignature = func() []byte {
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("klaster estimation dummy signer")))
	if err != nil {
		panic(err)
	}
	sig, err := crypto.Sign(crypto.Keccak256([]byte("klaster estimation dummy signature")), key)
	if err != nil {
		panic(err)
	}
	sig[64] += 27
	return sig
}()

// Estimate estimates op's gas for entryPoint with the state override
// (nil: none) merged under the simulation code.
//
// Missing (nil) gas fields are fine; missing fees count as 0; a missing
// signature becomes DummySignature. The op is simulated with
// EntryPointSimulations.simulateHandleOp (via eth_simulateV1, so that the
// UserOperationEvent tells whether the execution succeeded) with the
// simulations runtime code at the EntryPoint address, first with the probe
// limits, then the minimal verificationGasLimit, callGasLimit and paymaster
// limits are found by concurrent, independent binary searches (each varies
// one limit with the others at their probe value; see searchMin for the
// bound), then the result is checked once more as a whole.
// preVerificationGas comes from TotalPreVerificationGas with the simulated
// verification gas.
//
// During the searches the sender (without paymaster) is given enough
// balance to prefund the probe limits, so probes never fail on AA21 merely
// because they are larger than the result; at the end the sender's real (or
// overridden) deposit + balance must cover the estimate's prefund at the
// op's fees, else -32500 "AA21 didn't pay prefund" as the reference bundler
// answers. Validation failures give -32500 (-32501 for the paymaster), a
// reverting execution -32521 with the decoded revert data. A failed
// signature check is ignored (the signature is a placeholder).
func (e *Estimator) Estimate(ctx context.Context, in *entrypoint.UserOperation, entryPoint common.Address, override StateOverride) (*Estimate, error) {
	cfg := e.Config
	v, ok := cfg.EntryPoints.Version(entryPoint)
	if !ok {
		return nil, invalidFields("The EntryPoint at %q is not supported", entryPoint.Hex())
	}
	if in.Nonce == nil {
		return nil, invalidFields("Missing userOp field: nonce")
	}
	if err := CheckAuthorizationChain(in, e.ChainID); err != nil {
		return nil, err
	}
	op := in.Copy()
	if op.MaxFeePerGas == nil {
		op.MaxFeePerGas = new(big.Int)
	}
	if op.MaxPriorityFeePerGas == nil {
		op.MaxPriorityFeePerGas = new(big.Int)
	}
	if len(op.Signature) == 0 {
		op.Signature = DummySignature()
	}
	hasPM := op.Paymaster != nil
	if hasPM && v.HasPaymasterSignature() {
		op.PaymasterSignature = PaymasterSignaturePlaceholder(op.PaymasterSignature, cfg.PVG)
	}
	v06 := v == entrypoint.V06 // one verificationGasLimit for account, paymaster and postOp
	probe := limits{cfg.ProbeVerificationGasLimit, cfg.ProbeCallGasLimit, 0, 0}
	if hasPM && !v06 {
		probe.pmv, probe.post = cfg.ProbePaymasterVerificationGasLimit, cfg.ProbePaymasterPostOpGasLimit
	}
	setGas(op, probe.vgl, probe.cgl, probe.pmv, probe.post)

	pvgCfg := cfg.PVG
	pvgCfg.VerificationGasUsed = 0
	pvg0, err := PreVerificationGas(estimationOp(op, pvgCfg), v, pvgCfg)
	if err != nil {
		return nil, invalidFields("%v", err)
	}
	op.PreVerificationGas = new(big.Int).SetUint64(pvg0)
	if err := op.Validate(v); err != nil {
		return nil, fieldErr(err)
	}

	simGas := cfg.SimulationGas
	if simGas == 0 {
		limit, err := e.State.BlockGasLimit(ctx)
		if err != nil {
			return nil, err
		}
		simGas = min(limit, params.MaxTxGas)
	}
	const reserve = 1_000_000
	if fixed := probe.vgl + probe.pmv + probe.post + pvg0 + reserve; fixed+probe.cgl > simGas {
		if fixed >= simGas {
			return nil, fmt.Errorf("simulation gas %d cannot hold the probe limits", simGas)
		}
		probe.cgl = simGas - fixed
		setGas(op, probe.vgl, probe.cgl, probe.pmv, probe.post)
	}

	overrides := override.clone()
	if !v06 {
		overrides = override.withCode(entryPoint, e.simulationCodeAt(entryPoint, v))
	}
	// An op that carries its EIP-7702 authorization is estimated as if the
	// delegation were in place (the bundle applies it); a stub authorization
	// with a fake signature does as well, since only its address matters
	// here. A caller's own override of the sender's code wins.
	if op.EIP7702Auth != nil {
		if o, ok := override[op.Sender]; !ok || o.Code == nil {
			overrides = overrides.withCode(op.Sender, append([]byte{0xef, 0x01, 0x00}, op.EIP7702Auth.Address.Bytes()...))
		}
	}
	senderBalance, overridden := override.balance(op.Sender)
	if !hasPM {
		if !overridden {
			if senderBalance, err = e.State.BalanceAt(ctx, op.Sender); err != nil {
				return nil, err
			}
		}
		if prefund := RequiredPrefund(op); prefund.Sign() > 0 {
			overrides = overrides.withBalance(op.Sender, new(big.Int).Add(senderBalance, prefund))
		}
	}
	sim := &simulator{node: e.Node, entryPoint: entryPoint, overrides: overrides, gas: simGas, v06: v06}

	first, err := sim.run(ctx, op)
	if err != nil {
		return nil, err
	}
	if first.reverted() {
		return nil, validationError(first, op)
	}
	if err := e.checkWindow(ctx, v, first); err != nil {
		return nil, err
	}
	if !first.executed() {
		return nil, executionError(first, op)
	}
	validationUsed := uint64(0)
	if first.preOpGas > pvg0 {
		validationUsed = first.preOpGas - pvg0
	}

	found, calls, err := e.search(ctx, sim, op, probe, first, validationUsed)
	if err != nil {
		return nil, err
	}
	calls++ // the first simulation
	found.vgl += found.vgl*cfg.VerificationGasBufferPercent/100 + cfg.VerificationGasSlack
	if found.pmv > 0 {
		found.pmv += found.pmv*cfg.VerificationGasBufferPercent/100 + cfg.VerificationGasSlack
	}
	found.cgl += found.cgl * cfg.CallGasBufferPercent / 100

	final := op.Copy()
	setGas(final, found.vgl, found.cgl, found.pmv, found.post)
	pvgCfg.VerificationGasUsed = validationUsed
	pvg, err := TotalPreVerificationGas(ctx, estimationOp(final, pvgCfg), v, pvgCfg, cfg.DA)
	if err != nil {
		return nil, err
	}
	final.PreVerificationGas = new(big.Int).SetUint64(pvg)

	// The limits were found one at a time; check them together.
	check, err := sim.run(ctx, final)
	calls++
	if err != nil {
		return nil, err
	}
	if !check.executed() {
		if check.reverted() {
			return nil, validationError(check, final)
		}
		return nil, executionError(check, final)
	}

	if !hasPM {
		if err := e.checkAffordable(ctx, final, entryPoint, senderBalance); err != nil {
			return nil, err
		}
	}
	out := &Estimate{
		PreVerificationGas:   hexutil.Uint64(pvg),
		VerificationGasLimit: hexutil.Uint64(found.vgl),
		CallGasLimit:         hexutil.Uint64(found.cgl),
		Simulations:          calls,
	}
	if hasPM && !v06 {
		pmv, post := hexutil.Uint64(found.pmv), hexutil.Uint64(found.post)
		out.PaymasterVerificationGasLimit, out.PaymasterPostOpGasLimit = &pmv, &post
	}
	return out, nil
}

func setGas(op *entrypoint.UserOperation, vgl, cgl, pmv, post uint64) {
	op.VerificationGasLimit = new(big.Int).SetUint64(vgl)
	op.CallGasLimit = new(big.Int).SetUint64(cgl)
	op.PaymasterVerificationGasLimit = new(big.Int).SetUint64(pmv)
	op.PaymasterPostOpGasLimit = new(big.Int).SetUint64(post)
}

type limits struct{ vgl, cgl, pmv, post uint64 }

// search runs the independent binary searches concurrently.
func (e *Estimator) search(ctx context.Context, sim *simulator, op *entrypoint.UserOperation, probe limits, first *simulation, validationUsed uint64) (limits, int, error) {
	cfg := e.Config
	maxCalls := cfg.MaxCallsPerSearch
	if maxCalls <= 0 {
		maxCalls = 20
	}
	tolerance := func(hi uint64) uint64 { return max(cfg.MinToleranceGas, hi*cfg.TolerancePercent/100, 1) }
	hasPM := op.Paymaster != nil
	v06 := sim.v06 // no paymaster limits; verificationGasLimit also bounds postOp

	type job struct {
		out      *uint64
		lo, hi   uint64
		guess    uint64
		set      func(o *entrypoint.UserOperation, x uint64)
		executed bool // ok means executed, not merely validated
	}
	found := probe
	var jobs []job

	// verificationGasLimit: the account's validation (with creation) uses
	// about validationUsed (which also holds the paymaster's part).
	vLo := uint64(0)
	if !hasPM {
		vLo = validationUsed - validationUsed/16
	}
	jobs = append(jobs, job{out: &found.vgl, lo: vLo, hi: probe.vgl, guess: validationUsed + validationUsed/32 + 500, executed: v06 && hasPM,
		set: func(o *entrypoint.UserOperation, x uint64) { o.VerificationGasLimit = new(big.Int).SetUint64(x) }})

	// callGasLimit: guess the execution gas from the first simulation's
	// actualGasUsed, undoing the 10% unused-gas penalty.
	jobs = append(jobs, job{out: &found.cgl, hi: probe.cgl, guess: executionGuess(first, probe.cgl), executed: true,
		set: func(o *entrypoint.UserOperation, x uint64) { o.CallGasLimit = new(big.Int).SetUint64(x) }})
	if hasPM && !v06 {
		jobs = append(jobs, job{out: &found.pmv, hi: probe.pmv, guess: validationUsed,
			set: func(o *entrypoint.UserOperation, x uint64) {
				o.PaymasterVerificationGasLimit = new(big.Int).SetUint64(x)
			}})
		jobs = append(jobs, job{out: &found.post, hi: probe.post, executed: true,
			set: func(o *entrypoint.UserOperation, x uint64) { o.PaymasterPostOpGasLimit = new(big.Int).SetUint64(x) }})
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		firstErr error
		calls    int
	)
	for _, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ok := func(ctx context.Context, x uint64) (bool, error) {
				o := op.Copy()
				j.set(o, x)
				s, err := sim.run(ctx, o)
				if err != nil {
					return false, err
				}
				if j.executed {
					return s.executed(), nil
				}
				return !s.reverted(), nil
			}
			v, n, err := searchMin(ctx, j.lo, j.hi, j.guess, maxCalls, tolerance, ok)
			mu.Lock()
			defer mu.Unlock()
			calls += n
			if err != nil {
				if firstErr == nil {
					firstErr = err
					cancel()
				}
				return
			}
			*j.out = v
		}()
	}
	wg.Wait()
	return found, calls, firstErr
}

// executionGuess estimates the gas innerHandleOp needed in a simulation
// run with callGasLimit cgl: actualGasUsed − preOpGas, less the EntryPoint's
// 10% penalty on unused call gas (charged when more than 40,000 is unused).
func executionGuess(s *simulation, cgl uint64) uint64 {
	if s.execGas > 0 {
		return s.execGas // v0.6: measured, and no unused-gas penalty
	}
	if s.actualGasUsed <= s.preOpGas {
		return 0
	}
	charged := s.actualGasUsed - s.preOpGas // = E + (cgl − E)/10 with a penalty
	if cgl/10 >= charged {
		return 0
	}
	e := (charged - cgl/10) * 10 / 9
	if e+40_000 >= cgl { // no penalty was charged
		e = charged
	}
	return e
}

// checkAffordable requires the sender's deposit + balance (balance as
// overridden, if it was) to cover the final op's prefund.
func (e *Estimator) checkAffordable(ctx context.Context, op *entrypoint.UserOperation, entryPoint common.Address, balance *big.Int) error {
	prefund := RequiredPrefund(op)
	if prefund.Sign() == 0 {
		return nil
	}
	deposit, err := e.State.DepositOf(ctx, entryPoint, op.Sender)
	if err != nil {
		return err
	}
	if have := new(big.Int).Add(deposit, balance); have.Cmp(prefund) < 0 {
		return aaError(erc7769.CodeRejectedByEntryPoint, "AA21", op.Sender, "didn't pay prefund: sender %s has %s wei of deposit and %s wei of balance, the op needs a prefund of %s", op.Sender.Hex(), deposit, balance, prefund)
	}
	return nil
}
