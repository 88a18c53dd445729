// Package nodeurl keeps a node URL's secrets (provider keys in its path,
// query or user info) out of errors and logs: Redact shows only its scheme
// and host, and Dial returns a client whose errors never carry more.
package nodeurl

import (
	"context"
	"net/http"
	"net/url"

	gethrpc "github.com/ethereum/go-ethereum/rpc"
)

// Redact returns u with only its scheme and host ("https://host/…"), or
// "(node URL)" when u does not parse.
func Redact(u string) string {
	p, err := url.Parse(u)
	if err != nil || p.Host == "" {
		return "(node URL)"
	}
	out := p.Scheme + "://" + p.Host
	if p.User != nil || (p.Path != "" && p.Path != "/") || p.RawQuery != "" || p.Fragment != "" {
		out += "/…"
	}
	return out
}

// Dial connects to the node at u. Over HTTP(S) the client is given the
// redacted URL and a transport that sends each request to the real one, so
// that the errors it returns (Go's url.Error quotes the request URL) name
// only the scheme and host. WebSocket and IPC endpoints are dialled as
// they are (their errors do not quote the URL).
func Dial(ctx context.Context, u string) (*gethrpc.Client, error) {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || Redact(u) == p.Scheme+"://"+p.Host {
		return gethrpc.DialContext(ctx, u)
	}
	shown := &url.URL{Scheme: p.Scheme, Host: p.Host, Path: "/"}
	hc := &http.Client{Transport: &rewrite{real: p, base: http.DefaultTransport}}
	return gethrpc.DialOptions(ctx, shown.String(), gethrpc.WithHTTPClient(hc))
}

// rewrite sends every request to the real URL.
type rewrite struct {
	real *url.URL
	base http.RoundTripper
}

func (t *rewrite) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	u := *t.real
	r.URL = &u
	r.Host = u.Host
	if u.User != nil {
		pw, _ := u.User.Password()
		r.SetBasicAuth(u.User.Username(), pw)
	}
	return t.base.RoundTrip(r)
}
