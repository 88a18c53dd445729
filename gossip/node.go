package gossip

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	pb "github.com/libp2p/go-libp2p-pubsub/pb"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/multiformats/go-multiaddr"
	"github.com/rs/zerolog"
	"golang.org/x/time/rate"
)

// Topic is the gossipsub topic of committed iTxs.
const Topic = "/klaster/itx/1"

// Defaults of Config.
const (
	DefaultMaxMessageBytes = 128 << 10 // 128 KiB: well above a 64-op iTx
	DefaultRate            = 20.0      // messages per second from one peer
	DefaultBurst           = 100
)

// Config configures a Node.
type Config struct {
	// Listen are the multiaddrs to listen on, e.g. /ip4/127.0.0.1/tcp/4001.
	Listen []string
	// Peers are the multiaddrs (with /p2p/<id>) to connect to and keep
	// connected.
	Peers []string
	// KeyFile holds the node's libp2p identity; it is created on first
	// start, so the peer id stays the same across restarts. Empty: a fresh
	// identity each start.
	KeyFile string
	// MaxMessageBytes bounds one message (default 128 KiB).
	MaxMessageBytes int
	// Rate and Burst bound the messages accepted from one peer.
	Rate  float64
	Burst int
	// Check decodes and checks a message; an error drops it and lowers the
	// sending peer's score. Its result reaches Deliver.
	Check func(ctx context.Context, data []byte) (any, error)
	// Deliver receives every accepted message from another node.
	Deliver func(ctx context.Context, from peer.ID, v any)
	Logger  zerolog.Logger
}

// Node is a running gossip node.
type Node struct {
	cfg   Config
	host  host.Host
	ps    *pubsub.PubSub
	topic *pubsub.Topic
	sub   *pubsub.Subscription
	log   zerolog.Logger
	peers []peer.AddrInfo

	mu       sync.Mutex
	limiters map[peer.ID]*rate.Limiter
	scores   map[peer.ID]float64
	dropped  map[string]int // reason -> count

	cancel context.CancelFunc
	done   sync.WaitGroup
}

// LoadOrCreateKey reads a libp2p private key from path, or creates an
// Ed25519 one there (mode 0600).
func LoadOrCreateKey(path string) (crypto.PrivKey, error) {
	if b, err := os.ReadFile(path); err == nil {
		k, err := crypto.UnmarshalPrivateKey(b)
		if err != nil {
			return nil, fmt.Errorf("p2p key %s: %w", path, err)
		}
		return k, nil
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("p2p key %s: %w", path, err)
	}
	k, _, err := crypto.GenerateEd25519Key(nil)
	if err != nil {
		return nil, err
	}
	b, err := crypto.MarshalPrivateKey(k)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("p2p key %s: %w", path, err)
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o600); err != nil {
		return nil, fmt.Errorf("p2p key %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return nil, fmt.Errorf("p2p key %s: %w", path, err)
	}
	return k, nil
}

// scoreParams turns peer scoring on: invalid messages weigh heavily, first
// deliveries of valid ones count a little. Colocation is not penalized, so
// nodes on one host (loopback) can mesh.
func scoreParams() (*pubsub.PeerScoreParams, *pubsub.PeerScoreThresholds) {
	return &pubsub.PeerScoreParams{
			SkipAtomicValidation: true,
			Topics: map[string]*pubsub.TopicScoreParams{Topic: {
				SkipAtomicValidation:           true,
				TopicWeight:                    1,
				TimeInMeshWeight:               0.01,
				TimeInMeshQuantum:              time.Second,
				TimeInMeshCap:                  10,
				FirstMessageDeliveriesWeight:   1,
				FirstMessageDeliveriesDecay:    pubsub.ScoreParameterDecay(10 * time.Minute),
				FirstMessageDeliveriesCap:      20,
				InvalidMessageDeliveriesWeight: -100,
				InvalidMessageDeliveriesDecay:  pubsub.ScoreParameterDecay(time.Hour),
			}},
			AppSpecificScore:       func(peer.ID) float64 { return 0 },
			BehaviourPenaltyWeight: -10,
			BehaviourPenaltyDecay:  pubsub.ScoreParameterDecay(time.Hour),
			DecayInterval:          time.Second,
			DecayToZero:            0.01,
			RetainScore:            time.Hour,
		}, &pubsub.PeerScoreThresholds{
			SkipAtomicValidation: true,
			GossipThreshold:      -100,
			PublishThreshold:     -200,
			GraylistThreshold:    -400,
		}
}

