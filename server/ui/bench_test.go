package ui

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/cputime"
	"github.com/marsad/marsad/server"
	"github.com/marsad/marsad/server/monitor"
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
// queries included), for the < 100 ms budget, and of the Atom feeds the
// server beside it answers. ns/op is the latency (a page's store queries
// run in parallel); cpu-ms/op the CPU time spent. The desk (/) serves
// its digest from a cache ("home-*", what visitors get: the server builds
// the digests when it starts and rebuilds them in the background when the
// store changes); "home-*-cold" build the digest on every request.
func BenchmarkPages(b *testing.B) {
	st := benchStore(b)
	ui, err := New(st, Options{})
	if err != nil {
		b.Fatal(err)
	}
	uncached, err := New(st, Options{})
	if err != nil {
		b.Fatal(err)
	}
	cold := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		uncached.digests = monitor.NewCache(st, 0)
		uncached.ServeHTTP(w, r)
	})
	h := server.New(server.Config{UI: ui}, st, nil)
	hits, err := st.Search(b.Context(), store.SearchQuery{Text: "إيران", Filter: store.Filter{Limit: 1}})
	if err != nil || len(hits.Hits) == 0 {
		b.Fatalf("no article about إيران: %v", err)
	}
	actors, err := st.Actors(b.Context(), store.Filter{EntityType: "PER", Limit: 1})
	if err != nil || len(actors.Items) == 0 {
		b.Fatalf("no actor: %v", err)
	}
	for _, p := range []struct {
		name, path string
		h          http.Handler
	}{
		{"home-24h", "/", h},
		{"home-7d", "/?window=7d", h},
		{"home-24h-cold", "/", cold},
		{"home-7d-cold", "/?window=7d", cold},
		{"newest", "/?sort=newest", h},
		{"search-query", "/?q=" + url.QueryEscape("إيران"), h},
		{"search-filtered", "/?q=" + url.QueryEscape("إيران") + "&type=CONSULT&from=2018-01-01", h},
		{"search-newest", "/?q=" + url.QueryEscape("إيران") + "&sort=newest", h},
		{"article", articleURL(hits.Hits[0].ID), h},
		{"actor", actorURL(actors.Items[0].Name), h},
		{"quotes", "/quotes", h},
		{"quotes-speaker", "/quotes?speaker=" + url.QueryEscape(actors.Items[0].Name), h},
		{"quotes-topic", "/quotes?q=" + url.QueryEscape("إيران"), h},
		{"quotes-speaker-topic", "/quotes?speaker=" + url.QueryEscape("دونالد ترامب") + "&q=" + url.QueryEscape("إيران"), h},
		{"events", "/events", h},
		{"map", "/map", h},
		{"graph", "/graph", h},
		{"ingest", "/ingest", h},
		{"feed", "/feed.atom?q=" + url.QueryEscape("إيران"), h},
		{"quotes-feed", "/quotes.atom?speaker=" + url.QueryEscape("دونالد ترامب"), h},
	} {
		b.Run(p.name, func(b *testing.B) {
			cpu := cputime.Used()
			for b.Loop() {
				rec := httptest.NewRecorder()
				p.h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p.path, nil))
				if rec.Code != http.StatusOK {
					b.Fatalf("%s: %d", p.path, rec.Code)
				}
			}
			// CPU time per page: unlike ns/op, it does not grow when other
			// processes share the machine.
			b.ReportMetric(float64(cputime.Used()-cpu)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
		})
	}
}
