package bundler

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/mempool"
)

func feeEntry(maxFee, tip int64) mempool.Entry {
	return mempool.Entry{Op: &entrypoint.UserOperation{MaxFeePerGas: big.NewInt(maxFee), MaxPriorityFeePerGas: big.NewInt(tip)}}
}

func TestBundleFees(t *testing.T) {
	ops := []mempool.Entry{feeEntry(1000, 50), feeEntry(800, 20)}
	for _, tc := range []struct {
		name         string
		baseFee      *big.Int
		p            FeePolicy
		tip, cap     int64
		legacyResult bool
	}{
		{"defaults: 1.5·base (config.DefaultBaseFeeMultiplierPercent) + lowest tip", big.NewInt(100), FeePolicy{}, 20, 170, false},
		{"capped by the lowest maxFeePerGas", big.NewInt(600), FeePolicy{}, 20, 800, false},
		{"multipliers", big.NewInt(100), FeePolicy{BaseFeeMultiplierPercent: 150, PriorityFeeMultiplierPercent: 200}, 40, 190, false},
		{"floor", big.NewInt(100), FeePolicy{PriorityFeeFloor: big.NewInt(30)}, 30, 180, false},
		{"floor above what ops pay", big.NewInt(100), FeePolicy{PriorityFeeFloor: big.NewInt(900)}, 900, 900, false},
		{"legacy: a gas price", nil, FeePolicy{Legacy: true, PriorityFeeFloor: big.NewInt(25)}, 25, 25, true},
	} {
		f := bundleFees(tc.baseFee, ops, tc.p)
		if f.tip.Int64() != tc.tip || f.feeCap.Int64() != tc.cap || f.legacy != tc.legacyResult {
			t.Errorf("%s: tip %v cap %v legacy %v; want %d %d %v", tc.name, f.tip, f.feeCap, f.legacy, tc.tip, tc.cap, tc.legacyResult)
		}
	}
}

func TestLegacyBundleTx(t *testing.T) {
	b := &Builder{chainID: big.NewInt(1337)}
	f := bundleFees(nil, []mempool.Entry{feeEntry(7, 7)}, FeePolicy{Legacy: true})
	tx := types.NewTx(b.newTx(1, [20]byte{1}, new(big.Int), []byte{1}, 100_000, f, nil))
	if tx.Type() != types.LegacyTxType || tx.GasPrice().Int64() != 7 {
		t.Fatalf("type %d gas price %v", tx.Type(), tx.GasPrice())
	}
	bumped := feesOf(tx).bump(10)
	if !bumped.legacy || bumped.feeCap.Int64() != 8 {
		t.Fatalf("bumped %+v", bumped)
	}
	if tx := types.NewTx(b.newTx(1, [20]byte{1}, new(big.Int), nil, 21_000, bundleFees(big.NewInt(1), []mempool.Entry{feeEntry(7, 7)}, FeePolicy{}), nil)); tx.Type() != types.DynamicFeeTxType {
		t.Fatalf("1559 chain: type %d", tx.Type())
	}
}
