package reputation

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// MarshalJSON writes {address, opsSeen, opsIncluded, status} with hex
// counters and a numeric status (what the compatibility suite reads).
func (d DumpEntry) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Address     string         `json:"address"`
		OpsSeen     hexutil.Uint64 `json:"opsSeen"`
		OpsIncluded hexutil.Uint64 `json:"opsIncluded"`
		Status      int            `json:"status"`
	}{d.Address.Hex(), hexutil.Uint64(d.OpsSeen), hexutil.Uint64(d.OpsIncluded), int(d.Status)})
}

// SetEntry is one element of debug_bundler_setReputation's first
// parameter: {address, opsSeen, opsIncluded}, counters as hex or numbers.
type SetEntry Entry

// UnmarshalJSON parses a setReputation entry.
func (s *SetEntry) UnmarshalJSON(b []byte) error {
	var raw struct {
		Address     common.Address  `json:"address"`
		OpsSeen     json.RawMessage `json:"opsSeen"`
		OpsIncluded json.RawMessage `json:"opsIncluded"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return fmt.Errorf("reputation entry: %w", err)
	}
	seen, err := parseCount(raw.OpsSeen)
	if err != nil {
		return fmt.Errorf("opsSeen: %w", err)
	}
	incl, err := parseCount(raw.OpsIncluded)
	if err != nil {
		return fmt.Errorf("opsIncluded: %w", err)
	}
	*s = SetEntry{Address: raw.Address, OpsSeen: seen, OpsIncluded: incl}
	return nil
}

func parseCount(r json.RawMessage) (uint64, error) {
	if len(r) == 0 || string(r) == "null" {
		return 0, nil
	}
	var s string
	if err := json.Unmarshal(r, &s); err == nil {
		if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
			return strconv.ParseUint(s[2:], 16, 64)
		}
		return strconv.ParseUint(s, 10, 64)
	}
	var n uint64
	if err := json.Unmarshal(r, &n); err != nil {
		return 0, fmt.Errorf("want a hex string or a number, got %s", r)
	}
	return n, nil
}

// SetJSON applies debug_bundler_setReputation entries.
func (m *Manager) SetJSON(entries []SetEntry) {
	out := make([]Entry, len(entries))
	for i, e := range entries {
		out[i] = Entry(e)
	}
	m.Set(out)
}
