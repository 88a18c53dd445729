package bench

import (
	"bufio"
	"context"
	"fmt"
	"math"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// SoakSample is one interval of a soak: what was sent in it, how fast the
// bundler answered, and the bundler's process and pool at its end (from
// its Prometheus /metrics, when Config.MetricsURL is set).
type SoakSample struct {
	AtSeconds  float64 `json:"atSeconds"`
	Sent       int     `json:"sent"`
	Accepted   int     `json:"accepted"`
	Rejected   int     `json:"rejected"`
	Included   int     `json:"included"` // receipts seen in the interval
	SendP50    float64 `json:"sendP50Ms"`
	SendP99    float64 `json:"sendP99Ms"`
	RSSMiB     float64 `json:"rssMiB,omitempty"`
	Goroutines float64 `json:"goroutines,omitempty"`
	HeapMiB    float64 `json:"heapMiB,omitempty"`
	PoolOps    float64 `json:"poolOps,omitempty"` // every mempool's ops, any status
}

// SoakReport is a constant-rate run: the samples, and how flat memory and
// goroutines stayed after the warm-up (max over min of the samples after
// the first quarter of the run, minus one).
type SoakReport struct {
	Rate            float64      `json:"rate"` // target ops/s
	Seconds         float64      `json:"seconds"`
	Sent            int          `json:"sent"`
	Accepted        int          `json:"accepted"`
	NotIncluded     int          `json:"notIncluded"`
	Samples         []SoakSample `json:"samples"`
	RSSSpread       float64      `json:"rssSpread"`
	GoroutineSpread float64      `json:"goroutineSpread"`
	P99Max          float64      `json:"p99MaxMs"`
	// Rejections counts the rejected ops by reason.
	Rejections map[string]int `json:"rejections,omitempty"`
}

// soak sends plain ops at cfg.SoakRate for cfg.SoakDuration, round-robin
// over the accounts (each op on a fresh 2D nonce key, so every one is
// valid on its own), sampling every cfg.SampleEvery.
func (r *runner) soak(ctx context.Context) (*SoakReport, error) {
	rate, dur, every := r.cfg.SoakRate, r.cfg.SoakDuration, r.cfg.SampleEvery
	if err := r.ops.fees(ctx, r.node); err != nil {
		return nil, err
	}
	rep := &SoakReport{Rate: rate}
	accepted := make(chan *sentOp, 1<<16)
	var (
		mu       sync.Mutex
		interval []*sentOp // sent in the current interval
		all      []*sentOp
		included int
	)
	done := make(chan int)
	go func() {
		done <- awaitReceipts(ctx, r.bundler, accepted, r.cfg.Poll, r.cfg.Wait, func() { mu.Lock(); included++; mu.Unlock() })
	}()

	jobs := make(chan *sentOp, r.cfg.Concurrency)
	var wg sync.WaitGroup
	for range r.cfg.Concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range jobs {
				sendOne(ctx, r.bundler, r.cfg.EntryPoint, s, &r.head)
				mu.Lock()
				interval = append(interval, s)
				mu.Unlock()
				if s.err == nil {
					accepted <- s
				}
			}
		}()
	}

	start := time.Now()
	tick := time.NewTicker(time.Duration(float64(time.Second) / rate))
	defer tick.Stop()
	sample := time.NewTicker(every)
	defer sample.Stop()
	end := time.After(dur)
	next := 0
	takeSample := func() {
		mu.Lock()
		sent := interval
		interval = nil
		inc := included
		included = 0
		mu.Unlock()
		all = append(all, sent...)
		rep.Samples = append(rep.Samples, r.sampleOf(ctx, time.Since(start), sent, inc))
		s := rep.Samples[len(rep.Samples)-1]
		r.prog.note("soak %4.0fs: %d sent, %d rejected, p99 %.0f ms, rss %.0f MiB, goroutines %.0f, pool %.0f",
			s.AtSeconds, s.Sent, s.Rejected, s.SendP99, s.RSSMiB, s.Goroutines, s.PoolOps)
	}
