package entrypoint

import (
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// Version identifies an EntryPoint release. Versions are ordered: a later
// release compares greater. The zero Version is invalid.
type Version uint8

// Known EntryPoint versions.
const (
	V06 Version = iota + 1 // EntryPoint v0.6 (unpacked UserOperation, simulateValidation on the EntryPoint)
	V07                    // EntryPoint v0.7
	V08                    // EntryPoint v0.8
	V09                    // EntryPoint v0.9
)

// Canonical (CREATE2-deployed) addresses, EIP-55 checksummed. They are
// constants so that no package-level state can be modified; use the Version
// methods to get them as common.Address.
const (
	EntryPointV06Address           = "0x5FF137D4b0FDCD49DcA30c7CF57E578a026d2789"
	EntryPointV07Address           = "0x0000000071727De22E5E9d8BAf0edAc6f37da032"
	EntryPointV08Address           = "0x4337084D9E255Ff0702461CF8895CE9E3b5Ff108"
	EntryPointV09Address           = "0x433709009B8330FDa32311DF1C2AFA402eD8D009"
	SimpleAccountFactoryV06Address = "0x9406Cc6185a346906296840746125a0E44976454"
	SimpleAccountFactoryV07Address = "0x91E60e0613810449d098b0b5Ec8b51A0FE8c8985"
	SimpleAccountFactoryV08Address = "0x13E9ed32155810FDbd067D4522C492D6f68E5944"
)

// Known lists every version this package models (JSON, packing,
// userOpHash, errors), oldest first.
func Known() []Version { return []Version{V06, V07, V08, V09} }

// Versions lists the versions klaster serves end to end (validation, pool,
// bundling, receipts), oldest first: the chain spec accepts only these and
// they are the default EntryPoints. A Known version joins this list once
// its whole path works.
func Versions() []Version { return []Version{V06, V07, V08, V09} }

// Preferred lists Versions in the order a chain's default EntryPoints are
// listed (eth_supportedEntryPoints names the preferred one first): v0.7,
// v0.8, v0.9, then v0.6, which older wallets need but new ones should not
// pick.
func Preferred() []Version { return []Version{V07, V08, V09, V06} }

// Valid reports whether v is a Known version.
func (v Version) Valid() bool { return v >= V06 && v <= V09 }

// Served reports whether v is one of Versions.
func (v Version) Served() bool { return v >= V06 && v <= V09 }

// String returns "v0.6" … "v0.9".
func (v Version) String() string {
	if v.Valid() {
		return fmt.Sprintf("v0.%d", uint8(v)+5)
	}
	return fmt.Sprintf("Version(%d)", uint8(v))
}

// EntryPoint returns the canonical EntryPoint address of v.
func (v Version) EntryPoint() common.Address {
	switch v {
	case V06:
		return common.HexToAddress(EntryPointV06Address)
	case V07:
		return common.HexToAddress(EntryPointV07Address)
	case V08:
		return common.HexToAddress(EntryPointV08Address)
	case V09:
		return common.HexToAddress(EntryPointV09Address)
	}
	return common.Address{}
}

// SimpleAccountFactory returns the canonical SimpleAccountFactory address of
// v, or the zero address when there is none: v0.9's is not published (see
// the README, "Contracts").
func (v Version) SimpleAccountFactory() common.Address {
	switch v {
	case V06:
		return common.HexToAddress(SimpleAccountFactoryV06Address)
	case V07:
		return common.HexToAddress(SimpleAccountFactoryV07Address)
	case V08:
		return common.HexToAddress(SimpleAccountFactoryV08Address)
	}
	return common.Address{}
}

// Packed reports whether v uses the packed UserOperation (v0.7 and later);
// v0.6 uses the unpacked struct with initCode and paymasterAndData.
func (v Version) Packed() bool { return v >= V07 && v.Valid() }

// SupportsEIP7702 reports whether the version understands the 0x7702 initCode
// marker and eip7702Auth (v0.8 and later).
func (v Version) SupportsEIP7702() bool { return v >= V08 && v.Valid() }

// EIP712Hash reports whether the userOpHash is an EIP-712 typed-data hash
// (v0.8 and later).
func (v Version) EIP712Hash() bool { return v >= V08 && v.Valid() }

// HasPaymasterSignature reports whether paymasterAndData may end with a
// paymasterSignature suffix that stays outside the userOpHash (v0.9).
func (v Version) HasPaymasterSignature() bool { return v >= V09 && v.Valid() }

// HasBlockRange reports whether validAfter/validUntil may count block
// numbers (the VALIDITY_BLOCK_RANGE_FLAG bit, v0.9).
func (v Version) HasBlockRange() bool { return v >= V09 && v.Valid() }

// IgnoresDeployedInitCode reports whether an op with initCode for a sender
// that already has code is executed, initCode ignored (the EntryPoint emits
// IgnoredInitCode), instead of failing with AA10 (v0.9).
func (v Version) IgnoresDeployedInitCode() bool { return v >= V09 && v.Valid() }

// ParseVersion accepts "0.6", "v0.6", "06", "v06", "0.6.0" (and the same for
// 0.7 to 0.9).
func ParseVersion(s string) (Version, error) {
	switch strings.TrimPrefix(strings.ToLower(strings.TrimSpace(s)), "v") {
	case "0.6", "06", "0.6.0":
		return V06, nil
	case "0.7", "07", "0.7.0":
		return V07, nil
	case "0.8", "08", "0.8.0":
		return V08, nil
	case "0.9", "09", "0.9.0":
		return V09, nil
	}
	return 0, fmt.Errorf("unknown EntryPoint version %q (want v0.6, v0.7, v0.8 or v0.9)", s)
}

// VersionOf maps a canonical EntryPoint address to its version (any Known
// version; check Served before serving it).
func VersionOf(entryPoint common.Address) (Version, bool) {
	for _, v := range Known() {
		if entryPoint == v.EntryPoint() {
			return v, true
		}
	}
	return 0, false
}
