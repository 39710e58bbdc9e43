package server

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"testing"

	"github.com/marsad/marsad/store"
	"github.com/marsad/marsad/store/sqlite"
	"github.com/marsad/marsad/store/storetest"
)

var searchTarget = "/api/search?q=" + url.QueryEscape("خليفة حفتر") + "&limit=10"

// BenchmarkSearch measures GET /api/search: over the in-memory store
// (which scans every article), over a store answering a canned result (the
// handler's own cost: parameters, JSON) and over SQLite.
func BenchmarkSearch(b *testing.B) {
	st := loadedStore(b)
	b.Run("memstore", func(b *testing.B) {
		benchGet(b, New(Config{}, st, nil), searchTarget)
	})
	b.Run("canned", func(b *testing.B) {
		res, err := st.Search(context.Background(), store.SearchQuery{Text: "خليفة حفتر", Filter: store.Filter{Limit: 10}, Facets: true})
		if err != nil {
			b.Fatal(err)
		}
		benchGet(b, New(Config{}, cannedStore{st, res}, nil), searchTarget)
	})
	b.Run("sqlite", func(b *testing.B) {
		benchGet(b, New(Config{}, sqliteStore(b), nil), searchTarget)
	})
}

// BenchmarkArticle measures GET /api/articles/{id}.
func BenchmarkArticle(b *testing.B) {
	b.Run("memstore", func(b *testing.B) {
		benchGet(b, New(Config{}, loadedStore(b), nil), "/api/articles/m3")
	})
	b.Run("sqlite", func(b *testing.B) {
		benchGet(b, New(Config{}, sqliteStore(b), nil), "/api/articles/m3")
	})
}

// cannedStore answers every search with one result.
type cannedStore struct {
	store.Store
	res *store.SearchResult
}

func (c cannedStore) Search(context.Context, store.SearchQuery) (*store.SearchResult, error) {
	r := *c.res
	return &r, nil
}

func sqliteStore(b *testing.B) store.Store {
	b.Helper()
	db, err := sqlite.Open(b.Context(), sqlite.Options{Path: filepath.Join(b.TempDir(), "m.db")})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = db.Close() })
	for _, f := range storetest.Corpus() {
		if _, err := db.Put(b.Context(), f.Article()); err != nil {
			b.Fatal(err)
		}
	}
	return db
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
