package app

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/klaster-dev/klaster/chainspec"
	"github.com/klaster-dev/klaster/config"
	"github.com/klaster-dev/klaster/rpc"
)

// setPVGConfiguration applies debug_bundler_setConfiguration to the
// precheck and the estimator.
func (cs *chainService) setPVGConfiguration(raw map[string]any) error {
	b, err := json.Marshal(raw)
	if err != nil {
		return rpc.InvalidParams("configuration: %v", err)
	}
	var o config.PVG
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&o); err != nil {
		return rpc.InvalidParams("configuration: %v", err)
	}
	if o.ExpectedBundleSize != nil && *o.ExpectedBundleSize == 0 {
		return rpc.InvalidParams("configuration: expectedBundleSize must be at least 1")
	}
	gc := cs.admitter.GasConfig()
	gc.PVG = chainspec.ApplyPVG(gc.PVG, o)
	cs.admitter.SetGasConfig(gc)
	est := *cs.estimator.Load()
	est.Config.PVG = chainspec.ApplyPVG(est.Config.PVG, o)
	cs.estimator.Store(&est)
	cs.log.Info().Str("config", fmt.Sprint(raw)).Msg("preVerificationGas configuration changed")
	return nil
}
