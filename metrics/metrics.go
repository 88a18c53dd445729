package metrics

import (
	"fmt"
	"math/big"
	"net/http"
	"strconv"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Namespace prefixes every metric name.
const Namespace = "klaster"

// Label names.
const (
	LabelChain      = "chain"
	LabelCode       = "code"
	LabelMethod     = "method"
	LabelStatus     = "status"
	LabelEntryPoint = "entry_point"
	LabelSigner     = "signer"
	LabelKind       = "kind"
)

// MaxMethodsPerChain bounds the distinct values of the method label of
// klaster_rpc_request_duration_seconds per chain (plus OtherMethod); later ones, names longer
// than MaxMethodLen and invalid UTF-8 are recorded as OtherMethod. Method names come from
// clients, so without a bound a client could grow the registry forever.
const (
	MaxMethodsPerChain = 128
	MaxMethodLen       = 64
	OtherMethod        = "other"
)

// Buckets of the histograms.
var (
	// RPCBuckets (seconds) span a cached eth_chainId to a slow gas estimation.
	RPCBuckets = []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30}
	// GasPerOpBuckets span 10k to ~10M gas per UserOperation.
	GasPerOpBuckets = prometheus.ExponentialBuckets(10_000, 2, 11)
	// OpsPerBundleBuckets span single-op bundles to large ones.
	OpsPerBundleBuckets = []float64{1, 2, 3, 5, 10, 20, 50, 100, 200}
)

// CountsFunc returns counts by status. It is called on every scrape, possibly
// concurrently with the component's own work, so it must be safe for that and
// fast (take a lock, copy a few integers).
type CountsFunc func() map[string]int

// PoolCounter is implemented by a mempool that reports its size by status.
type PoolCounter interface {
	Counts() map[string]int
}

// ReputationCounter is implemented by a reputation manager that reports its
// entries by status (ok, throttled, banned).
type ReputationCounter interface {
	Counts() map[string]int
}

// Metrics is the registry of one process. The zero value is not usable; use
// New. A nil *Metrics is valid and records nothing.
type Metrics struct {
	reg *prometheus.Registry

	opsReceived      *prometheus.CounterVec
	opsAccepted      *prometheus.CounterVec
	opsRejected      *prometheus.CounterVec
	opsIncluded      *prometheus.CounterVec
	bundlesSent      *prometheus.CounterVec
	bundlesMined     *prometheus.CounterVec
	bundlesReplaced  *prometheus.CounterVec
	bundlesCancelled *prometheus.CounterVec
	gasPerOp         *prometheus.HistogramVec
	opsPerBundle     *prometheus.HistogramVec
	rpcDuration      *prometheus.HistogramVec
	signerBalance    *prometheus.GaugeVec
	paymasterDeposit *prometheus.GaugeVec
	itx              *prometheus.CounterVec

	mu     sync.RWMutex
	chains map[uint64]*Chain

	counters *countCollector
}

