package klaster

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/klaster-dev/klaster/entrypoint"
)

// Address is an address that marshals as an EIP-55 checksummed string.
type Address common.Address

// MarshalText implements encoding.TextMarshaler with the EIP-55 form.
func (a Address) MarshalText() ([]byte, error) { return []byte(common.Address(a).Hex()), nil }

// UnmarshalText accepts an address in any case.
func (a *Address) UnmarshalText(b []byte) error { return (*common.Address)(a).UnmarshalText(b) }

// OpRequest is one op of a klaster_getQuote request, already decoded and
// checked by the RPC layer. Zero EntryPoint and nil bounds take the defaults.
type OpRequest struct {
	ChainID    uint64
	EntryPoint common.Address
	Op         *entrypoint.UserOperation // gas and fee fields may be nil
	Lower      *uint64
	Upper      *uint64
}

// QuoteRequest is klaster_getQuote's parameter.
type QuoteRequest struct {
	Ops     []OpRequest
	Payment *PaymentRequest // nil: every account pays its own gas
}

// QuotedOp is one op of a quote, and one item of a signed iTx.
type QuotedOp struct {
	ChainID    hexutil.Uint64            `json:"chainId"`
	EntryPoint Address                   `json:"entryPoint"`
	UserOp     *entrypoint.UserOperation `json:"userOp"`
	UserOpHash common.Hash               `json:"userOpHash"`
	Leaf       common.Hash               `json:"leaf"`
	Proof      []common.Hash             `json:"proof"`
	Lower      hexutil.Uint64            `json:"lowerBoundTimestamp"`
	Upper      hexutil.Uint64            `json:"upperBoundTimestamp"`
}

// ChainCost is the most a quote's ops can cost on one chain, in wei.
type ChainCost struct {
	ChainID hexutil.Uint64 `json:"chainId"`
	MaxCost *hexutil.Big   `json:"maxCost"`
}

// Quote is klaster_getQuote's answer.
type Quote struct {
	ItxHash    common.Hash    `json:"itxHash"`
	Node       Address        `json:"node"`
	Commitment hexutil.Bytes  `json:"commitment"`
	ExpiresAt  hexutil.Uint64 `json:"expiresAt"`
	UserOps    []QuotedOp     `json:"userOps"`
	Cost       []ChainCost    `json:"cost"`
	// PaymentInfo is set when the quote was asked with a payment.
	PaymentInfo *PaymentInfo `json:"paymentInfo,omitempty"`
}

// SignedOp is one op of a klaster_sendInterchainTx request, decoded by the
// RPC layer. UserOpHash, Leaf and Proof are what the client claims; nil when
// absent. Op.Signature is empty or a mee-v1 signature.
type SignedOp struct {
	ChainID    uint64
	EntryPoint common.Address
	Op         *entrypoint.UserOperation
	UserOpHash *common.Hash
	Leaf       *common.Hash
	Proof      []common.Hash // nil: not given
	Lower      uint64
	Upper      uint64
}

// SendRequest is klaster_sendInterchainTx's parameter.
type SendRequest struct {
	Ops        []SignedOp
	Signature  []byte // the user's signature of the root
	Commitment []byte // optional: the quote's commitment
}

// SendResult is klaster_sendInterchainTx's answer.
type SendResult struct {
	ItxHash      common.Hash   `json:"itxHash"`
	UserOpHashes []common.Hash `json:"userOpHashes"`
}

// Status is klaster_getInterchainTxStatus's answer and the payload of the
// "interchainTxs" subscription.
type Status struct {
	ItxHash    common.Hash    `json:"itxHash"`
	Status     string         `json:"status"`
	Node       Address        `json:"node"`
	Commitment hexutil.Bytes  `json:"commitment"`
	CreatedAt  hexutil.Uint64 `json:"createdAt"`
	UserOps    []OpStatus     `json:"userOps"`
}

// OpStatus is one op of a Status.
type OpStatus struct {
	ChainID         hexutil.Uint64  `json:"chainId"`
	EntryPoint      Address         `json:"entryPoint"`
	UserOpHash      common.Hash     `json:"userOpHash"`
	Status          string          `json:"status"`
	Lower           hexutil.Uint64  `json:"lowerBoundTimestamp"`
	Upper           hexutil.Uint64  `json:"upperBoundTimestamp"`
	TransactionHash *common.Hash    `json:"transactionHash,omitempty"`
	BlockNumber     *hexutil.Uint64 `json:"blockNumber,omitempty"`
	BlockHash       *common.Hash    `json:"blockHash,omitempty"`
	Reason          string          `json:"reason,omitempty"`
}

// Proof is klaster_getInterchainTxProof's answer: what a witness needs to
// check one op against the commitment without trusting the node.
type Proof struct {
	ItxHash       common.Hash    `json:"itxHash"`
	ChainID       hexutil.Uint64 `json:"chainId"`
	EntryPoint    Address        `json:"entryPoint"`
	UserOpHash    common.Hash    `json:"userOpHash"`
	Leaf          common.Hash    `json:"leaf"`
	Proof         []common.Hash  `json:"proof"`
	Lower         hexutil.Uint64 `json:"lowerBoundTimestamp"`
	Upper         hexutil.Uint64 `json:"upperBoundTimestamp"`
	UserSignature hexutil.Bytes  `json:"userSignature"`
	Commitment    hexutil.Bytes  `json:"commitment"`
	Node          Address        `json:"node"`
}

// FeedItem is one item of the witness feed (klaster_getExecutedInterchainTxs
// and the "executedInterchainTxs" subscription).
type FeedItem struct {
	ItxHash     common.Hash    `json:"itxHash"`
	Status      string         `json:"status"`
	CompletedAt hexutil.Uint64 `json:"completedAt"`
	Executions  []Execution    `json:"executions"`
}

// Execution is one mined op of a FeedItem.
type Execution struct {
	ChainID         hexutil.Uint64 `json:"chainId"`
	EntryPoint      Address        `json:"entryPoint"`
	UserOpHash      common.Hash    `json:"userOpHash"`
	TransactionHash common.Hash    `json:"transactionHash"`
	BlockNumber     hexutil.Uint64 `json:"blockNumber"`
	BlockHash       common.Hash    `json:"blockHash"`
	LogIndex        hexutil.Uint64 `json:"logIndex"`
	Success         bool           `json:"success"`
}

// FeedFilter is klaster_getExecutedInterchainTxs's parameter.
type FeedFilter struct {
	Cursor  string // "" from the start
	Limit   int    // 0: DefaultFeedLimit
	ChainID uint64 // 0: every chain
}

// FeedPage is klaster_getExecutedInterchainTxs's answer.
type FeedPage struct {
	Items      []FeedItem `json:"items"`
	NextCursor *string    `json:"nextCursor"`
}

// Feed page sizes.
const (
	DefaultFeedLimit = 100
	MaxFeedLimit     = 1000
)
