package entrypoint

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
)

// rawJSON captures one JSON value without copying it. The slice aliases the
// input of the enclosing json.Unmarshal and is only valid during that call.
type rawJSON []byte

func (r *rawJSON) UnmarshalJSON(b []byte) error {
	*r = b
	return nil
}

// absent reports whether the value was missing or JSON null.
func (r rawJSON) absent() bool {
	return len(r) == 0 || string(r) == "null"
}

var (
	errNotString    = errors.New("expected a 0x-prefixed hex string")
	errNoPrefix     = errors.New("hex string without 0x prefix")
	errEmptyNumber  = errors.New("empty hex number")
	errOddLength    = errors.New("hex string of odd length")
	errInvalidHex   = errors.New("invalid hex digit")
	errNegative     = errors.New("negative number")
	errNotInteger   = errors.New("not an integer")
	errAddressShape = errors.New("want a 20-byte hex address")
)

// hexPayload returns the digits of a JSON string "0x…" (without quotes and prefix).
func hexPayload(r rawJSON) ([]byte, error) {
	if len(r) < 2 || r[0] != '"' || r[len(r)-1] != '"' {
		return nil, errNotString
	}
	s := r[1 : len(r)-1]
	if bytes.IndexByte(s, '\\') >= 0 {
		return nil, errNotString
	}
	if len(s) < 2 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X') {
		return nil, errNoPrefix
	}
	return s[2:], nil
}

// parseQuantity parses a hex quantity ("0x1a"; leading zeros are tolerated)
// or a non-negative JSON integer, and checks it fits in maxBits.
func parseQuantity(r rawJSON, maxBits int) (*big.Int, error) {
	if len(r) > 0 && r[0] != '"' {
		return parseJSONNumber(r, maxBits)
	}
	d, err := hexPayload(r)
	if err != nil {
		return nil, err
	}
	if len(d) == 0 {
		return nil, errEmptyNumber
	}
	for len(d) > 1 && d[0] == '0' {
		d = d[1:]
	}
	if len(d)*4 > maxBits+3 { // quick reject; exact check below
		return nil, fmt.Errorf("number exceeds %d bits", maxBits)
	}
	if len(d) <= 16 {
		var u uint64
		for _, c := range d {
			n, ok := hexNibble(c)
			if !ok {
				return nil, errInvalidHex
			}
			u = u<<4 | uint64(n)
		}
		v := new(big.Int).SetUint64(u)
		if v.BitLen() > maxBits {
			return nil, fmt.Errorf("number exceeds %d bits", maxBits)
		}
		return v, nil
	}
	for _, c := range d {
		if _, ok := hexNibble(c); !ok {
			return nil, errInvalidHex
		}
	}
	v, ok := new(big.Int).SetString(string(d), 16)
	if !ok {
		return nil, errInvalidHex
	}
	if v.BitLen() > maxBits {
		return nil, fmt.Errorf("number exceeds %d bits", maxBits)
	}
	return v, nil
}

func parseJSONNumber(r rawJSON, maxBits int) (*big.Int, error) {
	for _, c := range r {
		if c == '-' {
			return nil, errNegative
		}
		if c < '0' || c > '9' {
			return nil, errNotInteger
		}
	}
	v, ok := new(big.Int).SetString(string(r), 10)
	if !ok {
		return nil, errNotInteger
	}
	if v.BitLen() > maxBits {
		return nil, fmt.Errorf("number exceeds %d bits", maxBits)
	}
	return v, nil
}

func parseUint64(r rawJSON) (uint64, error) {
	v, err := parseQuantity(r, 64)
	if err != nil {
		return 0, err
	}
	return v.Uint64(), nil
}

// parseBytes parses "0x…" with an even number of digits ("0x" is empty).
func parseBytes(r rawJSON) ([]byte, error) {
	d, err := hexPayload(r)
	if err != nil {
		return nil, err
	}
	if len(d)%2 != 0 {
		return nil, errOddLength
	}
	out := make([]byte, len(d)/2)
	if _, err := hex.Decode(out, d); err != nil {
		return nil, errInvalidHex
	}
	return out, nil
}

// parseAddress parses a 20-byte address in any letter case (no checksum check).
func parseAddress(r rawJSON) (common.Address, error) {
	var a common.Address
	d, err := hexPayload(r)
	if err != nil {
		return a, err
	}
	if len(d) != 2*common.AddressLength {
		return a, fmt.Errorf("%w, got %d hex digits", errAddressShape, len(d))
	}
	if _, err := hex.Decode(a[:], d); err != nil {
		return a, errInvalidHex
	}
	return a, nil
}

func hexNibble(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// appendQuantity appends v as a canonical JSON quantity string ("0x0", "0x1a").
func appendQuantity(dst []byte, v *big.Int) []byte {
	dst = append(dst, `"0x`...)
	if v.IsUint64() {
		dst = strconv.AppendUint(dst, v.Uint64(), 16)
	} else {
		dst = v.Append(dst, 16)
	}
	return append(dst, '"')
}

// appendBytes appends b as a lowercase "0x…" JSON string.
func appendBytes(dst []byte, b []byte) []byte {
	dst = append(dst, `"0x`...)
	n := len(dst)
	dst = append(dst, make([]byte, 2*len(b))...)
	hex.Encode(dst[n:], b)
	return append(dst, '"')
}

// appendAddress appends a as an EIP-55 checksummed JSON string.
func appendAddress(dst []byte, a common.Address) []byte {
	dst = append(dst, '"')
	dst = append(dst, a.Hex()...)
	return append(dst, '"')
}
