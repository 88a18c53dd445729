package admission

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
	"github.com/rs/zerolog"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
	"github.com/klaster-dev/klaster/gas"
	"github.com/klaster-dev/klaster/mempool"
	"github.com/klaster-dev/klaster/reputation"
	"github.com/klaster-dev/klaster/validation"
)

// fakeState is a chain where every sender is deployed and funded unless
// the test says otherwise.
type fakeState struct {
	undeployed map[common.Address]bool
	deposit    *big.Int
}

func (s fakeState) CodeAt(_ context.Context, a common.Address) ([]byte, error) {
	if s.undeployed[a] {
		return nil, nil
	}
	return []byte{0x60, 0x00}, nil
}
func (s fakeState) BalanceAt(context.Context, common.Address) (*big.Int, error) {
	return new(big.Int), nil
}
func (s fakeState) DepositOf(context.Context, common.Address, common.Address) (*big.Int, error) {
	return new(big.Int).Set(s.deposit), nil
}
func (fakeState) BaseFee(context.Context) (*big.Int, error)     { return big.NewInt(params.GWei), nil }
func (fakeState) BlockGasLimit(context.Context) (uint64, error) { return 30_000_000, nil }

// fakeValidator answers with a result for op's sender (paymaster when set),
// or with err; it counts its calls.
type fakeValidator struct {
	mu        sync.Mutex
	err       error
	calls     int
	paymaster *common.Address
	staked    bool
	window    entrypoint.TimeRange
	notOpen   bool
	recheck   error // RecheckCodeHashes' answer
	storage   map[validation.Entity]map[common.Address][]common.Hash
}

func (v *fakeValidator) RecheckCodeHashes(context.Context, *validation.Result) error {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.recheck
}

func (v *fakeValidator) Validate(_ context.Context, op *entrypoint.UserOperation, ep common.Address) (*validation.Result, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.calls++
	if v.err != nil {
		return nil, v.err
	}
	h, err := entrypoint.Hash(op, ep, big.NewInt(1337))
	if err != nil {
		return nil, err
	}
	w := v.window
	if w.ValidUntil == 0 {
		w.ValidUntil = entrypoint.MaxUint48
	}
	res := &validation.Result{UserOpHash: h, EntryPoint: ep, Version: entrypoint.V07, WindowOpen: !v.notOpen, BlockTime: 1000,
		ReturnInfo: validation.ReturnInfo{Prefund: big.NewInt(1), ValidityWindow: w},
		Entities:   validation.Entities{Sender: validation.EntityInfo{Address: op.Sender, Staked: v.staked}}}
	if v.paymaster != nil {
		res.Entities.Paymaster = &validation.EntityInfo{Address: *v.paymaster, Staked: true}
	}
	res.Storage = v.storage
	return res, nil
}

// fakeRep is reputation with fixed statuses that records what it counted.
type fakeRep struct {
	mu       sync.Mutex
	statuses map[common.Address]reputation.Status
	seen     map[common.Address]int
	culprits []reputation.Culprit // of second validations that failed
}

func (r *fakeRep) SecondValidationFailed(c reputation.Culprit, _ reputation.Op) []common.Address {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.culprits = append(r.culprits, c)
	return nil
}

func newFakeRep() *fakeRep {
	return &fakeRep{statuses: map[common.Address]reputation.Status{}, seen: map[common.Address]int{}}
}
func (r *fakeRep) Status(a common.Address) reputation.Status {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.statuses[a]
}
func (r *fakeRep) SeenOp(a common.Address) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.seen[a]++
}
func (r *fakeRep) UnseenOp(a common.Address) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.seen[a]--
}

var (
	ep07      = entrypoint.V07.EntryPoint()
	sender1   = common.HexToAddress("0x00000000000000000000000000000000000000a1")
	paymaster = common.HexToAddress("0x00000000000000000000000000000000000000b1")
)

type env struct {
	a     *Admitter
	pool  *mempool.Pool
	v     *fakeValidator
	rep   *fakeRep
	state *fakeState
}

func newEnv(t *testing.T) *env {
	t.Helper()
	e := &env{v: &fakeValidator{}, rep: newFakeRep(), state: &fakeState{deposit: big.NewInt(params.Ether)}}
	e.pool = mempool.New(mempool.Config{ChainID: 1337, EntryPoint: ep07})
	e.a = New(1337, Config{Gas: gas.DefaultConfig()}, e.state, e.v, map[common.Address]*mempool.Pool{ep07: e.pool}, e.rep, nil, zerolog.Nop())
	return e
}

func plainOp(sender common.Address) *entrypoint.UserOperation {
	return &entrypoint.UserOperation{
		Sender: sender, Nonce: new(big.Int), CallData: []byte{1},
		CallGasLimit: big.NewInt(50_000), VerificationGasLimit: big.NewInt(100_000), PreVerificationGas: big.NewInt(100_000),
		MaxFeePerGas: big.NewInt(10 * params.GWei), MaxPriorityFeePerGas: big.NewInt(params.GWei),
		Signature: make([]byte, 65),
	}
}

