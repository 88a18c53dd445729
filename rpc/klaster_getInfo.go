package rpc

import (
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/klaster-dev/klaster/entrypoint"
)

// Values of klaster_getInfo fixed by the wire spec.
const (
	LeafScheme      = "mee-v1"
	SignaturePrefix = "0x177eee00"
)

// Info is klaster_getInfo's answer.
type Info struct {
	Version         string      `json:"version"`
	Node            string      `json:"node"`
	LeafScheme      string      `json:"leafScheme"`
	SignaturePrefix string      `json:"signaturePrefix"`
	Chains          []InfoChain `json:"chains"`
}

// InfoChain is one chain of Info. Addresses are EIP-55 strings.
type InfoChain struct {
	ChainID          hexutil.Uint64    `json:"chainId"`
	RPCPath          string            `json:"rpcPath"`
	EntryPoints      []string          `json:"entryPoints"`
	Validator        string            `json:"validator"`
	StakeManager     string            `json:"stakeManager,omitempty"`
	EIP7702Account   string            `json:"eip7702Account,omitempty"`
	AccountFactories map[string]string `json:"accountFactories,omitempty"`
	// Paymaster is the node's paymaster for the chain's default (v0.7)
	// EntryPoint; Paymasters lists it for every EntryPoint.
	Paymaster     string            `json:"paymaster,omitempty"`
	Paymasters    map[string]string `json:"paymasters,omitempty"`
	PaymentTokens []InfoToken       `json:"paymentTokens,omitempty"`
}

// InfoToken is a payment token of an InfoChain.
type InfoToken struct {
	Address  string `json:"address"`
	Symbol   string `json:"symbol"`
	Decimals uint8  `json:"decimals"`
}

// paymentInfo fills the chain's paymasters and payment tokens.
func (ic *InfoChain) paymentInfo(c ChainInfo) {
	if c.Payment == nil || len(c.Payment.Paymasters) == 0 {
		return
	}
	ic.Paymasters = make(map[string]string, len(c.Payment.Paymasters))
	for ep, pm := range c.Payment.Paymasters {
		ic.Paymasters[ep.Hex()] = pm.Hex()
	}
	if d, ok := c.EntryPoints.Prefer(entrypoint.V07); ok {
		if pm, ok := c.Payment.Paymasters[d.Address]; ok {
			ic.Paymaster = pm.Hex()
		}
	}
	ic.PaymentTokens = []InfoToken{}
	for _, t := range c.Payment.Tokens {
		ic.PaymentTokens = append(ic.PaymentTokens, InfoToken{Address: t.Address.Hex(), Symbol: t.Symbol, Decimals: t.Decimals})
	}
}

// GetInfo is klaster_getInfo: the node, its scheme and its chains.
func (api *KlasterAPI) GetInfo() Info {
	return api.info
}

// ChainRPCPath is the path that serves a chain, e.g. "/rpc/1337".
func ChainRPCPath(chainID uint64) string {
	return "/rpc/" + strconv.FormatUint(chainID, 10)
}

func buildInfo(node NodeInfo) Info {
	info := Info{
		Version:         node.Version,
		Node:            node.Node.Hex(),
		LeafScheme:      LeafScheme,
		SignaturePrefix: SignaturePrefix,
		Chains:          make([]InfoChain, 0, len(node.Chains)),
	}
	for _, c := range node.Chains {
		ic := InfoChain{
			ChainID:     hexutil.Uint64(c.ChainID),
			RPCPath:     ChainRPCPath(c.ChainID),
			EntryPoints: make([]string, c.EntryPoints.Len()),
			Validator:   c.Validator.Hex(),
		}
		if c.StakeManager != (common.Address{}) {
			ic.StakeManager = c.StakeManager.Hex()
		}
		if c.EIP7702Account != (common.Address{}) {
			ic.EIP7702Account = c.EIP7702Account.Hex()
		}
		for i, ep := range c.EntryPoints.Addresses() {
			ic.EntryPoints[i] = ep.Hex()
		}
		if len(c.AccountFactories) > 0 {
			ic.AccountFactories = make(map[string]string, len(c.AccountFactories))
			for ep, f := range c.AccountFactories {
				ic.AccountFactories[ep.Hex()] = f.Hex()
			}
		}
		ic.paymentInfo(c)
		info.Chains = append(info.Chains, ic)
	}
	return info
}
