package app

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/rs/zerolog"

	"github.com/klaster-dev/klaster/config"
	"github.com/klaster-dev/klaster/rpc"
)

// chainService holds everything klaster runs for one chain.
type chainService struct {
	chainID uint64
	cfg     config.Chain
	rpc     *gethrpc.Client
	eth     *ethclient.Client
	log     zerolog.Logger
}

func newChainService(ctx context.Context, c config.Chain, dial Dialer, log zerolog.Logger) (*chainService, error) {
	dctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	client, err := dial(dctx, c)
	if err != nil {
		return nil, fmt.Errorf("chain %d: connect to node: %w", c.ChainID, err)
	}
	ec := ethclient.NewClient(client)
	id, err := ec.ChainID(dctx)
	if err != nil {
		client.Close()
		return nil, fmt.Errorf("chain %d: eth_chainId from node: %w", c.ChainID, err)
	}
	if c.ChainID != 0 && id.Uint64() != c.ChainID {
		client.Close()
		return nil, fmt.Errorf("chain %d: the node at its rpc-url serves chain %d", c.ChainID, id.Uint64())
	}
	c.ChainID = id.Uint64()
	return &chainService{
		chainID: c.ChainID,
		cfg:     c,
		rpc:     client,
		eth:     ec,
		log:     log.With().Uint64("chain", c.ChainID).Logger(),
	}, nil
}

func (cs *chainService) info() rpc.ChainInfo {
	factories := make(map[common.Address]common.Address, len(cs.cfg.AccountFactories))
	for ep, f := range cs.cfg.AccountFactories {
		factories[common.HexToAddress(ep)] = f
	}
	return rpc.ChainInfo{
		ChainID:          cs.chainID,
		EntryPoints:      cs.cfg.EntryPoints,
		Validator:        cs.cfg.Validator,
		AccountFactories: factories,
	}
}

func (cs *chainService) headNumber(ctx context.Context) (uint64, error) {
	return cs.eth.BlockNumber(ctx)
}

func (cs *chainService) close() { cs.rpc.Close() }
