package server

import (
	"net/url"
	"strings"
	"testing"
)

// TestQuoteSearch checks that q narrows quotes by their own words.
func TestQuoteSearch(t *testing.T) {
	s, _ := newTestServer(t, Config{})
	tests := []struct {
		query    string
		total    float64
		articles []string
	}{
		{"", 2, []string{"p1", "m3"}},
		{"q=" + url.QueryEscape("السيطرة"), 2, []string{"p1", "m3"}},
		{"q=" + url.QueryEscape(`"تحت السيطرة"`), 2, []string{"p1", "m3"}},
		// أمطار is in m3's body but not in its quote.
		{"q=" + url.QueryEscape("أمطار"), 0, nil},
		{"q=" + url.QueryEscape("السيطرة") + "&speaker=" + url.QueryEscape("فايز السراج"), 1, []string{"m3"}},
		{"q=" + url.QueryEscape("السيطرة") + "&actor=" + url.QueryEscape("أحمد المسماري"), 1, []string{"p1"}},
		{"q=" + url.QueryEscape("السيطرة") + "&from=2018-03-17", 1, []string{"p1"}},
		{"q=" + url.QueryEscape("السيطرة") + "&limit=1&offset=1", 2, []string{"m3"}},
	}
	for _, tc := range tests {
		t.Run(tc.query, func(t *testing.T) {
			rec := do(s, "GET", "/api/quotes?"+tc.query, nil)
			if rec.Code != 200 {
				t.Fatalf("%d %s", rec.Code, rec.Body)
			}
			m := decode(t, rec.Body.String())
			var got []string
			for _, r := range m["results"].([]any) {
				got = append(got, r.(map[string]any)["article_id"].(string))
			}
			if m["total"] != tc.total || strings.Join(got, " ") != strings.Join(tc.articles, " ") {
				t.Errorf("total %v, articles %v; want %v, %v", m["total"], got, tc.total, tc.articles)
			}
		})
	}
	for q, msg := range map[string]string{
		"q=NOT+x": "bad query",
		"speaker=" + url.QueryEscape("أ") + "&actor=" + url.QueryEscape("ب"): "give one",
	} {
		rec := do(s, "GET", "/api/quotes?"+q, nil)
		if rec.Code != 400 || !strings.Contains(rec.Body.String(), msg) {
			t.Errorf("%s: %d %s", q, rec.Code, rec.Body)
		}
	}
}
