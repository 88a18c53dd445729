package gas

import "context"

// searchMin finds (within tolerance) the least gas value x with ok(x),
// given that ok(hi) holds and that ok is monotonic. lo is a value assumed
// to fail (0 for none known). A guess inside (lo, hi) is probed first; if
// it fails, the probe grows by half, then doubles, until one succeeds
// (galloping, for guesses a little short); then the interval is bisected
// until hi − lo ≤ tolerance(hi). The result is always a value for which ok
// held (hi, initially the caller's verified probe).
//
// Bound: at most maxCalls probes. Without a guess that is
// ceil(log2((hi−lo)/tolerance)), 14 for the 8M call gas probe at the
// estimator's 500-gas tolerance; with a guess within a factor of 1.5 of the
// result it is about 2 + log2(guess/2/tolerance), 5 to 7 for typical
// accounts.
func searchMin(ctx context.Context, lo, hi, guess uint64, maxCalls int, tolerance func(uint64) uint64, ok func(context.Context, uint64) (bool, error)) (uint64, int, error) {
	calls := 0
	probe := func(x uint64) (bool, error) {
		calls++
		good, err := ok(ctx, x)
		if err != nil {
			return false, err
		}
		if good {
			hi = x
		} else {
			lo = x
		}
		return good, nil
	}
	if guess > lo && guess < hi {
		good, err := probe(guess)
		if err != nil {
			return 0, calls, err
		}
		for step := guess / 2; !good && step > 0 && lo+step < hi && calls < maxCalls; step = lo {
			if good, err = probe(lo + step); err != nil {
				return 0, calls, err
			}
		}
	}
	for hi-lo > tolerance(hi) && calls < maxCalls {
		if _, err := probe(lo + (hi-lo)/2); err != nil {
			return 0, calls, err
		}
	}
	return hi, calls, nil
}
