package entrypoint

import (
	"encoding/json"
	"errors"
	"math/big"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func addrPtr(s string) *common.Address {
	a := common.HexToAddress(s)
	return &a
}

func baseOp() *UserOperation {
	return &UserOperation{
		Sender:               common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"),
		Nonce:                big.NewInt(0),
		CallData:             []byte{0xb6, 0x1d, 0x27, 0xf6},
		CallGasLimit:         big.NewInt(300000),
		VerificationGasLimit: big.NewInt(1000000),
		PreVerificationGas:   big.NewInt(400000),
		MaxFeePerGas:         big.NewInt(4000000000),
		MaxPriorityFeePerGas: big.NewInt(3000000000),
		Signature:            []byte{0xfa, 0xce},
	}
}

func withFactory(op *UserOperation) *UserOperation {
	op.Factory = addrPtr("0x91E60e0613810449d098b0b5Ec8b51A0FE8c8985")
	op.FactoryData = common.FromHex("0x5fbfb9cf000000000000000000000000f39fd6e51aad88f6f4ce6ab8827279cfffb922660000000000000000000000000000000000000000000000000000000000000000")
	return op
}

func withPaymaster(op *UserOperation) *UserOperation {
	op.Paymaster = addrPtr("0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0")
	op.PaymasterVerificationGasLimit = big.NewInt(100000)
	op.PaymasterPostOpGasLimit = big.NewInt(50000)
	op.PaymasterData = []byte("context")
	return op
}

func with7702(op *UserOperation, marker bool, data []byte) *UserOperation {
	op.EIP7702Auth = &EIP7702Auth{
		ChainID: big.NewInt(1337),
		Address: common.HexToAddress("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"),
		Nonce:   7,
		YParity: 1,
		R:       new(big.Int).SetBytes(common.FromHex("0x00aa0f1b7e4f5c0d7f2f8b7d4c8f8f6c9e3f5ab1c2d3e4f5a6b7c8d9eaf0b1c2")),
		S:       new(big.Int).SetBytes(common.FromHex("0x3b7e4f5c0d7f2f8b7d4c8f8f6c9e3f5ab1c2d3e4f5a6b7c8d9eaf0b1c2d3e4f5")),
	}
	if marker {
		m := EIP7702Marker()
		op.Factory = &m
		op.FactoryData = data
		if op.FactoryData == nil {
			op.FactoryData = []byte{}
		}
	}
	return op
}

func TestUserOpJSONRoundTrip(t *testing.T) {
	cases := map[string]*UserOperation{
		"v07 minimal":            baseOp(),
		"factory":                withFactory(baseOp()),
		"paymaster":              withPaymaster(baseOp()),
		"factory+paymaster":      withPaymaster(withFactory(baseOp())),
		"v08 eip7702Auth":        with7702(baseOp(), false, nil),
		"v08 marker":             with7702(baseOp(), true, nil),
		"v08 marker+factoryData": with7702(withPaymaster(baseOp()), true, []byte{1, 2, 3}),
	}
	big1 := baseOp()
	big1.Nonce = new(big.Int).Lsh(big.NewInt(0xabcdef), 200)
	big1.MaxFeePerGas = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))
	big1.CallData = []byte{}
	big1.Signature = []byte{}
	cases["big values, empty bytes"] = big1

	for name, op := range cases {
		t.Run(name, func(t *testing.T) {
			enc, err := json.Marshal(op)
			if err != nil {
				t.Fatal(err)
			}
			var dec UserOperation
			if err := json.Unmarshal(enc, &dec); err != nil {
				t.Fatalf("unmarshal %s: %v", enc, err)
			}
			if !reflect.DeepEqual(op, &dec) {
				t.Fatalf("round trip mismatch\n json %s\n got  %+v\n want %+v", enc, dec, *op)
			}
			enc2, _ := json.Marshal(&dec)
			if string(enc) != string(enc2) {
				t.Fatalf("re-encoding differs:\n%s\n%s", enc, enc2)
			}
			// Value and pointer marshal the same way.
			enc3, _ := json.Marshal(*op)
			if string(enc) != string(enc3) {
				t.Fatalf("value encoding differs:\n%s\n%s", enc, enc3)
			}
		})
	}
}

