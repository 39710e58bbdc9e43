package server

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
)

func BenchmarkSearch(b *testing.B) {
	s, _ := newTestServer(b, Config{})
	target := "/api/search?q=" + url.QueryEscape("خليفة حفتر") + "&limit=10"
	benchGet(b, s, target)
}

func BenchmarkArticle(b *testing.B) {
	s, _ := newTestServer(b, Config{})
	benchGet(b, s, "/api/articles/m3")
}

func benchGet(b *testing.B, h http.Handler, target string) {
	b.Helper()
	req := httptest.NewRequest("GET", target, nil)
	b.ReportAllocs()
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatal(fmt.Sprint(rec.Code, rec.Body))
		}
	}
}
