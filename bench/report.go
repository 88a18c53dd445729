package bench

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"
)

// Report is the outcome of a run; WriteTable prints it, and it marshals
// to the --json output.
type Report struct {
	Bundler       string  `json:"bundler"`
	Node          string  `json:"node"`
	EntryPoint    string  `json:"entryPoint"`
	AccountKind   string  `json:"accountKind"`
	Accounts      int     `json:"accounts"`
	Concurrency   int     `json:"concurrency"`
	OpsPerAccount int     `json:"opsPerAccount"`
	Started       string  `json:"started"`
	Seconds       float64 `json:"seconds"`

	Deploy WaveReport   `json:"deploy"`
	Plain  WaveReport   `json:"plain"` // every plain wave together
	Waves  []WaveReport `json:"waves"`

	// FloorSequential is the node's traced validation with nothing else
	// running; each wave's Floor is at the wave's concurrency.
	FloorSequential Dist `json:"floorSequential"`
	// Send latency over the floor, p50 and p99: against the floor at the
	// same concurrency, and against the unloaded (sequential) floor.
	RatioP50           float64  `json:"ratioP50"`
	RatioP99           float64  `json:"ratioP99"`
	RatioP50Sequential float64  `json:"ratioP50Sequential"`
	RatioP99Sequential float64  `json:"ratioP99Sequential"`
	ReceiptsChecked    int      `json:"receiptsChecked"`
	ReceiptsWrong      int      `json:"receiptsWrong"`
	WrongReceipts      []string `json:"wrongReceipts,omitempty"`

	Soak *SoakReport `json:"soak,omitempty"`

	ITx []ITxResult `json:"itx,omitempty"`
	// ITxRatio is the admission p50 of the largest iTx over a 1-op iTx's.
	ITxRatio float64 `json:"itxRatio,omitempty"`
}

// WaveReport is one wave (or several together).
type WaveReport struct {
	Name           string         `json:"name"`
	Sent           int            `json:"sent"`
	Accepted       int            `json:"accepted"`
	Rejected       int            `json:"rejected"`
	FirstRejection string         `json:"firstRejection,omitempty"`
	Rejections     map[string]int `json:"rejections,omitempty"`
	SendSeconds    float64        `json:"sendSeconds"`
	AcceptedPerSec float64        `json:"acceptedPerSec"`
	SendLatency    Dist           `json:"sendLatency"`
	Inclusion      Dist           `json:"inclusion"`
	NotIncluded    int            `json:"notIncluded"`
	// BlocksAfterLastAccept is the last receipt's block minus the node's
	// head when the wave's last op was accepted.
	BlocksAfterLastAccept int     `json:"blocksAfterLastAccept"`
	Bundles               int     `json:"bundles"`
	OpsPerBundle          float64 `json:"opsPerBundle"`
	GasPerOp              float64 `json:"gasPerOp"`       // mean actualGasUsed
	BundleGasPerOp        float64 `json:"bundleGasPerOp"` // mean bundle gasUsed / its ops
	Floor                 Dist    `json:"floor"`
	// FloorPerSec is the node's own traced-validation throughput at the
	// wave's concurrency (floor samples over their wall time), and
	// TraceEfficiency is AcceptedPerSec over it: how close the bundler's
	// admission comes to the node's tracing limit.
	FloorPerSec     float64 `json:"floorPerSec"`
	TraceEfficiency float64 `json:"traceEfficiency"`
	RatioP50        float64 `json:"ratioP50"`
	RatioP99        float64 `json:"ratioP99"`
}

