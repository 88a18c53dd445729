package gas

import (
	"context"
	"errors"
	"github.com/klaster-dev/klaster/erc7769"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/entrypoint"
)

// An op with eip7702Auth and no 0x7702 marker delegates its sender: an EOA
// without code or one already delegated passes; a contract sender (whose
// code EIP-7702 would not replace) is refused; without the tuple a
// code-less sender is still AA20.
func TestPrecheckEIP7702WithoutMarker(t *testing.T) {
	ep := entrypoint.V08.EntryPoint()
	ctx := context.Background()
	delegate := common.HexToAddress("0xde1e")
	withAuth := func() *entrypoint.UserOperation {
		op := goodOp()
		op.PreVerificationGas = big.NewInt(200_000)
		op.EIP7702Auth = &entrypoint.EIP7702Auth{ChainID: big.NewInt(1337), Address: delegate, R: big.NewInt(1), S: big.NewInt(1)}
		return op
	}
	for _, tc := range []struct {
		name   string
		code   []byte
		op     func() *entrypoint.UserOperation
		substr string // "" passes
	}{
		{"fresh EOA", nil, withAuth, ""},
		{"already delegated", append([]byte{0xef, 0x01, 0x00}, delegate.Bytes()...), withAuth, ""},
		{"delegated elsewhere", append([]byte{0xef, 0x01, 0x00}, common.HexToAddress("0xbeef").Bytes()...), withAuth, ""},
		{"contract sender", []byte{0x60, 0x00}, withAuth, "it is a contract, not an EOA"},
		{"no tuple, no code", nil, goodOp, "AA20 account not deployed"},
	} {
		st := newFakeState()
		st.code[pcSender] = tc.code
		err := Precheck(ctx, st, tc.op(), ep, DefaultConfig())
		if tc.substr == "" {
			if err != nil {
				t.Errorf("%s: %v", tc.name, err)
			}
			continue
		}
		var ge *erc7769.Error
		if !errors.As(err, &ge) || !strings.Contains(ge.Error(), tc.substr) {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.substr)
		}
	}
}

func TestCheckAuthorizationChain(t *testing.T) {
	op := &entrypoint.UserOperation{}
	here := big.NewInt(1337)
	if err := CheckAuthorizationChain(op, here); err != nil {
		t.Fatalf("no tuple: %v", err)
	}
	for _, id := range []int64{0, 1337} {
		op.EIP7702Auth = &entrypoint.EIP7702Auth{ChainID: big.NewInt(id)}
		if err := CheckAuthorizationChain(op, here); err != nil {
			t.Errorf("chain %d: %v", id, err)
		}
	}
	op.EIP7702Auth.ChainID = big.NewInt(10)
	err := CheckAuthorizationChain(op, here)
	var ge *erc7769.Error
	if !errors.As(err, &ge) || ge.Code != erc7769.CodeInvalidParams || !strings.Contains(ge.Message, "chain 10") || !strings.Contains(ge.Message, "chain 1337") {
		t.Fatalf("foreign chain: %v", err)
	}
}
