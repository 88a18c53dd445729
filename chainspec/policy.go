package chainspec

import (
	"bytes"
	"encoding/json"

	"github.com/klaster-dev/klaster/config"
	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/erc7769"
	"github.com/klaster-dev/klaster/gas"
)

// CheckEIP7702 refuses EIP-7702 ops (an eip7702Auth tuple or the 0x7702
// initCode marker) on chains configured with eip7702 = false
// (admission.Config.Policy).
func (s *Spec) CheckEIP7702(op *entrypoint.UserOperation) error {
	if op == nil || s.EIP7702 || (op.EIP7702Auth == nil && !op.IsEIP7702()) {
		return nil
	}
	return erc7769.New(erc7769.CodeInvalidParams, "EIP-7702 ops (eip7702Auth or the 0x7702 initCode marker) are not supported on chain %d: it is configured with eip7702 = false", s.ChainID)
}

// PVGChange decodes debug_bundler_setConfiguration's object (the
// preVerificationGas constants of config.PVG; unknown keys are refused)
// into the change it makes (admission.Admitter.SetPVG).
func PVGChange(raw map[string]any) (func(gas.PVGConfig) gas.PVGConfig, error) {
	b, err := json.Marshal(raw)
	if err != nil {
		return nil, erc7769.New(erc7769.CodeInvalidParams, "configuration: %v", err)
	}
	var o config.PVG
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&o); err != nil {
		return nil, erc7769.New(erc7769.CodeInvalidParams, "configuration: %v", err)
	}
	if o.ExpectedBundleSize != nil && *o.ExpectedBundleSize == 0 {
		return nil, erc7769.New(erc7769.CodeInvalidParams, "configuration: expectedBundleSize must be at least 1")
	}
	return func(p gas.PVGConfig) gas.PVGConfig { return ApplyPVG(p, o) }, nil
}
