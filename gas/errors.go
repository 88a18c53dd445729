package gas

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/klaster-dev/klaster/erc7769"
)

func newError(code int, format string, args ...any) *erc7769.Error {
	return &erc7769.Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

func invalidFields(format string, args ...any) *erc7769.Error {
	return newError(erc7769.CodeInvalidParams, format, args...)
}

// aaError is an EntryPoint rejection the prechecks find without simulating:
// the message starts with the AAxx code, which is also its Rule, and Entity
// and Address name the entity the code blames.
func aaError(code int, aa string, addr common.Address, format string, args ...any) *erc7769.Error {
	e := newError(code, "%s %s", aa, fmt.Sprintf(format, args...))
	e.Rule, e.Entity, e.Address = aa, erc7769.EntityOfAACode(aa), addr
	return e
}

// PaymasterData is the data of -32501/-32508 errors.
type PaymasterData struct {
	Paymaster common.Address `json:"paymaster"`
}

// RevertData is the data of -32521 (and of -32500/-32501 when the
// EntryPoint reverted): the raw revert bytes and their decoding.
type RevertData struct {
	Reason     string          `json:"reason,omitempty"`
	RevertData hexutil.Bytes   `json:"revertData"`
	Paymaster  *common.Address `json:"paymaster,omitempty"`
}
