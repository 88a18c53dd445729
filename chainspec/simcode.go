package chainspec

import (
	"context"

	"github.com/rs/zerolog"

	"github.com/klaster-dev/klaster/entrypoint"
	"github.com/klaster-dev/klaster/validation"
)

// ResolveSimulationCode sets each EntryPoint's SimulationCode once, at
// start: the EntryPointSimulations runtime code of its version constructed
// on the chain's node (validation.ConstructSimulationCode: its immutables
// set), or the published code when the node cannot construct it. Every
// simulation (validation, estimation, the waiting ops' re-simulation) puts
// this code at the EntryPoint. The Spec's configs get the new Set.
func (s *Spec) ResolveSimulationCode(ctx context.Context, call validation.CallFunc, log zerolog.Logger) error {
	list := s.EntryPoints.List()
	built := map[entrypoint.Version][]byte{}
	for i, d := range list {
		code, ok := built[d.Version]
		if !ok {
			var err error
			if code, err = validation.ConstructSimulationCode(ctx, call, d.Version); err != nil {
				log.Warn().Err(err).Stringer("version", d.Version).Msg("cannot construct EntryPointSimulations; using published runtime code")
				if code, err = validation.PublishedSimulationCode(d.Version); err != nil {
					return err
				}
			}
			built[d.Version] = code
		}
		list[i].SimulationCode = code
	}
	eps, err := entrypoint.NewSet(list...)
	if err != nil {
		return err
	}
	s.EntryPoints = eps
	s.Validation.EntryPoints, s.Gas.EntryPoints, s.Estimator.EntryPoints = eps, eps, eps
	return nil
}