// Start runs a node: a libp2p host, gossipsub with scoring, the topic and
// its validator, and the connections to cfg.Peers.
func Start(ctx context.Context, cfg Config) (*Node, error) {
	if cfg.MaxMessageBytes <= 0 {
		cfg.MaxMessageBytes = DefaultMaxMessageBytes
	}
	if cfg.Rate <= 0 {
		cfg.Rate = DefaultRate
	}
	if cfg.Burst <= 0 {
		cfg.Burst = DefaultBurst
	}
	if cfg.Check == nil || cfg.Deliver == nil {
		return nil, errors.New("gossip: Check and Deliver are required")
	}
	var peers []peer.AddrInfo
	for _, p := range cfg.Peers {
		ai, err := peer.AddrInfoFromString(p)
		if err != nil {
			return nil, fmt.Errorf("p2p peer %q: %w (want a multiaddr ending in /p2p/<peer id>)", p, err)
		}
		peers = append(peers, *ai)
	}
	opts := []libp2p.Option{libp2p.ListenAddrStrings(cfg.Listen...), libp2p.DisableRelay()}
	if cfg.KeyFile != "" {
		k, err := LoadOrCreateKey(cfg.KeyFile)
		if err != nil {
			return nil, err
		}
		opts = append(opts, libp2p.Identity(k))
	}
	h, err := libp2p.New(opts...)
	if err != nil {
		return nil, fmt.Errorf("p2p host: %w", err)
	}
	n := &Node{
		cfg: cfg, host: h, peers: peers, log: cfg.Logger.With().Str("component", "gossip").Stringer("peer", h.ID()).Logger(),
		limiters: map[peer.ID]*rate.Limiter{}, scores: map[peer.ID]float64{}, dropped: map[string]int{},
	}
	runCtx, cancel := context.WithCancel(context.Background())
	n.cancel = cancel
	params, thresholds := scoreParams()
	n.ps, err = pubsub.NewGossipSub(runCtx, h,
		pubsub.WithPeerScore(params, thresholds),
		pubsub.WithPeerScoreInspect(pubsub.PeerScoreInspectFn(n.inspect), time.Second),
		// The transport refuses frames well over the limit; the validator
		// enforces the exact limit on the payload.
		pubsub.WithMaxMessageSize(cfg.MaxMessageBytes+4096),
		pubsub.WithMessageIdFn(func(m *pb.Message) string {
			sum := sha256.Sum256(m.Data)
			return string(sum[:])
		}),
		pubsub.WithValidateQueueSize(256),
	)
	if err != nil {
		cancel()
		h.Close()
		return nil, fmt.Errorf("gossipsub: %w", err)
	}
	if err := n.ps.RegisterTopicValidator(Topic, n.validate, pubsub.WithValidatorTimeout(5*time.Second), pubsub.WithValidatorConcurrency(8)); err != nil {
		n.Close()
		return nil, err
	}
	if n.topic, err = n.ps.Join(Topic); err != nil {
		n.Close()
		return nil, err
	}
	if n.sub, err = n.topic.Subscribe(); err != nil {
		n.Close()
		return nil, err
	}
	events, err := n.topic.EventHandler()
	if err != nil {
		n.Close()
		return nil, err
	}
	n.done.Add(3)
	go n.peerEvents(runCtx, events)
	go n.readLoop(runCtx)
	go n.connectLoop(runCtx)
	n.log.Info().Strs("listen", n.AddrStrings()).Int("peers", len(peers)).Msg("gossip started")
	return n, nil
}

// validate is the topic validator: size, rate, then the caller's check.
func (n *Node) validate(ctx context.Context, from peer.ID, m *pubsub.Message) pubsub.ValidationResult {
	local := from == n.host.ID()
	if len(m.Data) > n.cfg.MaxMessageBytes {
		n.drop(from, "oversized", fmt.Errorf("%d bytes > %d", len(m.Data), n.cfg.MaxMessageBytes))
		return pubsub.ValidationReject
	}
	if !local && !n.limiter(from).Allow() {
		n.drop(from, "rate", errors.New("over the per-peer message rate"))
		return pubsub.ValidationReject
	}
	v, err := n.cfg.Check(ctx, m.Data)
	if err != nil {
		n.drop(from, "invalid", err)
		return pubsub.ValidationReject
	}
	m.ValidatorData = v
	return pubsub.ValidationAccept
}

