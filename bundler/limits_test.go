package bundler

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/mempool"
)

func sizedEntry(sig int, ctx int) mempool.Entry {
	return mempool.Entry{
		UserOpHash: common.BigToHash(big.NewInt(int64(sig*1000 + ctx))),
		Op: &entrypoint.UserOperation{
			Sender: common.Address{1}, Nonce: big.NewInt(0),
			CallGasLimit: big.NewInt(1), VerificationGasLimit: big.NewInt(1), PreVerificationGas: big.NewInt(1),
			MaxFeePerGas: big.NewInt(1), MaxPriorityFeePerGas: big.NewInt(1),
			Signature: make([]byte, sig), PaymasterData: make([]byte, ctx),
		},
	}
}

// The bundle is the longest prefix within the node's transaction size,
// LIM-040 and LIM-050; the size estimate matches the real encoding; an op
// over a limit on its own is set apart.
func TestFitLimits(t *testing.T) {
	parsed, err := handleOpsABI()
	if err != nil {
		t.Fatal(err)
	}
	ctxSizes := map[common.Hash]int{}
	b := &Builder{cfg: Config{}.withDefaults()}
	b.deps.ContextSize = func(e *mempool.Entry) int { return ctxSizes[e.UserOpHash] }

	var ops []mempool.Entry
	for i := 0; i < 20; i++ {
		e := sizedEntry(7000+i, 0)
		ops = append(ops, e)
	}
	fit, tooBig, err := b.fitLimits(ops)
	if err != nil || len(tooBig) != 0 {
		t.Fatalf("fit: %v, too big %d", err, len(tooBig))
	}
	data, err := encodeHandleOps(parsed, entrypoint.V08, fit, common.Address{})
	if err != nil {
		t.Fatal(err)
	}
	if len(fit) == 0 || len(fit) == len(ops) || len(data) > DefaultMaxTxSize-txEnvelopeReserve {
		t.Fatalf("%d of %d ops fit, calldata %d bytes", len(fit), len(ops), len(data))
	}
	more, _ := encodeHandleOps(parsed, entrypoint.V08, ops[:len(fit)+1], common.Address{})
	if len(more) <= DefaultMaxTxSize-txEnvelopeReserve {
		t.Fatalf("one more op (%d bytes) would still have fitted", len(more))
	}
	est := 4 + 3*32
	for i := range fit {
		n, _ := packedOpSize(&fit[i])
		est += n
	}
	if est != len(data) {
		t.Fatalf("size estimate %d, encoded %d", est, len(data))
	}

	// LIM-040 below the node's limit binds first.
	b.cfg.Limits.MaxBundleSize = 20_000
	if fit, _, _ := b.fitLimits(ops); len(fit) != 2 {
		t.Fatalf("LIM-040 20000 bytes: %d ops fit", len(fit))
	}
	// LIM-050: paymaster contexts.
	b.cfg.Limits = Limits{MaxBundleContextSize: 5000, MaxTxSize: DefaultMaxTxSize}
	small := []mempool.Entry{sizedEntry(65, 1), sizedEntry(66, 2), sizedEntry(67, 3)}
	for i, e := range small {
		ctxSizes[e.UserOpHash] = 2000 + i
	}
	if fit, _, _ := b.fitLimits(small); len(fit) != 2 {
		t.Fatalf("LIM-050 5000 bytes: %d ops fit", len(fit))
	}
	// An op over a limit alone is set apart, the others still bundled.
	ctxSizes[small[0].UserOpHash] = 6000
	fit, tooBig, _ = b.fitLimits(small)
	if len(tooBig) != 1 || tooBig[0].UserOpHash != small[0].UserOpHash || len(fit) != 2 {
		t.Fatalf("too big %d, fit %d", len(tooBig), len(fit))
	}
}
