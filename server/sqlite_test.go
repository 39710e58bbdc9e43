package server

import (
	"net/http"
	"net/url"
	"path/filepath"
	"testing"

	"github.com/marsad/marsad/store/sqlite"
	"github.com/marsad/marsad/store/storetest"
)

// TestSQLite runs every documented operation against the SQLite store
// holding the storetest corpus and validates the answers against the
// OpenAPI document.
func TestSQLite(t *testing.T) {
	if testing.Short() {
		t.Skip("integration test")
	}
	db, err := sqlite.Open(t.Context(), sqlite.Options{Path: filepath.Join(t.TempDir(), "marsad.db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	for _, f := range storetest.Corpus() {
		if _, err := db.Put(t.Context(), f.Article()); err != nil {
			t.Fatal(err)
		}
	}
	d := loadDoc(t)
	h := authAll{New(Config{Token: "k"}, db, &fakeAnalyzer{}), "k"}
	for key, op := range operations(t, d) {
		t.Run(key, func(t *testing.T) {
			q := url.Values{}
			for name, p := range op.query {
				if name != "type" && name != "from" && name != "to" && name != "story" && name != "article" {
					q.Set(name, example(t, p))
				}
			}
			for _, vals := range []url.Values{nil, q} {
				rec := op.request(t, h, vals)
				if rec.Code != http.StatusOK {
					t.Fatalf("?%s: %d %s", vals.Encode(), rec.Code, rec.Body)
				}
				checkAnswer(t, d, op, rec)
			}
		})
	}
	rec := do(h, "GET", "/api/search?q="+url.QueryEscape("سرت"), nil)
	if m := decode(t, rec.Body.String()); m["total"] != 3.0 {
		t.Errorf("search سرت: total %v, want 3", m["total"])
	}
}
