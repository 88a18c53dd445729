package fifo

import (
	"sync"
	"testing"
	"time"
)

func TestQueueKeepsOrderAcrossGoroutines(t *testing.T) {
	q := New[int](0)
	const n = 10_000
	done := make(chan struct{})
	got := make(chan []int)
	go func() {
		var out []int
		for len(out) < n {
			v, ok := q.Pop(done)
			if !ok {
				break
			}
			out = append(out, v)
		}
		got <- out
	}()
	for i := 0; i < n; i++ {
		q.Push(i)
	}
	out := <-got
	if len(out) != n {
		t.Fatalf("%d items", len(out))
	}
	for i, v := range out {
		if v != i {
			t.Fatalf("item %d is %d", i, v)
		}
	}
}

func TestPopStopsWhenDoneAndBoundRefuses(t *testing.T) {
	q := New[string](2)
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	var ok bool
	go func() { defer wg.Done(); _, ok = q.Pop(done) }()
	time.Sleep(10 * time.Millisecond) // let Pop wait (not an assertion on time)
	close(done)
	wg.Wait()
	if ok {
		t.Fatal("Pop returned an item from an empty queue")
	}
	if !q.Push("a") || !q.Push("b") || q.Push("c") {
		t.Fatal("a queue of 2 did not refuse the third item")
	}
	if d := q.Drain(); len(d) != 2 || d[0] != "a" || d[1] != "b" || q.Len() != 0 || q.Drain() != nil {
		t.Fatalf("drain %v, len %d", d, q.Len())
	}
}
