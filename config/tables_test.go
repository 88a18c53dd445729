package config

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/naoina/toml"
)

// fillAll sets every field of the struct v points to (pointers to a value
// derived from the field index, slices to two elements), so that a field
// added later takes part in the round trip without editing this test.
func fillAll(t *testing.T, v any) {
	rv := reflect.ValueOf(v).Elem()
	for i := 0; i < rv.NumField(); i++ {
		f := rv.Field(i)
		n := i + 3
		switch f.Type() {
		case reflect.TypeOf((*string)(nil)):
			s := "12345678901234567890"
			f.Set(reflect.ValueOf(&s))
		case reflect.TypeOf((*uint64)(nil)):
			x := uint64(n * 1000)
			f.Set(reflect.ValueOf(&x))
		case reflect.TypeOf((*int)(nil)):
			x := n
			f.Set(reflect.ValueOf(&x))
		case reflect.TypeOf((*float64)(nil)):
			x := float64(n) + 0.5
			f.Set(reflect.ValueOf(&x))
		case reflect.TypeOf(PVG{}):
			fillAll(t, f.Addr().Interface())
		case reflect.TypeOf((*bool)(nil)):
			x := n%2 == 0
			f.Set(reflect.ValueOf(&x))
		case reflect.TypeOf([]string(nil)):
			f.Set(reflect.ValueOf([]string{"0x000F3df6D732807Ef1319fB7B8bB8522d0Beac02:read", "0x00000000000000000000000000000000000000aa:readwrite"}))
		case reflect.TypeOf([]common.Address(nil)):
			f.Set(reflect.ValueOf([]common.Address{common.BigToAddress(common.Big1), {byte(n)}}))
		default:
			t.Fatalf("%s.%s: no sample for type %s", rv.Type().Name(), rv.Type().Field(i).Name, f.Type())
		}
	}
}

// Each of the [validation], [reputation] and [gas] (with [gas.pvg]) tables round-trips
// through a TOML file: every field is written and read back unchanged.
func TestValidationReputationGasRoundTripThroughTOML(t *testing.T) {
	want := Default()
	fillAll(t, &want.Validation)
	fillAll(t, &want.Reputation)
	fillAll(t, &want.Gas)
	raw, err := toml.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "klaster.toml")
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	got, err := Load(path)
	if err != nil {
		t.Fatalf("%v\n%s", err, raw)
	}
	for name, pair := range map[string][2]any{
		"validation": {want.Validation, got.Validation},
		"reputation": {want.Reputation, got.Reputation},
		"gas":        {want.Gas, got.Gas},
	} {
		if !reflect.DeepEqual(pair[0], pair[1]) {
			t.Errorf("[%s] changed in the round trip:\nwrote %+v\nread  %+v\nfile:\n%s", name, pair[0], pair[1], raw)
		}
	}
}

// A table the file leaves out keeps every default (nil overrides).
func TestAbsentTablesOverrideNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "klaster.toml")
	if err := os.WriteFile(path, []byte("listen = \"127.0.0.1:1\"\n[validation]\nmax-userop-size = 9000\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	got, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if got.Validation.MaxUserOpSize == nil || *got.Validation.MaxUserOpSize != 9000 {
		t.Fatalf("max-userop-size %v", got.Validation.MaxUserOpSize)
	}
	if got.Validation.MinStake != nil || got.Validation.StorageAllowlist != nil || !reflect.DeepEqual(got.Gas, Gas{}) || !reflect.DeepEqual(got.Reputation, Reputation{}) {
		t.Fatalf("unset settings are not nil: %+v %+v %+v", got.Validation, got.Gas, got.Reputation)
	}
}
