package storetest

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"math/rand"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/internal/sharedtest"
	"github.com/marsad/marsad/store"
)

// NewsDoc is one record of the news corpus.
type NewsDoc struct {
	ID, Source, Title, Published, Text string
}

// ReadCorpus reads the first limit records of the news corpus (all if
// limit <= 0); it skips the test when the corpus is not there, or fails it
// under CI=true (see internal/sharedtest).
func ReadCorpus(t testing.TB, limit int) []NewsDoc {
	t.Helper()
	f, err := os.Open(sharedtest.Path(t, "data", "news", "ant-2018.jsonl.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	var out []NewsDoc
	for sc.Scan() && (limit <= 0 || len(out) < limit) {
		var d NewsDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		out = append(out, d)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// Latency fills s with the first n articles of the news corpus (texts
// only: no analysis rows; through a store.Writer, 256 articles a
// transaction), unless it holds that many already, and times
// 1,000 mixed queries (MixedQueries), logging the insert rate and the
// latency percentiles. A store with an Optimize(ctx) method is optimised
// after the inserts.
func Latency(t *testing.T, s store.Store, n int) {
	docs := ReadCorpus(t, n)
	ctx := t.Context()
	start := time.Now()
	if st, err := s.Stats(ctx); err == nil && st.Articles >= len(docs) {
		docs = docs[:0]
	}
	StoreDocs(ctx, t, s, docs, 256)
	el := time.Since(start)
	if o, ok := s.(interface{ Optimize(context.Context) error }); ok {
		if err := o.Optimize(ctx); err != nil {
			t.Fatal(err)
		}
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("inserted %d articles in %v: %.0f articles/s; store of %d articles: %.1f MB (%.1f KB/article)",
		len(docs), el.Round(time.Millisecond), float64(len(docs))/el.Seconds(), st.Articles, float64(st.Bytes)/1e6, float64(st.Bytes)/1e3/float64(st.Articles))

	queries := MixedQueries(ReadCorpus(t, n), 1000)
	var lat []time.Duration
	type slow struct {
		d     time.Duration
		q     store.SearchQuery
		total int
	}
	var slowest []slow
	totals := 0
	cpu0 := ProcessCost().CPU
	for _, q := range queries {
		t0 := time.Now()
		r, err := s.Search(ctx, q)
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
	cpu := ProcessCost().CPU - cpu0
	slices.SortFunc(slowest, func(a, b slow) int { return int(b.d - a.d) })
	for _, s := range slowest[:5] {
		t.Logf("slow: %v %q source=%q facets=%v total=%d", s.d.Round(time.Millisecond), s.q.Text, s.q.Source, s.q.Facets, s.total)
	}
	slices.Sort(lat)
	pct := func(p float64) time.Duration { return lat[min(len(lat)-1, int(p*float64(len(lat))))] }
	t.Logf("%d queries: p50 %v p90 %v p99 %v max %v (mean hits %.0f); CPU %.2f ms a query", len(lat),
		pct(0.5).Round(time.Microsecond), pct(0.9).Round(time.Microsecond), pct(0.99).Round(time.Microsecond),
		lat[len(lat)-1].Round(time.Microsecond), float64(totals)/float64(len(lat)), float64(cpu.Microseconds())/1e3/float64(len(lat)))
}

// MixedQueries draws words from the articles themselves: single words,
// AND pairs, phrases, OR, NOT, with and without filters and facets.
func MixedQueries(docs []NewsDoc, n int) []store.SearchQuery {
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
