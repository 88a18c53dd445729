package bench

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/klaster-dev/klaster/entrypoint"
)

// sequentialFloorSamples is how many ops the node traces one at a time.
const sequentialFloorSamples = 20

// runner is one run's state.
type runner struct {
	cfg      Config
	bundler  *gethrpc.Client
	node     *gethrpc.Client
	root     *gethrpc.Client // klaster_* endpoint; nil when not klaster
	info     *klasterInfo
	chainID  uint64
	accounts []account
	ops      *opFactory
	floor    *floor
	head     atomic.Uint64
	prog     *progress
	report   Report
	checks   []*checked
}

// Run runs the whole benchmark and returns its report.
func Run(ctx context.Context, cfg Config) (*Report, error) {
	if err := cfg.defaults(); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, cfg.Timeout)
	defer cancel()
	r := &runner{cfg: cfg, prog: newProgress(cfg.Progress, cfg.TTY)}
	defer r.prog.end()
	if err := r.connect(ctx); err != nil {
		return nil, err
	}
	defer r.close()
	hctx, stopHead := context.WithCancel(ctx)
	defer stopHead()
	go watchHead(hctx, r.node, &r.head)

	started := time.Now()
	r.report = Report{
		Bundler: cfg.URL, Node: cfg.Nodes[0], EntryPoint: cfg.EntryPoint.Hex(), Accounts: cfg.Accounts,
		Concurrency: cfg.Concurrency, OpsPerAccount: cfg.OpsPerAccount, Started: started.Format(time.RFC3339),
	}
	if err := r.setup(ctx); err != nil {
		return nil, err
	}
	if cfg.SoakDuration > 0 {
		if err := r.deployChunks(ctx, soakDeployChunk); err != nil {
			return nil, err
		}
		soak, err := r.soak(ctx)
		if err != nil {
			return nil, fmt.Errorf("soak: %w", err)
		}
		r.report.Soak = soak
	} else if err := r.waves(ctx); err != nil {
		return nil, err
	}
	if cfg.ITxOps > 0 {
		if r.root == nil {
			return nil, fmt.Errorf("iTx: %s does not answer klaster_getInfo", cfg.KlasterURL)
		}
		nodes := []*gethrpc.Client{r.node}
		for _, u := range cfg.Nodes[1:] {
			n, err := dial(ctx, u, 4)
			if err != nil {
				return nil, err
			}
			defer n.Close()
			nodes = append(nodes, n)
		}
		res, err := runITx(ctx, &r.cfg, r.root, r.info, nodes, r.ops.owner, r.prog)
		if err != nil {
			return nil, err
		}
		r.report.ITx = res
		if len(res) > 1 && res[0].Admission.P50 > 0 {
			r.report.ITxRatio = ratio(res[len(res)-1].Admission.P50, res[0].Admission.P50)
		}
	}
	r.report.Seconds = time.Since(started).Seconds()
	return &r.report, nil
}

func (r *runner) connect(ctx context.Context) error {
	var err error
	if r.bundler, err = dial(ctx, r.cfg.URL, r.cfg.Concurrency); err != nil {
		return err
	}
	if r.node, err = dial(ctx, r.cfg.Nodes[0], r.cfg.Concurrency); err != nil {
		return err
	}
	var nodeID, bundlerID hexutil.Uint64
	if err := r.node.CallContext(ctx, &nodeID, "eth_chainId"); err != nil {
		return fmt.Errorf("node eth_chainId: %w", err)
	}
	if err := r.bundler.CallContext(ctx, &bundlerID, "eth_chainId"); err != nil {
		return fmt.Errorf("bundler eth_chainId: %w", err)
	}
	if nodeID != bundlerID {
		return fmt.Errorf("the bundler serves chain %d, the node chain %d", bundlerID, nodeID)
	}
	r.chainID = uint64(nodeID)
	if r.cfg.EntryPoint == (common.Address{}) {
		r.cfg.EntryPoint = entrypoint.V07.EntryPoint()
		r.report.EntryPoint = r.cfg.EntryPoint.Hex()
	}
	var eps []common.Address
	if err := r.bundler.CallContext(ctx, &eps, "eth_supportedEntryPoints"); err != nil {
		return fmt.Errorf("eth_supportedEntryPoints: %w", err)
	}
	if !slices.Contains(eps, r.cfg.EntryPoint) {
		return fmt.Errorf("the bundler does not serve EntryPoint %s (it serves %v)", r.cfg.EntryPoint.Hex(), eps)
	}
	if r.cfg.AccountKind != AccountSimple || r.cfg.ITxOps > 0 {
		root, err := dial(ctx, r.cfg.KlasterURL, 4)
		if err != nil {
			return err
		}
		if r.info, err = getInfo(ctx, root); err != nil {
			root.Close()
			if r.cfg.AccountKind == AccountKlaster {
				return fmt.Errorf("klaster_getInfo at %s: %w", r.cfg.KlasterURL, err)
			}
		} else {
			r.root = root
		}
	}
	return nil
}

