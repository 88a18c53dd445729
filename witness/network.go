package witness

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/redis/go-redis/v9"
	"github.com/rs/zerolog"

	"github.com/klaster-dev/klaster/gossip"
	"github.com/klaster-dev/klaster/klaster"
)

// ITx is what the network needs of the node's interchain service
// (*klaster.Service): checking commitments, admitting its own iTxs and
// hearing of every iTx it admits.
type ITx interface {
	Checker
	Send(ctx context.Context, req klaster.SendRequest) (*klaster.SendResult, error)
	OnAdmitted(fn func(context.Context, *klaster.Committed))
}

// NetworkChain is a chain the node may witness.
type NetworkChain struct {
	ChainID      uint64
	Node         *gethrpc.Client
	StakeManager common.Address // zero: the chain is not witnessed
	// Latest reads the chain's head (the chain tracker's Latest); nil: the
	// node's latest header.
	Latest func(ctx context.Context) (*types.Header, error)
}

// NetworkConfig configures the node's part in the Klaster network.
type NetworkConfig struct {
	// Witness turns witness mode on (--witness).
	Witness bool
	Chains  []NetworkChain
	// Redis keeps the witnessed iTxs; nil: in memory.
	Redis *redis.Client
	Key   *ecdsa.PrivateKey
	ITx   ITx
	// Gossip configures gossip; it is off unless Listen or Peers is set.
	Gossip gossip.Config
	// Margin is the validation's validUntil margin (seconds).
	Margin uint64
	Logger zerolog.Logger
}

// Network is the node's part in the Klaster network: the witness service
// (always: klaster_witnessInterchainTx and klaster_getWitnessReports),
// witness mode (--witness) and gossip (--p2p.*).
type Network struct {
	witness *Service
	gossip  *gossip.Node // nil: gossip off
	mode    bool
	itx     ITx
	log     zerolog.Logger
}

// StartNetwork builds the witness service over every chain that has a stake
// manager, and starts gossip when configured. Admitted iTxs are published.
func StartNetwork(ctx context.Context, cfg NetworkConfig) (*Network, error) {
	n := &Network{mode: cfg.Witness, itx: cfg.ITx, log: cfg.Logger}
	var store Store
	if cfg.Redis != nil {
		store = NewRedisStore(cfg.Redis, "klaster")
	}
	var chains []Chain
	if cfg.Witness {
		for _, c := range cfg.Chains {
			if c.StakeManager == (common.Address{}) {
				n.log.Warn().Uint64("chain", c.ChainID).Msg("no stake-manager configured: this chain is not witnessed")
				continue
			}
			ch, err := NewRPCChain(ctx, ethclient.NewClient(c.Node), c.ChainID, c.StakeManager, cfg.Key)
			if err != nil {
				return nil, fmt.Errorf("witness: %w", err)
			}
			if c.Latest != nil {
				ch.UseHead(c.Latest)
			}
			chains = append(chains, ch)
		}
	}
	n.witness = New(Config{
		Checker: cfg.ITx, Store: store, Key: cfg.Key, Chains: chains, Margin: cfg.Margin,
		Admit: func(ctx context.Context, req klaster.SendRequest) error {
			_, err := cfg.ITx.Send(ctx, req)
			return err
		},
		Logger: cfg.Logger,
	})
	cfg.ITx.OnAdmitted(n.witness.PublishCommitted)
	if len(cfg.Gossip.Listen) == 0 && len(cfg.Gossip.Peers) == 0 {
		return n, nil
	}
	gcfg := cfg.Gossip
	gcfg.Check, gcfg.Deliver, gcfg.Logger = n.checkGossiped, n.deliverGossiped, cfg.Logger
	g, err := gossip.Start(ctx, gcfg)
	if err != nil {
		return nil, err
	}
	n.gossip = g
	n.witness.OnPublish(func(ctx context.Context, m *Message) {
		data, err := json.Marshal(m)
		if err == nil {
			err = g.Publish(ctx, data)
		}
		if err != nil {
			n.log.Warn().Err(err).Msg("gossip publish")
		}
	})
	return n, nil
}

// gossiped is a gossip message with the iTx it carries, checked.
type gossiped struct {
	m *Message
	c *klaster.Committed
}

func (n *Network) checkGossiped(_ context.Context, data []byte) (any, error) {
	m, err := DecodeMessage(data)
	if err != nil {
		return nil, err
	}
	c, err := n.witness.Check(m)
	if err != nil {
		return nil, err
	}
	return gossiped{m, c}, nil
}

func (n *Network) deliverGossiped(ctx context.Context, _ peer.ID, v any) {
	g := v.(gossiped)
	if n.witness.IsSelf(g.c.Node) {
		// Our own commitment came back: run it (a no-op when it is
		// already admitted).
		go n.admitOwn(g)
		return
	}
	if err := n.witness.Accept(ctx, g.c); err != nil {
		n.log.Error().Err(err).Stringer("itxHash", g.c.ItxHash).Msg("store gossiped iTx")
	}
}

// admitOwn admits an iTx this node committed to that reached it by gossip.
func (n *Network) admitOwn(g gossiped) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if _, err := n.itx.Send(ctx, g.m.Request()); err != nil {
		n.log.Warn().Err(err).Stringer("itxHash", g.c.ItxHash).Msg("own iTx received by gossip refused")
		return
	}
	n.log.Info().Stringer("itxHash", g.c.ItxHash).Msg("own iTx received by gossip admitted")
}

// Service is the network's witness service (for its JSON-RPC methods).
func (n *Network) Service() *Service { return n.witness }

// Run runs witness mode until ctx ends; without --witness it returns at
// once.
func (n *Network) Run(ctx context.Context) {
	if n != nil && n.mode {
		n.witness.Run(ctx)
	}
}

// Close stops gossip.
func (n *Network) Close() {
	if n != nil && n.gossip != nil {
		n.gossip.Close()
		n.gossip = nil
	}
}

// P2PAddrs are the node's gossip multiaddrs (nil: gossip off).
func (n *Network) P2PAddrs() []string {
	if n == nil || n.gossip == nil {
		return nil
	}
	return n.gossip.AddrStrings()
}
