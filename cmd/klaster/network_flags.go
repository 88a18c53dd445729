package main

import (
	"github.com/urfave/cli/v2"

	"github.com/klaster-dev/klaster/config"
)

const catNetwork = "WITNESS AND GOSSIP"

var (
	witnessFlag = &cli.BoolFlag{Name: "witness", Category: catNetwork, EnvVars: envName("witness"),
		Usage: "witness mode: simulate each witnessed op inside its window, give a verdict after its deadline and vote to slash (with the node key) on MISSED"}
	p2pListenFlag = &cli.StringSliceFlag{Name: "p2p.listen", Category: catNetwork, EnvVars: envName("p2p.listen"),
		Usage: "libp2p `MULTIADDR`s to listen on for gossip, e.g. /ip4/127.0.0.1/tcp/4001"}
	p2pPeersFlag = &cli.StringSliceFlag{Name: "p2p.peers", Category: catNetwork, EnvVars: envName("p2p.peers"),
		Usage: "gossip peers to keep connected, as `MULTIADDR`s ending in /p2p/<peer id>"}
	p2pKeyFlag = &cli.StringFlag{Name: "p2p.key", Category: catNetwork, EnvVars: envName("p2p.key"),
		Usage: "`FILE` holding the node's libp2p identity (created when missing), so its peer id survives restarts"}
)

var networkFlags = []cli.Flag{witnessFlag, p2pListenFlag, p2pPeersFlag, p2pKeyFlag}

// applyNetworkFlags puts the witness and gossip flags over the file's values.
func applyNetworkFlags(c *cli.Context, cfg *config.Config) {
	if c.IsSet(witnessFlag.Name) {
		cfg.Witness = c.Bool(witnessFlag.Name)
	}
	if c.IsSet(p2pListenFlag.Name) {
		cfg.P2P.Listen = c.StringSlice(p2pListenFlag.Name)
	}
	if c.IsSet(p2pPeersFlag.Name) {
		cfg.P2P.Peers = c.StringSlice(p2pPeersFlag.Name)
	}
	if c.IsSet(p2pKeyFlag.Name) {
		cfg.P2P.KeyFile = c.String(p2pKeyFlag.Name)
	}
}
