package test

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The klaster binary built from this checkout, once per test run.
var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

func klasterBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "klaster-bin")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "klaster")
		// A test build: crash points (internal/crashpoint) fire when
		// KLASTER_CRASH_AT names one.
		cmd := exec.Command("go", "build", "-tags", "crashpoints", "-o", binPath, "../cmd/klaster")
		out, err := cmd.CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// klasterProcess is a running `klaster` binary.
type klasterProcess struct {
	cmd      *exec.Cmd
	URL      string // bundler base URL, http://127.0.0.1:PORT
	NodePort int    // first dev node port (with --dev)
	stdout   *syncBuffer
	stderr   *syncBuffer
	done     chan struct{}
	exitErr  error
}

// syncBuffer is a bytes.Buffer safe for the process's writers and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// freePorts returns a free port p such that p..p+n-1 are free too.
func freePorts(t *testing.T, n int) int {
	t.Helper()
	for attempt := 0; attempt < 50; attempt++ {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		base := l.Addr().(*net.TCPAddr).Port
		l.Close()
		ok := true
		for i := 1; i < n; i++ {
			l, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(base+i))
			if err != nil {
				ok = false
				break
			}
			l.Close()
		}
		if ok {
			return base
		}
	}
	t.Fatal("no free port range")
	return 0
}

// startKlaster runs `klaster --dev` (plus args) on free ports and waits until
// /health answers 200. The process is killed when the test ends.
func startKlaster(t *testing.T, args ...string) *klasterProcess {
	t.Helper()
	nodePort := freePorts(t, 4)
	p := runKlaster(t, nil, append([]string{"--dev", "--dev.node-port", strconv.Itoa(nodePort)}, args...)...)
	p.NodePort = nodePort
	return p
}

// runKlaster runs the binary with args and extra environment on a free
// listen port and waits until it is healthy.
func runKlaster(t *testing.T, env []string, args ...string) *klasterProcess {
	t.Helper()
	bin := klasterBinary(t)
	listen := freePorts(t, 1)
	// Every test client shares 127.0.0.1: a per-client rate far above what
	// any test sends (tests of the limit pass their own, later flag wins).
	full := append([]string{"--listen", fmt.Sprintf("127.0.0.1:%d", listen), "--log.format", "json", "--rpc.rate-limit", "100000"}, args...)
	p := &klasterProcess{
		cmd:    exec.Command(bin, full...),
		URL:    fmt.Sprintf("http://127.0.0.1:%d", listen),
		stdout: &syncBuffer{},
		stderr: &syncBuffer{},
		done:   make(chan struct{}),
	}
	p.cmd.Stdout, p.cmd.Stderr = p.stdout, p.stderr
	p.cmd.Env = append(os.Environ(), env...)
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { p.exitErr = p.cmd.Wait(); close(p.done) }()
	t.Cleanup(func() {
		p.cmd.Process.Kill()
		<-p.done
		if t.Failed() {
			t.Logf("klaster stderr:\n%s", p.stderr.String())
		}
	})
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	for {
		resp, err := http.Get(p.URL + "/health")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return p
			}
		}
		select {
		case <-p.done:
			t.Fatalf("klaster exited before it was healthy: %v\nstderr:\n%s", p.exitErr, p.stderr.String())
		case <-ctx.Done():
			t.Fatalf("klaster not healthy in time\nstderr:\n%s", p.stderr.String())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// signal sends sig and waits for the process to exit.
func (p *klasterProcess) signal(t *testing.T, sig syscall.Signal) error {
	t.Helper()
	if err := p.cmd.Process.Signal(sig); err != nil {
		t.Fatal(err)
	}
	select {
	case <-p.done:
		return p.exitErr
	case <-time.After(30 * time.Second):
		t.Fatalf("klaster did not exit within 30 s of %v", sig)
		return nil
	}
}
