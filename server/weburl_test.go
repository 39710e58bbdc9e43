package server

import (
	"context"
	"strings"
	"testing"

	"github.com/marsad/marsad/server/internal/memstore"
	"github.com/marsad/marsad/store/storetest"
)

func TestWebURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.com/a?b=1", "https://example.com/a?b=1"},
		{"HTTP://example.com/", "http://example.com/"},
		{"javascript:alert(1)", ""},
		{" JaVaScRiPt:alert(1)", ""},
		{"data:text/html,<script>alert(1)</script>", ""},
		{"vbscript:msgbox", ""},
		{"//example.com/a", ""},
		{"/relative", ""},
		{"http:///nohost", ""},
		{"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := webURL(tc.in); got != tc.want {
				t.Errorf("webURL(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestAPIURLsOnlyHTTP: stored javascript: and data: URLs are not returned
// by the API (issue #12: they were returned as they were).
func TestAPIURLsOnlyHTTP(t *testing.T) {
	st := memstore.New()
	for i, u := range []string{"javascript:alert(document.cookie)", "data:text/html;base64,PHNjcmlwdD4=", "https://example.com/ok"} {
		a := storetest.Corpus()[0].Article()
		a.ID = "evil-" + string(rune('a'+i))
		a.ContentHash = strings.Repeat(string(rune('a'+i)), 64)
		a.URL = u
		a.Analysis.URL = u
		if _, err := st.Put(context.Background(), a); err != nil {
			t.Fatal(err)
		}
	}
	s := New(Config{}, st, &fakeAnalyzer{})
	for _, target := range []string{"/api/articles/evil-a", "/api/articles/evil-b", "/api/articles/evil-c", "/api/search?q=سرت&duplicates=true"} {
		t.Run(target, func(t *testing.T) {
			rec := do(s, "GET", target, nil)
			if rec.Code != 200 {
				t.Fatalf("%d %s", rec.Code, rec.Body)
			}
			body := rec.Body.String()
			if strings.Contains(body, "javascript:") || strings.Contains(body, "data:text") {
				t.Errorf("answer carries a non-http URL: %.300s", body)
			}
			if target == "/api/articles/evil-c" && !strings.Contains(body, `"url":"https://example.com/ok"`) {
				t.Errorf("the https URL was dropped: %.300s", body)
			}
		})
	}
}
