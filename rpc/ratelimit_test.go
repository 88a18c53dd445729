package rpc

import (
	"net/http"
	"testing"
	"time"
)

func TestClientLimitersEvictIdleAndBoundMemory(t *testing.T) {
	now := time.Unix(1_000_000, 0)
	c := newClientLimiters(1, 2, 3)
	c.now = func() time.Time { return now }
	c.lastSweep = now

	for _, k := range []string{"a", "b", "c"} {
		if !c.get(k).AllowN(now, 2) { // drain
			t.Fatal(k)
		}
	}
	// Full of active clients: a newcomer shares the overflow bucket.
	if l := c.get("d"); l != c.overflow {
		t.Fatal("newcomer got its own bucket while full")
	}
	if c.size() != 3 {
		t.Fatalf("size %d", c.size())
	}
	// A drained client is not forgotten by asking again.
	if c.get("a").AllowN(now, 1) {
		t.Fatal("a was refilled")
	}
	// After the buckets refill, the next sweep evicts them.
	now = now.Add(sweepEvery)
	l := c.get("d")
	if l == c.overflow || c.size() != 1 {
		t.Fatalf("after refill: overflow=%v size=%d", l == c.overflow, c.size())
	}
}

func TestClientKey(t *testing.T) {
	req := func(remote string, hdr map[string]string) *http.Request {
		r, _ := http.NewRequest(http.MethodPost, "/", nil)
		r.RemoteAddr = remote
		for k, v := range hdr {
			r.Header.Set(k, v)
		}
		return r
	}
	cases := []struct {
		r     *http.Request
		trust bool
		want  string
	}{
		{req("10.0.0.1:1234", nil), false, "10.0.0.1"},
		{req("[2001:db8::1]:1234", nil), false, "2001:db8::/64"},
		{req("[::ffff:10.0.0.1]:1", nil), false, "10.0.0.1"},
		{req("10.0.0.1:1", map[string]string{"X-Forwarded-For": "1.1.1.1, 2.2.2.2"}), false, "10.0.0.1"},
		{req("10.0.0.1:1", map[string]string{"X-Forwarded-For": "1.1.1.1, 2.2.2.2"}), true, "2.2.2.2"},
		{req("10.0.0.1:1", map[string]string{"X-Real-Ip": "3.3.3.3", "X-Forwarded-For": "2.2.2.2"}), true, "3.3.3.3"},
	}
	for i, c := range cases {
		if got := clientKey(c.r, c.trust); got != c.want {
			t.Errorf("%d: %q, want %q", i, got, c.want)
		}
	}
}
