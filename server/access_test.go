package server

import (
	"encoding/base64"
	"net/http"
	"strings"
	"testing"
)

// TestReadToken checks that a read token guards every read (API, feeds,
// UI) but /healthz, in the forms browsers and feed readers can send, and
// that the write token still guards writes.
func TestReadToken(t *testing.T) {
	basic := func(user, pw string) string {
		return "Basic " + base64.StdEncoding.EncodeToString([]byte(user+":"+pw))
	}
	ui := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte("<html>ui</html>")) })
	tests := []struct {
		name, write, header string
		path                string
		code                int
	}{
		{"search without token", "", "", "/api/search?q=x", 401},
		{"search, wrong bearer", "", "Bearer nope", "/api/search", 401},
		{"search, bearer", "", "Bearer r3ad", "/api/search", 200},
		{"search, basic password", "", basic("any", "r3ad"), "/api/search", 200},
		{"search, basic wrong", "", basic("r3ad", "nope"), "/api/search", 401},
		{"search, write token", "wr1te", "Bearer wr1te", "/api/search", 200},
		{"search, write token as basic", "wr1te", basic("x", "wr1te"), "/api/search", 401},
		{"article", "", "", "/api/articles/m1", 401},
		{"feed", "", "", "/feed.atom?q=x", 401},
		{"feed, basic", "", basic("", "r3ad"), "/feed.atom", 200},
		{"quotes feed", "", "", "/quotes.atom", 401},
		{"openapi", "", "", "/api/openapi.json", 401},
		{"ui", "", "", "/", 401},
		{"ui page", "", "", "/actors/x", 401},
		{"ui, basic", "", basic("", "r3ad"), "/", 200},
		{"health", "", "", "/healthz", 200},
		{"analyze without token", "", "", "/api/analyze", 401},
		{"analyze, read token, no write token", "", "Bearer r3ad", "/api/analyze", 200},
		{"analyze, read token, write token set", "wr1te", "Bearer r3ad", "/api/analyze", 401},
		{"analyze, write token", "wr1te", "Bearer wr1te", "/api/analyze", 200},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := newTestServer(t, Config{Token: tc.write, ReadToken: "r3ad", UI: ui})
			method, body := "GET", ""
			if tc.path == "/api/analyze" {
				method, body = "POST", "قال فايز السراج إن الوضع تحت السيطرة."
			}
			var hdr []string
			if tc.header != "" {
				hdr = []string{"Authorization", tc.header}
			}
			rec := do(s, method, tc.path, strings.NewReader(body), hdr...)
			if rec.Code != tc.code {
				t.Fatalf("%s %s: %d %.200s, want %d", method, tc.path, rec.Code, rec.Body, tc.code)
			}
			if rec.Code == 401 {
				if ch := strings.Join(rec.Header().Values("WWW-Authenticate"), ", "); !strings.Contains(ch, "Bearer") ||
					(tc.path != "/api/analyze" && !strings.Contains(ch, "Basic")) {
					t.Errorf("challenges %q", ch)
				}
				if strings.Contains(rec.Body.String(), "ui") {
					t.Error("the UI answered without the token")
				}
			}
		})
	}
	// Without a read token, reads stay open.
	s, _ := newTestServer(t, Config{Token: "wr1te", UI: ui})
	for _, p := range []string{"/api/search", "/feed.atom", "/"} {
		if rec := do(s, "GET", p, nil); rec.Code != 200 {
			t.Errorf("%s without a read token configured: %d", p, rec.Code)
		}
	}
}
