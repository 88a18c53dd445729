package test

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/klaster-dev/klaster/devnet"
)

// TestKeysNeverLeak runs the real binary with signer and node keys from the
// environment, a file and a go-ethereum keystore, at debug level, drives
// traffic and error paths, and checks no key appears in its output or in
// --help.
func TestKeysNeverLeak(t *testing.T) {
	net := startDevnet(t, devnet.Config{ChainIDs: []uint64{1337}, Period: 0})
	dir := t.TempDir()
	envKey, fileKey, storeKey := newKey(t), newKey(t), newKey(t)
	keys := []*ecdsa.PrivateKey{envKey, fileKey, storeKey}

	keyFile := filepath.Join(dir, "signer.key")
	writeFile(t, keyFile, "0x"+keyHex(fileKey)+"\n")
	storeFile, pwFile := filepath.Join(dir, "node.json"), filepath.Join(dir, "node.pw")
	writeKeystore(t, storeFile, storeKey, "correct horse")
	writeFile(t, pwFile, "correct horse\n")

	env := []string{"KLASTER_TEST_SIGNER=" + keyHex(envKey)}
	args := []string{"--log.level", "debug", "--rpc-url", net.Chains[0].HTTPURL,
		"--signer-keys", "env:KLASTER_TEST_SIGNER", "--signer-keys", "file:" + keyFile,
		"--node-key", "keystore:" + storeFile + "?password-file=" + pwFile}
	p := runKlaster(t, env, args...)

	// Traffic: reads, a refused op, a quote that the node key signs.
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for _, path := range []string{"/rpc/1337", "/"} {
		c, err := gethrpc.DialContext(ctx, p.URL+path)
		if err != nil {
			t.Fatal(err)
		}
		var out any
		_ = c.CallContext(ctx, &out, "eth_supportedEntryPoints")
		_ = c.CallContext(ctx, &out, "klaster_getInfo")
		_ = c.CallContext(ctx, &out, "eth_sendUserOperation", map[string]any{"sender": "0x01"}, "0x0000000071727De22E5E9d8BAf0edAc6f37da032")
		_ = c.CallContext(ctx, &out, "klaster_getQuote", map[string]any{"userOps": []any{map[string]any{"chainId": "0x539"}}})
		c.Close()
	}
	time.Sleep(500 * time.Millisecond) // let the bundler's debug lines out
	assertNoKey(t, "running process", p.stdout.String()+p.stderr.String(), keys)

	// Error paths: a wrong keystore password, a malformed key in the
	// environment. Each names its source, never the key.
	writeFile(t, pwFile, "wrong password\n")
	out := runToExit(t, env, args...)
	if !strings.Contains(out, "keystore:"+storeFile) {
		t.Errorf("wrong password: the error does not name the keystore:\n%s", out)
	}
	assertNoKey(t, "wrong keystore password", out, keys)
	t.Logf("wrong password: %s", lastLine(out))

	bad := []string{"KLASTER_TEST_SIGNER=" + keyHex(envKey)[:60] + "zz"}
	writeFile(t, pwFile, "correct horse\n")
	out = runToExit(t, bad, args...)
	if !strings.Contains(out, "env:KLASTER_TEST_SIGNER") {
		t.Errorf("malformed env key: the error does not name the variable:\n%s", out)
	}
	assertNoKey(t, "malformed env key", out, keys)
	if strings.Contains(out, keyHex(envKey)[:60]) {
		t.Errorf("malformed env key: output quotes the malformed value:\n%s", out)
	}

	help, err := exec.Command(klasterBinary(t), "--help").CombinedOutput()
	if err != nil {
		t.Fatalf("--help: %v", err)
	}
	assertNoKey(t, "--help", string(help), keys)
	// --help with the keys in the environment (flag defaults come from it).
	cmd := exec.Command(klasterBinary(t), "--help")
	cmd.Env = append(os.Environ(), "KLASTER_NODE_KEY=0x"+keyHex(envKey), "KLASTER_SIGNER_KEYS="+keyHex(fileKey))
	help, _ = cmd.CombinedOutput()
	assertNoKey(t, "--help with keys in the environment", string(help), keys)
}

func newKey(t *testing.T) *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func keyHex(k *ecdsa.PrivateKey) string { return hex.EncodeToString(crypto.FromECDSA(k)) }

func writeFile(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
}

func writeKeystore(t *testing.T, path string, k *ecdsa.PrivateKey, password string) {
	t.Helper()
	key := &keystore.Key{Address: crypto.PubkeyToAddress(k.PublicKey), PrivateKey: k}
	blob, err := keystore.EncryptKey(key, password, keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, path, string(blob))
}

// runToExit runs the binary on a free port and returns its output once it
// exits (it must, within a minute).
func runToExit(t *testing.T, env []string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, klasterBinary(t), append([]string{"--listen", "127.0.0.1:0", "--log.format", "json"}, args...)...)
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	if err == nil || ctx.Err() != nil {
		t.Fatalf("expected a start-up failure, got %v:\n%s", err, out)
	}
	return string(out)
}

// assertNoKey fails when any key appears in out, in hex with or without 0x
// (any case), or as its 0x-prefixed hexutil form.
func assertNoKey(t *testing.T, what, out string, keys []*ecdsa.PrivateKey) {
	t.Helper()
	lower := strings.ToLower(out)
	for i, k := range keys {
		h := keyHex(k)
		if strings.Contains(lower, h) || strings.Contains(out, hexutil.Encode(crypto.FromECDSA(k))) {
			t.Errorf("%s: key %d appears in the output", what, i)
		}
	}
	if len(out) == 0 {
		t.Errorf("%s: no output captured", what)
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}
