package mempool

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
)

var (
	testEP  = common.HexToAddress("0x0000000071727De22E5E9d8BAf0edAc6f37da032")
	testT0  = time.Unix(1_700_000_000, 0)
	testCtx = context.Background()
)

func addr(i int) common.Address {
	return common.BigToAddress(big.NewInt(int64(0x1000 + i)))
}

// testOp returns an op of sender i with nonce (key, seq) and the given fees.
func testOp(sender int, key, seq uint64, maxFee, prio int64) *entrypoint.UserOperation {
	nonce := new(big.Int).Lsh(new(big.Int).SetUint64(key), 64)
	nonce.Or(nonce, new(big.Int).SetUint64(seq))
	return &entrypoint.UserOperation{
		Sender:               addr(sender),
		Nonce:                nonce,
		CallData:             []byte{1, 2, 3},
		CallGasLimit:         big.NewInt(50_000),
		VerificationGasLimit: big.NewInt(100_000),
		PreVerificationGas:   big.NewInt(50_000),
		MaxFeePerGas:         big.NewInt(maxFee),
		MaxPriorityFeePerGas: big.NewInt(prio),
		Signature:            []byte{0xde, 0xad},
	}
}

func opHash(op *entrypoint.UserOperation) common.Hash {
	b, err := op.MarshalJSON()
	if err != nil {
		panic(err)
	}
	return crypto.Keccak256Hash(b)
}

// entryOf wraps op for Add: unstaked sender, entities derived from op.
func entryOf(op *entrypoint.UserOperation) Entry {
	return Entry{Op: op, UserOpHash: opHash(op), Sender: Entity{Address: op.Sender}}
}

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func newTestPool(t testing.TB, mod func(*Config)) (*Pool, *clock) {
	t.Helper()
	c := &clock{t: testT0}
	cfg := Config{ChainID: 1337, EntryPoint: testEP, Now: c.now}
	if mod != nil {
		mod(&cfg)
	}
	return New(cfg), c
}

func mustAdd(t testing.TB, p *Pool, e Entry) AddResult {
	t.Helper()
	res, err := p.Add(testCtx, e)
	if err != nil {
		t.Fatalf("Add(%s): %v", e.UserOpHash, err)
	}
	return res
}

func wantCode(t *testing.T, err error, kind error, code int) *erc7769.Error {
	t.Helper()
	if err == nil {
		t.Fatalf("want error %v (%d), got nil", kind, code)
	}
	pe, ok := err.(*erc7769.Error)
	if !ok {
		t.Fatalf("want *erc7769.Error, got %T: %v", err, err)
	}
	if !errorsIs(err, kind) || pe.ErrorCode() != code {
		t.Fatalf("want %v code %d, got %v code %d", kind, code, err, pe.ErrorCode())
	}
	return pe
}

type fakeRep map[common.Address]ReputationStatus

func (r fakeRep) Status(a common.Address) ReputationStatus { return r[a] }

func errorsIs(err, target error) bool { return errors.Is(err, target) }