// New returns a Metrics with its own registry, holding klaster's collectors
// plus the standard Go runtime and process collectors.
func New() *Metrics {
	chain := []string{LabelChain}
	counter := func(name, help string, labels ...string) *prometheus.CounterVec {
		return prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: Namespace, Name: name, Help: help}, append(chain, labels...))
	}
	histogram := func(name, help string, buckets []float64, labels ...string) *prometheus.HistogramVec {
		return prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: Namespace, Name: name, Help: help, Buckets: buckets}, append(chain, labels...))
	}
	m := &Metrics{
		reg:              prometheus.NewRegistry(),
		opsReceived:      counter("userops_received_total", "UserOperations received (eth_sendUserOperation and interchain submissions)."),
		opsAccepted:      counter("userops_accepted_total", "UserOperations that passed validation and entered the mempool."),
		opsRejected:      counter("userops_rejected_total", "UserOperations rejected, by JSON-RPC error code.", LabelCode),
		opsIncluded:      counter("userops_included_total", "UserOperations included in mined bundles."),
		bundlesSent:      counter("bundles_sent_total", "Bundle transactions sent to the node."),
		bundlesMined:     counter("bundles_mined_total", "Bundle transactions mined."),
		bundlesReplaced:  counter("bundles_replaced_total", "Bundle transactions replaced with a higher fee."),
		bundlesCancelled: counter("bundles_cancelled_total", "Bundle transactions cancelled."),
		gasPerOp:         histogram("bundle_gas_per_userop", "Gas used per UserOperation in mined bundles.", GasPerOpBuckets),
		opsPerBundle:     histogram("bundle_userops", "UserOperations per mined bundle.", OpsPerBundleBuckets),
		rpcDuration:      histogram("rpc_request_duration_seconds", "Time to answer one JSON-RPC call, by method.", RPCBuckets, LabelMethod),
		signerBalance: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: Namespace, Name: "signer_balance_wei",
			Help: "Native balance of a bundle signer, in wei."}, []string{LabelChain, LabelSigner}),
		paymasterDeposit: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: Namespace, Name: "paymaster_deposit_wei",
			Help: "EntryPoint deposit of the node's paymaster, in wei."}, []string{LabelChain, LabelEntryPoint}),
		itx:    counter("itx_status_total", "Interchain transactions that reached a status.", LabelStatus),
		chains: make(map[uint64]*Chain),
		counters: &countCollector{
			poolDesc: prometheus.NewDesc(prometheus.BuildFQName(Namespace, "mempool", "userops"),
				"UserOperations in the mempool, by status.", []string{LabelChain, LabelEntryPoint, LabelStatus}, nil),
			repDesc: prometheus.NewDesc(prometheus.BuildFQName(Namespace, "reputation", "entries"),
				"Entities tracked by the reputation manager, by status.", []string{LabelChain, LabelStatus}, nil),
			factsDesc: prometheus.NewDesc(prometheus.BuildFQName(Namespace, "validation", "facts"),
				"What the mempool keeps of ops' validations (ERC-7562 facts for STO-041, COD-010, EREP-055): entries holding them and their approximate bytes.",
				[]string{LabelChain, LabelEntryPoint, LabelKind}, nil),
			pools:      make(map[poolKey]CountsFunc),
			facts:      make(map[poolKey]CountsFunc),
			reputation: make(map[uint64]CountsFunc),
		},
	}
	m.reg.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		m.opsReceived, m.opsAccepted, m.opsRejected, m.opsIncluded,
		m.bundlesSent, m.bundlesMined, m.bundlesReplaced, m.bundlesCancelled,
		m.gasPerOp, m.opsPerBundle, m.rpcDuration, m.signerBalance, m.paymasterDeposit, m.itx,
		m.counters,
	)
	return m
}

// Registry returns the process registry, for components that bring their own
// collectors. It is nil for a nil Metrics.
func (m *Metrics) Registry() *prometheus.Registry {
	if m == nil {
		return nil
	}
	return m.reg
}

// Handler serves the registry in the Prometheus exposition format (text, or
// OpenMetrics/protobuf when the scraper asks for it). For a nil Metrics it
// answers 404.
func (m *Metrics) Handler() http.Handler {
	if m == nil {
		return http.NotFoundHandler()
	}
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{
		ErrorHandling:     promhttp.ContinueOnError,
		Registry:          m.reg, // promhttp_metric_handler_errors_total
		EnableOpenMetrics: true,
	})
}

