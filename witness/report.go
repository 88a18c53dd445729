package witness

import (
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/klaster-dev/klaster/bindings/klasteraccount"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/klaster"
)

// Verdict is a witness's finding on one committed op.
type Verdict string

// The verdicts of klaster_getWitnessReports.
const (
	Pending      Verdict = "PENDING"      // the deadline has not passed
	Executed     Verdict = "EXECUTED"     // the op ran (even if its execution reverted)
	Missed       Verdict = "MISSED"       // not run, although it simulated inside its window
	Unexecutable Verdict = "UNEXECUTABLE" // never simulated: the user's fault, never slashed
)

// ParseVerdict accepts one of the four verdicts.
func ParseVerdict(s string) (Verdict, error) {
	switch v := Verdict(s); v {
	case Pending, Executed, Missed, Unexecutable:
		return v, nil
	}
	return "", fmt.Errorf("verdict %q is not one of PENDING, EXECUTED, MISSED, UNEXECUTABLE", s)
}

// Record is one witnessed iTx with the witness's state per op. It is what
// the store keeps.
type Record struct {
	ItxHash       common.Hash    `json:"itxHash"`
	Node          common.Address `json:"node"`
	Commitment    hexutil.Bytes  `json:"commitment"`
	UserSignature hexutil.Bytes  `json:"userSignature"`
	ReceivedAt    uint64         `json:"receivedAt"`
	Ops           []OpState      `json:"ops"`
}

// OpState is one op of a Record.
type OpState struct {
	ChainID    uint64                    `json:"chainId"`
	EntryPoint common.Address            `json:"entryPoint"`
	Op         *entrypoint.UserOperation `json:"op"` // with its mee-v1 signature
	UserOpHash common.Hash               `json:"userOpHash"`
	Proof      []common.Hash             `json:"proof"`
	Lower      uint64                    `json:"lower"`
	Upper      uint64                    `json:"upper"`
	// Simulated is set once the witness's own simulation of the op
	// succeeded inside its window.
	Simulated bool        `json:"simulated,omitempty"`
	Verdict   Verdict     `json:"verdict"`
	CheckedAt uint64      `json:"checkedAt,omitempty"`
	SlashTx   common.Hash `json:"slashTx,omitempty"`
	// SlashError is why no slash vote was sent on a MISSED op, if none was.
	SlashError string `json:"slashError,omitempty"`
	// SlashAttempts counts slash votes that could not be sent.
	SlashAttempts int `json:"slashAttempts,omitempty"`
}

// final reports whether the op needs no more work.
func (o *OpState) final() bool {
	return o.Verdict != Pending && (o.Verdict != Missed || o.SlashTx != (common.Hash{}) || o.SlashError != "")
}

// NewRecord is the record of a freshly witnessed iTx: every op PENDING.
func NewRecord(c *klaster.Committed, now uint64) *Record {
	r := &Record{ItxHash: c.ItxHash, Node: c.Node, Commitment: c.Commitment, UserSignature: c.UserSignature, ReceivedAt: now}
	for _, o := range c.Ops {
		r.Ops = append(r.Ops, OpState{
			ChainID: o.ChainID, EntryPoint: o.EntryPoint, Op: o.Op, UserOpHash: o.UserOpHash, Proof: o.Proof,
			Lower: o.Lower, Upper: o.Upper, Verdict: Pending,
		})
	}
	return r
}

// Evidence is exactly the arguments of KlasterStakeManager.slash.
type Evidence struct {
	Op            PackedOp       `json:"op"`
	ItxHash       common.Hash    `json:"itxHash"`
	Lower         hexutil.Uint64 `json:"lowerBoundTimestamp"`
	Upper         hexutil.Uint64 `json:"upperBoundTimestamp"`
	Proof         []common.Hash  `json:"proof"`
	UserSignature hexutil.Bytes  `json:"userSignature"`
	Commitment    hexutil.Bytes  `json:"commitment"`
}

// PackedOp is the PackedUserOperation argument of slash, in JSON.
type PackedOp struct {
	Sender             common.Address `json:"sender"`
	Nonce              *hexutil.Big   `json:"nonce"`
	InitCode           hexutil.Bytes  `json:"initCode"`
	CallData           hexutil.Bytes  `json:"callData"`
	AccountGasLimits   hexutil.Bytes  `json:"accountGasLimits"`
	PreVerificationGas *hexutil.Big   `json:"preVerificationGas"`
	GasFees            hexutil.Bytes  `json:"gasFees"`
	PaymasterAndData   hexutil.Bytes  `json:"paymasterAndData"`
	Signature          hexutil.Bytes  `json:"signature"`
}

