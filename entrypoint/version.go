package entrypoint

import (
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// Version identifies an EntryPoint release.
type Version uint8

// Supported EntryPoint versions. The zero Version is invalid.
const (
	V07 Version = iota + 1 // EntryPoint v0.7
	V08                    // EntryPoint v0.8
)

// Canonical (CREATE2-deployed) addresses, EIP-55 checksummed. They are
// constants so that no package-level state can be modified; use the Version
// methods to get them as common.Address.
const (
	EntryPointV07Address           = "0x0000000071727De22E5E9d8BAf0edAc6f37da032"
	EntryPointV08Address           = "0x4337084D9E255Ff0702461CF8895CE9E3b5Ff108"
	SimpleAccountFactoryV07Address = "0x91E60e0613810449d098b0b5Ec8b51A0FE8c8985"
	SimpleAccountFactoryV08Address = "0x13E9ed32155810FDbd067D4522C492D6f68E5944"
)

// Versions lists every supported version, oldest first.
func Versions() []Version { return []Version{V07, V08} }

// Valid reports whether v is a supported version.
func (v Version) Valid() bool { return v == V07 || v == V08 }

// String returns "v0.7" / "v0.8".
func (v Version) String() string {
	switch v {
	case V07:
		return "v0.7"
	case V08:
		return "v0.8"
	default:
		return fmt.Sprintf("Version(%d)", uint8(v))
	}
}

// EntryPoint returns the canonical EntryPoint address of v.
func (v Version) EntryPoint() common.Address {
	switch v {
	case V07:
		return common.HexToAddress(EntryPointV07Address)
	case V08:
		return common.HexToAddress(EntryPointV08Address)
	}
	return common.Address{}
}

// SimpleAccountFactory returns the canonical SimpleAccountFactory address of v.
func (v Version) SimpleAccountFactory() common.Address {
	switch v {
	case V07:
		return common.HexToAddress(SimpleAccountFactoryV07Address)
	case V08:
		return common.HexToAddress(SimpleAccountFactoryV08Address)
	}
	return common.Address{}
}

// SupportsEIP7702 reports whether the version understands the 0x7702 initCode
// marker and eip7702Auth (v0.8 and later).
func (v Version) SupportsEIP7702() bool { return v >= V08 && v.Valid() }

// ParseVersion accepts "0.7", "v0.7", "07", "v07" (and the same for 0.8).
func ParseVersion(s string) (Version, error) {
	switch strings.TrimPrefix(strings.ToLower(strings.TrimSpace(s)), "v") {
	case "0.7", "07", "0.7.0":
		return V07, nil
	case "0.8", "08", "0.8.0":
		return V08, nil
	}
	return 0, fmt.Errorf("unknown EntryPoint version %q (want v0.7 or v0.8)", s)
}

// VersionOf maps a canonical EntryPoint address to its version.
func VersionOf(entryPoint common.Address) (Version, bool) {
	for _, v := range Versions() {
		if entryPoint == v.EntryPoint() {
			return v, true
		}
	}
	return 0, false
}
