package rpc

import (
	"net/http"
	"net/url"
	"os"
	"strings"
)

// wsOriginCheck mirrors go-ethereum's WebSocket handshake validator: no
// Origin header passes (non-browser clients), "*" allows any origin, an
// empty list allows http://localhost and http://<hostname>; an allowed
// origin matches on the parts it gives (scheme, host, port).
func wsOriginCheck(allowed []string) func(*http.Request) bool {
	var rules []string
	all := false
	for _, o := range allowed {
		if o == "*" {
			all = true
		}
		if o != "" {
			rules = append(rules, o)
		}
	}
	if len(rules) == 0 {
		rules = append(rules, "http://localhost")
		if h, err := os.Hostname(); err == nil {
			rules = append(rules, "http://"+h)
		}
	}
	return func(r *http.Request) bool {
		if _, ok := r.Header["Origin"]; !ok || all {
			return true
		}
		origin := strings.ToLower(r.Header.Get("Origin"))
		for _, rule := range rules {
			if originRuleAllows(rule, origin) {
				return true
			}
		}
		return false
	}
}

func originRuleAllows(rule, origin string) bool {
	rs, rh, rp, err := originParts(rule)
	if err != nil {
		return false
	}
	bs, bh, bp, err := originParts(origin)
	if err != nil {
		return false
	}
	return (rs == "" || rs == bs) && (rh == "" || rh == bh) && (rp == "" || rp == bp)
}

func originParts(origin string) (scheme, host, port string, err error) {
	u, err := url.Parse(strings.ToLower(origin))
	if err != nil {
		return "", "", "", err
	}
	if strings.Contains(origin, "://") {
		return u.Scheme, u.Hostname(), u.Port(), nil
	}
	host, port = u.Scheme, u.Opaque
	if host == "" {
		host = origin
	}
	return "", host, port, nil
}
