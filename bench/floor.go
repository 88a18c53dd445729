package bench

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/klaster-dev/klaster/bindings/v07"
	"github.com/klaster-dev/klaster/bindings/v08"
	"github.com/klaster-dev/klaster/entrypoint"
)

// simulationGas is the simulateValidation call's gas on top of the op's
// verification gas, as klaster's validation gives it.
const simulationGas = 2_000_000

// floor times the node's own debug_traceCall, with the erc7562Tracer, of
// the validation call a bundler makes for an op: the EntryPoint's
// simulateValidation with EntryPointSimulations' code as a state override
// at the EntryPoint.
type floor struct {
	node    *gethrpc.Client
	ep      common.Address
	version entrypoint.Version
	abi     *abi.ABI
	code    hexutil.Bytes // EntryPointSimulations runtime, immutables set
}

// newFloor builds the runtime code by executing the creation code in an
// eth_call: the published runtime has its immutables zero-filled.
func newFloor(ctx context.Context, node *gethrpc.Client, ep common.Address) (*floor, error) {
	v, ok := entrypoint.VersionOf(ep)
	if !ok {
		return nil, fmt.Errorf("floor: EntryPoint %s is neither the canonical v0.7 nor v0.8", ep.Hex())
	}
	f := &floor{node: node, ep: ep, version: v}
	var (
		creation string
		err      error
	)
	if v == entrypoint.V07 {
		f.abi, err = v07.EntryPointSimulationsMetaData.GetAbi()
		creation = v07.EntryPointSimulationsMetaData.Bin
	} else {
		f.abi, err = v08.EntryPointSimulationsMetaData.GetAbi()
		creation = v08.EntryPointSimulationsMetaData.Bin
	}
	if err != nil {
		return nil, err
	}
	// The constructor refuses to run past the first blocks ("should not be
	// deployed"): run it with a block override to block 1.
	msg := map[string]any{"data": hexutil.Bytes(common.FromHex(creation)), "gas": hexutil.Uint64(15_000_000)}
	blk := map[string]any{"number": hexutil.Uint64(1)}
	if err := node.CallContext(ctx, &f.code, "eth_call", msg, "latest", map[string]any{}, blk); err != nil || len(f.code) == 0 {
		return nil, fmt.Errorf("floor: construct EntryPointSimulations: %v", err)
	}
	return f, nil
}

// trace runs one traced validation of op and returns its duration.
func (f *floor) trace(ctx context.Context, op *entrypoint.UserOperation) (time.Duration, error) {
	packed, err := op.Pack()
	if err != nil {
		return 0, err
	}
	var arg any = v07.PackedUserOperation(packed)
	if f.version == entrypoint.V08 {
		arg = v08.PackedUserOperation(packed)
	}
	data, err := f.abi.Pack("simulateValidation", arg)
	if err != nil {
		return 0, err
	}
	gas := simulationGas + op.PreVerificationGas.Uint64() + op.VerificationGasLimit.Uint64()
	call := map[string]any{"from": common.Address{}, "to": f.ep, "gas": hexutil.Uint64(min(gas, 1<<24)), "data": hexutil.Bytes(data)}
	cfg := map[string]any{
		"tracer":         "erc7562Tracer",
		"stateOverrides": map[common.Address]map[string]any{f.ep: {"code": f.code}},
	}
	var raw json.RawMessage
	t0 := time.Now()
	err = f.node.CallContext(ctx, &raw, "debug_traceCall", call, "latest", cfg)
	d := time.Since(t0)
	if err != nil {
		return 0, fmt.Errorf("debug_traceCall: %w", err)
	}
	return d, nil
}

// run traces ops at the given concurrency and returns the durations and
// the wall time of the whole run (the node's traced-validation throughput
// at that concurrency is len(ops) over it).
func (f *floor) run(ctx context.Context, ops []*sentOp, conc int) ([]time.Duration, time.Duration, error) {
	t0 := time.Now()
	out := make([]time.Duration, len(ops))
	errs := make([]error, len(ops))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(conc, len(ops)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i], errs[i] = f.trace(ctx, ops[i].op)
			}
		}()
	}
	for i := range ops {
		next <- i
	}
	close(next)
	wg.Wait()
	wall := time.Since(t0)
	for _, err := range errs {
		if err != nil {
			return nil, 0, err
		}
	}
	return out, wall, nil
}
