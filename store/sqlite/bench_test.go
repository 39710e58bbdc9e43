package sqlite_test

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"errors"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/store"
	"github.com/marsad/marsad/store/sqlite"
	"github.com/marsad/marsad/store/storetest"
)

// BenchmarkPut measures single-article Put (one transaction each) with a
// fixture analysis (2 entities, 1 event, 1 quote, 1 place, 1 time).
func BenchmarkPut(b *testing.B) {
	db, err := sqlite.Open(b.Context(), sqlite.Options{Path: filepath.Join(b.TempDir(), "bench.db")})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	f := storetest.Corpus()[4]
	n := 0
	start := time.Now()
	for b.Loop() {
		a := f.Article()
		a.ID = "b" + strconv.Itoa(n)
		a.Raw = append(a.Raw, strconv.Itoa(n)...)
		if _, err := db.Put(b.Context(), a); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64(n)/time.Since(start).Seconds(), "articles/s")
}

// corpusPath is the shared news corpus (read by the latency test only).
const corpusPath = "../../../shared/data/news/ant-2018.jsonl.gz"

type newsDoc struct {
	ID, Source, Title, Published, Text string
}

func readCorpus(t *testing.T, limit int) []newsDoc {
	f, err := os.Open(corpusPath)
	if err != nil {
		t.Skipf("corpus not available: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	var out []newsDoc
	for sc.Scan() && (limit <= 0 || len(out) < limit) {
		var d newsDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		out = append(out, d)
	}
	return out
}

// TestSearchLatency builds a store from MARSAD_STORE_BENCH articles of the
// shared corpus (texts only: no analysis rows) and times 1,000 mixed
// queries. It is skipped unless MARSAD_STORE_BENCH is set:
//
//	MARSAD_STORE_BENCH=31514 go test ./store/sqlite -run SearchLatency -v -timeout 30m
func TestSearchLatency(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("MARSAD_STORE_BENCH"))
	if n <= 0 {
		t.Skip("set MARSAD_STORE_BENCH=<articles> to run")
	}
	docs := readCorpus(t, n)
	// MARSAD_STORE_DB keeps the built store for later runs (it is reused if
	// it already holds articles).
	path := os.Getenv("MARSAD_STORE_DB")
	if path == "" {
		path = filepath.Join(t.TempDir(), "latency.db")
	}
	db, err := sqlite.Open(t.Context(), sqlite.Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := t.Context()
	start := time.Now()
	if st, err := db.Stats(ctx); err == nil && st.Articles >= len(docs) {
		docs = docs[:0]
	}
	for _, d := range docs {
		pub, _ := time.Parse(time.RFC3339, d.Published)
		raw, _ := json.Marshal(d)
		if _, err := db.Put(ctx, &store.Article{ID: d.ID, Source: d.Source, Title: d.Title, Body: d.Text,
			Published: pub, Raw: raw, RawFormat: "json"}); err != nil {
			t.Fatal(err)
		}
	}
	el := time.Since(start)
	if err := db.Optimize(ctx); err != nil {
		t.Fatal(err)
	}
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("inserted %d articles in %v: %.0f articles/s; store of %d articles: %.1f MB (%.1f KB/article)",
		len(docs), el.Round(time.Millisecond), float64(len(docs))/el.Seconds(), st.Articles, float64(st.Bytes)/1e6, float64(st.Bytes)/1e3/float64(st.Articles))

	queries := mixedQueries(readCorpus(t, n), 1000)
	var lat []time.Duration
	type slow struct {
		d     time.Duration
		q     store.SearchQuery
		total int
	}
	var slowest []slow
	totals := 0
	for _, q := range queries {
		t0 := time.Now()
		r, err := db.Search(ctx, q)
		if errors.Is(err, store.ErrInvalid) { // e.g. "- -word": nothing positive
			r, err = &store.SearchResult{}, nil
		}
		if err != nil {
			t.Fatalf("%+v: %v", q, err)
		}
		d := time.Since(t0)
		lat = append(lat, d)
		totals += r.Total
		slowest = append(slowest, slow{d, q, r.Total})
	}
	slices.SortFunc(slowest, func(a, b slow) int { return int(b.d - a.d) })
	for _, s := range slowest[:5] {
		t.Logf("slow: %v %q source=%q facets=%v total=%d", s.d.Round(time.Millisecond), s.q.Text, s.q.Source, s.q.Facets, s.total)
	}
	slices.Sort(lat)
	pct := func(p float64) time.Duration { return lat[min(len(lat)-1, int(p*float64(len(lat))))] }
	t.Logf("%d queries: p50 %v p90 %v p99 %v max %v (mean hits %.0f)", len(lat),
		pct(0.5).Round(time.Microsecond), pct(0.9).Round(time.Microsecond), pct(0.99).Round(time.Microsecond),
		lat[len(lat)-1].Round(time.Microsecond), float64(totals)/float64(len(lat)))
}

// mixedQueries draws words from the articles themselves: single words,
// AND pairs, phrases, OR, NOT, with and without filters and facets.
func mixedQueries(docs []newsDoc, n int) []store.SearchQuery {
	rng := rand.New(rand.NewSource(1))
	// word returns three consecutive words whose first two are content
	// words (people search for those, not for في or من).
	word := func() []string {
		for {
			d := docs[rng.Intn(len(docs))]
			ws := strings.Fields(d.Title + " " + d.Text)
			i := rng.Intn(max(1, len(ws)-3))
			w := ws[i:min(len(ws), i+3)]
			if len(w) == 3 && !arabic.IsStopword(w[0]) && !arabic.IsStopword(w[1]) {
				return w
			}
		}
	}
	sources := []string{"alarabia", "BBC", "CNN", "france24", "skynews"}
	var out []store.SearchQuery
	for i := 0; len(out) < n; i++ {
		w := word()
		if len(w) < 3 {
			continue
		}
		q := store.SearchQuery{Filter: store.Filter{Limit: 20}}
		switch i % 8 {
		case 0, 1:
			q.Text = w[0]
		case 2:
			q.Text = w[0] + " " + w[1]
		case 3:
			q.Text = `"` + strings.Join(w, " ") + `"`
		case 4:
			q.Text = w[0] + " OR " + word()[0]
		case 5:
			q.Text = w[0] + " -" + w[1]
		case 6:
			q.Text = w[0]
			q.Source = sources[rng.Intn(len(sources))]
			q.Since = time.Date(2018, time.Month(3+rng.Intn(6)), 1, 0, 0, 0, 0, time.UTC)
		case 7:
			q.Text = w[0] + " " + w[1]
			q.Facets = true
		}
		out = append(out, q)
	}
	return out
}

// BenchmarkSearch runs a phrase-and-word query with facets over 700
// fixture articles (the corpus-scale figures come from TestSearchLatency).
func BenchmarkSearch(b *testing.B) {
	db, err := sqlite.Open(b.Context(), sqlite.Options{Path: filepath.Join(b.TempDir(), "bench.db")})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	for i := range 100 {
		for _, f := range storetest.Corpus() {
			f.ID += "-" + strconv.Itoa(i)
			f.Body += " " + strconv.Itoa(i)
			if _, err := db.Put(b.Context(), f.Article()); err != nil {
				b.Fatal(err)
			}
		}
	}
	q := store.SearchQuery{Text: `"الجيش الليبي" سرت`, Facets: true}
	for b.Loop() {
		if _, err := db.Search(b.Context(), q); err != nil {
			b.Fatal(err)
		}
	}
}