// paymasterOp is plainOp paid by paymaster.
func paymasterOp(sender common.Address) *entrypoint.UserOperation {
	op := plainOp(sender)
	pm := paymaster
	op.Paymaster, op.PaymasterVerificationGasLimit, op.PaymasterPostOpGasLimit, op.PaymasterData = &pm, big.NewInt(50_000), big.NewInt(10_000), []byte{}
	return op
}

func codeOf(t *testing.T, err error) *erc7769.Error {
	t.Helper()
	var e *erc7769.Error
	if !errors.As(err, &e) {
		t.Fatalf("want an *erc7769.Error, got %T %v", err, err)
	}
	return e
}

func TestAdmitInsertsAndCountsReputation(t *testing.T) {
	e := newEnv(t)
	e.v.staked, e.v.paymaster = true, &paymaster
	hash, err := e.a.Admit(context.Background(), Request{Op: paymasterOp(sender1), EntryPoint: ep07})
	if err != nil {
		t.Fatal(err)
	}
	got, ok := e.pool.Get(hash)
	if !ok || got.Status != mempool.Pending || got.Paymaster == nil || got.Paymaster.Address != paymaster || !got.Sender.Staked {
		t.Fatalf("pool entry: %+v %v", got, ok)
	}
	if e.rep.seen[sender1] != 1 || e.rep.seen[paymaster] != 1 {
		t.Fatalf("opsSeen: %v (a staked sender and the paymaster count)", e.rep.seen)
	}
	// The same op again is a duplicate: reputation does not count it twice.
	if _, err := e.a.Admit(context.Background(), Request{Op: paymasterOp(sender1), EntryPoint: ep07}); err != nil {
		t.Fatal(err)
	}
	if e.rep.seen[paymaster] != 1 {
		t.Fatalf("a duplicate counted again: %v", e.rep.seen)
	}
}

func TestAdmitRefusesABannedPaymasterWithTypedBlame(t *testing.T) {
	e := newEnv(t)
	e.v.paymaster = &paymaster
	e.rep.statuses[paymaster] = reputation.Banned
	_, err := e.a.Admit(context.Background(), Request{Op: paymasterOp(sender1), EntryPoint: ep07})
	ce := codeOf(t, err)
	if ce.Code != erc7769.CodeThrottledOrBanned || ce.Entity != erc7769.EntityPaymaster || common.Address(ce.Address) != paymaster || ce.Rule != "GREP-010" {
		t.Fatalf("%+v", ce)
	}
	if e.pool.Len() != 0 {
		t.Fatal("a banned paymaster's op was inserted")
	}
}

func TestAdmitRefusesAWindowThatHasNotOpened(t *testing.T) {
	e := newEnv(t)
	after := uint64(time.Now().Unix()) + 3600
	e.v.notOpen, e.v.window = true, entrypoint.TimeRange{ValidAfter: after}
	_, err := e.a.Admit(context.Background(), Request{Op: plainOp(sender1), EntryPoint: ep07})
	if ce := codeOf(t, err); ce.Code != erc7769.CodeOutOfTimeRange || !strings.Contains(ce.Message, fmt.Sprintf("validAfter %d", after)) {
		t.Fatalf("%+v", ce)
	}
	// Allowed to wait, it is Scheduled instead.
	hash, err := e.a.Admit(context.Background(), Request{Op: plainOp(sender1), EntryPoint: ep07, WaitForWindow: true})
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := e.pool.Get(hash); got.Status != mempool.Scheduled || got.ValidAfter != after {
		t.Fatalf("%s after %d", got.Status, got.ValidAfter)
	}
}

// An iTx leaf may wait for chain state (an EntryPoint revert); a plain op,
// or a leaf whose own signature is wrong, may not.
func TestTolerateChainStateParksOnlyChainStateFailures(t *testing.T) {
	e := newEnv(t)
	e.v.err = &erc7769.Error{Code: erc7769.CodeRejectedByEntryPoint, Message: "AA21 didn't pay prefund", Rule: "AA21", Entity: erc7769.EntityAccount}
	if _, err := e.a.Admit(context.Background(), Request{Op: plainOp(sender1), EntryPoint: ep07}); codeOf(t, err).Code != erc7769.CodeRejectedByEntryPoint {
		t.Fatalf("plain op: %v", err)
	}
	hash, err := e.a.Admit(context.Background(), Request{Op: plainOp(sender1), EntryPoint: ep07, TolerateChainState: true})
	if err != nil {
		t.Fatal(err)
	}
	if got, ok := e.pool.Get(hash); !ok || got.Status != mempool.Pending {
		t.Fatalf("parked leaf: %s %v", got.Status, ok)
	}
	e.v.err = &erc7769.Error{Code: erc7769.CodeInvalidSignature, Message: "AA24 signature error", Rule: "AA24", Entity: erc7769.EntityAccount}
	other := plainOp(common.HexToAddress("0xa2"))
	if _, err := e.a.Admit(context.Background(), Request{Op: other, EntryPoint: ep07, TolerateChainState: true}); codeOf(t, err).Code != erc7769.CodeInvalidSignature {
		t.Fatalf("a bad signature was tolerated: %v", err)
	}
}

