package rpc

import (
	"context"
	"net/http"

	"golang.org/x/time/rate"
)

// requestInfo carries what the middlewares learn about a request to the ones
// around them. logRequests installs it; the others fill it in.
type requestInfo struct {
	body    []byte        // the request body, once limitBody has read it
	batch   bool          // the body is a batch that limitBody parsed
	methods []string      // the batch's method names, when batch is set
	limiter *rate.Limiter // the client's bucket, when rate limiting is on
}

type requestInfoKey struct{}

// withRequestInfo returns r carrying a fresh requestInfo.
func withRequestInfo(r *http.Request) (*http.Request, *requestInfo) {
	info := new(requestInfo)
	return r.WithContext(context.WithValue(r.Context(), requestInfoKey{}, info)), info
}

// infoFrom returns the request's requestInfo, or a throwaway one.
func infoFrom(r *http.Request) *requestInfo {
	if info, ok := r.Context().Value(requestInfoKey{}).(*requestInfo); ok {
		return info
	}
	return new(requestInfo)
}
