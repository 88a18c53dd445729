package bundler

import (
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/klaster-dev/klaster/reputation"
)

type revertDataErr struct {
	msg  string
	data []byte
}

func (e revertDataErr) Error() string          { return e.msg }
func (e revertDataErr) ErrorData() interface{} { return fmt.Sprintf("0x%x", e.data) }

// Attack: an account reverts with a message holding an "AA3…"-looking
// address, and the node's error text repeats it. The culprit comes from the
// EntryPoint's typed FailedOpWithRevert (AA23: the account), so the
// innocent paymaster is not blamed; an error without revert data blames
// nobody, whatever its text says.
func TestBlameIgnoresMessageText(t *testing.T) {
	sender := common.HexToAddress("0x1111111111111111111111111111111111111111")
	paymaster := common.HexToAddress("0xAA33000000000000000000000000000000000001")
	parsed, err := handleOpsABI()
	if err != nil {
		t.Fatal(err)
	}
	abiErr := parsed.Errors["FailedOpWithRevert"]
	args, err := abiErr.Inputs.Pack(big.NewInt(0), "AA23 reverted", []byte("AA33 reverted: pay "+paymaster.Hex()))
	if err != nil {
		t.Fatal(err)
	}
	data := append(abiErr.ID[:4:4], args...)
	err = fmt.Errorf("simulate: %w", revertDataErr{msg: "execution reverted: AA33 " + paymaster.Hex(), data: data})

	f, ok := failedOpOf(err)
	if !ok || f.index != 0 || f.err.Rule != "AA23" {
		t.Fatalf("failedOpOf = %+v, %v", f, ok)
	}
	op := reputation.Op{Sender: sender, Paymaster: paymaster}
	if got := reputation.Blamed(reputation.CulpritOf(f), op); got != sender {
		t.Fatalf("blamed %s, want the account %s", got.Hex(), sender.Hex())
	}

	plain := errors.New("FailedOp(0, \"AA33 reverted\") by " + paymaster.Hex())
	if _, ok := failedOpOf(plain); ok {
		t.Fatal("an error without revert data was typed as a FailedOp")
	}
	if got := reputation.Blamed(reputation.CulpritOf(plain), op); got != (common.Address{}) {
		t.Fatalf("text-only error blamed %s", got.Hex())
	}
}
