package klaster

import (
	"errors"
	"fmt"
	"maps"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// ERC-7769 error codes the service answers with.
const (
	CodeInvalidParams    = -32602
	CodeOutOfTimeRange   = -32503
	CodeInvalidSignature = -32507
	CodeInternal         = -32603
)

// Error is a JSON-RPC error with its code and data; the RPC layer returns it
// unchanged.
type Error struct {
	Code    int
	Message string
	Data    any
}

func (e *Error) Error() string  { return e.Message }
func (e *Error) ErrorCode() int { return e.Code }
func (e *Error) ErrorData() any { return e.Data }

func newError(code int, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// opError returns err as an *Error whose data names op index on chainID
// ({"index": i, "chainId": "0x…"}), merged with err's own data object. An
// err without a JSON-RPC code (a node failure) is wrapped with context but
// keeps no code.
func opError(err error, index int, chainID uint64) error {
	var coded interface {
		error
		ErrorCode() int
	}
	if !errors.As(err, &coded) {
		return fmt.Errorf("op %d (chain %d): %w", index, chainID, err)
	}
	data := map[string]any{}
	if d, ok := coded.(interface{ ErrorData() any }); ok {
		switch v := d.ErrorData().(type) {
		case nil:
		case map[string]any:
			maps.Copy(data, v)
		default:
			data["detail"] = v
		}
	}
	data["index"] = index
	data["chainId"] = hexutil.Uint64(chainID)
	return &Error{Code: coded.ErrorCode(), Message: fmt.Sprintf("op %d (chain %d): %s", index, chainID, coded.Error()), Data: data}
}
