package test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/klaster-dev/klaster/bindings/v07"
	"github.com/klaster-dev/klaster/devnet"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/gas"
)

// accountKind is how a test account is created and signs.
type accountKind struct {
	name    string
	factory func(c devnet.Contracts, ep common.Address) common.Address
	abi     func(t *testing.T) *abi.ABI // factory ABI (createAccount/getAddress)
	// eip191 signs the EIP-191 hash of the userOpHash; otherwise the raw hash.
	eip191 func(ep common.Address) bool
}

var accountKinds = []accountKind{
	{
		name: "KlasterAccount",
		factory: func(c devnet.Contracts, ep common.Address) common.Address {
			f, _ := c.KlasterFactory(ep)
			return f
		},
		abi:    func(t *testing.T) *abi.ABI { return loadABIs(t).factory },
		eip191: func(common.Address) bool { return true },
	},
	{
		name: "SimpleAccount",
		factory: func(c devnet.Contracts, ep common.Address) common.Address {
			f, _ := c.SimpleAccountFactory(ep)
			return f
		},
		abi: func(t *testing.T) *abi.ABI {
			a, err := v07.SimpleAccountFactoryMetaData.GetAbi()
			if err != nil {
				t.Fatal(err)
			}
			return a
		},
		// SimpleAccount v0.6/v0.7 signs the EIP-191 hash, v0.8+ the EIP-712 hash itself.
		eip191: func(ep common.Address) bool { return !devVersion(ep).EIP712Hash() },
	},
}

// bundlerClient talks to one chain's bundler URL.
type bundlerClient struct {
	t   *testing.T
	rpc *gethrpc.Client
}

func (b bundlerClient) call(ctx context.Context, out any, method string, args ...any) error {
	return b.rpc.CallContext(ctx, out, method, args...)
}

// newOp builds a deploying op of kind for entryPoint, funds its
// counterfactual sender, estimates its gas through the bundler and signs it.
func newOp(ctx context.Context, t *testing.T, b bundlerClient, node *ethclient.Client, funder *devnet.TxSender, kind accountKind, contracts devnet.Contracts, ep common.Address, owner *ecdsa.PrivateKey, salt int64) (map[string]any, common.Hash) {
	t.Helper()
	factory := kind.factory(contracts, ep)
	fabi := kind.abi(t)
	ownerAddr := crypto.PubkeyToAddress(owner.PublicKey)
	out, err := node.CallContract(ctx, callMsg(factory, mustPack(t, fabi, "getAddress", ownerAddr, big.NewInt(salt))), nil)
	if err != nil {
		t.Fatal(err)
	}
	sender := common.BytesToAddress(out)
	sendAndWait(ctx, t, funder, node, sender, big.NewInt(params.Ether), nil)

	head, err := node.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	recipient := common.BigToAddress(big.NewInt(0x5eed0000 + salt))
	op := map[string]any{
		"sender":               sender,
		"nonce":                "0x0",
		"factory":              factory,
		"factoryData":          hexutil.Bytes(mustPack(t, fabi, "createAccount", ownerAddr, big.NewInt(salt))),
		"callData":             hexutil.Bytes(mustPack(t, loadABIs(t).account, "execute", recipient, big.NewInt(1), []byte{})),
		"maxFeePerGas":         (*hexutil.Big)(new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(3)), big.NewInt(params.GWei))),
		"maxPriorityFeePerGas": (*hexutil.Big)(big.NewInt(params.GWei)),
		"signature":            hexutil.Bytes(gas.DummySignature()),
		// Gas fields absent or null: the estimate fills them.
		"callGasLimit": nil,
	}
	if devVersion(ep) == entrypoint.V06 { // v0.6 JSON: initCode and paymasterAndData
		op["initCode"] = hexutil.Bytes(append(factory.Bytes(), op["factoryData"].(hexutil.Bytes)...))
		op["paymasterAndData"] = hexutil.Bytes{}
		delete(op, "factory")
		delete(op, "factoryData")
	}
	var est map[string]hexutil.Uint64
	if err := b.call(ctx, &est, "eth_estimateUserOperationGas", op, ep); err != nil {
		t.Fatalf("estimate: %v", err)
	}
	for _, k := range []string{"preVerificationGas", "verificationGasLimit", "callGasLimit"} {
		if est[k] == 0 {
			t.Fatalf("estimate lacks %s: %v", k, est)
		}
		op[k] = est[k]
	}
	return op, signOp(t, op, ep, kind, owner)
}

