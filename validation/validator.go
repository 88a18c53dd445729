package validation

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/rs/zerolog"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
)

// Validator validates UserOperations of one chain. It is safe for
// concurrent use.
type Validator struct {
	node    *node
	chainID *big.Int
	cfg     Config
	log     zerolog.Logger
	sims    map[entrypoint.Version]*simContract

	mu      sync.Mutex
	simCode map[entrypoint.Version][]byte // runtime code with immutables set
}

// New returns a Validator for the chain behind client.
func New(client *rpc.Client, chainID *big.Int, cfg Config, log zerolog.Logger) (*Validator, error) {
	if client == nil || chainID == nil {
		return nil, errors.New("validation: nil client or chain id")
	}
	v := &Validator{
		node:    newNode(client, cfg.MaxConcurrentCalls),
		chainID: new(big.Int).Set(chainID),
		cfg:     cfg,
		log:     log.With().Str("component", "validation").Uint64("chain", chainID.Uint64()).Logger(),
		sims:    map[entrypoint.Version]*simContract{},
		simCode: map[entrypoint.Version][]byte{},
	}
	for _, ver := range entrypoint.Versions() {
		s, err := loadSimContract(ver)
		if err != nil {
			return nil, err
		}
		v.sims[ver] = s
	}
	return v, nil
}

// UseHead makes validation read the latest block through latest (the
// chain tracker's Latest) instead of asking the node itself. Call it
// before use.
func (v *Validator) UseHead(latest func(ctx context.Context) (*types.Header, error)) {
	v.node.head = latest
}

// Config returns the validator's configuration.
func (v *Validator) Config() Config { return v.cfg }

func (v *Validator) version(ep common.Address) (entrypoint.Version, error) {
	if ver, ok := v.cfg.EntryPoints.Version(ep); ok {
		return ver, nil
	}
	return 0, erc7769.New(erc7769.CodeInvalidParams, "the EntryPoint at %s is not supported", ep.Hex())
}

// SimulationCode returns the EntryPointSimulations runtime code to put at
// an EntryPoint of version ver: the chain spec's (Deployment.SimulationCode)
// when the EntryPoint has it, else code constructed once on the node
// (ConstructSimulationCode), else the published runtime code.
func (v *Validator) SimulationCode(ctx context.Context, ver entrypoint.Version) []byte {
	v.mu.Lock()
	code, ok := v.simCode[ver]
	v.mu.Unlock()
	if ok {
		return code
	}
	sim := v.sims[ver]
	if sim == nil || sim.onEntryPoint {
		return nil // v0.6 simulates on the EntryPoint itself
	}
	code, err := ConstructSimulationCode(ctx, v.node.call, ver)
	if err != nil {
		v.log.Warn().Err(err).Stringer("version", ver).Msg("cannot construct EntryPointSimulations; using published runtime code")
		return sim.runtime
	}
	v.mu.Lock()
	v.simCode[ver] = code
	v.mu.Unlock()
	return code
}

// simulationCodeAt is the code to put at entryPoint: its deployment's
// SimulationCode, resolved by the chain spec, when set.
func (v *Validator) simulationCodeAt(ctx context.Context, entryPoint common.Address, ver entrypoint.Version) []byte {
	if d, ok := v.cfg.EntryPoints.Lookup(entryPoint); ok && len(d.SimulationCode) > 0 {
		return d.SimulationCode
	}
	return v.SimulationCode(ctx, ver)
}

// CallFunc is a JSON-RPC call to the chain's node (rpc.Client.CallContext).
type CallFunc func(ctx context.Context, result any, method string, args ...any) error