func TestUserOpJSONShape(t *testing.T) {
	got, _ := json.Marshal(withPaymaster(withFactory(baseOp())))
	want := `{"sender":"0x5FbDB2315678afecb367f032d93F642f64180aa3","nonce":"0x0",` +
		`"factory":"0x91E60e0613810449d098b0b5Ec8b51A0FE8c8985","factoryData":"0x5fbfb9cf000000000000000000000000f39fd6e51aad88f6f4ce6ab8827279cfffb922660000000000000000000000000000000000000000000000000000000000000000",` +
		`"callData":"0xb61d27f6","callGasLimit":"0x493e0","verificationGasLimit":"0xf4240","preVerificationGas":"0x61a80",` +
		`"maxFeePerGas":"0xee6b2800","maxPriorityFeePerGas":"0xb2d05e00",` +
		`"paymaster":"0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0","paymasterVerificationGasLimit":"0x186a0","paymasterPostOpGasLimit":"0xc350","paymasterData":"0x636f6e74657874",` +
		`"signature":"0xface"}`
	if string(got) != want {
		t.Fatalf("shape:\n got %s\nwant %s", got, want)
	}

	got, _ = json.Marshal(baseOp())
	for _, k := range []string{"factory", "paymaster", "eip7702Auth", "initCode", "paymasterAndData"} {
		if strings.Contains(string(got), `"`+k) {
			t.Errorf("minimal op must omit %q: %s", k, got)
		}
	}

	got, _ = json.Marshal(with7702(baseOp(), true, nil))
	if !strings.Contains(string(got), `"factory":"0x7702",`) || strings.Contains(string(got), "factoryData") {
		t.Errorf("marker without data: %s", got)
	}
	if !strings.Contains(string(got), `"eip7702Auth":{"chainId":"0x539","address":"0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512","nonce":"0x7","yParity":"0x1","r":"0xaa0f1b7e`) {
		t.Errorf("eip7702Auth shape: %s", got)
	}
	got, _ = json.Marshal(with7702(baseOp(), true, []byte{0xab}))
	if !strings.Contains(string(got), `"factory":"0x7702","factoryData":"0xab"`) {
		t.Errorf("marker with data: %s", got)
	}
}

func TestUserOpJSONLenientInput(t *testing.T) {
	// Lowercase/uppercase addresses, leading zeros, nulls for absent
	// optionals, JSON numbers, unknown fields, the 2-byte 7702 marker and
	// extra keys inside eip7702Auth.
	in := `{
	 "sender":"0x5FBDB2315678AFECB367F032D93F642F64180AA3","nonce":"0x00",
	 "factory":"0x7702","factoryData":null,
	 "callData":"0xB61D27F6","callGasLimit":"0x0493e0","verificationGasLimit":1000000,
	 "preVerificationGas":"0x61A80","maxFeePerGas":"0xee6b2800","maxPriorityFeePerGas":"0xb2d05e00",
	 "paymaster":null,"paymasterVerificationGasLimit":null,"paymasterPostOpGasLimit":"0x0","paymasterData":"0x",
	 "signature":"0xface","someClientExtra":{"x":1},
	 "eip7702Auth":{"chainId":"0x539","address":"0xe7f1725e7734ce288f8367e1bb143e90bb3f0512","nonce":"0x07",
	   "yParity":1,"r":"0x00aa0f1b7e4f5c0d7f2f8b7d4c8f8f6c9e3f5ab1c2d3e4f5a6b7c8d9eaf0b1c2",
	   "s":"0x3b7e4f5c0d7f2f8b7d4c8f8f6c9e3f5ab1c2d3e4f5a6b7c8d9eaf0b1c2d3e4f5","signer_private_key":null}
	}`
	var op UserOperation
	if err := json.Unmarshal([]byte(in), &op); err != nil {
		t.Fatal(err)
	}
	want := with7702(baseOp(), true, nil)
	if !reflect.DeepEqual(&op, want) {
		t.Fatalf("got %+v\nwant %+v", op, *want)
	}
}