// opHash computes an op's userOpHash from its JSON form.
func opHash(t *testing.T, op map[string]any, ep common.Address) common.Hash {
	t.Helper()
	raw, _ := json.Marshal(op)
	u, err := entrypoint.DecodeUserOperationJSON(devVersion(ep), raw, false)
	if err != nil {
		t.Fatalf("op JSON: %v", err)
	}
	h, err := entrypoint.NewHasher(devVersion(ep), ep, big.NewInt(1337))
	if err != nil {
		t.Fatal(err)
	}
	hash, err := h.Hash(u)
	if err != nil {
		t.Fatal(err)
	}
	return hash
}

// devVersion is the version of a dev chain's EntryPoint (v0.9 is not at
// its canonical address there).
func devVersion(ep common.Address) entrypoint.Version {
	c, _ := devnet.ContractAddresses()
	for _, d := range c.EntryPoints() {
		if d.Address == ep {
			return d.Version
		}
	}
	return 0
}

// waitReceipt polls eth_getUserOperationReceipt until it is not null.
func waitReceipt(ctx context.Context, t *testing.T, b bundlerClient, h common.Hash) map[string]any {
	t.Helper()
	for {
		var rec map[string]any
		if err := b.call(ctx, &rec, "eth_getUserOperationReceipt", h); err != nil {
			t.Fatalf("receipt: %v", err)
		}
		if rec != nil {
			return rec
		}
		select {
		case <-ctx.Done():
			t.Fatalf("no receipt for %s", h)
		case <-time.After(200 * time.Millisecond):
		}
	}
}

func TestBundlerRPCEstimateSendReceipt(t *testing.T) {
	p := startKlaster(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	contracts, _ := devnet.ContractAddresses()
	rpcClient, err := gethrpc.DialContext(ctx, p.URL+"/rpc/1337")
	if err != nil {
		t.Fatal(err)
	}
	defer rpcClient.Close()
	b := bundlerClient{t: t, rpc: rpcClient}
	node, err := ethclient.DialContext(ctx, nodeURL(p, 0))
	if err != nil {
		t.Fatal(err)
	}
	defer node.Close()
	accs, _ := devnet.DevAccounts(7)
	funder := devnet.NewTxSender(node, 1337, accs[0].Key)

	salt := int64(1000)
	for _, ep := range []common.Address{contracts.EntryPointV07, contracts.EntryPointV08} {
		for _, kind := range accountKinds {
			v, _ := entrypoint.VersionOf(ep)
			t.Run(fmt.Sprintf("%s %s", kind.name, v), func(t *testing.T) {
				salt++
				op, hash := newOp(ctx, t, b, node, funder, kind, contracts, ep, accs[6].Key, salt)
				var got common.Hash
				if err := b.call(ctx, &got, "eth_sendUserOperation", op, ep); err != nil {
					t.Fatalf("send: %v", err)
				}
				if got != hash {
					t.Fatalf("send returned %s, local userOpHash is %s", got, hash)
				}
				rec := waitReceipt(ctx, t, b, hash)
				if rec["success"] != true || rec["userOpHash"] != hash.Hex() || rec["sender"] != op["sender"].(common.Address).Hex() {
					t.Fatalf("receipt: %v", rec)
				}
				receiptObj, _ := rec["receipt"].(map[string]any)
				txHash := common.HexToHash(receiptObj["transactionHash"].(string))
				nodeReceipt, err := node.TransactionReceipt(ctx, txHash)
				if err != nil || nodeReceipt.BlockHash.Hex() != receiptObj["blockHash"] {
					t.Fatalf("receipt does not match the chain: %v", err)
				}
				var byHash map[string]any
				if err := b.call(ctx, &byHash, "eth_getUserOperationByHash", hash); err != nil {
					t.Fatal(err)
				}
				if byHash["entryPoint"] != ep.Hex() || byHash["transactionHash"] != txHash.Hex() || byHash["blockNumber"] == nil {
					t.Fatalf("by hash: %v", byHash)
				}
				if h := opHash(t, byHash["userOperation"].(map[string]any), ep); h != hash {
					t.Fatalf("by hash returns an op that hashes to %s", h)
				}
			})
		}
	}

	// The traffic shows in /metrics.
	metrics := scrape(t, p.URL+"/metrics")
	for _, series := range []string{
		`klaster_userops_accepted_total{chain="1337"} 4`,
		`klaster_bundles_mined_total{chain="1337"}`,
		`klaster_rpc_request_duration_seconds_count{chain="1337",method="eth_sendUserOperation"} 4`,
	} {
		if !strings.Contains(metrics, series) {
			t.Errorf("/metrics lacks %s", series)
		}
	}
	if strings.Contains(metrics, `klaster_bundles_mined_total{chain="1337"} 0`) {
		t.Error("/metrics counts no mined bundle")
	}
}

func scrape(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("GET %s: %d %v", url, resp.StatusCode, err)
	}
	return string(b)
}