// A precheck failure from chain state (an undeployed sender) parks a
// tolerant leaf without validating it; anything else is refused before
// validation.
func TestPrecheckChainStateFailureSkipsValidation(t *testing.T) {
	e := newEnv(t)
	e.state.undeployed = map[common.Address]bool{sender1: true}
	_, err := e.a.Admit(context.Background(), Request{Op: plainOp(sender1), EntryPoint: ep07})
	if ce := codeOf(t, err); ce.Rule != "AA20" || ce.Entity != erc7769.EntityAccount {
		t.Fatalf("%+v", ce)
	}
	hash, err := e.a.Admit(context.Background(), Request{Op: plainOp(sender1), EntryPoint: ep07, TolerateChainState: true})
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := e.pool.Get(hash); got.Status != mempool.Pending || e.v.calls != 0 {
		t.Fatalf("%s, %d validations", got.Status, e.v.calls)
	}
	bad := plainOp(common.HexToAddress("0xa3"))
	bad.MaxPriorityFeePerGas = big.NewInt(20 * params.GWei) // above maxFeePerGas
	if _, err := e.a.Admit(context.Background(), Request{Op: bad, EntryPoint: ep07, TolerateChainState: true}); codeOf(t, err).Code != erc7769.CodeInvalidParams {
		t.Fatalf("a malformed op was tolerated: %v", err)
	}
}

func TestAdmitRefusesAnEntryPointTheChainDoesNotServe(t *testing.T) {
	e := newEnv(t)
	_, err := e.a.Admit(context.Background(), Request{Op: plainOp(sender1), EntryPoint: entrypoint.V08.EntryPoint()})
	if err == nil || e.v.calls != 0 {
		t.Fatalf("%v, %d validations", err, e.v.calls)
	}
}

// The second validation (bundler.Validator) compares with the first one
// kept at insert: a code change fails the op (COD-010), and a failure is
// blamed from the typed error (EREP-015).
func TestRevalidateUsesTheFirstValidationAndTypedBlame(t *testing.T) {
	e := newEnv(t)
	hash, err := e.a.Admit(context.Background(), Request{Op: plainOp(sender1), EntryPoint: ep07})
	if err != nil {
		t.Fatal(err)
	}
	entry, _ := e.pool.Get(hash)
	if entry.Facts == nil {
		t.Fatal("the admitted entry carries no validation facts")
	}
	if _, err := e.a.Revalidate(context.Background(), entry); err != nil {
		t.Fatalf("unchanged op: %v", err)
	}
	e.v.recheck = erc7769.New(erc7769.CodeOpcodeValidation, "COD-010: modified code after first validation")
	if _, err := e.a.Revalidate(context.Background(), entry); err == nil || !strings.Contains(err.Error(), "COD-010") {
		t.Fatalf("changed code: %v", err)
	}
	e.v.err = &erc7769.Error{Code: erc7769.CodeRejectedByEntryPoint, Message: "AA23 reverted", Rule: "AA23"}
	if _, err := e.a.Revalidate(context.Background(), entry); err == nil {
		t.Fatal("a failing second validation passed")
	}
	if len(e.rep.culprits) != 1 || e.rep.culprits[0] != reputation.CulpritAccount {
		t.Fatalf("blame: %v", e.rep.culprits)
	}
	// An entry without facts (a reorged op put back) compares nothing.
	entry.Facts = nil
	e.v.err, e.v.recheck = nil, nil
	if _, err := e.a.Revalidate(context.Background(), entry); err != nil {
		t.Fatal(err)
	}
}

// STO-041: an op whose validation read another op's sender storage does
// not share its bundle.
func TestStorageConflictReadsTheKeptValidations(t *testing.T) {
	e := newEnv(t)
	other := common.HexToAddress("0x00000000000000000000000000000000000000a9")
	e.v.storage = map[validation.Entity]map[common.Address][]common.Hash{validation.EntityAccount: {other: {{1}}}}
	h1, err := e.a.Admit(context.Background(), Request{Op: plainOp(sender1), EntryPoint: ep07})
	if err != nil {
		t.Fatal(err)
	}
	e.v.storage = nil
	h2, err := e.a.Admit(context.Background(), Request{Op: plainOp(other), EntryPoint: ep07})
	if err != nil {
		t.Fatal(err)
	}
	a, _ := e.pool.Get(h1)
	b, _ := e.pool.Get(h2)
	if !e.a.StorageConflict(&a, &b) || !e.a.StorageConflict(&b, &a) {
		t.Fatal("reading another sender's storage is no conflict")
	}
	third, err := e.a.Admit(context.Background(), Request{Op: plainOp(common.HexToAddress("0xa8")), EntryPoint: ep07})
	if err != nil {
		t.Fatal(err)
	}
	c, _ := e.pool.Get(third)
	if e.a.StorageConflict(&b, &c) {
		t.Fatal("a conflict between ops that touch nothing of each other")
	}
}
