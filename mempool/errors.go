package mempool

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/klaster-dev/klaster/erc7769"
)

// Kinds of admission and lifecycle errors, for errors.Is.
var (
	ErrInvalid                = errors.New("invalid user operation")
	ErrReplacementUnderpriced = errors.New("replacement underpriced")
	ErrAlreadySubmitted       = errors.New("op with the same nonce is already in a bundle")
	ErrSenderLimit            = errors.New("sender mempool limit reached")
	ErrEntityLimit            = errors.New("unstaked entity mempool limit reached")
	ErrThrottled              = errors.New("entity throttled")
	ErrBanned                 = errors.New("entity banned")
	ErrEntityRole             = errors.New("address is a sender in one op and another entity in another (STO-040)")
	ErrPoolFull               = errors.New("mempool full")
	ErrDepositTooLow          = errors.New("paymaster deposit too low")
	ErrExpired                = errors.New("op expired")
	ErrNotDue                 = errors.New("op not yet valid")
	ErrStore                  = errors.New("mempool store failed")
	ErrNotFound               = errors.New("op not found")
	ErrBadState               = errors.New("op not in a state that allows this")
	// ErrNoRetry marks a re-check failure that fails the op at once, even
	// with RetryUntilWindowEnd (a payment op that would not pay).
	ErrNoRetry = errors.New("not retried")
)

// newError is a pool rejection: an *erc7769.Error whose Kind is one of the
// Err* values (errors.Is matches it).
func newError(kind error, code int, data any, format string, args ...any) *erc7769.Error {
	return &erc7769.Error{Kind: kind, Code: code, Message: fmt.Sprintf(format, args...), Data: data}
}

// entityError is newError for a rule an entity broke: Rule, Entity and
// Address say who, for reputation and callers that act on it.
func entityError(kind error, code int, rule, entity string, addr common.Address, data any, format string, args ...any) *erc7769.Error {
	e := newError(kind, code, data, format, args...)
	e.Rule, e.Entity, e.Address = rule, erc7769.Entity(entity), addr
	return e
}
