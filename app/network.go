package app

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/klaster-dev/klaster/gossip"
	"github.com/klaster-dev/klaster/klaster"
	"github.com/klaster-dev/klaster/rpc"
	"github.com/klaster-dev/klaster/witness"
)

// network is the node's part in the Klaster network: the witness service
// (always: klaster_witnessInterchainTx and klaster_getWitnessReports),
// witness mode (--witness) and gossip (--p2p.*).
type network struct {
	witness *witness.Service
	gossip  *gossip.Node // nil: gossip off
	mode    bool         // --witness
	itx     *klaster.Service
}

// newNetwork builds the witness service over every chain that has a stake
// manager, and starts gossip when configured. Admitted iTxs are published.
// margin is the validation's validUntil margin (seconds).
func (a *App) newNetwork(ctx context.Context, margin uint64) error {
	n := &network{mode: a.cfg.Witness, itx: a.itx}
	var store witness.Store
	if a.redis != nil {
		store = witness.NewRedisStore(a.redis, "klaster")
	}
	var chains []witness.Chain
	if a.cfg.Witness {
		for _, cs := range a.chains {
			if cs.cfg.StakeManager == (common.Address{}) {
				a.log.Warn().Uint64("chain", cs.chainID).Msg("no stake-manager configured: this chain is not witnessed")
				continue
			}
			ch, err := witness.NewRPCChain(ctx, ethclient.NewClient(cs.rpc), cs.chainID, cs.cfg.StakeManager, a.nodeKey)
			if err != nil {
				return fmt.Errorf("witness: %w", err)
			}
			chains = append(chains, ch)
		}
	}
	n.witness = witness.New(witness.Config{
		Checker: a.itx, Store: store, Key: a.nodeKey, Chains: chains, Margin: margin,
		Admit: func(ctx context.Context, req klaster.SendRequest) error {
			_, err := a.itx.Send(ctx, req)
			return err
		},
		Logger: a.log,
	})
	a.itx.OnAdmitted(n.witness.PublishCommitted)
	if a.cfg.P2P.Enabled() {
		g, err := gossip.Start(ctx, gossip.Config{
			Listen: a.cfg.P2P.Listen, Peers: a.cfg.P2P.Peers, KeyFile: a.cfg.P2P.KeyFile,
			Check: func(_ context.Context, data []byte) (any, error) {
				m, err := witness.DecodeMessage(data)
				if err != nil {
					return nil, err
				}
				c, err := n.witness.Check(m)
				if err != nil {
					return nil, err
				}
				return gossiped{m, c}, nil
			},
			Deliver: func(ctx context.Context, from peer.ID, v any) {
				g := v.(gossiped)
				if n.witness.IsSelf(g.c.Node) {
					// Our own commitment came back: run it (a no-op when
					// it is already admitted).
					go n.admitOwn(a, g)
					return
				}
				if err := n.witness.Accept(ctx, g.c); err != nil {
					a.log.Error().Err(err).Stringer("itxHash", g.c.ItxHash).Msg("store gossiped iTx")
				}
			},
			Logger: a.log,
		})
		if err != nil {
			return err
		}
		n.gossip = g
		n.witness.OnPublish(func(ctx context.Context, m *witness.Message) {
			data, err := json.Marshal(m)
			if err == nil {
				err = g.Publish(ctx, data)
			}
			if err != nil {
				a.log.Warn().Err(err).Msg("gossip publish")
			}
		})
	}
	a.network = n
	return nil
}

// gossiped is a gossip message with the iTx it carries, checked.
type gossiped struct {
	m *witness.Message
	c *klaster.Committed
}

// admitOwn admits an iTx this node committed to that reached it by gossip.
func (n *network) admitOwn(a *App, g gossiped) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if _, err := a.itx.Send(ctx, g.m.Request()); err != nil {
		a.log.Warn().Err(err).Stringer("itxHash", g.c.ItxHash).Msg("own iTx received by gossip refused")
		return
	}
	a.log.Info().Stringer("itxHash", g.c.ItxHash).Msg("own iTx received by gossip admitted")
}

// apis are the network's JSON-RPC services, for / and every chain's path.
func (n *network) apis(node rpc.NodeInfo, devFaults bool) []gethrpc.API {
	var skip rpc.SkipBackend
	if devFaults {
		skip = n.itx
	}
	return rpc.WitnessAPIs(node, n.witness, skip)
}

// run starts witness mode when configured.
func (n *network) run(ctx context.Context, wg *sync.WaitGroup) {
	if n == nil || !n.mode {
		return
	}
	wg.Add(1)
	go func() { defer wg.Done(); n.witness.Run(ctx) }()
}

func (n *network) close() {
	if n != nil && n.gossip != nil {
		n.gossip.Close()
		n.gossip = nil
	}
}

// P2PAddrs are the node's gossip multiaddrs (nil: gossip off).
func (a *App) P2PAddrs() []string {
	if a.network == nil || a.network.gossip == nil {
		return nil
	}
	return a.network.gossip.AddrStrings()
}
