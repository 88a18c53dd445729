// Package crashpoint owns the crash points of test builds: a binary built
// with -tags crashpoints kills itself (SIGKILL, as kill -9) at the point
// named by KLASTER_CRASH_AT, so tests can crash it at each step of a
// multi-step write. In other builds Hit does nothing.
package crashpoint

// Env names the crash point to die at.
const Env = "KLASTER_CRASH_AT"
