package ui

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/marsad/marsad/store"
	"github.com/marsad/marsad/store/sqlite"
)

// benchStore is the store the benchmarks read: $MARSAD_UI_DB (e.g. the
// whole demo sample: marsad demo --no-serve --db FILE) or the test
// fixture.
func benchStore(b *testing.B) store.Store {
	if p := os.Getenv("MARSAD_UI_DB"); p != "" {
		db, err := sqlite.Open(b.Context(), sqlite.Options{Path: p})
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { _ = db.Close() })
		return db
	}
	return loadFixture(b).st
}

// BenchmarkPages measures the server time of rendering each page (store
// queries included), for the < 200 ms budget. ns/op is the latency (a
// page's store queries run in parallel); cpu-ms/op the CPU time spent.
func BenchmarkPages(b *testing.B) {
	st := benchStore(b)
	h, err := New(st, Options{})
	if err != nil {
		b.Fatal(err)
	}
	hits, err := st.Search(b.Context(), store.SearchQuery{Text: "إيران", Filter: store.Filter{Limit: 1}})
	if err != nil || len(hits.Hits) == 0 {
		b.Fatalf("no article about إيران: %v", err)
	}
	actors, err := st.Actors(b.Context(), store.Filter{EntityType: "PER", Limit: 1})
	if err != nil || len(actors.Items) == 0 {
		b.Fatalf("no actor: %v", err)
	}
	for _, p := range []struct{ name, path string }{
		{"search", "/"},
		{"search-query", "/?q=" + url.QueryEscape("إيران")},
		{"search-filtered", "/?q=" + url.QueryEscape("إيران") + "&type=CONSULT&from=2018-01-01"},
		{"article", articleURL(hits.Hits[0].ID)},
		{"actor", actorURL(actors.Items[0].Name)},
		{"events", "/events"},
		{"map", "/map"},
		{"graph", "/graph"},
		{"ingest", "/ingest"},
	} {
		b.Run(p.name, func(b *testing.B) {
			cpu := cpuTime()
			for b.Loop() {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p.path, nil))
				if rec.Code != http.StatusOK {
					b.Fatalf("%s: %d", p.path, rec.Code)
				}
			}
			// CPU time per page: unlike ns/op, it does not grow when other
			// processes share the machine.
			b.ReportMetric(float64(cpuTime()-cpu)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
		})
	}
}
