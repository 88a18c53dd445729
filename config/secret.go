package config

import (
	"crypto/ecdsa"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
)

// Secret names where a private key comes from. Its forms:
//
//	env:NAME                              the hex key in environment variable NAME
//	file:/path                            the hex key in a file
//	keystore:/path/key.json?password-file=/path/pw
//	                                      a go-ethereum keystore file and its password
//	0x…                                   the hex key itself (dev only; avoid in files)
//
// A Secret never prints its value: String and MarshalText show only the form.
type Secret struct{ ref string }

// NewSecret wraps a reference in one of the forms above.
func NewSecret(ref string) Secret { return Secret{ref: strings.TrimSpace(ref)} }

// IsZero reports whether no secret is set.
func (s Secret) IsZero() bool { return s.ref == "" }

// String shows where the key comes from, never the key.
func (s Secret) String() string {
	switch {
	case s.ref == "":
		return ""
	case strings.HasPrefix(s.ref, "env:"), strings.HasPrefix(s.ref, "file:"), strings.HasPrefix(s.ref, "keystore:"):
		return s.ref
	default:
		return "<inline key>"
	}
}

// MarshalText redacts, so a dumped configuration leaks nothing.
func (s Secret) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText accepts any of the forms.
func (s *Secret) UnmarshalText(b []byte) error {
	*s = NewSecret(string(b))
	return nil
}

// Key resolves the secret to a private key. Errors name the source, never the
// value.
func (s Secret) Key() (*ecdsa.PrivateKey, error) {
	ref := s.ref
	switch {
	case ref == "":
		return nil, fmt.Errorf("no key configured")
	case strings.HasPrefix(ref, "env:"):
		name := strings.TrimPrefix(ref, "env:")
		v, ok := os.LookupEnv(name)
		if !ok {
			return nil, fmt.Errorf("key from env:%s: variable not set", name)
		}
		return parseHexKey(v, "env:"+name)
	case strings.HasPrefix(ref, "file:"):
		path := strings.TrimPrefix(ref, "file:")
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("key from file:%s: %w", path, err)
		}
		return parseHexKey(string(b), "file:"+path)
	case strings.HasPrefix(ref, "keystore:"):
		return keystoreKey(strings.TrimPrefix(ref, "keystore:"))
	default:
		return parseHexKey(ref, "inline key")
	}
}

func parseHexKey(v, source string) (*ecdsa.PrivateKey, error) {
	v = strings.TrimPrefix(strings.TrimSpace(v), "0x")
	key, err := crypto.HexToECDSA(v)
	if err != nil {
		// The parse error may quote input; do not pass it on.
		return nil, fmt.Errorf("key from %s: not a 32-byte hex private key", source)
	}
	return key, nil
}

func keystoreKey(spec string) (*ecdsa.PrivateKey, error) {
	path, query, _ := strings.Cut(spec, "?")
	pwFile, ok := strings.CutPrefix(query, "password-file=")
	if !ok {
		return nil, fmt.Errorf("key from keystore:%s: add ?password-file=/path", path)
	}
	blob, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("key from keystore:%s: %w", path, err)
	}
	pw, err := os.ReadFile(pwFile)
	if err != nil {
		return nil, fmt.Errorf("key from keystore:%s: password file: %w", path, err)
	}
	k, err := keystore.DecryptKey(blob, strings.TrimRight(string(pw), "\r\n"))
	if err != nil {
		return nil, fmt.Errorf("key from keystore:%s: %w", path, err)
	}
	return k.PrivateKey, nil
}
