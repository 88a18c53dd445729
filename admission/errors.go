package admission

// CodeThrottledOrBanned is ERC-7769's -32504.
const CodeThrottledOrBanned = -32504

// Error is an admission rejection with its ERC-7769 code; the RPC layer
// returns it unchanged.
type Error struct {
	Code    int
	Message string
	Data    any
}

func (e *Error) Error() string  { return e.Message }
func (e *Error) ErrorCode() int { return e.Code }
func (e *Error) ErrorData() any { return e.Data }
