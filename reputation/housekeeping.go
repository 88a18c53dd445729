package reputation

import (
	"context"
	"time"
)

// RunDecay applies the hourly decay each interval until ctx ends.
func (m *Manager) RunDecay(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			m.Decay()
		}
	}
}

// StatusCounts reports the known entities by status name (for the
// metrics).
func (m *Manager) StatusCounts() map[string]int {
	out := map[string]int{}
	for _, e := range m.Dump() {
		out[e.Status.String()]++
	}
	return out
}
