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
		if v := strings.TrimSpace(r.Header.Get("X-Real-Ip")); v != "" {
			host = v
		} else if xff := r.Header.Values("X-Forwarded-For"); len(xff) > 0 {
			last := xff[len(xff)-1]
			if i := strings.LastIndexByte(last, ','); i >= 0 {
				last = last[i+1:]
			}
			host = strings.TrimSpace(last)
		}
	}
	if host == "" {
		h, _, err := net.SplitHostPort(r.RemoteAddr)
		if err != nil {
			h = r.RemoteAddr
		}
		host = h
	}
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
