package main

import (
	"context"
	"log/slog"

	"github.com/rs/zerolog"
)

// slogToZerolog is a slog.Handler writing to a zerolog.Logger.
type slogToZerolog struct {
	log   zerolog.Logger
	min   slog.Level
	attrs []slog.Attr
}

func (h *slogToZerolog) Enabled(_ context.Context, l slog.Level) bool { return l >= h.min }

func (h *slogToZerolog) Handle(_ context.Context, r slog.Record) error {
	var ev *zerolog.Event
	switch {
	case r.Level >= slog.LevelError:
		ev = h.log.Error()
	case r.Level >= slog.LevelWarn:
		ev = h.log.Warn()
	case r.Level >= slog.LevelInfo:
		ev = h.log.Info()
	default:
		ev = h.log.Debug()
	}
	for _, a := range h.attrs {
		ev = ev.Interface(a.Key, a.Value.Any())
	}
	r.Attrs(func(a slog.Attr) bool {
		ev = ev.Interface(a.Key, a.Value.Any())
		return true
	})
	ev.Msg(r.Message)
	return nil
}

func (h *slogToZerolog) WithAttrs(attrs []slog.Attr) slog.Handler {
	return &slogToZerolog{log: h.log, min: h.min, attrs: append(append([]slog.Attr{}, h.attrs...), attrs...)}
}

func (h *slogToZerolog) WithGroup(string) slog.Handler { return h }