// WriteTable prints the report for people.
func (r *Report) WriteTable(w io.Writer) {
	fmt.Fprintf(w, "\nklaster bench  %s  bundler %s  node %s\n", r.Started, r.Bundler, r.Node)
	fmt.Fprintf(w, "EntryPoint %s, %d %s accounts, %d concurrent clients, %d ops/account/wave, %.1fs\n\n",
		r.EntryPoint, r.Accounts, r.AccountKind, r.Concurrency, r.OpsPerAccount, r.Seconds)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "wave\tsent\taccepted\trejected\tops/s\tsend p50\tp95\tp99\tfloor p50\tp99\tratio p50\tp99\ttrace/s\teff\tincl p50\tmax\tblocks\tops/bundle\tgas/op\t")
	rows := append([]WaveReport{r.Deploy}, r.Waves...)
	rows = append(rows, r.Plain)
	for _, x := range rows {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.0f\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%.2f\t%.2f\t%.0f\t%.2f\t%.0f\t%.0f\t%d\t%.1f\t%.0f\t\n",
			x.Name, x.Sent, x.Accepted, x.Rejected, x.AcceptedPerSec, x.SendLatency.P50, x.SendLatency.P95, x.SendLatency.P99,
			x.Floor.P50, x.Floor.P99, x.RatioP50, x.RatioP99, x.FloorPerSec, x.TraceEfficiency, x.Inclusion.P50, x.Inclusion.Max, x.BlocksAfterLastAccept, x.OpsPerBundle, x.GasPerOp)
	}
	tw.Flush()
	fmt.Fprintf(w, "\n(latencies in ms; floor = the node's debug_traceCall erc7562Tracer of the same validation at the same concurrency;\n trace/s = the node's traced validations per second at that concurrency, eff = ops/s over trace/s;\n blocks = last receipt's block minus the head at the wave's last acceptance)\n")
	fmt.Fprintf(w, "unloaded floor p50 %.1f ms, p99 %.1f ms; plain send / unloaded floor: p50 %.2f×, p99 %.2f×\n",
		r.FloorSequential.P50, r.FloorSequential.P99, r.RatioP50Sequential, r.RatioP99Sequential)
	fmt.Fprintf(w, "receipts checked against the node: %d, wrong: %d\n", r.ReceiptsChecked, r.ReceiptsWrong)
	for _, s := range r.WrongReceipts {
		fmt.Fprintf(w, "  %s\n", s)
	}
	for _, x := range rows {
		if x.FirstRejection != "" {
			fmt.Fprintf(w, "%s: first rejection: %s\n", x.Name, x.FirstRejection)
		}
		if x.NotIncluded > 0 {
			fmt.Fprintf(w, "%s: %d accepted ops not included\n", x.Name, x.NotIncluded)
		}
	}
	if s := r.Soak; s != nil {
		fmt.Fprintf(w, "\nsoak at %.0f ops/s for %.0fs: %d sent, %d accepted, %d not included; after warm-up RSS spread %.1f%%, goroutine spread %.1f%%, worst p99 %.0f ms\n",
			s.Rate, s.Seconds, s.Sent, s.Accepted, s.NotIncluded, 100*s.RSSSpread, 100*s.GoroutineSpread, s.P99Max)
		stw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(stw, "at s\tsent\taccepted\trejected\tincluded\tp50\tp99\tRSS MiB\theap MiB\tgoroutines\tpool\t")
		for _, x := range s.Samples {
			fmt.Fprintf(stw, "%.0f\t%d\t%d\t%d\t%d\t%.1f\t%.1f\t%.0f\t%.0f\t%.0f\t%.0f\t\n",
				x.AtSeconds, x.Sent, x.Accepted, x.Rejected, x.Included, x.SendP50, x.SendP99, x.RSSMiB, x.HeapMiB, x.Goroutines, x.PoolOps)
		}
		stw.Flush()
		for why, n := range s.Rejections {
			fmt.Fprintf(w, "rejected %d×: %s\n", n, why)
		}
	}
	for _, it := range r.ITx {
		fmt.Fprintf(w, "iTx %2d ops over %d chains: %d/%d admitted, quote p50 %.1f ms, admission p50 %.1f ms p99 %.1f ms",
			it.Ops, it.Chains, it.Admitted, it.Sent, it.Quote.P50, it.Admission.P50, it.Admission.P99)
		if it.Rejection != "" {
			fmt.Fprintf(w, " (first rejection: %s)", shorten(it.Rejection, 120))
		}
		fmt.Fprintln(w)
	}
	if r.ITxRatio > 0 {
		fmt.Fprintf(w, "largest iTx admission / 1-op admission (p50): %.2f×\n", r.ITxRatio)
	}
}

func shorten(s string, n int) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// waveReport summarises waves together under name.
func waveReport(name string, waves []*waveStats, floorDs []time.Duration, chk *checked) WaveReport {
	r := WaveReport{Name: name, Rejections: map[string]int{}}
	var lat, incl []time.Duration
	var sendTime, floorWall time.Duration
	floorN := 0
	for _, w := range waves {
		sendTime += w.end.Sub(w.start)
		floorWall += w.floorWall
		floorN += w.floorN
		var lastAccept time.Time
		var headAtLast, maxBlock uint64
		for _, s := range w.ops {
			r.Sent++
			lat = append(lat, s.latency)
			if s.err != nil {
				r.Rejected++
				why := shorten(reason(s.err), 160)
				if r.FirstRejection == "" {
					r.FirstRejection = why
				}
				r.Rejections[shorten(why, 60)]++
				continue
			}
			r.Accepted++
			if s.acceptedAt.After(lastAccept) {
				lastAccept, headAtLast = s.acceptedAt, s.headAt
			}
			if s.receipt == nil {
				r.NotIncluded++
				continue
			}
			incl = append(incl, s.included)
			maxBlock = max(maxBlock, uint64(s.receipt.Receipt.BlockNumber))
		}
		if maxBlock > headAtLast {
			r.BlocksAfterLastAccept = max(r.BlocksAfterLastAccept, int(maxBlock-headAtLast))
		}
	}
	if len(r.Rejections) == 0 {
		r.Rejections = nil
	}
	r.SendSeconds = sendTime.Seconds()
	if sendTime > 0 {
		r.AcceptedPerSec = float64(r.Accepted) / sendTime.Seconds()
	}
	if floorWall > 0 {
		r.FloorPerSec = float64(floorN) / floorWall.Seconds()
		r.TraceEfficiency = r.AcceptedPerSec / r.FloorPerSec
	}
	r.SendLatency, r.Inclusion, r.Floor = distOf(lat), distOf(incl), distOf(floorDs)
	r.RatioP50, r.RatioP99 = ratio(r.SendLatency.P50, r.Floor.P50), ratio(r.SendLatency.P99, r.Floor.P99)
	if chk != nil {
		r.Bundles = len(chk.opsPerTx)
		total := 0
		for _, n := range chk.opsPerTx {
			total += n
		}
		if r.Bundles > 0 {
			r.OpsPerBundle = float64(total) / float64(r.Bundles)
		}
		r.GasPerOp = meanU(chk.gasPerOp)
		r.BundleGasPerOp = meanF(chk.txGasPerOp)
	}
	return r
}

func meanU(v []uint64) float64 {
	if len(v) == 0 {
		return 0
	}
	var s float64
	for _, x := range v {
		s += float64(x)
	}
	return s / float64(len(v))
}

func meanF(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	var s float64
	for _, x := range v {
		s += x
	}
	return s / float64(len(v))
}
