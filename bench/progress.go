package bench

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// progress shows a phase's advance: a bar redrawn in place on a terminal,
// a line at the start and end of each phase otherwise. A nil *progress
// shows nothing.
type progress struct {
	w   io.Writer
	tty bool

	mu       sync.Mutex
	phase    string
	total    int
	stop     chan struct{}
	done     chan struct{}
	sentN    atomic.Int64
	okN      atomic.Int64
	inclN    atomic.Int64
	started  time.Time
	lastDraw string
}

func newProgress(w io.Writer, tty bool) *progress {
	if w == nil {
		return nil
	}
	return &progress{w: w, tty: tty}
}

// begin starts a phase of total ops.
func (p *progress) begin(phase string, total int) {
	if p == nil {
		return
	}
	p.end()
	p.mu.Lock()
	p.phase, p.total, p.started = phase, total, time.Now()
	p.sentN.Store(0)
	p.okN.Store(0)
	p.inclN.Store(0)
	p.mu.Unlock()
	if !p.tty {
		fmt.Fprintf(p.w, "%s %s: %d ops\n", time.Now().Format(time.TimeOnly), phase, total)
		return
	}
	p.stop, p.done = make(chan struct{}), make(chan struct{})
	go func(stop, done chan struct{}) {
		defer close(done)
		t := time.NewTicker(150 * time.Millisecond)
		defer t.Stop()
		for {
			p.draw()
			select {
			case <-stop:
				p.draw()
				fmt.Fprintln(p.w)
				return
			case <-t.C:
			}
		}
	}(p.stop, p.done)
}

// note prints a line between phases.
func (p *progress) note(format string, args ...any) {
	if p == nil {
		return
	}
	p.end()
	fmt.Fprintf(p.w, "%s %s\n", time.Now().Format(time.TimeOnly), fmt.Sprintf(format, args...))
}

func (p *progress) end() {
	if p == nil {
		return
	}
	if p.stop != nil {
		close(p.stop)
		<-p.done
		p.stop = nil
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.tty && p.phase != "" {
		fmt.Fprintf(p.w, "%s %s: %s\n", time.Now().Format(time.TimeOnly), p.phase, p.counts())
		p.phase = ""
	}
}

func (p *progress) counts() string {
	sent, ok := p.sentN.Load(), p.okN.Load()
	return fmt.Sprintf("%d/%d sent, %d accepted, %d rejected, %d included, %.1fs", sent, p.total, ok, sent-ok, p.inclN.Load(), time.Since(p.started).Seconds())
}

func (p *progress) draw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	const width = 30
	filled := 0
	if p.total > 0 {
		filled = min(width, width*int(p.inclN.Load()+p.sentN.Load())/(2*p.total))
	}
	line := fmt.Sprintf("\r\x1b[2K%-14s [%s%s] %s", p.phase, strings.Repeat("#", filled), strings.Repeat("-", width-filled), p.counts())
	if line != p.lastDraw {
		fmt.Fprint(p.w, line)
		p.lastDraw = line
	}
}

func (p *progress) sent(ok bool) {
	if p == nil {
		return
	}
	p.sentN.Add(1)
	if ok {
		p.okN.Add(1)
	}
}

func (p *progress) included() {
	if p != nil {
		p.inclN.Add(1)
	}
}
