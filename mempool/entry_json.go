package mempool

import (
	"encoding/json"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/klaster-dev/klaster/entrypoint"
)

// entryJSONVersion is the version of the persisted Entry encoding.
const entryJSONVersion = 1

// entryJSON is the stable JSON form of an Entry: fixed key order, every
// field present, quantities as hex, times as unix nanoseconds.
type entryJSON struct {
	Version             int                       `json:"v"`
	UserOpHash          common.Hash               `json:"userOpHash"`
	EntryPoint          common.Address            `json:"entryPoint"`
	ChainID             hexutil.Uint64            `json:"chainId"`
	Op                  *entrypoint.UserOperation `json:"userOp"`
	Sender              Entity                    `json:"sender"`
	Factory             *Entity                   `json:"factory"`
	Paymaster           *Entity                   `json:"paymaster"`
	ValidAfter          hexutil.Uint64            `json:"validAfter"`
	ValidUntil          hexutil.Uint64            `json:"validUntil"`
	ValidAfterBlock     hexutil.Uint64            `json:"validAfterBlock,omitempty"`
	ValidUntilBlock     hexutil.Uint64            `json:"validUntilBlock,omitempty"`
	Prefund             *hexutil.Big              `json:"prefund"`
	PaymasterDeposit    *hexutil.Big              `json:"paymasterDeposit"`
	Source              string                    `json:"source"`
	ITxHash             common.Hash               `json:"itxHash"`
	Signer              *common.Address           `json:"signer,omitempty"`
	Waiting             bool                      `json:"waiting,omitempty"`
	Held                bool                      `json:"held,omitempty"`
	RetryUntilWindowEnd bool                      `json:"retryUntilWindowEnd"`
	WaitForWindow       bool                      `json:"waitForWindow"`
	Status              Status                    `json:"status"`
	Reason              string                    `json:"reason"`
	AddedAt             int64                     `json:"addedAt"`
	UpdatedAt           int64                     `json:"updatedAt"`
	TxHash              common.Hash               `json:"txHash"`
	BlockNumber         hexutil.Uint64            `json:"blockNumber"`
	BlockHash           common.Hash               `json:"blockHash"`
	LogIndex            hexutil.Uint64            `json:"logIndex,omitempty"`
	Seq                 uint64                    `json:"seq"`
	Facts               *ValidationFacts          `json:"facts,omitempty"`
}

var sourceNames = map[SourceKind]string{SourceRPC: "rpc", SourceITx: "itx"}

// MarshalJSON implements json.Marshaler with a stable, complete encoding
// (used by the persistent stores).
func (e Entry) MarshalJSON() ([]byte, error) {
	src, ok := sourceNames[e.Source.Kind]
	if !ok {
		return nil, fmt.Errorf("mempool: invalid source kind %d", e.Source.Kind)
	}
	return json.Marshal(entryJSON{
		Version:             entryJSONVersion,
		UserOpHash:          e.UserOpHash,
		EntryPoint:          e.EntryPoint,
		ChainID:             hexutil.Uint64(e.ChainID),
		Op:                  e.Op,
		Sender:              e.Sender,
		Factory:             e.Factory,
		Paymaster:           e.Paymaster,
		ValidAfter:          hexutil.Uint64(e.ValidAfter),
		ValidUntil:          hexutil.Uint64(e.ValidUntil),
		ValidAfterBlock:     hexutil.Uint64(e.ValidAfterBlock),
		ValidUntilBlock:     hexutil.Uint64(e.ValidUntilBlock),
		Prefund:             (*hexutil.Big)(e.Prefund),
		PaymasterDeposit:    (*hexutil.Big)(e.PaymasterDeposit),
		Source:              src,
		ITxHash:             e.Source.ITxHash,
		Signer:              signerOrNil(e.Source.Signer),
		Waiting:             e.Waiting,
		Held:                e.Held,
		RetryUntilWindowEnd: e.RetryUntilWindowEnd,
		WaitForWindow:       e.WaitForWindow,
		Status:              e.Status,
		Reason:              e.Reason,
		AddedAt:             unixNano(e.AddedAt),
		UpdatedAt:           unixNano(e.UpdatedAt),
		TxHash:              e.TxHash,
		BlockNumber:         hexutil.Uint64(e.BlockNumber),
		BlockHash:           e.BlockHash,
		LogIndex:            hexutil.Uint64(e.LogIndex),
		Seq:                 e.Seq,
		Facts:               e.Facts,
	})
}

// UnmarshalJSON implements json.Unmarshaler for the encoding of MarshalJSON.
func (e *Entry) UnmarshalJSON(b []byte) error {
	var j entryJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("mempool: decode entry: %w", err)
	}
	if j.Version != entryJSONVersion {
		return fmt.Errorf("mempool: decode entry %s: unsupported version %d", j.UserOpHash, j.Version)
	}
	if j.Op == nil {
		return fmt.Errorf("mempool: decode entry %s: missing userOp", j.UserOpHash)
	}
	kind := SourceKind(255)
	for k, n := range sourceNames {
		if n == j.Source {
			kind = k
		}
	}
	if kind == 255 {
		return fmt.Errorf("mempool: decode entry %s: unknown source %q", j.UserOpHash, j.Source)
	}
	*e = Entry{
		Op:                  j.Op,
		UserOpHash:          j.UserOpHash,
		EntryPoint:          j.EntryPoint,
		ChainID:             uint64(j.ChainID),
		Sender:              j.Sender,
		Factory:             j.Factory,
		Paymaster:           j.Paymaster,
		ValidAfter:          uint64(j.ValidAfter),
		ValidUntil:          uint64(j.ValidUntil),
		ValidAfterBlock:     uint64(j.ValidAfterBlock),
		ValidUntilBlock:     uint64(j.ValidUntilBlock),
		Prefund:             (*big.Int)(j.Prefund),
		PaymasterDeposit:    (*big.Int)(j.PaymasterDeposit),
		Source:              Source{Kind: kind, ITxHash: j.ITxHash},
		Waiting:             j.Waiting,
		Held:                j.Held,
		RetryUntilWindowEnd: j.RetryUntilWindowEnd,
		WaitForWindow:       j.WaitForWindow,
		Status:              j.Status,
		Reason:              j.Reason,
		AddedAt:             fromUnixNano(j.AddedAt),
		UpdatedAt:           fromUnixNano(j.UpdatedAt),
		TxHash:              j.TxHash,
		BlockNumber:         uint64(j.BlockNumber),
		BlockHash:           j.BlockHash,
		LogIndex:            uint64(j.LogIndex),
		Seq:                 j.Seq,
		Facts:               j.Facts,
	}
	if j.Signer != nil {
		e.Source.Signer = *j.Signer
	}
	return nil
}

func signerOrNil(a common.Address) *common.Address {
	if a == (common.Address{}) {
		return nil
	}
	return &a
}

func unixNano(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}

func fromUnixNano(n int64) time.Time {
	if n == 0 {
		return time.Time{}
	}
	return time.Unix(0, n)
}