// Chain returns the handle of a chain, creating its series (at zero) on first
// use. It is nil for a nil Metrics.
func (m *Metrics) Chain(chainID uint64) *Chain {
	if m == nil {
		return nil
	}
	m.mu.RLock()
	c := m.chains[chainID]
	m.mu.RUnlock()
	if c != nil {
		return c
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if c = m.chains[chainID]; c != nil {
		return c
	}
	id := strconv.FormatUint(chainID, 10)
	c = &Chain{
		m:                m,
		id:               id,
		opsReceived:      m.opsReceived.WithLabelValues(id),
		opsAccepted:      m.opsAccepted.WithLabelValues(id),
		opsIncluded:      m.opsIncluded.WithLabelValues(id),
		bundlesSent:      m.bundlesSent.WithLabelValues(id),
		bundlesMined:     m.bundlesMined.WithLabelValues(id),
		bundlesReplaced:  m.bundlesReplaced.WithLabelValues(id),
		bundlesCancelled: m.bundlesCancelled.WithLabelValues(id),
		gasPerOp:         m.gasPerOp.WithLabelValues(id),
		opsPerBundle:     m.opsPerBundle.WithLabelValues(id),
		rejected:         make(map[int]prometheus.Counter),
		methods:          make(map[string]prometheus.Observer),
	}
	m.chains[chainID] = c
	return c
}

// RegisterPoolCounter makes every scrape report counts() as
// klaster_mempool_userops{chain,entry_point,status}. Registering the same
// chain and EntryPoint again replaces the function; a nil counts removes it.
func (m *Metrics) RegisterPoolCounter(chainID uint64, entryPoint common.Address, counts func() map[string]int) {
	if m == nil {
		return
	}
	k := poolKey{chain: chainID, entryPoint: entryPoint}
	m.counters.mu.Lock()
	defer m.counters.mu.Unlock()
	if counts == nil {
		delete(m.counters.pools, k)
		return
	}
	m.counters.pools[k] = counts
}

// RegisterValidationFacts makes every scrape report counts() (by kind:
// "entries", "bytes") as klaster_validation_facts{chain,entry_point,kind}.
// A nil counts removes it.
func (m *Metrics) RegisterValidationFacts(chainID uint64, entryPoint common.Address, counts func() map[string]int) {
	if m == nil {
		return
	}
	k := poolKey{chain: chainID, entryPoint: entryPoint}
	m.counters.mu.Lock()
	defer m.counters.mu.Unlock()
	if counts == nil {
		delete(m.counters.facts, k)
		return
	}
	m.counters.facts[k] = counts
}

// RegisterPool is RegisterPoolCounter for a PoolCounter; nil removes it.
func (m *Metrics) RegisterPool(chainID uint64, entryPoint common.Address, p PoolCounter) {
	if p == nil {
		m.RegisterPoolCounter(chainID, entryPoint, nil)
		return
	}
	m.RegisterPoolCounter(chainID, entryPoint, p.Counts)
}

// RegisterReputationCounter makes every scrape report counts() as
// klaster_reputation_entries{chain,status}. Registering the chain again
// replaces the function; a nil counts removes it.
func (m *Metrics) RegisterReputationCounter(chainID uint64, counts func() map[string]int) {
	if m == nil {
		return
	}
	m.counters.mu.Lock()
	defer m.counters.mu.Unlock()
	if counts == nil {
		delete(m.counters.reputation, chainID)
		return
	}
	m.counters.reputation[chainID] = counts
}

// RegisterReputation is RegisterReputationCounter for a ReputationCounter;
// nil removes it.
func (m *Metrics) RegisterReputation(chainID uint64, r ReputationCounter) {
	if r == nil {
		m.RegisterReputationCounter(chainID, nil)
		return
	}
	m.RegisterReputationCounter(chainID, r.Counts)
}

// Chain records the events of one chain. A nil *Chain records nothing.
type Chain struct {
	m  *Metrics
	id string

	opsReceived      prometheus.Counter
	opsAccepted      prometheus.Counter
	opsIncluded      prometheus.Counter
	bundlesSent      prometheus.Counter
	bundlesMined     prometheus.Counter
	bundlesReplaced  prometheus.Counter
	bundlesCancelled prometheus.Counter
	gasPerOp         prometheus.Observer
	opsPerBundle     prometheus.Observer

	mu       sync.RWMutex
	rejected map[int]prometheus.Counter
	methods  map[string]prometheus.Observer
}

// ID returns the chain label value (the decimal chain id), or "" for nil.
func (c *Chain) ID() string {
	if c == nil {
		return ""
	}
	return c.id
}

// OpReceived counts a UserOperation submitted to the node.
func (c *Chain) OpReceived() {
	if c != nil {
		c.opsReceived.Inc()
	}
}

// OpAccepted counts a UserOperation that entered the mempool.
func (c *Chain) OpAccepted() {
	if c != nil {
		c.opsAccepted.Inc()
	}
}

// OpRejected counts a rejected UserOperation by its JSON-RPC error code
// (e.g. -32507). The codes are a small fixed set.
func (c *Chain) OpRejected(code int) {
	if c == nil {
		return
	}
	c.mu.RLock()
	ctr := c.rejected[code]
	c.mu.RUnlock()
	if ctr == nil {
		c.mu.Lock()
		if ctr = c.rejected[code]; ctr == nil {
			ctr = c.m.opsRejected.WithLabelValues(c.id, strconv.Itoa(code))
			c.rejected[code] = ctr
		}
		c.mu.Unlock()
	}
	ctr.Inc()
}

// BundleSent counts a bundle transaction sent to the node.
func (c *Chain) BundleSent() {
	if c != nil {
		c.bundlesSent.Inc()
	}
}

// BundleMined counts a mined bundle of ops UserOperations that used gasPerOp
// gas per op on average. ops <= 0 counts the bundle only.
func (c *Chain) BundleMined(ops int, gasPerOp float64) {
	if c == nil {
		return
	}
	c.bundlesMined.Inc()
	if ops <= 0 {
		return
	}
	c.opsIncluded.Add(float64(ops))
	c.opsPerBundle.Observe(float64(ops))
	// Observe once per op, so that the histogram's quantiles are per op and
	// not per bundle.
	for range ops {
		c.gasPerOp.Observe(gasPerOp)
	}
}

// BundleReplaced counts a bundle transaction replaced with a higher fee.
func (c *Chain) BundleReplaced() {
	if c != nil {
		c.bundlesReplaced.Inc()
	}
}

// BundleCancelled counts a bundle transaction cancelled (replaced by a
// no-op transaction).
func (c *Chain) BundleCancelled() {
	if c != nil {
		c.bundlesCancelled.Inc()
	}
}

// SignerBalance sets the balance gauge of a bundle signer. A nil wei is
// ignored. Values above 2^53 wei lose precision (float64).
func (c *Chain) SignerBalance(addr common.Address, wei *big.Int) {
	if c == nil || wei == nil {
		return
	}
	f, _ := new(big.Float).SetInt(wei).Float64()
	c.m.signerBalance.WithLabelValues(c.id, addr.Hex()).Set(f)
}

// PaymasterDeposit sets the deposit gauge of the node's paymaster in
// entryPoint. A nil wei is ignored.
func (c *Chain) PaymasterDeposit(entryPoint common.Address, wei *big.Int) {
	if c == nil || wei == nil {
		return
	}
	f, _ := new(big.Float).SetInt(wei).Float64()
	c.m.paymasterDeposit.WithLabelValues(c.id, entryPoint.Hex()).Set(f)
}

// ITxStatus counts an interchain transaction reaching status (e.g.
// "accepted", "executed", "expired").
func (c *Chain) ITxStatus(status string) {
	if c == nil {
		return
	}
	if ctr, err := c.m.itx.GetMetricWithLabelValues(c.id, status); err == nil { // err: invalid UTF-8
		ctr.Inc()
	}
}

// RPCDuration records the time taken to answer one call of method. See
// MaxMethodsPerChain for how client-chosen names are bounded.
func (c *Chain) RPCDuration(method string, d time.Duration) {
	if c == nil {
		return
	}
	c.methodObserver(method).Observe(d.Seconds())
}

func (c *Chain) methodObserver(method string) prometheus.Observer {
	if len(method) > MaxMethodLen || !utf8.ValidString(method) {
		method = OtherMethod
	}
	c.mu.RLock()
	o := c.methods[method]
	c.mu.RUnlock()
	if o != nil {
		return o
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if o = c.methods[method]; o != nil {
		return o
	}
	if len(c.methods) >= MaxMethodsPerChain {
		method = OtherMethod
		if o = c.methods[method]; o != nil {
			return o
		}
	}
	o = c.m.rpcDuration.WithLabelValues(c.id, method)
	c.methods[method] = o
	return o
}

type poolKey struct {
	chain      uint64
	entryPoint common.Address
}

// countCollector reports the registered CountsFuncs on scrape.
type countCollector struct {
	poolDesc, repDesc, factsDesc *prometheus.Desc

	mu         sync.Mutex
	pools      map[poolKey]CountsFunc
	facts      map[poolKey]CountsFunc
	reputation map[uint64]CountsFunc
}

func (cc *countCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- cc.poolDesc
	ch <- cc.repDesc
	ch <- cc.factsDesc
}

func (cc *countCollector) Collect(ch chan<- prometheus.Metric) {
	// Copy the functions, then call them without holding the lock: they take
	// the components' own locks.
	cc.mu.Lock()
	pools := make(map[poolKey]CountsFunc, len(cc.pools))
	for k, f := range cc.pools {
		pools[k] = f
	}
	facts := make(map[poolKey]CountsFunc, len(cc.facts))
	for k, f := range cc.facts {
		facts[k] = f
	}
	reps := make(map[uint64]CountsFunc, len(cc.reputation))
	for k, f := range cc.reputation {
		reps[k] = f
	}
	cc.mu.Unlock()

	for k, f := range pools {
		chain, ep := strconv.FormatUint(k.chain, 10), k.entryPoint.Hex()
		counts, err := safeCounts(f)
		if err != nil {
			ch <- prometheus.NewInvalidMetric(cc.poolDesc, fmt.Errorf("mempool counts of chain %s, EntryPoint %s: %w", chain, ep, err))
		}
		for status, n := range counts {
			ch <- constGauge(cc.poolDesc, n, chain, ep, status)
		}
	}
	for k, f := range facts {
		chain, ep := strconv.FormatUint(k.chain, 10), k.entryPoint.Hex()
		counts, err := safeCounts(f)
		if err != nil {
			ch <- prometheus.NewInvalidMetric(cc.factsDesc, fmt.Errorf("validation facts of chain %s, EntryPoint %s: %w", chain, ep, err))
		}
		for kind, n := range counts {
			ch <- constGauge(cc.factsDesc, n, chain, ep, kind)
		}
	}
	for id, f := range reps {
		chain := strconv.FormatUint(id, 10)
		counts, err := safeCounts(f)
		if err != nil {
			ch <- prometheus.NewInvalidMetric(cc.repDesc, fmt.Errorf("reputation counts of chain %s: %w", chain, err))
		}
		for status, n := range counts {
			ch <- constGauge(cc.repDesc, n, chain, status)
		}
	}
}

// safeCounts calls f, turning a panic into an error: a scrape runs the
// function on a registry goroutine, where a panic would end the process.
func safeCounts(f CountsFunc) (counts map[string]int, err error) {
	defer func() {
		if r := recover(); r != nil {
			counts, err = nil, fmt.Errorf("panic: %v", r)
		}
	}()
	return f(), nil
}

// constGauge builds one gauge sample; a bad label value (invalid UTF-8) fails
// that sample only instead of panicking the scrape.
func constGauge(desc *prometheus.Desc, n int, labels ...string) prometheus.Metric {
	m, err := prometheus.NewConstMetric(desc, prometheus.GaugeValue, float64(n), labels...)
	if err != nil {
		return prometheus.NewInvalidMetric(desc, err)
	}
	return m
}