func (n *Node) drop(from peer.ID, reason string, err error) {
	n.mu.Lock()
	n.dropped[reason]++
	n.mu.Unlock()
	n.log.Warn().Stringer("from", from).Str("reason", reason).Err(err).Msg("gossip message dropped")
}

func (n *Node) limiter(p peer.ID) *rate.Limiter {
	n.mu.Lock()
	defer n.mu.Unlock()
	l := n.limiters[p]
	if l == nil {
		l = rate.NewLimiter(rate.Limit(n.cfg.Rate), n.cfg.Burst)
		n.limiters[p] = l
	}
	return l
}

func (n *Node) inspect(scores map[peer.ID]float64) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.scores = scores
}

// Score is the last known gossipsub score of p (0 when unknown).
func (n *Node) Score(p peer.ID) float64 {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.scores[p]
}

// Dropped counts the messages dropped for reason ("oversized", "rate",
// "invalid").
func (n *Node) Dropped(reason string) int {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.dropped[reason]
}

func (n *Node) readLoop(ctx context.Context) {
	defer n.done.Done()
	for {
		m, err := n.sub.Next(ctx)
		if err != nil {
			return
		}
		if m.ReceivedFrom == n.host.ID() {
			continue // our own publication
		}
		n.cfg.Deliver(ctx, m.ReceivedFrom, m.ValidatorData)
	}
}

// peerEvents logs peers joining and leaving the topic.
func (n *Node) peerEvents(ctx context.Context, h *pubsub.TopicEventHandler) {
	defer n.done.Done()
	defer h.Cancel()
	for {
		ev, err := h.NextPeerEvent(ctx)
		if err != nil {
			return
		}
		if ev.Type == pubsub.PeerJoin {
			n.log.Info().Stringer("remote", ev.Peer).Msg("peer joined the iTx topic")
		} else {
			n.log.Info().Stringer("remote", ev.Peer).Msg("peer left the iTx topic")
		}
	}
}

// connectLoop keeps the configured peers connected.
func (n *Node) connectLoop(ctx context.Context) {
	defer n.done.Done()
	t := time.NewTicker(2 * time.Second)
	defer t.Stop()
	for {
		for _, p := range n.peers {
			if n.host.Network().Connectedness(p.ID) == network.Connected {
				continue
			}
			cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
			err := n.host.Connect(cctx, p)
			cancel()
			if err != nil {
				n.log.Debug().Stringer("to", p.ID).Err(err).Msg("connect to peer")
			} else {
				n.log.Info().Stringer("to", p.ID).Msg("connected to peer")
			}
		}
		n.pruneLimiters()
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// pruneLimiters forgets the rate limiters of peers no longer connected, so
// the map stays as small as the set of connections.
func (n *Node) pruneLimiters() {
	n.mu.Lock()
	defer n.mu.Unlock()
	for p := range n.limiters {
		if n.host.Network().Connectedness(p) != network.Connected {
			delete(n.limiters, p)
		}
	}
}

// Publish sends data to the topic; it goes through the validator first.
func (n *Node) Publish(ctx context.Context, data []byte) error {
	return n.topic.Publish(ctx, data)
}

// ID is the node's peer id.
func (n *Node) ID() peer.ID { return n.host.ID() }

// Host is the libp2p host (tests use it to dial and inspect).
func (n *Node) Host() host.Host { return n.host }

// AddrStrings are the node's full multiaddrs, /p2p/<id> included.
func (n *Node) AddrStrings() []string {
	var out []string
	suffix, _ := multiaddr.NewMultiaddr("/p2p/" + n.host.ID().String())
	for _, a := range n.host.Addrs() {
		out = append(out, a.Encapsulate(suffix).String())
	}
	return out
}

// MeshPeers are the peers in the topic's mesh or known to be on it.
func (n *Node) MeshPeers() []peer.ID { return n.ps.ListPeers(Topic) }

// Close stops the node.
func (n *Node) Close() {
	if n.sub != nil {
		n.sub.Cancel()
	}
	if n.topic != nil {
		n.topic.Close()
	}
	n.cancel()
	n.host.Close()
	n.done.Wait()
}
