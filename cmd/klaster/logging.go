package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	gethlog "github.com/ethereum/go-ethereum/log"
	"github.com/rs/zerolog"
)

// newLogger builds the process logger: zerolog console output on a TTY, JSON
// otherwise (or as --log.format says).
func newLogger(w *os.File, level, format string) (zerolog.Logger, error) {
	lvl, err := zerolog.ParseLevel(level)
	if err != nil || level == "" {
		return zerolog.Logger{}, fmt.Errorf("--log.level %q: want trace, debug, info, warn or error", level)
	}
	var out io.Writer = w
	switch format {
	case "auto":
		if isTerminal(w) {
			out = zerolog.ConsoleWriter{Out: w, TimeFormat: time.TimeOnly}
		}
	case "console":
		out = zerolog.ConsoleWriter{Out: w, TimeFormat: time.TimeOnly, NoColor: !isTerminal(w)}
	case "json":
	default:
		return zerolog.Logger{}, fmt.Errorf("--log.format %q: want auto, console or json", format)
	}
	return zerolog.New(out).Level(lvl).With().Timestamp().Logger(), nil
}

func isTerminal(f *os.File) bool {
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// routeGethLogs sends the embedded nodes' logs (go-ethereum's slog logger)
// into zerolog: errors only, everything at trace level.
func routeGethLogs(logger zerolog.Logger) {
	min := slog.LevelError
	if logger.GetLevel() <= zerolog.TraceLevel {
		min = slog.LevelDebug
	}
	gethlog.SetDefault(gethlog.NewLogger(&slogToZerolog{log: logger.With().Str("component", "geth").Logger(), min: min}))
}