loop:
	for {
		select {
		case <-ctx.Done():
			break loop
		case <-end:
			break loop
		case <-sample.C:
			takeSample()
		case <-tick.C:
			op, h, err := r.ops.op(r.accounts[next%len(r.accounts)], false)
			if err != nil {
				return nil, err
			}
			next++
			// Blocks while every client waits on the bundler: the ticker
			// then drops ticks, and the samples show the rate achieved.
			jobs <- &sentOp{op: op, hash: h}
		}
	}
	close(jobs)
	wg.Wait()
	close(accepted)
	takeSample()
	rep.NotIncluded = <-done
	rep.Seconds = time.Since(start).Seconds()
	for _, s := range all {
		rep.Sent++
		if s.err == nil {
			rep.Accepted++
			continue
		}
		if rep.Rejections == nil {
			rep.Rejections = map[string]int{}
		}
		rep.Rejections[shorten(hexRun.ReplaceAllString(reason(s.err), "0x…"), 100)]++
	}
	rep.RSSSpread, rep.GoroutineSpread = spreadAfterWarmup(rep.Samples, func(s SoakSample) float64 { return s.RSSMiB }),
		spreadAfterWarmup(rep.Samples, func(s SoakSample) float64 { return s.Goroutines })
	for _, s := range rep.Samples {
		rep.P99Max = math.Max(rep.P99Max, s.SendP99)
	}
	return rep, ctx.Err()
}

// sampleOf summarises one interval and scrapes the bundler's metrics.
func (r *runner) sampleOf(ctx context.Context, at time.Duration, sent []*sentOp, included int) SoakSample {
	s := SoakSample{AtSeconds: at.Seconds(), Sent: len(sent), Included: included}
	var lat []time.Duration
	for _, o := range sent {
		lat = append(lat, o.latency)
		if o.err == nil {
			s.Accepted++
		} else {
			s.Rejected++
		}
	}
	d := distOf(lat)
	s.SendP50, s.SendP99 = d.P50, d.P99
	if r.cfg.MetricsURL != "" {
		m, err := scrape(ctx, r.cfg.MetricsURL)
		if err == nil {
			s.RSSMiB = m["process_resident_memory_bytes"] / (1 << 20)
			s.HeapMiB = m["go_memstats_heap_inuse_bytes"] / (1 << 20)
			s.Goroutines = m["go_goroutines"]
			s.PoolOps = m["klaster_mempool_userops"]
		} else {
			r.prog.note("metrics: %v", err)
		}
	}
	return s
}

// hexRun matches addresses and hashes, so that rejections group by reason.
var hexRun = regexp.MustCompile(`0x[0-9a-fA-F]{8,}`)

// spreadAfterWarmup is max/min-1 of f over the samples after the first
// quarter of the run (0 with fewer than two such samples or no values).
func spreadAfterWarmup(samples []SoakSample, f func(SoakSample) float64) float64 {
	rest := samples[len(samples)/4:]
	lo, hi := math.Inf(1), 0.0
	for _, s := range rest {
		v := f(s)
		if v <= 0 {
			continue
		}
		lo, hi = math.Min(lo, v), math.Max(hi, v)
	}
	if hi == 0 || math.IsInf(lo, 1) {
		return 0
	}
	return hi/lo - 1
}

// scrape reads a Prometheus text exposition and sums each metric's series
// by name (labels dropped).
func scrape(ctx context.Context, url string) (map[string]float64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET %s: %s", url, res.Status)
	}
	out := map[string]float64{}
	sc := bufio.NewScanner(res.Body)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		name, rest, ok := strings.Cut(line, " ")
		if i := strings.IndexByte(name, '{'); i >= 0 {
			// Labels may hold spaces: the value follows the closing brace.
			j := strings.LastIndexByte(line, '}')
			if j < 0 {
				continue
			}
			name, rest, ok = line[:i], strings.TrimSpace(line[j+1:]), true
		}
		if !ok {
			continue
		}
		if f := strings.Fields(rest); len(f) > 0 {
			if v, err := strconv.ParseFloat(f[0], 64); err == nil {
				out[name] += v
			}
		}
	}
	return out, sc.Err()
}
