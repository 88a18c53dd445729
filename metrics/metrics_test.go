package metrics

import (
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

var (
	testEP     = common.HexToAddress("0x0000000071727De22E5E9d8BAf0edAc6f37da032")
	testSigner = common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
)

// scrape fetches the handler's text exposition.
func scrape(t *testing.T, m *Metrics) string {
	t.Helper()
	srv := httptest.NewServer(m.Handler())
	defer srv.Close()
	resp, err := http.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("scrape: status %d", resp.StatusCode)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
		t.Fatalf("scrape: content type %q", ct)
	}
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// wantSeries asserts that the exposition has the exact sample lines.
func wantSeries(t *testing.T, body string, lines ...string) {
	t.Helper()
	have := make(map[string]bool)
	for _, l := range strings.Split(body, "\n") {
		have[l] = true
	}
	for _, l := range lines {
		if !have[l] {
			t.Errorf("missing sample line %q", l)
		}
	}
	if t.Failed() {
		t.Logf("exposition:\n%s", body)
	}
}

func TestChainCounters(t *testing.T) {
	m := New()
	c := m.Chain(1337)
	for range 3 {
		c.OpReceived()
	}
	c.OpAccepted()
	c.OpAccepted()
	c.OpRejected(-32507)
	c.OpRejected(-32507)
	c.OpRejected(-32602)
	c.BundleSent()
	c.BundleSent()
	c.BundleReplaced()
	c.BundleCancelled()
	c.BundleMined(2, 50_000)
	c.ITxStatus("executed")
	c.ITxStatus("executed")
	c.ITxStatus("expired")
	c.SignerBalance(testSigner, big.NewInt(1_500_000_000_000_000_000))
	m.Chain(1338).OpReceived()

	body := scrape(t, m)
	wantSeries(t, body,
		`klaster_userops_received_total{chain="1337"} 3`,
		`klaster_userops_received_total{chain="1338"} 1`,
		`klaster_userops_accepted_total{chain="1337"} 2`,
		`klaster_userops_accepted_total{chain="1338"} 0`, // created at zero with the chain
		`klaster_userops_rejected_total{chain="1337",code="-32507"} 2`,
		`klaster_userops_rejected_total{chain="1337",code="-32602"} 1`,
		`klaster_userops_included_total{chain="1337"} 2`,
		`klaster_bundles_sent_total{chain="1337"} 2`,
		`klaster_bundles_mined_total{chain="1337"} 1`,
		`klaster_bundles_replaced_total{chain="1337"} 1`,
		`klaster_bundles_cancelled_total{chain="1337"} 1`,
		`klaster_bundle_gas_per_userop_bucket{chain="1337",le="40000"} 0`,
		`klaster_bundle_gas_per_userop_bucket{chain="1337",le="80000"} 2`,
		`klaster_bundle_gas_per_userop_sum{chain="1337"} 100000`,
		`klaster_bundle_gas_per_userop_count{chain="1337"} 2`,
		`klaster_bundle_userops_count{chain="1337"} 1`,
		`klaster_bundle_userops_sum{chain="1337"} 2`,
		`klaster_itx_status_total{chain="1337",status="executed"} 2`,
		`klaster_itx_status_total{chain="1337",status="expired"} 1`,
		`klaster_signer_balance_wei{chain="1337",signer="0x70997970C51812dc3A010C7d01b50e0d17dc79C8"} 1.5e+18`,
		`# TYPE klaster_userops_rejected_total counter`,
		`# TYPE klaster_signer_balance_wei gauge`,
		`# TYPE klaster_bundle_gas_per_userop histogram`,
	)
	// The private registry still carries the runtime collectors.
	if !strings.Contains(body, "go_goroutines ") {
		t.Error("go collector missing")
	}

	// A gauge is set, not added.
	c.SignerBalance(testSigner, big.NewInt(7))
	c.SignerBalance(testSigner, nil) // ignored
	wantSeries(t, scrape(t, m), `klaster_signer_balance_wei{chain="1337",signer="0x70997970C51812dc3A010C7d01b50e0d17dc79C8"} 7`)
}

func TestRPCDuration(t *testing.T) {
	m := New()
	c := m.Chain(10)
	c.RPCDuration("eth_chainId", 300*time.Microsecond)
	c.RPCDuration("eth_chainId", 2*time.Millisecond)
	c.RPCDuration("eth_sendUserOperation", 40*time.Millisecond)
	wantSeries(t, scrape(t, m),
		`# TYPE klaster_rpc_request_duration_seconds histogram`,
		`klaster_rpc_request_duration_seconds_bucket{chain="10",method="eth_chainId",le="0.0005"} 1`,
		`klaster_rpc_request_duration_seconds_bucket{chain="10",method="eth_chainId",le="0.0025"} 2`,
		`klaster_rpc_request_duration_seconds_count{chain="10",method="eth_chainId"} 2`,
		`klaster_rpc_request_duration_seconds_sum{chain="10",method="eth_chainId"} 0.0023`,
		`klaster_rpc_request_duration_seconds_bucket{chain="10",method="eth_sendUserOperation",le="0.025"} 0`,
		`klaster_rpc_request_duration_seconds_bucket{chain="10",method="eth_sendUserOperation",le="0.05"} 1`,
		`klaster_rpc_request_duration_seconds_bucket{chain="10",method="eth_sendUserOperation",le="+Inf"} 1`,
	)
}

func TestRPCMethodCardinalityBounded(t *testing.T) {
	m := New()
	c := m.Chain(1)
	for i := range MaxMethodsPerChain + 50 {
		c.RPCDuration(fmt.Sprintf("junk_%d", i), time.Millisecond)
	}
	c.RPCDuration(strings.Repeat("x", MaxMethodLen+1), time.Millisecond)
	c.RPCDuration("bad\xffutf8", time.Millisecond)
	body := scrape(t, m)
	if n := strings.Count(body, "klaster_rpc_request_duration_seconds_count{"); n != MaxMethodsPerChain+1 {
		t.Fatalf("%d method series, want %d and %q", n, MaxMethodsPerChain, OtherMethod)
	}
	// 50 over the limit + the long name + the invalid one.
	wantSeries(t, body, `klaster_rpc_request_duration_seconds_count{chain="1",method="other"} 52`)
}

type fakePool map[string]int

func (p fakePool) Counts() map[string]int { return p }

func TestScrapeTimeCounters(t *testing.T) {
	m := New()
	var (
		mu      sync.Mutex
		pending = 4
	)
	m.RegisterPoolCounter(1337, testEP, func() map[string]int {
		mu.Lock()
		defer mu.Unlock()
		return map[string]int{"pending": pending, "submitted": 1}
	})
	ep08 := common.HexToAddress("0x4337084D9E255Ff0702461CF8895CE9E3b5Ff108")
	m.RegisterPool(1338, ep08, fakePool{"pending": 9})
	m.RegisterReputation(1337, fakePool{"ok": 5, "throttled": 1, "banned": 0})

	wantSeries(t, scrape(t, m),
		`# TYPE klaster_mempool_userops gauge`,
		`klaster_mempool_userops{chain="1337",entry_point="0x0000000071727De22E5E9d8BAf0edAc6f37da032",status="pending"} 4`,
		`klaster_mempool_userops{chain="1337",entry_point="0x0000000071727De22E5E9d8BAf0edAc6f37da032",status="submitted"} 1`,
		`klaster_mempool_userops{chain="1338",entry_point="0x4337084D9E255Ff0702461CF8895CE9E3b5Ff108",status="pending"} 9`,
		`# TYPE klaster_reputation_entries gauge`,
		`klaster_reputation_entries{chain="1337",status="ok"} 5`,
		`klaster_reputation_entries{chain="1337",status="throttled"} 1`,
		`klaster_reputation_entries{chain="1337",status="banned"} 0`,
	)

	// Read on every scrape.
	mu.Lock()
	pending = 2
	mu.Unlock()
	wantSeries(t, scrape(t, m), `klaster_mempool_userops{chain="1337",entry_point="0x0000000071727De22E5E9d8BAf0edAc6f37da032",status="pending"} 2`)

	// Replace and remove.
	m.RegisterPool(1338, ep08, fakePool{"pending": 1})
	m.RegisterPoolCounter(1337, testEP, nil)
	m.RegisterReputationCounter(1337, nil)
	body := scrape(t, m)
	wantSeries(t, body, `klaster_mempool_userops{chain="1338",entry_point="0x4337084D9E255Ff0702461CF8895CE9E3b5Ff108",status="pending"} 1`)
	if strings.Contains(body, `klaster_mempool_userops{chain="1337"`) || strings.Contains(body, "klaster_reputation_entries{") {
		t.Errorf("removed counters still reported:\n%s", body)
	}
}

func TestBadCountsDoNotBreakScrape(t *testing.T) {
	m := New()
	m.RegisterReputationCounter(1, func() map[string]int { return map[string]int{"ok": 1, "bad\xff": 2} })
	m.RegisterPoolCounter(1, testEP, func() map[string]int { panic("boom") })
	m.Chain(1).ITxStatus("bad\xff") // dropped, no panic
	m.Chain(1).OpReceived()
	// ContinueOnError: the good series are still served.
	wantSeries(t, scrape(t, m),
		`klaster_reputation_entries{chain="1",status="ok"} 1`,
		`klaster_userops_received_total{chain="1"} 1`,
	)
}

func TestNilSafe(t *testing.T) {
	var m *Metrics
	c := m.Chain(1)
	if c != nil {
		t.Fatal("nil Metrics returned a chain handle")
	}
	c.OpReceived()
	c.OpAccepted()
	c.OpRejected(-32500)
	c.BundleSent()
	c.BundleMined(3, 1e5)
	c.BundleReplaced()
	c.BundleCancelled()
	c.SignerBalance(testSigner, big.NewInt(1))
	c.ITxStatus("executed")
	c.RPCDuration("eth_chainId", time.Millisecond)
	if c.ID() != "" {
		t.Fatal("nil chain has an id")
	}
	m.RegisterPoolCounter(1, testEP, func() map[string]int { return nil })
	m.RegisterPool(1, testEP, fakePool{})
	m.RegisterReputationCounter(1, func() map[string]int { return nil })
	m.RegisterReputation(1, fakePool{})
	if m.Registry() != nil {
		t.Fatal("nil Metrics has a registry")
	}
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	if rec.Code != http.StatusNotFound {
		t.Fatalf("nil Metrics handler: status %d", rec.Code)
	}
}

func TestRegistriesAreIndependent(t *testing.T) {
	a, b := New(), New() // no global registry: creating two must not panic
	a.Chain(1).OpReceived()
	if strings.Contains(scrape(t, b), `klaster_userops_received_total{chain="1"} 1`) {
		t.Fatal("metrics leak between registries")
	}
	if a.Chain(1) != a.Chain(1) {
		t.Fatal("chain handles are not cached")
	}
}

func TestConcurrentUse(t *testing.T) {
	m := New()
	m.RegisterPool(5, testEP, fakePool{"pending": 1})
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				c := m.Chain(uint64(5 + g%2))
				c.OpReceived()
				c.OpRejected(-32500 - i%3)
				c.RPCDuration(fmt.Sprintf("m%d", i%5), time.Microsecond)
			}
		}()
	}
	for range 3 {
		scrape(t, m)
	}
	wg.Wait()
	wantSeries(t, scrape(t, m),
		`klaster_userops_received_total{chain="5"} 800`,
		`klaster_userops_received_total{chain="6"} 800`,
	)
}
