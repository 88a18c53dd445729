package witness

import (
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/klaster"
)

// Message is a committed iTx as it travels between nodes (gossip): the
// body of klaster_witnessInterchainTx in its canonical form.
type Message struct {
	Node       common.Address `json:"node"`
	Commitment hexutil.Bytes  `json:"commitment"`
	Signature  hexutil.Bytes  `json:"signature"`
	UserOps    []MessageOp    `json:"userOps"`
}

// MessageOp is one op of a Message; UserOp carries its mee-v1 signature.
type MessageOp struct {
	ChainID    hexutil.Uint64            `json:"chainId"`
	EntryPoint common.Address            `json:"entryPoint"`
	UserOp     *entrypoint.UserOperation `json:"userOp"`
	Lower      hexutil.Uint64            `json:"lowerBoundTimestamp"`
	Upper      hexutil.Uint64            `json:"upperBoundTimestamp"`
}

// MessageOf is the message that publishes c.
func MessageOf(c *klaster.Committed) *Message {
	m := &Message{Node: c.Node, Commitment: c.Commitment, Signature: c.UserSignature}
	for _, o := range c.Ops {
		m.UserOps = append(m.UserOps, MessageOp{
			ChainID: hexutil.Uint64(o.ChainID), EntryPoint: o.EntryPoint, UserOp: o.Op,
			Lower: hexutil.Uint64(o.Lower), Upper: hexutil.Uint64(o.Upper),
		})
	}
	return m
}

// DecodeMessage parses a gossiped message. It checks only its shape; the
// Checker checks its content.
func DecodeMessage(b []byte) (*Message, error) {
	var m Message
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("decode iTx message: %w", err)
	}
	if len(m.UserOps) == 0 {
		return nil, fmt.Errorf("iTx message without ops")
	}
	for i, o := range m.UserOps {
		if o.UserOp == nil {
			return nil, fmt.Errorf("iTx message op %d without userOp", i)
		}
	}
	return &m, nil
}

// Request is m as the klaster service checks it.
func (m *Message) Request() klaster.SendRequest {
	req := klaster.SendRequest{Signature: m.Signature, Commitment: m.Commitment, Ops: make([]klaster.SignedOp, len(m.UserOps))}
	for i, o := range m.UserOps {
		req.Ops[i] = klaster.SignedOp{
			ChainID: uint64(o.ChainID), EntryPoint: o.EntryPoint, Op: o.UserOp, Lower: uint64(o.Lower), Upper: uint64(o.Upper),
		}
	}
	return req
}
