package app

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/klaster-dev/klaster/gas"
	"github.com/klaster-dev/klaster/rpc"
)

// pvgOverrides are the preVerificationGas constants
// debug_bundler_setConfiguration may set (the reference bundler's names).
type pvgOverrides struct {
	ExpectedBundleSize          *uint64  `json:"expectedBundleSize"`
	FixedGasOverhead            *uint64  `json:"fixedGasOverhead"`
	PerUserOpGasOverhead        *uint64  `json:"perUserOpGasOverhead"`
	PerUserOpWordGasOverhead    *float64 `json:"perUserOpWordGasOverhead"`
	StandardTokenGasCost        *uint64  `json:"standardTokenGasCost"`
	FloorPerTokenGasCost        *uint64  `json:"floorPerTokenGasCost"`
	TransactionGasStipend       *uint64  `json:"transactionGasStipend"`
	EstimationSignatureSize     *int     `json:"estimationSignatureSize"`
	EstimationPaymasterDataSize *int     `json:"estimationPaymasterDataSize"`
}

// setPVGConfiguration applies debug_bundler_setConfiguration to the
// precheck and the estimator.
func (cs *chainService) setPVGConfiguration(raw map[string]any) error {
	b, err := json.Marshal(raw)
	if err != nil {
		return rpc.InvalidParams("configuration: %v", err)
	}
	var o pvgOverrides
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&o); err != nil {
		return rpc.InvalidParams("configuration: %v", err)
	}
	apply := func(p *gas.PVGConfig) {
		setU(&p.ExpectedBundleSize, o.ExpectedBundleSize)
		setU(&p.FixedGasOverhead, o.FixedGasOverhead)
		setU(&p.PerUserOpGasOverhead, o.PerUserOpGasOverhead)
		setU(&p.StandardTokenGasCost, o.StandardTokenGasCost)
		setU(&p.FloorPerTokenGasCost, o.FloorPerTokenGasCost)
		setU(&p.TransactionGasStipend, o.TransactionGasStipend)
		if o.PerUserOpWordGasOverhead != nil {
			p.PerUserOpWordGasOverhead = *o.PerUserOpWordGasOverhead
		}
		if o.EstimationSignatureSize != nil {
			p.EstimationSignatureSize = *o.EstimationSignatureSize
		}
		if o.EstimationPaymasterDataSize != nil {
			p.EstimationPaymasterDataSize = *o.EstimationPaymasterDataSize
		}
	}
	if o.ExpectedBundleSize != nil && *o.ExpectedBundleSize == 0 {
		return rpc.InvalidParams("configuration: expectedBundleSize must be at least 1")
	}
	gc := cs.admitter.GasConfig()
	apply(&gc.PVG)
	cs.admitter.SetGasConfig(gc)
	est := *cs.estimator.Load()
	apply(&est.Config.PVG)
	cs.estimator.Store(&est)
	cs.log.Info().Str("config", fmt.Sprint(raw)).Msg("preVerificationGas configuration changed")
	return nil
}

func setU(dst *uint64, v *uint64) {
	if v != nil {
		*dst = *v
	}
}