func (r *runner) close() {
	r.bundler.Close()
	r.node.Close()
	if r.root != nil {
		r.root.Close()
	}
}

// setup picks the account kind, creates and funds the accounts, reads
// fees, estimates the deploy op and prepares the floor.
func (r *runner) setup(ctx context.Context) error {
	v, ok := entrypoint.VersionOf(r.cfg.EntryPoint)
	if !ok {
		return fmt.Errorf("EntryPoint %s is neither the canonical v0.7 nor v0.8", r.cfg.EntryPoint.Hex())
	}
	kind, err := simpleKind(v)
	if r.cfg.AccountKind != AccountSimple && r.info != nil {
		if f, ok := r.info.factory(r.chainID, r.cfg.EntryPoint); ok {
			kind, err = klasterKind(f)
		} else if r.cfg.AccountKind == AccountKlaster {
			return fmt.Errorf("klaster_getInfo names no account factory for chain %d", r.chainID)
		}
	}
	if err != nil {
		return err
	}
	r.report.AccountKind = kind.name
	owner, err := crypto.GenerateKey()
	if err != nil {
		return err
	}
	hasher, err := entrypoint.NewHasher(v, r.cfg.EntryPoint, new(big.Int).SetUint64(r.chainID))
	if err != nil {
		return err
	}
	r.ops = &opFactory{kind: kind, owner: owner, ep: r.cfg.EntryPoint, hasher: hasher, callTo: ownerAddr(owner)}

	base := time.Now().UnixNano()
	salts := make([]*big.Int, r.cfg.Accounts)
	for i := range salts {
		salts[i] = big.NewInt(base + int64(i))
	}
	if r.accounts, err = kind.addresses(ctx, r.node, ownerAddr(owner), salts); err != nil {
		return err
	}
	to := make([]common.Address, len(r.accounts))
	for i, a := range r.accounts {
		to[i] = a.addr
	}
	r.prog.note("funding %d %s accounts with plain transfers", len(to), kind.name)
	if err := fund(ctx, r.node, r.cfg.FundKey, to, r.cfg.Fund, r.cfg.Wait); err != nil {
		return err
	}
	if err := r.ops.fees(ctx, r.node); err != nil {
		return err
	}
	if err := r.ops.estimate(ctx, r.bundler, r.accounts[0], true); err != nil {
		return fmt.Errorf("estimate the deploy op: %w", err)
	}
	if r.floor, err = newFloor(ctx, r.node, r.cfg.EntryPoint); err != nil {
		return err
	}
	return nil
}

// deployWave deploys every account with one wave, then estimates a plain
// op for the waves that follow.
func (r *runner) deployWave(ctx context.Context) error {
	deploy, floorDs, err := r.wave(ctx, "deploy", 1, true)
	if err != nil {
		return err
	}
	r.report.Deploy = waveReport("deploy", []*waveStats{deploy}, floorDs, r.checks[0])
	if deploy.accepted() == 0 {
		return fmt.Errorf("no deploy op accepted: %s", r.report.Deploy.FirstRejection)
	}
	if err := r.ops.estimate(ctx, r.bundler, r.accounts[0], false); err != nil {
		return fmt.Errorf("estimate a plain op: %w", err)
	}
	return nil
}

// soakDeployChunk is how many accounts a soak deploys at once: fewer than
// ERC-7562 lets one factory have seen and not yet included before it is
// throttled (GREP-020: about 110).
const soakDeployChunk = 100

// deployChunks deploys the accounts chunk at a time, each chunk a deploy
// wave whose ops are all included before the next; the report keeps the
// last chunk's wave.
func (r *runner) deployChunks(ctx context.Context, chunk int) error {
	all := r.accounts
	defer func() { r.accounts = all }()
	for i := 0; i < len(all); i += chunk {
		r.accounts = all[i:min(i+chunk, len(all))]
		if err := r.deployWave(ctx); err != nil {
			return err
		}
		if d := r.report.Deploy; d.Rejected > 0 || d.NotIncluded > 0 {
			return fmt.Errorf("deploy chunk %d: %d rejected, %d not included (%s)", i/chunk, d.Rejected, d.NotIncluded, d.FirstRejection)
		}
	}
	return nil
}

