package mempool

import "fmt"

// Status is the lifecycle state of an op, as reported by klaster_getInterchainTxStatus.
type Status uint8

// Op statuses. Scheduled, Pending and Submitted ops are live (they occupy the
// pool); the others are final and only kept in the bounded finished set.
const (
	Scheduled    Status = iota + 1 // validAfter in the future, waiting for its window
	Pending                        // in the mempool, eligible for bundling
	Submitted                      // in a bundle transaction not yet mined
	MinedSuccess                   // mined, UserOperationEvent success=true
	MinedFail                      // mined, UserOperationEvent success=false
	Failed                         // dropped; Reason says why
	Expired                        // its window (or the pool TTL) ran out
)

var statusNames = [...]string{
	Scheduled:    "SCHEDULED",
	Pending:      "PENDING",
	Submitted:    "SUBMITTED",
	MinedSuccess: "MINED_SUCCESS",
	MinedFail:    "MINED_FAIL",
	Failed:       "FAILED",
	Expired:      "EXPIRED",
}

// String returns the klaster-rpc name of s, for example "MINED_SUCCESS".
func (s Status) String() string {
	if int(s) < len(statusNames) && statusNames[s] != "" {
		return statusNames[s]
	}
	return fmt.Sprintf("Status(%d)", uint8(s))
}

// Live reports whether an op in status s occupies the pool.
func (s Status) Live() bool { return s == Scheduled || s == Pending || s == Submitted }

// MarshalText implements encoding.TextMarshaler.
func (s Status) MarshalText() ([]byte, error) {
	if int(s) >= len(statusNames) || statusNames[s] == "" {
		return nil, fmt.Errorf("mempool: invalid status %d", uint8(s))
	}
	return []byte(statusNames[s]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Status) UnmarshalText(b []byte) error {
	for i, n := range statusNames {
		if n != "" && n == string(b) {
			*s = Status(i)
			return nil
		}
	}
	return fmt.Errorf("mempool: unknown status %q", b)
}