// ConstructSimulationCode returns EntryPointSimulations runtime code of
// version ver with its immutables initialised, by executing the creation
// code in an eth_call (the published runtime code has them zero-filled,
// which breaks the v0.8 EIP-712 domain). The call pretends to run at block
// 1: the constructor refuses to deploy past block 100 (v0.7) or 1000
// (v0.8), so that nobody deploys it for real. A version that simulates on
// the EntryPoint itself (v0.6) has none: nil, nil.
func ConstructSimulationCode(ctx context.Context, call CallFunc, ver entrypoint.Version) ([]byte, error) {
	sim, err := loadSimContract(ver)
	if err != nil {
		return nil, err
	}
	if sim.onEntryPoint {
		return nil, nil // v0.6: simulateValidation is the EntryPoint's own
	}
	var out hexutil.Bytes
	args := map[string]any{"data": hexutil.Bytes(sim.creation), "gas": hexutil.Uint64(15_000_000)}
	if err := call(ctx, &out, "eth_call", args, "latest", nil, map[string]any{"number": "0x1"}); err != nil {
		return nil, fmt.Errorf("construct EntryPointSimulations %v: %w", ver, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("construct EntryPointSimulations %v: no code returned", ver)
	}
	return out, nil
}

// PublishedSimulationCode is the published EntryPointSimulations runtime
// code of version ver (immutables zero-filled).
func PublishedSimulationCode(ver entrypoint.Version) ([]byte, error) {
	sim, err := loadSimContract(ver)
	if err != nil {
		return nil, err
	}
	return sim.runtime, nil
}

// Validate simulates op against entryPoint at the latest block and checks
// the ERC-7562 rules. Rejections are *erc7769.Error values.
func (v *Validator) Validate(ctx context.Context, op *entrypoint.UserOperation, entryPoint common.Address) (*Result, error) {
	ver, err := v.version(entryPoint)
	if err != nil {
		return nil, err
	}
	if err := op.Validate(ver); err != nil {
		return nil, erc7769.New(erc7769.CodeInvalidParams, "invalid UserOperation: %v", err)
	}
	if err := v.checkStatic(op); err != nil {
		return nil, err
	}
	blk, err := v.node.latest(ctx)
	if err != nil {
		return nil, err
	}
	hash, err := v.userOpHash(ctx, ver, op, entryPoint, blk)
	if err != nil {
		return nil, err
	}
	sim := v.sims[ver]
	args, err := sim.buildCall(ver, op, entryPoint, &v.cfg)
	if err != nil {
		return nil, err
	}
	var overrides map[common.Address]codeOverride
	if !sim.onEntryPoint {
		overrides = map[common.Address]codeOverride{entryPoint: {Code: v.simulationCodeAt(ctx, entryPoint, ver)}}
	}

	var (
		output   []byte
		reverted bool
		root     *Frame
	)
	if v.cfg.Unsafe {
		output, reverted, err = v.ethCall(ctx, args, blk, overrides)
	} else if root, _, err = v.trace(ctx, args, blk, overrides); err == nil {
		output, reverted = root.Output, root.Reverted()
	}
	if err != nil {
		return nil, err
	}
	sr, err := sim.outcome(reverted, output, op)
	var rej *erc7769.Error
	if errors.As(err, &rej) {
		return nil, rej
	} else if err != nil {
		return nil, fmt.Errorf("simulateValidation of %s: %w", hash.Hex(), err)
	}
	if sim.onEntryPoint {
		refineV06(sr, root, op)
	}
	res := v.newResult(ver, entryPoint, hash, blk, op, sr)
	if root != nil {
		if err := v.applyRules(ctx, res, op, root, blk); err != nil {
			return nil, err
		}
		res.ValidationGas = entityGas(root, res.Entities)
	}
	if err := v.checkSignatureAndTime(res, op); err != nil {
		return nil, err
	}
	return res, nil
}

func (v *Validator) checkGasLimits(op *entrypoint.UserOperation) error {
	if !v.cfg.EnforceMaxVerificationGas {
		return nil
	}
	max := new(big.Int).SetUint64(v.cfg.MaxVerificationGas)
	for _, g := range []struct {
		name string
		v    *big.Int
	}{{"verificationGasLimit", op.VerificationGasLimit}, {"paymasterVerificationGasLimit", op.PaymasterVerificationGasLimit}} {
		if g.v != nil && g.v.Cmp(max) >= 0 {
			return newError(erc7769.CodeInvalidParams, "LIM-060", "", nil, nil, "LIM-060: %s %s must be lower than %d", g.name, g.v, v.cfg.MaxVerificationGas)
		}
	}
	return nil
}

func (v *Validator) userOpHash(ctx context.Context, ver entrypoint.Version, op *entrypoint.UserOperation, ep common.Address, blk *head) (common.Hash, error) {
	h, err := entrypoint.NewHasher(ver, ep, v.chainID)
	if err != nil {
		return common.Hash{}, err
	}
	if ver.SupportsEIP7702() && op.IsEIP7702() && op.EIP7702Auth == nil {
		codes, err := v.node.codes(ctx, blk, []common.Address{op.Sender})
		if err != nil {
			return common.Hash{}, err
		}
		delegate, ok := entrypoint.DelegateFromCode(codes[op.Sender])
		if !ok {
			return common.Hash{}, erc7769.New(erc7769.CodeInvalidParams, "EIP-7702 initCode marker without eip7702Auth, and the sender is not delegated")
		}
		return h.HashWithDelegate(op, delegate)
	}
	hash, err := h.Hash(op)
	if err != nil {
		return common.Hash{}, erc7769.New(erc7769.CodeInvalidParams, "%v", err)
	}
	return hash, nil
}

func (v *Validator) trace(ctx context.Context, args callArgs, blk *head, overrides map[common.Address]codeOverride) (*Frame, json.RawMessage, error) {
	var raw json.RawMessage
	cfg := traceConfig{Tracer: TracerName, StateOverrides: overrides}
	if err := v.node.call(ctx, &raw, "debug_traceCall", args, blk.Number, cfg); err != nil {
		return nil, nil, fmt.Errorf("debug_traceCall simulateValidation: %w", err)
	}
	f, err := DecodeTrace(raw)
	return f, raw, err
}

// ethCall runs simulateValidation without a trace (unsafe mode): its output,
// or its revert data and reverted.
func (v *Validator) ethCall(ctx context.Context, args callArgs, blk *head, overrides map[common.Address]codeOverride) ([]byte, bool, error) {
	var out hexutil.Bytes
	err := v.node.call(ctx, &out, "eth_call", args, blk.Number, overrides)
	if err != nil {
		if data, ok := entrypoint.RevertData(err); ok {
			return data, true, nil
		}
		return nil, false, fmt.Errorf("eth_call simulateValidation: %w", err)
	}
	return out, false, nil
}

func (v *Validator) newResult(ver entrypoint.Version, ep common.Address, hash common.Hash, blk *head, op *entrypoint.UserOperation, sr *simResult) *Result {
	ent := func(a common.Address, s StakeInfo) *EntityInfo {
		return &EntityInfo{Address: a, Stake: s, Staked: v.cfg.IsStaked(s)}
	}
	res := &Result{
		UserOpHash:  hash,
		Version:     ver,
		EntryPoint:  ep,
		BlockNumber: uint64(blk.Number),
		BlockHash:   blk.Hash,
		BlockTime:   uint64(blk.Timestamp),
		Unsafe:      v.cfg.Unsafe,
	}
	res.Entities.Sender = *ent(op.Sender, sr.Sender)
	if op.Factory != nil && !op.IsEIP7702() {
		res.Entities.Factory = ent(*op.Factory, sr.Factory)
	}
	if op.Paymaster != nil {
		res.Entities.Paymaster = ent(*op.Paymaster, sr.Paymaster)
	}
	acct := entrypoint.ParseValidationData(sr.AccountValidationData)
	pm := entrypoint.ParseValidationData(sr.PaymasterValidation)
	_, pmSigFailed := entrypoint.IntersectValidationData(acct, pm)
	timeWindow, blockWindow := entrypoint.Windows(ver, acct, pm)
	if acct.HasAggregator() {
		res.Entities.Aggregator = ent(acct.Aggregator, sr.AggregatorStake)
	}
	res.ReturnInfo = ReturnInfo{
		PreOpGas:                sr.PreOpGas,
		Prefund:                 sr.Prefund,
		AccountValidationData:   acct,
		PaymasterValidationData: pm,
		PaymasterContext:        sr.PaymasterContext,
		ValidityWindow:          timeWindow,
		BlockWindow:             blockWindow,
		SigFailed:               acct.SigFailed(),
		PaymasterSigFailed:      pmSigFailed,
	}
	res.WindowOpen = res.ReturnInfo.ValidityWindow.ValidAt(ver, res.BlockTime)
	if bw := blockWindow; bw != nil {
		// Open when both the head (where a bundle is simulated) and the
		// next block (where it lands) are inside: after < head, head+1 <= until.
		res.WindowOpen = res.WindowOpen && res.BlockNumber > bw.ValidAfter && res.BlockNumber+1 <= bw.ValidUntil
	}
	return res
}

func (v *Validator) applyRules(ctx context.Context, res *Result, op *entrypoint.UserOperation, root *Frame, blk *head) error {
	delegated, err := v.delegatedAccounts(ctx, root, blk, res.Entities)
	if err != nil {
		return err
	}
	in := &ruleInput{
		cfg:        &v.cfg,
		entryPoint: res.EntryPoint,
		version:    res.Version,
		op:         op,
		entities:   res.Entities,
		context:    res.ReturnInfo.PaymasterContext,
		delegated:  delegated,
		blockTime:  res.BlockTime,
		deadline:   beaconRootsDeadline(&v.cfg, res.BlockTime, res.ReturnInfo.ValidityWindow.ValidUntil),
	}
	report, rerr := checkRules(in, root)
	if rerr != nil {
		return rerr
	}
	if rerr := checkGasSlack(&v.cfg, res.Version, res.EntryPoint, op, res.Entities, root); rerr != nil {
		return rerr
	}
	res.Storage = make(map[Entity]map[common.Address][]common.Hash, len(report.storage))
	for ent, byOwner := range report.storage {
		m := make(map[common.Address][]common.Hash, len(byOwner))
		for owner, slots := range byOwner {
			list := make([]common.Hash, 0, len(slots))
			for s := range slots {
				list = append(list, s)
			}
			sortHashes(list)
			m[owner] = list
		}
		res.Storage[ent] = m
	}
	for _, e := range []*EntityInfo{&res.Entities.Sender, res.Entities.Factory, res.Entities.Paymaster, res.Entities.Aggregator} {
		if e != nil {
			report.touched[e.Address] = true
		}
	}
	delete(report.touched, res.EntryPoint)
	addrs := make([]common.Address, 0, len(report.touched))
	for a := range report.touched {
		addrs = append(addrs, a)
	}
	codes, err := v.node.codes(ctx, blk, addrs)
	if err != nil {
		return err
	}
	res.CodeHashes = make(map[common.Address]common.Hash, len(codes))
	for a, c := range codes {
		res.CodeHashes[a] = crypto.Keccak256Hash(c)
	}
	return nil
}

// delegatedAccounts finds EIP-7702 delegated accounts among the entities
// and every 23-byte contract the trace accessed.
func (v *Validator) delegatedAccounts(ctx context.Context, root *Frame, blk *head, ents Entities) (map[common.Address]bool, error) {
	cand := map[common.Address]bool{}
	var visit func(f *Frame, depth int)
	visit = func(f *Frame, depth int) {
		if depth > maxFrameDepth {
			return
		}
		for a, cs := range f.ContractSize {
			if cs.ContractSize == 23 {
				cand[a] = true
			}
		}
		for i := range f.Calls {
			visit(&f.Calls[i], depth+1)
		}
	}
	visit(root, 0)
	for _, e := range []*EntityInfo{ents.Factory, ents.Paymaster, ents.Aggregator} {
		if e != nil {
			cand[e.Address] = true
		}
	}
	delete(cand, ents.Sender.Address)
	if len(cand) == 0 {
		return nil, nil
	}
	addrs := make([]common.Address, 0, len(cand))
	for a := range cand {
		addrs = append(addrs, a)
	}
	codes, err := v.node.codes(ctx, blk, addrs)
	if err != nil {
		return nil, err
	}
	out := map[common.Address]bool{}
	for a, c := range codes {
		if isDelegation(c) {
			out[a] = true
		}
	}
	return out, nil
}

// checkSignatureAndTime maps sigFailed to -32507 and an expired window to -32503.
func (v *Validator) checkSignatureAndTime(res *Result, op *entrypoint.UserOperation) error {
	ri := &res.ReturnInfo
	if ri.SigFailed {
		return newError(erc7769.CodeInvalidSignature, "AA24", EntityAccount, &op.Sender, nil,
			"AA24 signature error: account %s signature validation failed", op.Sender.Hex())
	}
	if ri.PaymasterSigFailed {
		return newError(erc7769.CodeInvalidSignature, "AA34", EntityPaymaster, op.Paymaster, nil,
			"AA34 signature error: paymaster %s signature validation failed", op.Paymaster.Hex())
	}
	w := ri.ValidityWindow
	data := map[string]any{"validAfter": hexutil.Uint64(w.ValidAfter), "validUntil": hexutil.Uint64(w.ValidUntil)}
	if op.Paymaster != nil {
		data["paymaster"] = op.Paymaster.Hex()
	}
	switch {
	case w.Empty():
		return newError(erc7769.CodeOutOfTimeRange, "", "", nil, data, "empty validity window: validAfter %d > validUntil %d", w.ValidAfter, w.ValidUntil)
	case w.ValidUntil < res.BlockTime:
		return newError(erc7769.CodeOutOfTimeRange, "", "", nil, data, "already expired: validUntil %d, now %d", w.ValidUntil, res.BlockTime)
	case w.ValidUntil < res.BlockTime+v.cfg.ValidUntilMargin:
		return newError(erc7769.CodeOutOfTimeRange, "", "", nil, data, "expires too soon: validUntil %d, now %d, margin %d s", w.ValidUntil, res.BlockTime, v.cfg.ValidUntilMargin)
	}
	if bw := ri.BlockWindow; bw != nil {
		// v0.9 block-number window: valid in blocks validAfter < n <= validUntil.
		next := res.BlockNumber + 1
		bdata := map[string]any{"validAfterBlock": hexutil.Uint64(bw.ValidAfter), "validUntilBlock": hexutil.Uint64(bw.ValidUntil), "nextBlock": hexutil.Uint64(next)}
		if op.Paymaster != nil {
			bdata["paymaster"] = op.Paymaster.Hex()
		}
		switch {
		case bw.ValidAfter >= bw.ValidUntil:
			return newError(erc7769.CodeOutOfTimeRange, "", "", nil, bdata, "empty block window: valid after block %d until block %d", bw.ValidAfter, bw.ValidUntil)
		case bw.ValidUntil < next:
			return newError(erc7769.CodeOutOfTimeRange, "", "", nil, bdata, "block window closed: valid until block %d, next block %d", bw.ValidUntil, next)
		case v.cfg.RejectNotDue && res.BlockNumber <= bw.ValidAfter:
			return newError(erc7769.CodeOutOfTimeRange, "", "", nil, bdata, "block window in the future: valid after block %d, next block %d", bw.ValidAfter, next)
		}
	}
	if v.cfg.RejectNotDue && !res.WindowOpen {
		return newError(erc7769.CodeOutOfTimeRange, "", "", nil, data, "time-range in the future: validAfter %d, now=%d", w.ValidAfter, res.BlockTime)
	}
	return nil
}
