package payment

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/klaster-dev/klaster/entrypoint"
)

func TestAmountRoundsOnceAtTheEnd(t *testing.T) {
	// Two chains each worth 0.4 unit: rounding per chain would give 2,
	// rounding once gives ceil(0.8 × 1.1) = 1.
	wei := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	chains := []ChainPrice{
		{ChainID: 1, MaxCost: new(big.Int).Div(wei, big.NewInt(10)), TokenPerNative: big.NewInt(4)},
		{ChainID: 2, MaxCost: new(big.Int).Div(wei, big.NewInt(10)), TokenPerNative: big.NewInt(4)},
	}
	if got := Amount(chains, 10); got.Cmp(big.NewInt(1)) != 0 {
		t.Fatalf("amount %s, want 1", got)
	}
	// Exact: no rounding up.
	exact := []ChainPrice{{ChainID: 1, MaxCost: wei, TokenPerNative: big.NewInt(3_000_000_000)}}
	if got := Amount(exact, 0); got.Cmp(big.NewInt(3_000_000_000)) != 0 {
		t.Fatalf("amount %s, want 3000000000", got)
	}
	if got := Amount(exact, 5); got.Cmp(big.NewInt(3_150_000_000)) != 0 {
		t.Fatalf("amount with 5%% premium %s, want 3150000000", got)
	}
}

func TestCallDataRoundTripAndHostileEncodings(t *testing.T) {
	token, to := common.HexToAddress("0x1234"), common.HexToAddress("0xbeef")
	for _, tok := range []common.Address{token, Native} {
		data := CallData(tok, to, big.NewInt(777))
		gotTok, gotTo, amount, err := ParseCallData(data)
		if err != nil || gotTok != tok || gotTo != to || amount.Int64() != 777 {
			t.Fatalf("%s: parsed %s %s %v %v", tok, gotTok, gotTo, amount, err)
		}
	}
	data := CallData(token, to, big.NewInt(777))
	for name, bad := range map[string][]byte{
		"truncated":      data[:len(data)-1],
		"trailing bytes": append(append([]byte{}, data...), 0),
		"other selector": append([]byte{1, 2, 3, 4}, data[4:]...),
		"value with a token transfer": func() []byte {
			b := append([]byte{}, data...)
			b[67] = 1
			return b
		}(),
	} {
		if _, _, _, err := ParseCallData(bad); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestSponsorshipSignedByTheNodeOnly(t *testing.T) {
	key, _ := crypto.GenerateKey()
	other, _ := crypto.GenerateKey()
	pm := common.HexToAddress("0x9a9a")
	op := &entrypoint.UserOperation{
		Sender: common.HexToAddress("0x5e5e"), Nonce: big.NewInt(3), CallData: []byte{1, 2, 3},
		CallGasLimit: big.NewInt(100_000), VerificationGasLimit: big.NewInt(200_000), PreVerificationGas: big.NewInt(50_000),
		MaxFeePerGas: big.NewInt(2e9), MaxPriorityFeePerGas: big.NewInt(1e9),
	}
	ref := common.HexToHash("0xabcd")
	if err := Sponsor(key, 1337, pm, op, 10, 20, ref); err != nil {
		t.Fatal(err)
	}
	s, signer, err := SponsorOf(1337, pm, op)
	if err != nil || signer != crypto.PubkeyToAddress(key.PublicKey) || s.PaymentRef != ref || s.ValidAfter != 10 || s.ValidUntil != 20 {
		t.Fatalf("sponsorship %+v signer %s err %v", s, signer, err)
	}
	for name, tamper := range map[string]func(*entrypoint.UserOperation){
		"callData":      func(o *entrypoint.UserOperation) { o.CallData = []byte{9} },
		"gas":           func(o *entrypoint.UserOperation) { o.CallGasLimit = big.NewInt(100_001) },
		"fee":           func(o *entrypoint.UserOperation) { o.MaxFeePerGas = big.NewInt(3e9) },
		"nonce":         func(o *entrypoint.UserOperation) { o.Nonce = big.NewInt(4) },
		"window":        func(o *entrypoint.UserOperation) { o.PaymasterData[5]++ },
		"payment ref":   func(o *entrypoint.UserOperation) { o.PaymasterData[20]++ },
		"paymaster gas": func(o *entrypoint.UserOperation) { o.PaymasterVerificationGasLimit = big.NewInt(1) },
	} {
		c := op.Copy()
		tamper(c)
		if _, got, err := SponsorOf(1337, pm, c); err == nil && got == signer {
			t.Errorf("%s changed, the sponsorship still recovers to the node", name)
		}
	}
	if _, got, _ := SponsorOf(1338, pm, op); got == signer {
		t.Error("the sponsorship is valid on another chain")
	}
	forged := op.Copy()
	if err := Sponsor(other, 1337, pm, forged, 10, 20, ref); err != nil {
		t.Fatal(err)
	}
	if _, got, _ := SponsorOf(1337, pm, forged); got == signer {
		t.Error("another key's sponsorship recovers to the node")
	}
}

func TestIsPaymentOpNeedsSponsorNonceKeyAndCallData(t *testing.T) {
	pm, token, node := common.HexToAddress("0xaa"), common.HexToAddress("0x1234"), common.HexToAddress("0xbeef")
	payOp := func() *entrypoint.UserOperation {
		return &entrypoint.UserOperation{Sender: common.HexToAddress("0x5e"), Nonce: new(big.Int).Lsh(NonceKey, 64),
			CallData: CallData(token, node, big.NewInt(777)), Paymaster: &pm}
	}
	if !IsPaymentOp(payOp()) {
		t.Fatal("a quote's payment op is not recognised")
	}
	seq := payOp()
	seq.Nonce.Add(seq.Nonce, big.NewInt(3)) // a later payment of the same account
	if !IsPaymentOp(seq) {
		t.Fatal("a payment op with sequence 3 is not recognised")
	}
	for name, change := range map[string]func(*entrypoint.UserOperation){
		"not sponsored":     func(op *entrypoint.UserOperation) { op.Paymaster = nil },
		"nonce key 0":       func(op *entrypoint.UserOperation) { op.Nonce = big.NewInt(5) },
		"another nonce key": func(op *entrypoint.UserOperation) { op.Nonce = new(big.Int).Lsh(big.NewInt(1), 64) },
		"no nonce":          func(op *entrypoint.UserOperation) { op.Nonce = nil },
		"other callData":    func(op *entrypoint.UserOperation) { op.CallData = op.CallData[:len(op.CallData)-1] },
		"empty callData":    func(op *entrypoint.UserOperation) { op.CallData = nil },
	} {
		op := payOp()
		change(op)
		if IsPaymentOp(op) {
			t.Errorf("%s: taken for a payment op", name)
		}
	}
	if IsPaymentOp(nil) {
		t.Error("nil taken for a payment op")
	}
}