func TestPartialUserOperation(t *testing.T) {
	// eth_estimateUserOperationGas input: gas fields null or missing.
	in := `{"sender":"0x5FbDB2315678afecb367f032d93F642f64180aa3","nonce":"0x1","factory":null,"factoryData":null,
	 "callData":"0x","callGasLimit":null,"verificationGasLimit":null,"preVerificationGas":"0x5208",
	 "maxFeePerGas":null,"paymaster":"0x9fe46736679d2d9a65f0992f2272de9f3c7fa6e0","paymasterVerificationGasLimit":null,
	 "signature":null,"eip7702Auth":null}`
	var p PartialUserOperation
	if err := json.Unmarshal([]byte(in), &p); err != nil {
		t.Fatal(err)
	}
	op := (*UserOperation)(&p)
	if op.CallGasLimit != nil || op.VerificationGasLimit != nil || op.MaxFeePerGas != nil || op.MaxPriorityFeePerGas != nil {
		t.Fatalf("absent gas fields must stay nil: %+v", op)
	}
	if op.PreVerificationGas.Int64() != 21000 || op.Paymaster == nil || op.PaymasterVerificationGasLimit != nil || op.Signature != nil {
		t.Fatalf("unexpected partial op %+v", op)
	}
	wantMissing := []string{"callGasLimit", "verificationGasLimit", "maxFeePerGas", "maxPriorityFeePerGas", "paymasterVerificationGasLimit", "paymasterPostOpGasLimit"}
	if got := op.MissingFields(); !reflect.DeepEqual(got, wantMissing) {
		t.Fatalf("MissingFields = %v, want %v", got, wantMissing)
	}
	if _, err := op.Pack(); err == nil {
		t.Fatal("Pack of a partial op must fail")
	}
	if _, err := NewHasherMust(t, V07).Hash(op); err == nil {
		t.Fatal("Hash of a partial op must fail")
	}
	// The strict decoder rejects the same input.
	var strict UserOperation
	err := json.Unmarshal([]byte(in), &strict)
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Field != "callGasLimit" || !errors.Is(err, ErrMissingField) {
		t.Fatalf("strict decode error = %v", err)
	}
	// Partial ops marshal without the absent quantities.
	enc, _ := json.Marshal(p)
	if strings.Contains(string(enc), "callGasLimit") || !strings.Contains(string(enc), `"preVerificationGas":"0x5208"`) {
		t.Fatalf("partial marshal: %s", enc)
	}
}

