package reputation

import (
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

func newManager(t *testing.T) (*Manager, *clock) {
	c := &clock{t: time.Unix(1_700_000_000, 0)}
	m, err := New(BundlerParams(), WithClock(c.now))
	if err != nil {
		t.Fatal(err)
	}
	return m, c
}

var pm = common.HexToAddress("0x1111111111111111111111111111111111111111")

func TestSeenNeverIncludedThrottlesThenBans(t *testing.T) {
	m, _ := newManager(t)
	if m.Status(pm) != OK {
		t.Fatal("new entity not OK")
	}
	// max_seen = seen/10 > included + 10 from seen = 110 on.
	for i := 0; i < 109; i++ {
		m.SeenOp(pm)
	}
	if got := m.Status(pm); got != OK {
		t.Fatalf("109 seen: %v", got)
	}
	m.SeenOp(pm) // 110 → max_seen 11 > 0 + THROTTLING_SLACK
	if got := m.Status(pm); got != Throttled {
		t.Fatalf("110 seen: %v", got)
	}
	for i := 0; i < 400; i++ {
		m.SeenOp(pm)
	}
	if got := m.Status(pm); got != Banned { // 510 → max_seen 51 > BAN_SLACK
		t.Fatalf("510 seen: %v", got)
	}
	for i := 0; i < 50; i++ {
		m.IncludedOp(pm)
	}
	if got := m.Status(pm); got != OK {
		t.Fatalf("after inclusions: %v", got)
	}
}

func TestHourlyDecay(t *testing.T) {
	m, c := newManager(t)
	m.Set([]Entry{{Address: pm, OpsSeen: 2400, OpsIncluded: 48}})
	c.add(59 * time.Minute)
	if d := m.Dump(); d[0].OpsSeen != 2400 {
		t.Fatalf("decayed early: %+v", d)
	}
	c.add(2 * time.Minute)
	d := m.Dump()
	if d[0].OpsSeen != 2300 || d[0].OpsIncluded != 46 {
		t.Fatalf("one decay: %+v", d)
	}
	c.add(2 * time.Hour)
	d = m.Dump()
	if d[0].OpsSeen != 2300*23/24*23/24 {
		t.Fatalf("three decays: %+v", d)
	}
}

func TestCrashedHandleOpsBans(t *testing.T) {
	m, _ := newManager(t)
	m.IncludedOp(pm)
	m.CrashedHandleOps(pm)
	if m.Status(pm) != Banned {
		t.Fatal("GREP-040 did not ban")
	}
	m.Clear()
	if m.Status(pm) != OK || len(m.Dump()) != 0 {
		t.Fatal("clear")
	}
}

func TestJSONShapes(t *testing.T) {
	m, _ := newManager(t)
	var in []SetEntry
	if err := json.Unmarshal([]byte(`[{"address":"0x1111111111111111111111111111111111111111","opsSeen":"0x3e8","opsIncluded":0}]`), &in); err != nil {
		t.Fatal(err)
	}
	m.SetJSON(in)
	out, _ := json.Marshal(m.Dump())
	want := `[{"address":"0x1111111111111111111111111111111111111111","opsSeen":"0x3e8","opsIncluded":"0x0","status":2}]`
	if string(out) != want {
		t.Fatalf("got %s", out)
	}
	if err := json.Unmarshal([]byte(`[{"address":"0x1111111111111111111111111111111111111111","opsSeen":"zz"}]`), &in); err == nil || !strings.Contains(err.Error(), "opsSeen") {
		t.Fatalf("bad count accepted: %v", err)
	}
}

func TestConcurrentUse(t *testing.T) {
	m, _ := newManager(t)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				m.SeenOp(pm)
				m.Status(pm)
				m.Dump()
			}
		}()
	}
	wg.Wait()
	if d := m.Dump(); d[0].OpsSeen != 800 {
		t.Fatalf("%+v", d)
	}
}