// EvidenceOf is the slash evidence of op i of r.
func EvidenceOf(r *Record, i int) (*Evidence, error) {
	o := r.Ops[i]
	p, err := o.Op.Pack()
	if err != nil {
		return nil, fmt.Errorf("pack op %d of %s: %w", i, r.ItxHash, err)
	}
	return &Evidence{
		Op: PackedOp{
			Sender: p.Sender, Nonce: (*hexutil.Big)(p.Nonce), InitCode: p.InitCode, CallData: p.CallData,
			AccountGasLimits: p.AccountGasLimits[:], PreVerificationGas: (*hexutil.Big)(p.PreVerificationGas),
			GasFees: p.GasFees[:], PaymasterAndData: p.PaymasterAndData, Signature: p.Signature,
		},
		ItxHash: r.ItxHash, Lower: hexutil.Uint64(o.Lower), Upper: hexutil.Uint64(o.Upper),
		Proof: o.Proof, UserSignature: r.UserSignature, Commitment: r.Commitment,
	}, nil
}

// SlashCalldata is the calldata of KlasterStakeManager.slash(e...).
func (e *Evidence) SlashCalldata() ([]byte, error) {
	a, err := klasteraccount.KlasterStakeManagerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	if len(e.Op.AccountGasLimits) != 32 || len(e.Op.GasFees) != 32 || e.Op.Nonce == nil || e.Op.PreVerificationGas == nil {
		return nil, fmt.Errorf("evidence op: malformed packed fields")
	}
	op := klasteraccount.PackedUserOperation{
		Sender: e.Op.Sender, Nonce: e.Op.Nonce.ToInt(), InitCode: e.Op.InitCode, CallData: e.Op.CallData,
		PreVerificationGas: e.Op.PreVerificationGas.ToInt(), PaymasterAndData: e.Op.PaymasterAndData, Signature: e.Op.Signature,
	}
	copy(op.AccountGasLimits[:], e.Op.AccountGasLimits)
	copy(op.GasFees[:], e.Op.GasFees)
	proof := make([][32]byte, len(e.Proof))
	for i, h := range e.Proof {
		proof[i] = h
	}
	return a.Pack("slash", op, [32]byte(e.ItxHash), new(big.Int).SetUint64(uint64(e.Lower)), new(big.Int).SetUint64(uint64(e.Upper)),
		proof, []byte(e.UserSignature), []byte(e.Commitment))
}

// Report is one item of klaster_getWitnessReports.
type Report struct {
	ItxHash     common.Hash     `json:"itxHash"`
	Node        klaster.Address `json:"node"`
	ChainID     hexutil.Uint64  `json:"chainId"`
	EntryPoint  klaster.Address `json:"entryPoint"`
	UserOpHash  common.Hash     `json:"userOpHash"`
	Upper       hexutil.Uint64  `json:"upperBoundTimestamp"`
	Verdict     Verdict         `json:"verdict"`
	CheckedAt   hexutil.Uint64  `json:"checkedAt"`
	SlashTxHash *common.Hash    `json:"slashTransactionHash,omitempty"`
	Evidence    *Evidence       `json:"evidence"`
}

// ReportOf is the report on op i of r.
func ReportOf(r *Record, i int) (*Report, error) {
	o := r.Ops[i]
	ev, err := EvidenceOf(r, i)
	if err != nil {
		return nil, err
	}
	rep := &Report{
		ItxHash: r.ItxHash, Node: klaster.Address(r.Node), ChainID: hexutil.Uint64(o.ChainID), EntryPoint: klaster.Address(o.EntryPoint),
		UserOpHash: o.UserOpHash, Upper: hexutil.Uint64(o.Upper), Verdict: o.Verdict, CheckedAt: hexutil.Uint64(o.CheckedAt), Evidence: ev,
	}
	if o.SlashTx != (common.Hash{}) {
		h := o.SlashTx
		rep.SlashTxHash = &h
	}
	return rep, nil
}

// marshalRecord and unmarshalRecord are the stores' encoding.
func marshalRecord(r *Record) ([]byte, error) { return json.Marshal(r) }

func unmarshalRecord(b []byte) (*Record, error) {
	var r Record
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("decode witness record: %w", err)
	}
	return &r, nil
}
