package gossip

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"
)

// inbox collects what a node delivers.
type inbox struct {
	mu  sync.Mutex
	got []string
}

func (b *inbox) deliver(_ context.Context, _ peer.ID, v any) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.got = append(b.got, v.(string))
}

func (b *inbox) has(s string) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, g := range b.got {
		if g == s {
			return true
		}
	}
	return false
}

// check accepts payloads that start with "ok:".
func check(_ context.Context, data []byte) (any, error) {
	if !bytes.HasPrefix(data, []byte("ok:")) {
		return nil, errors.New("not ok")
	}
	return string(data), nil
}

func startNode(t *testing.T, peers []string, keyFile string, box *inbox) *Node {
	t.Helper()
	n, err := Start(context.Background(), Config{
		Listen: []string{"/ip4/127.0.0.1/tcp/0"}, Peers: peers, KeyFile: keyFile,
		MaxMessageBytes: 4096, Rate: 5, Burst: 20, Check: check, Deliver: box.deliver,
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(n.Close)
	return n
}

// eventually polls cond every 100 ms until it holds or a minute passes.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// publishUntil republishes fresh messages until cond holds: the mesh forms
// a little after the connection.
func publishUntil(t *testing.T, n *Node, prefix string, cond func(string) bool) string {
	t.Helper()
	for i := 0; ; i++ {
		msg := fmt.Sprintf("%s%d", prefix, i)
		if err := n.Publish(context.Background(), []byte(msg)); err != nil {
			t.Fatal(err)
		}
		deadline := time.Now().Add(2 * time.Second)
		for time.Now().Before(deadline) {
			if cond(msg) {
				return msg
			}
			time.Sleep(50 * time.Millisecond)
		}
		if i > 30 {
			t.Fatalf("no delivery of %s*", prefix)
		}
	}
}

func TestGossipDeliversAcrossPeers(t *testing.T) {
	var a, b, c inbox
	na := startNode(t, nil, "", &a)
	nb := startNode(t, na.AddrStrings(), "", &b)
	nc := startNode(t, nb.AddrStrings(), "", &c) // c reaches a only through b
	_ = nc
	publishUntil(t, na, "ok:from-a-", func(m string) bool { return b.has(m) && c.has(m) })
	if a.has("ok:from-a-0") {
		t.Fatal("a node delivered its own publication to itself")
	}
}

// TestGossipDropsForgedAndOversized: a raw gossipsub peer without klaster's
// validator publishes invalid, oversized and too many messages; the klaster
// node drops them, never delivers them, and the forger's score falls.
func TestGossipDropsForgedAndOversized(t *testing.T) {
	var box inbox
	n := startNode(t, nil, "", &box)

	h, err := libp2p.New(libp2p.ListenAddrStrings("/ip4/127.0.0.1/tcp/0"))
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ps, err := pubsub.NewGossipSub(ctx, h)
	if err != nil {
		t.Fatal(err)
	}
	topic, err := ps.Join(Topic)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Connect(ctx, peer.AddrInfo{ID: n.ID(), Addrs: n.Host().Addrs()}); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the forger to see the klaster node on the topic", func() bool { return len(topic.ListPeers()) > 0 })

	// One valid message first, so we know the path works.
	for i := 0; !box.has(fmt.Sprintf("ok:valid-%d", i-1)) || i == 0; i++ {
		if i > 30 {
			t.Fatal("valid message from the raw peer never delivered")
		}
		if err := topic.Publish(ctx, []byte(fmt.Sprintf("ok:valid-%d", i))); err != nil {
			t.Fatal(err)
		}
		time.Sleep(300 * time.Millisecond)
	}

	if err := topic.Publish(ctx, []byte("forged")); err != nil {
		t.Fatal(err)
	}
	oversized := append([]byte("ok:"), bytes.Repeat([]byte{'x'}, 4096)...)
	if err := topic.Publish(ctx, oversized); err != nil {
		t.Fatal(err)
	}
	eventually(t, "both drops", func() bool { return n.Dropped("invalid") >= 1 && n.Dropped("oversized") >= 1 })
	eventually(t, "the forger's score to fall below zero", func() bool { return n.Score(h.ID()) < 0 })
	if box.has("forged") || box.has(string(oversized)) {
		t.Fatal("a dropped message was delivered")
	}

	// Rate: a burst over the limit is cut.
	for i := 0; i < 60; i++ {
		if err := topic.Publish(ctx, []byte(fmt.Sprintf("ok:flood-%d", i))); err != nil {
			t.Fatal(err)
		}
	}
	eventually(t, "rate drops", func() bool { return n.Dropped("rate") > 0 })
}

func TestGossipIdentityPersists(t *testing.T) {
	key := filepath.Join(t.TempDir(), "p2p.key")
	var box inbox
	first, err := Start(context.Background(), Config{Listen: []string{"/ip4/127.0.0.1/tcp/0"}, KeyFile: key, Check: check, Deliver: box.deliver})
	if err != nil {
		t.Fatal(err)
	}
	id := first.ID()
	first.Close()
	second := startNode(t, nil, key, &box)
	if second.ID() != id {
		t.Fatalf("peer id changed across restarts: %s then %s", id, second.ID())
	}
	if _, err := Start(context.Background(), Config{Peers: []string{"/ip4/127.0.0.1/tcp/1"}, Check: check, Deliver: box.deliver}); err == nil {
		t.Fatal("a peer address without /p2p/<id> was accepted")
	}
}
