package server

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/marsad/marsad/store"
	"github.com/marsad/marsad/store/sqlite"
	"github.com/marsad/marsad/store/storetest"
)

// TestSearchUnderIngest is the bounded loopback load benchmark of search
// while articles are being stored (issue #12): 8 clients send the mixed
// queries of storetest.MixedQueries to GET /api/search over loopback, first
// with the store idle, then while one writer, in its own store handle as
// `marsad ingest` would be, stores further corpus articles as fast as the
// store takes them, through a store.Writer as the ingest does (MARSAD_LOAD_BATCH
// articles a transaction, default 256; 1 for one Put each, as ingests did
// before). MARSAD_LOAD_RATE paces the writer to that many articles a
// second (0, the default: unpaced; a full-analysis ingest stores some 100
// a second on a 2-core machine, the rest of its CPU going to analysis). The server opens the store read-only, as `marsad
// serve` does. It logs the percentiles of both phases and their ratio. It
// is skipped unless MARSAD_LOAD is set to the number of articles to serve
// (the writer adds up to as many again):
//
//	MARSAD_LOAD=5000 go test ./server -run SearchUnderIngest -v
//
// MARSAD_LOAD_QUERIES sets the queries per phase (default 800).
func TestSearchUnderIngest(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("MARSAD_LOAD"))
	if n <= 0 {
		t.Skip("set MARSAD_LOAD=<articles> to run")
	}
	nq := 800
	if v, err := strconv.Atoi(os.Getenv("MARSAD_LOAD_QUERIES")); err == nil && v > 0 {
		nq = v
	}
	docs := storetest.ReadCorpus(t, 2*n)
	path := filepath.Join(t.TempDir(), "load.db")
	ctx := t.Context()
	w, err := sqlite.Open(ctx, sqlite.Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	batch := 256
	if v, err := strconv.Atoi(os.Getenv("MARSAD_LOAD_BATCH")); err == nil && v > 0 {
		batch = v
	}
	rate, _ := strconv.Atoi(os.Getenv("MARSAD_LOAD_RATE"))
	storetest.StoreDocs(ctx, t, w, docs[:min(n, len(docs))], 256)
	if err := w.Optimize(ctx); err != nil {
		t.Fatal(err)
	}
	r, err := sqlite.Open(ctx, sqlite.Options{Path: path, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	srv := httptest.NewServer(New(Config{}, r, &fakeAnalyzer{}))
	defer srv.Close()
	queries := storetest.MixedQueries(docs[:n], nq)

	phase := func(name string, writing bool) time.Duration {
		var stored atomic.Int64
		stop := make(chan struct{})
		var wg sync.WaitGroup
		if writing {
			wg.Go(func() {
				bw := store.NewWriter(ctx, w, store.WriterConfig{MaxArticles: batch})
				defer func() {
					if err := bw.Close(); err != nil {
						t.Error(err)
					}
				}()
				var pace <-chan time.Time
				if rate > 0 {
					tick := time.NewTicker(time.Second / time.Duration(rate))
					defer tick.Stop()
					pace = tick.C
				}
				for _, d := range docs[n:] {
					if pace != nil {
						select {
						case <-pace:
						case <-stop:
							return
						}
					}
					select {
					case <-stop:
						return
					default:
					}
					if err := bw.Add(ctx, d.Article(), func(_ store.PutResult, err error) {
						if err == nil {
							stored.Add(1)
						}
					}); err != nil {
						t.Error(err)
						return
					}
				}
			})
		}
		lat := make([]time.Duration, len(queries))
		var next atomic.Int64
		var cw sync.WaitGroup
		start := time.Now()
		for range 8 {
			cw.Go(func() {
				for {
					i := int(next.Add(1)) - 1
					if i >= len(queries) {
						return
					}
					t0 := time.Now()
					if err := get(srv.URL, queries[i]); err != nil {
						t.Error(err)
						return
					}
					lat[i] = time.Since(t0)
				}
			})
		}
		cw.Wait()
		el := time.Since(start)
		close(stop)
		wg.Wait()
		slices.Sort(lat)
		pct := func(p float64) time.Duration {
			return lat[min(len(lat)-1, int(p*float64(len(lat))))].Round(time.Microsecond)
		}
		t.Logf("%s: %d queries by 8 clients in %v (%.0f/s): p50 %v p90 %v p99 %v max %v; %d articles stored meanwhile",
			name, len(lat), el.Round(time.Millisecond), float64(len(lat))/el.Seconds(), pct(0.5), pct(0.9), pct(0.99), lat[len(lat)-1].Round(time.Microsecond), stored.Load())
		return pct(0.99)
	}
	idle := phase("idle", false)
	busy := phase("one writer", true)
	pacing := "unpaced"
	if rate > 0 {
		pacing = strconv.Itoa(rate) + " articles/s"
	}
	t.Logf("p99 under a concurrent writer (%d articles a transaction, %s) / idle p99 = %.2f", batch, pacing, float64(busy)/float64(idle))
}

// get sends one search request and reads its answer.
func get(base string, q store.SearchQuery) error {
	v := url.Values{"q": {q.Text}, "limit": {strconv.Itoa(q.PageLimit())}}
	if q.Source != "" {
		v.Set("source", q.Source)
	}
	if !q.Since.IsZero() {
		v.Set("from", q.Since.Format(time.DateOnly))
	}
	v.Set("facets", strconv.FormatBool(q.Facets))
	resp, err := http.Get(base + "/api/search?" + v.Encode())
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusBadRequest {
		b, _ := io.ReadAll(resp.Body)
		return fmt.Errorf("%s: %s %s", q.Text, resp.Status, b)
	}
	var out json.RawMessage
	return json.NewDecoder(resp.Body).Decode(&out)
}
