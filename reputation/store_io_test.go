package reputation

import (
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// gateStore blocks every Save until the test opens the gate, and records
// the writes in the order they arrive.
type gateStore struct {
	gate    chan struct{}
	entered chan struct{}
	mu      sync.Mutex
	saved   []Entry
}

func (s *gateStore) Load() ([]Entry, error) { return nil, nil }
func (s *gateStore) Clear() error           { return nil }
func (s *gateStore) Save(e Entry, _ bool) error {
	select {
	case s.entered <- struct{}{}:
	default:
	}
	<-s.gate
	s.mu.Lock()
	s.saved = append(s.saved, e)
	s.mu.Unlock()
	return nil
}

// A slow store (Redis under load) never holds up reputation reads: no store
// I/O runs under the manager's lock, and the writes still land in order.
func TestStoreWritesRunOutsideTheLock(t *testing.T) {
	st := &gateStore{gate: make(chan struct{}), entered: make(chan struct{}, 1)}
	m, err := New(BundlerParams(), WithStore(st))
	if err != nil {
		t.Fatal(err)
	}
	a := common.HexToAddress("0xa1")
	go func() {
		m.SeenOp(a) // its caller makes the write, and blocks in Save
		m.SeenOp(a)
	}()
	<-st.entered
	// While that write is stuck, reads and other counts go on.
	read := make(chan Status, 1)
	go func() {
		m.IncludedOp(common.HexToAddress("0xb2")) // queues a write behind the stuck one
		read <- m.Status(a)
	}()
	select {
	case s := <-read:
		if s != OK {
			t.Fatalf("status %v", s)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("a reputation read waited for a store write")
	}
	close(st.gate)
	deadline := time.Now().Add(30 * time.Second)
	for {
		st.mu.Lock()
		n := len(st.saved)
		var seen []uint64
		for _, e := range st.saved {
			if e.Address == a {
				seen = append(seen, e.OpsSeen)
			}
		}
		st.mu.Unlock()
		if n == 3 {
			if len(seen) != 2 || seen[0] != 1 || seen[1] != 2 {
				t.Fatalf("writes of %s out of order: %v", a.Hex(), seen)
			}
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of 3 writes made", n)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
