package bundler

import (
	"errors"
	"strings"

	"github.com/klaster-dev/klaster/mempool"
)

// fitLimits returns the longest prefix of ops (in selection order) whose
// bundle stays within LIM-040, LIM-050 and the node's transaction size; the
// ops left out stay Pending for the next bundle. A single op over a limit
// on its own is returned in tooBig: it can never be bundled.
func (b *Builder) fitLimits(ops []mempool.Entry) (fit, tooBig []mempool.Entry, err error) {
	lim := b.cfg.Limits
	maxData := lim.MaxTxSize - txEnvelopeReserve
	if lim.MaxBundleSize > 0 && lim.MaxBundleSize < maxData {
		maxData = lim.MaxBundleSize
	}
	// handleOps(PackedUserOperation[], address): selector, two head words
	// and the array length.
	size, contexts, auths := 4+3*32, 0, 0
	for i := range ops {
		e := &ops[i]
		c := 0
		if b.deps.ContextSize != nil {
			c = b.deps.ContextSize(e)
		}
		a := 0
		if e.Op.EIP7702Auth != nil {
			a = 1
		}
		n, err := packedOpSize(e)
		if err != nil {
			return nil, nil, err
		}
		over := size+n+(auths+a)*authorizationSize > maxData ||
			(lim.MaxBundleContextSize > 0 && contexts+c > lim.MaxBundleContextSize)
		if over {
			if len(fit) == 0 {
				tooBig = append(tooBig, *e)
				continue
			}
			break
		}
		fit = append(fit, *e)
		size += n
		contexts += c
		auths += a
	}
	return fit, tooBig, nil
}

// packedOpSize is an op's share of the handleOps calldata: its offset
// word and its ABI-encoded PackedUserOperation tuple.
func packedOpSize(e *mempool.Entry) (int, error) {
	p, err := e.Op.Pack()
	if err != nil {
		return 0, err
	}
	n := 32 + 9*32
	for _, f := range [][]byte{p.InitCode, p.CallData, p.PaymasterAndData, p.Signature} {
		n += 32 + (len(f)+31)/32*32
	}
	return n, nil
}

// errBundleLimit is the reason an op too large for any bundle is dropped.
var errBundleLimit = errors.New("LIM-040: the op alone exceeds the bundle size limits (MAX_BUNDLE_SIZE, MAX_BUNDLE_CONTEXT_SIZE or the node's transaction size)")

// isRefusedBySize reports a node refusal that the same transaction would get
// again whatever the fees: too large, or too much gas.
func isRefusedBySize(err error) bool {
	s := strings.ToLower(err.Error())
	for _, m := range []string{"oversized data", "exceeds block gas limit", "gas limit too high", "intrinsic gas too low", "exceeds the configured cap", "transaction too large"} {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}