// waves runs the deploy wave, then the plain waves.
func (r *runner) waves(ctx context.Context) error {
	if err := r.deployWave(ctx); err != nil {
		return err
	}
	// The unloaded floor: a few plain ops traced one at a time.
	var seq []*sentOp
	for i := range min(sequentialFloorSamples, len(r.accounts)) {
		op, h, err := r.ops.op(r.accounts[i], false)
		if err != nil {
			return err
		}
		seq = append(seq, &sentOp{op: op, hash: h})
	}
	seqDs, _, err := r.floor.run(ctx, seq, 1)
	if err != nil {
		return err
	}
	r.report.FloorSequential = distOf(seqDs)

	var plain []*waveStats
	var plainFloor []time.Duration
	all := &checked{opsPerTx: map[common.Hash]int{}}
	for i := range r.cfg.Waves {
		name := fmt.Sprintf("plain %d", i+1)
		w, fd, err := r.wave(ctx, name, r.cfg.OpsPerAccount, false)
		if err != nil {
			return err
		}
		chk := r.checks[len(r.checks)-1]
		r.report.Waves = append(r.report.Waves, waveReport(name, []*waveStats{w}, fd, chk))
		plain, plainFloor = append(plain, w), append(plainFloor, fd...)
		for h, n := range chk.opsPerTx {
			all.opsPerTx[h] = n
		}
		all.gasPerOp, all.txGasPerOp = append(all.gasPerOp, chk.gasPerOp...), append(all.txGasPerOp, chk.txGasPerOp...)
	}
	r.report.Plain = waveReport("plain (all)", plain, plainFloor, all)
	p := r.report.Plain
	r.report.RatioP50Sequential = ratio(p.SendLatency.P50, r.report.FloorSequential.P50)
	r.report.RatioP99Sequential = ratio(p.SendLatency.P99, r.report.FloorSequential.P99)
	r.report.RatioP50, r.report.RatioP99 = p.RatioP50, p.RatioP99
	for _, c := range r.checks {
		r.report.ReceiptsChecked += len(c.gasPerOp) + len(c.bad)
		r.report.ReceiptsWrong += len(c.bad)
		for _, b := range c.bad {
			if len(r.report.WrongReceipts) < 10 {
				r.report.WrongReceipts = append(r.report.WrongReceipts, b)
			}
		}
	}
	return nil
}

// wave builds per ops for every account (round-robin, so concurrent sends
// have distinct senders), has the node trace the first of them at the
// wave's concurrency, sends them, waits for their receipts and checks them.
func (r *runner) wave(ctx context.Context, name string, per int, deploy bool) (*waveStats, []time.Duration, error) {
	if err := r.ops.fees(ctx, r.node); err != nil {
		return nil, nil, err
	}
	w := &waveStats{name: name}
	for range per {
		for _, a := range r.accounts {
			op, h, err := r.ops.op(a, deploy)
			if err != nil {
				return nil, nil, err
			}
			w.ops = append(w.ops, &sentOp{op: op, hash: h})
		}
	}
	// The floor traces as many ops as the wave sends (unless capped), so
	// both run as long at the same concurrency: a short floor run spends
	// half its time ramping down and reports less than the steady-state
	// latency of `Concurrency` calls in flight.
	n := len(w.ops)
	if r.cfg.FloorSamples > 0 {
		n = min(r.cfg.FloorSamples, n)
	}
	r.prog.note("%s: the node traces %d of its validations (floor)", name, n)
	floorDs, floorWall, err := r.floor.run(ctx, w.ops[:n], r.cfg.Concurrency)
	if err != nil {
		return nil, nil, err
	}
	w.floorWall, w.floorN = floorWall, len(floorDs)
	r.prog.begin(name, len(w.ops))
	accepted := make(chan *sentOp, len(w.ops))
	done := make(chan struct{})
	go func() { // follow inclusions while sending
		defer close(done)
		awaitReceipts(ctx, r.bundler, accepted, r.cfg.Poll, r.cfg.Wait, r.prog.included)
	}()
	sendWave(ctx, r.bundler, r.cfg.EntryPoint, w, r.cfg.Concurrency, &r.head, accepted, r.prog)
	<-done
	r.prog.end()
	chk, err := verifyReceipts(ctx, r.node, r.cfg.EntryPoint, w.ops)
	if err != nil {
		return nil, nil, err
	}
	r.checks = append(r.checks, chk)
	return w, floorDs, nil
}
