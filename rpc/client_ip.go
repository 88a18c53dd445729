package rpc

import (
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// clientKey identifies the client of r for rate limiting: its IP, or for
// IPv6 its /64, since one host usually holds a whole /64. With trustProxy it
// uses X-Real-IP, else the last X-Forwarded-For entry (the one the nearest
// proxy appended), falling back to the TCP peer.
func clientKey(r *http.Request, trustProxy bool) string {
	host := ""
	if trustProxy {
		host = forwardedHost(r)
	}
	if host == "" {
		h, _, err := net.SplitHostPort(r.RemoteAddr)
		if err != nil {
			h = r.RemoteAddr
		}
		host = h
	}
	return hostKey(host)
}

// hostKey is the client key of a host: its IP, or for IPv6 its /64.
func hostKey(host string) string {
	addr, err := netip.ParseAddr(host)
	if err != nil {
		return host
	}
	addr = addr.Unmap()
	if addr.Is6() {
		if p, err := addr.WithZone("").Prefix(64); err == nil {
			return p.String()
		}
	}
	return addr.String()
}

// forwardedHost is the client a trusted proxy names: X-Real-IP, else the
// last X-Forwarded-For entry (the one the nearest proxy appended); "" when
// neither is set.
func forwardedHost(r *http.Request) string {
	if v := strings.TrimSpace(r.Header.Get("X-Real-Ip")); v != "" {
		return v
	}
	if xff := r.Header.Values("X-Forwarded-For"); len(xff) > 0 {
		last := xff[len(xff)-1]
		if i := strings.LastIndexByte(last, ','); i >= 0 {
			last = last[i+1:]
		}
		return strings.TrimSpace(last)
	}
	return ""
}

// trustProxy, with Options.TrustProxyHeaders, sets r.RemoteAddr to the
// client the proxy names, so that everything after it (the rate limiter,
// the logs, go-ethereum's PeerInfo over HTTP and WebSocket, hence the
// subscription limit) sees the real client.
func (s *Server) trustProxy(next http.Handler) http.Handler {
	if !s.opts.TrustProxyHeaders {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if host := forwardedHost(r); host != "" {
			r = r.Clone(r.Context())
			r.RemoteAddr = net.JoinHostPort(host, "0")
		}
		next.ServeHTTP(w, r)
	})
}
