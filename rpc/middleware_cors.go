package rpc

import (
	"net/http"

	"github.com/rs/cors"
)

// corsMiddleware answers preflights and sets CORS headers for the origins in
// Options.CORSOrigins; it returns nil when none are configured. It runs first,
// so rejections (429, 413, ...) carry the headers and browsers can read them.
func (s *Server) corsMiddleware() func(http.Handler) http.Handler {
	if len(s.opts.CORSOrigins) == 0 {
		return nil
	}
	c := cors.New(cors.Options{
		AllowedOrigins: s.opts.CORSOrigins,
		AllowedMethods: []string{http.MethodPost, http.MethodGet},
		AllowedHeaders: []string{"*"},
		MaxAge:         600,
	})
	return c.Handler
}
