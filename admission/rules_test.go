package admission

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/reputation"
)

var testEP = common.HexToAddress("0x4337084D9E255Ff0702461CF8895CE9E3b5Ff108")

func entry(sender, pm common.Address, fee int64) mempool.Entry {
	p := pm
	op := &entrypoint.UserOperation{Sender: sender, Nonce: new(big.Int), MaxFeePerGas: big.NewInt(fee), MaxPriorityFeePerGas: big.NewInt(fee), Paymaster: &p}
	return mempool.Entry{Op: op, EntryPoint: testEP, UserOpHash: common.BigToHash(big.NewInt(fee)), Sender: mempool.Entity{Address: sender}, Paymaster: &mempool.Entity{Address: pm, Staked: true}}
}

// TestReplacementUnseen: GREP-050, a replacement that drops a paymaster
// gives back that paymaster's opsSeen; one that keeps it counts it once
// (the counters are the replacement's alone, issue 13).
func TestReplacementUnseen(t *testing.T) {
	sender := common.HexToAddress("0xa1")
	p1, p2 := common.HexToAddress("0xb1"), common.HexToAddress("0xb2")
	for _, tc := range []struct {
		name         string
		replacePM    common.Address
		want1, want2 uint64
	}{
		{name: "GREP-050 replacement changes the paymaster", replacePM: p2, want1: 0, want2: 1},
		{name: "GREP-050 neighbour: replacement keeps the paymaster", replacePM: p1, want1: 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := reputation.New(reputation.BundlerParams())
			if err != nil {
				t.Fatal(err)
			}
			pool := mempool.New(mempool.Config{ChainID: 1337, EntryPoint: testEP})
			a := New(1337, Config{}, nil, nil, map[common.Address]*mempool.Pool{testEP: pool}, rep, nil, zerolog.Nop())
			for _, e := range []mempool.Entry{entry(sender, p1, 100), entry(sender, tc.replacePM, 200)} {
				if _, err := a.Insert(context.Background(), &Checked{Entry: e, pool: pool}); err != nil {
					t.Fatal(err)
				}
			}
			seen := map[common.Address]uint64{}
			for _, d := range rep.Dump() {
				seen[d.Address] = d.OpsSeen
			}
			if seen[p1] != tc.want1 || seen[p2] != tc.want2 {
				t.Fatalf("opsSeen %s=%d %s=%d, want %d %d", p1.Hex(), seen[p1], p2.Hex(), seen[p2], tc.want1, tc.want2)
			}
		})
	}
}
