package server

import (
	"crypto/subtle"
	"net/http"
	"strings"
)

// Reading can be guarded as writing is: with Config.ReadToken set, every
// route but /healthz — the API's reads, the feeds and the web UI — needs
// that token, or the write token. Browsers and feed readers cannot send a
// bearer token, so the read token is also accepted as the password of
// HTTP Basic authentication (any user name): a browser asks for it once,
// and a feed reader takes it in the feed's URL (https://x:TOKEN@host/...).

// publicPath reports the routes open without the read token.
func publicPath(path string) bool { return path == "/healthz" }

// readAuthorized reports whether r may read: always without
// Config.ReadToken; else with the read token as a bearer token or a Basic
// password, or with the write token (when set) as a bearer token.
func (s *Server) readAuthorized(r *http.Request) bool {
	if s.cfg.ReadToken == "" {
		return true
	}
	if s.cfg.Token != "" && s.authorized(r) {
		return true
	}
	var got string
	if _, pw, ok := r.BasicAuth(); ok {
		got = pw
	} else if scheme, tok, ok := strings.Cut(r.Header.Get("Authorization"), " "); ok && strings.EqualFold(scheme, "Bearer") {
		got = strings.TrimSpace(tok)
	}
	return got != "" && subtle.ConstantTimeCompare([]byte(got), []byte(s.cfg.ReadToken)) == 1
}

// denyRead answers a request without the read token: 401 with both
// challenges, so that a browser asks for the token.
func (s *Server) denyRead(w http.ResponseWriter, r *http.Request) {
	w.Header().Add("WWW-Authenticate", `Basic realm="marsad", charset="UTF-8"`)
	w.Header().Add("WWW-Authenticate", `Bearer realm="marsad"`)
	s.fail(w, r, errorf(http.StatusUnauthorized, "this server needs the read token (bearer, or as the HTTP Basic password)"))
}
