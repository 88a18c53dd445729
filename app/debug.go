package app

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/klaster-dev/klaster/bundler"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/reputation"
	"github.com/klaster-dev/klaster/rpc"
)

// debugBackend serves debug_bundler_* for one chain (rpc.DebugBackend).
type debugBackend struct{ cs *chainService }

func (d debugBackend) ClearState(ctx context.Context) error {
	if err := d.ClearMempool(ctx); err != nil {
		return err
	}
	d.cs.reputation.Clear()
	return nil
}

func (d debugBackend) ClearMempool(ctx context.Context) error {
	var errs []error
	for _, p := range d.cs.pools {
		errs = append(errs, p.Clear(ctx))
	}
	return errors.Join(errs...)
}

func (d debugBackend) DumpMempool(ep common.Address) ([]*entrypoint.UserOperation, error) {
	p, ok := d.cs.pools[ep]
	if !ok {
		return nil, fmt.Errorf("no mempool for %s", ep)
	}
	var out []*entrypoint.UserOperation
	for _, e := range p.Dump() {
		if e.Status.Live() {
			out = append(out, e.Op)
		}
	}
	return out, nil
}

func (d debugBackend) SendBundleNow(ctx context.Context) (*rpc.BundleResult, error) {
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	res, err := d.cs.builder.SendBundleNow(ctx)
	if err != nil {
		return nil, err
	}
	if res.TxHash == (common.Hash{}) {
		return nil, nil
	}
	return &rpc.BundleResult{TransactionHash: res.TxHash, UserOpHashes: res.UserOpHashes}, nil
}

func (d debugBackend) SetBundlingMode(mode string) error {
	return d.cs.builder.SetMode(bundler.Mode(mode))
}

func (d debugBackend) SetReputation(entries []rpc.ReputationEntry, _ common.Address) error {
	out := make([]reputation.Entry, len(entries))
	for i, e := range entries {
		out[i] = reputation.Entry{Address: e.Address, OpsSeen: uint64(e.OpsSeen), OpsIncluded: uint64(e.OpsIncluded)}
	}
	d.cs.reputation.Set(out)
	return nil
}

func (d debugBackend) DumpReputation(common.Address) ([]rpc.ReputationEntry, error) {
	dump := d.cs.reputation.Dump()
	out := make([]rpc.ReputationEntry, len(dump))
	for i, e := range dump {
		status := int(e.Status)
		out[i] = rpc.ReputationEntry{Address: e.Address, OpsSeen: hexU64(e.OpsSeen), OpsIncluded: hexU64(e.OpsIncluded), Status: &status}
	}
	return out, nil
}

func (d debugBackend) ClearReputation() error {
	d.cs.reputation.Clear()
	return nil
}

func (d debugBackend) GetStakeStatus(ctx context.Context, addr, ep common.Address) (*rpc.StakeStatus, error) {
	var out hexutil.Bytes
	call := map[string]any{"to": ep, "data": hexutil.Bytes(entrypoint.GetDepositInfoCall(addr))}
	if err := d.cs.rpc.CallContext(ctx, &out, "eth_call", call, "latest"); err != nil {
		return nil, fmt.Errorf("getDepositInfo(%s): %w", addr, err)
	}
	info, err := entrypoint.DecodeDepositInfo(out)
	if err != nil {
		return nil, err
	}
	st := &rpc.StakeStatus{}
	st.StakeInfo.Addr = addr
	st.StakeInfo.Stake = info.Stake
	st.StakeInfo.UnstakeDelaySec = info.UnstakeDelaySec
	cfg := d.cs.spec.Validation
	st.IsStaked = info.Staked && info.Stake.Cmp(cfg.MinStake) >= 0 && info.UnstakeDelaySec >= cfg.MinUnstakeDelay
	return st, nil
}

func (d debugBackend) AddUserOps(ctx context.Context, ops []*entrypoint.UserOperation, ep common.Address) error {
	p, ok := d.cs.pools[ep]
	if !ok {
		return fmt.Errorf("no mempool for %s", ep)
	}
	dep, ok := d.cs.spec.EntryPoints.Lookup(ep)
	if !ok {
		return fmt.Errorf("no mempool for %s", ep)
	}
	hasher, err := dep.Hasher(new(big.Int).SetUint64(d.cs.chainID))
	if err != nil {
		return err
	}
	for i, op := range ops {
		h, err := hasher.Hash(op)
		if err != nil {
			return rpc.InvalidParams("op %d: %v", i, err)
		}
		if _, err := p.Add(ctx, mempool.Entry{Op: op, UserOpHash: h, Sender: mempool.Entity{Address: op.Sender}, Source: mempool.Source{Kind: mempool.SourceRPC}}); err != nil {
			return err
		}
	}
	d.cs.builder.Notify()
	return nil
}

func hexU64(v uint64) hexutil.Uint64 { return hexutil.Uint64(v) }

func (d debugBackend) SetConfiguration(cfg map[string]any) error {
	return d.cs.setPVGConfiguration(cfg)
}