func NewHasherMust(t testing.TB, v Version) *Hasher {
	t.Helper()
	h, err := NewHasher(v, v.EntryPoint(), big.NewInt(1337))
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func TestUserOpJSONErrors(t *testing.T) {
	valid := map[string]string{
		"sender": `"0x5FbDB2315678afecb367f032d93F642f64180aa3"`, "nonce": `"0x0"`, "callData": `"0x"`,
		"callGasLimit": `"0x1"`, "verificationGasLimit": `"0x1"`, "preVerificationGas": `"0x1"`,
		"maxFeePerGas": `"0x1"`, "maxPriorityFeePerGas": `"0x1"`, "signature": `"0x"`,
	}
	build := func(mod map[string]string) string {
		m := map[string]json.RawMessage{}
		for k, v := range valid {
			m[k] = json.RawMessage(v)
		}
		for k, v := range mod {
			if v == "" {
				delete(m, k)
			} else {
				m[k] = json.RawMessage(v)
			}
		}
		b, _ := json.Marshal(m)
		return string(b)
	}
	cases := []struct {
		name string
		mod  map[string]string
		want string
	}{
		{"missing sender", map[string]string{"sender": ""}, `invalid userOp field "sender": missing required field`},
		{"short sender", map[string]string{"sender": `"0x1234"`}, `invalid userOp field "sender": want a 20-byte hex address, got 4 hex digits`},
		{"sender no prefix", map[string]string{"sender": `"5FbDB2315678afecb367f032d93F642f64180aa3"`}, `invalid userOp field "sender": hex string without 0x prefix`},
		{"nonce number string", map[string]string{"nonce": `"12"`}, `invalid userOp field "nonce": hex string without 0x prefix`},
		{"nonce empty", map[string]string{"nonce": `"0x"`}, `invalid userOp field "nonce": empty hex number`},
		{"nonce too big", map[string]string{"nonce": `"0x1` + strings.Repeat("0", 64) + `"`}, `invalid userOp field "nonce": number exceeds 256 bits`},
		{"callGasLimit bad digit", map[string]string{"callGasLimit": `"0xzz"`}, `invalid userOp field "callGasLimit": invalid hex digit`},
		{"callGasLimit > 128 bits", map[string]string{"callGasLimit": `"0x1` + strings.Repeat("0", 32) + `"`}, `invalid userOp field "callGasLimit": number exceeds 128 bits`},
		{"maxFeePerGas negative", map[string]string{"maxFeePerGas": `-1`}, `invalid userOp field "maxFeePerGas": negative number`},
		{"maxFeePerGas bool", map[string]string{"maxFeePerGas": `true`}, `invalid userOp field "maxFeePerGas": not an integer`},
		{"missing preVerificationGas", map[string]string{"preVerificationGas": ""}, `invalid userOp field "preVerificationGas": missing required field`},
		{"null signature", map[string]string{"signature": "null"}, `invalid userOp field "signature": missing required field`},
		{"odd callData", map[string]string{"callData": `"0xabc"`}, `invalid userOp field "callData": hex string of odd length`},
		{"callData number", map[string]string{"callData": `12`}, `invalid userOp field "callData": expected a 0x-prefixed hex string`},
		{"factory bad", map[string]string{"factory": `"0x7703"`}, `invalid userOp field "factory": want a 20-byte hex address, got 4 hex digits or the 0x7702 marker`},
		{"factoryData without factory", map[string]string{"factoryData": `"0x01"`}, `invalid userOp field "factoryData": factoryData given without factory`},
		{"paymaster missing limits", map[string]string{"paymaster": `"0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0"`}, `invalid userOp field "paymasterVerificationGasLimit": missing required field`},
		{"paymasterData without paymaster", map[string]string{"paymasterData": `"0x01"`}, `invalid userOp field "paymasterData": given without paymaster`},
		{"pm gas without paymaster", map[string]string{"paymasterPostOpGasLimit": `"0x10"`}, `invalid userOp field "paymasterPostOpGasLimit": given without paymaster`},
		{"v0.6 initCode", map[string]string{"initCode": `"0x"`}, `invalid userOp field "initCode": EntryPoint v0.6 field is not accepted`},
		{"v0.6 paymasterAndData", map[string]string{"paymasterAndData": `"0x"`}, `invalid userOp field "paymasterAndData": EntryPoint v0.6 field is not accepted`},
		{"auth missing r", map[string]string{"eip7702Auth": `{"chainId":"0x1","address":"0x5FbDB2315678afecb367f032d93F642f64180aa3","nonce":"0x0","yParity":"0x0","s":"0x1"}`}, `invalid userOp field "eip7702Auth.r": missing required field`},
		{"auth yParity", map[string]string{"eip7702Auth": `{"chainId":"0x1","address":"0x5FbDB2315678afecb367f032d93F642f64180aa3","nonce":"0x0","yParity":"0x2","r":"0x1","s":"0x1"}`}, `invalid userOp field "eip7702Auth.yParity": must be 0 or 1, got 2`},
		{"auth nonce", map[string]string{"eip7702Auth": `{"chainId":"0x1","address":"0x5FbDB2315678afecb367f032d93F642f64180aa3","nonce":"0x10000000000000000","yParity":"0x0","r":"0x1","s":"0x1"}`}, `invalid userOp field "eip7702Auth.nonce": number exceeds 64 bits`},
		{"auth not object", map[string]string{"eip7702Auth": `"0x"`}, `invalid userOp field "eip7702Auth": json: cannot unmarshal string`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var op UserOperation
			err := json.Unmarshal([]byte(build(tc.mod)), &op)
			if err == nil {
				t.Fatalf("expected error %q", tc.want)
			}
			if !strings.HasPrefix(err.Error(), tc.want) {
				t.Fatalf("error = %q\n want prefix %q", err, tc.want)
			}
		})
	}
	var op UserOperation
	if err := json.Unmarshal([]byte(`[1]`), &op); err == nil || !strings.HasPrefix(err.Error(), "invalid userOp: ") {
		t.Fatalf("non-object error = %v", err)
	}
}

func TestValidate(t *testing.T) {
	if err := with7702(baseOp(), true, nil).Validate(V08); err != nil {
		t.Fatal(err)
	}
	if err := withPaymaster(withFactory(baseOp())).Validate(V07); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		op   *UserOperation
		v    Version
		want string
	}{
		{with7702(baseOp(), false, nil), V07, `invalid userOp field "eip7702Auth": not supported by EntryPoint v0.7`},
		{func() *UserOperation { op := baseOp(); m := EIP7702Marker(); op.Factory = &m; return op }(), V07, `invalid userOp field "factory": 0x7702 marker not supported by EntryPoint v0.7`},
		{func() *UserOperation { op := baseOp(); op.CallGasLimit = nil; return op }(), V08, `invalid userOp field "callGasLimit": missing required field`},
		{func() *UserOperation {
			op := baseOp()
			op.CallGasLimit = new(big.Int).Lsh(big.NewInt(1), 128)
			return op
		}(), V08, `invalid userOp field "callGasLimit": out of uint128 range`},
		{func() *UserOperation { op := with7702(baseOp(), false, nil); op.EIP7702Auth.YParity = 3; return op }(), V08, `invalid userOp field "eip7702Auth": yParity must be 0 or 1, got 3`},
	} {
		if err := tc.op.Validate(tc.v); err == nil || err.Error() != tc.want {
			t.Errorf("Validate = %v, want %q", err, tc.want)
		}
	}
}

func TestCopyIsDeep(t *testing.T) {
	op := with7702(withPaymaster(withFactory(baseOp())), false, nil)
	cp := op.Copy()
	if !reflect.DeepEqual(op, cp) {
		t.Fatal("copy differs")
	}
	cp.Nonce.SetInt64(99)
	cp.CallData[0] = 0
	cp.Factory[0] = 0
	cp.EIP7702Auth.R.SetInt64(1)
	if op.Nonce.Int64() == 99 || op.CallData[0] == 0 || op.Factory[0] == 0 || op.EIP7702Auth.R.Int64() == 1 {
		t.Fatal("copy aliases the original")
	}
}

func TestMarshalRejectsNegative(t *testing.T) {
	op := baseOp()
	op.CallGasLimit = big.NewInt(-1)
	if _, err := json.Marshal(op); err == nil || !strings.Contains(err.Error(), `invalid userOp field "callGasLimit": negative number`) {
		t.Fatalf("err = %v", err)
	}
	op = with7702(baseOp(), false, nil)
	op.EIP7702Auth.R = nil // nil stays omitted, must not panic
	if _, err := json.Marshal(op); err != nil {
		t.Fatal(err)
	}
}
