package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/marsad/marsad/extract/entity"
	"github.com/marsad/marsad/store"
)

// Open returns a fresh, empty store for one subtest.
type Open func(t *testing.T) store.Store

// Run runs the conformance suite against stores made by open.
func Run(t *testing.T, open Open) {
	tests := []struct {
		name string
		fn   func(*testing.T, store.Store)
	}{
		{"PutGet", testPutGet},
		{"PutIdempotent", testPutIdempotent},
		{"PutBatch", testPutBatch},
		{"Writer", testWriter},
		{"GetNotFound", testGetNotFound},
		{"ArabicForms", testArabicForms},
		{"Phrase", testPhrase},
		{"Boolean", testBoolean},
		{"InvalidQuery", testInvalidQuery},
		{"Filters", testFilters},
		{"Snippets", testSnippets},
		{"Facets", testFacets},
		{"FacetsSameHits", testFacetsSameHits},
		{"Paging", testPaging},
		{"Browse", testBrowse},
		{"Actors", testActors},
		{"ActorIdentity", testActorIdentity},
		{"QuotesEvents", testQuotesEvents},
		{"Confidence", testConfidence},
		{"DistinctEvents", testDistinctEvents},
		{"Places", testPlaces},
		{"Stories", testStories},
		{"SearchQuotes", testSearchQuotes},
		{"SearchNewest", testSearchNewest},
		{"Trends", testTrends},
		{"Volume", testVolume},
		{"SetDedup", testSetDedup},
		{"RawReanalyze", testRawReanalyze},
		{"Stats", testStats},
		{"Concurrent", testConcurrent},
		{"Closed", testClosed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() { _ = s.Close() })
			tc.fn(t, s)
		})
	}
}

// Load puts every article of Corpus into s, failing t on the first error:
// the store the conformance tests and other packages' tests start from.
func Load(t testing.TB, s store.Store) {
	t.Helper()
	for _, f := range Corpus() {
		if _, err := s.Put(t.Context(), f.Article()); err != nil {
			t.Fatalf("Put %s: %v", f.ID, err)
		}
	}
}

func search(t *testing.T, s store.Store, q store.SearchQuery) *store.SearchResult {
	t.Helper()
	r, err := s.Search(t.Context(), q)
	if err != nil {
		t.Fatalf("Search(%q): %v", q.Text, err)
	}
	return r
}

func ids(r *store.SearchResult) []string {
	out := make([]string, len(r.Hits))
	for i, h := range r.Hits {
		out[i] = h.ID
	}
	sort.Strings(out)
	return out
}

func testPutGet(t *testing.T, s store.Store) {
	f := Corpus()[0]
	in := f.Article()
	res, err := s.Put(t.Context(), in)
	if err != nil || !res.Created || res.ID != f.ID {
		t.Fatalf("Put = %+v, %v; want created %s", res, err, f.ID)
	}
	got, err := s.Get(t.Context(), f.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != f.Title || got.Body != f.Body || got.Source != f.Source || got.URL != in.URL ||
		!got.Published.Equal(f.Published) || string(got.Raw) != string(in.Raw) || got.RawFormat != "text" ||
		got.StoryID != "s1" || got.ContentHash != store.HashContent(in.Raw) {
		t.Errorf("Get = %+v\nwant fields of %+v", got, in)
	}
	if got.Analysis == nil || len(got.Analysis.Entities) != 2 || got.Analysis.Entities[0].Mentions[0] != in.Analysis.Entities[0].Mentions[0] {
		t.Errorf("Get analysis = %+v", got.Analysis)
	}
	if got.Added.IsZero() {
		t.Error("Added not set")
	}
	// Stores that can tell whether an article is stored without reading it.
	if h, ok := s.(interface {
		Has(ctx context.Context, id string) (bool, error)
	}); ok {
		for id, want := range map[string]bool{f.ID: true, "nope": false} {
			if got, err := h.Has(t.Context(), id); err != nil || got != want {
				t.Errorf("Has(%s) = %v, %v; want %v", id, got, err, want)
			}
		}
	}
	// No ID: derived from the content hash.
	res, err = s.Put(t.Context(), &store.Article{Title: "بلا معرف", Body: "نص قصير"})
	if err != nil || !res.Created || !strings.HasPrefix(res.ID, "a-") {
		t.Errorf("Put without ID = %+v, %v", res, err)
	}
	if _, err := s.Put(t.Context(), nil); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("Put(nil) = %v, want ErrInvalid", err)
	}
}

func testPutIdempotent(t *testing.T, s store.Store) {
	a := Corpus()[1].Article()
	for i := range 3 {
		res, err := s.Put(t.Context(), a)
		if err != nil || res.ID != "m2" || res.Created != (i == 0) {
			t.Fatalf("Put #%d = %+v, %v", i, res, err)
		}
	}
	// Same raw bytes under another ID: the stored article wins.
	b := Corpus()[1].Article()
	b.ID = "other"
	if res, err := s.Put(t.Context(), b); err != nil || res.ID != "m2" || res.Created {
		t.Errorf("Put same content, new ID = %+v, %v; want m2, not created", res, err)
	}
	if st, err := s.Stats(t.Context()); err != nil || st.Articles != 1 || st.Entities != 1 {
		t.Errorf("Stats = %+v, %v; want 1 article, 1 entity", st, err)
	}
}

// testPutBatch stores the corpus in one batch (stores that are a
// store.Batcher): the same content twice in the batch, and content stored
// before it, are stored once; a nil article fails alone.
func testPutBatch(t *testing.T, s store.Store) {
	b, ok := s.(store.Batcher)
	if !ok {
		t.Skip("not a store.Batcher")
	}
	fx := Corpus()
	if _, err := s.Put(t.Context(), fx[0].Article()); err != nil {
		t.Fatal(err)
	}
	again := fx[1].Article()
	again.ID = "again"
	arts := []*store.Article{fx[0].Article(), nil}
	for _, f := range fx[1:] {
		arts = append(arts, f.Article())
	}
	arts = append(arts, again)
	outs, err := b.PutBatch(t.Context(), arts)
	if err != nil {
		t.Fatal(err)
	}
	if len(outs) != len(arts) {
		t.Fatalf("%d outcomes for %d articles", len(outs), len(arts))
	}
	for i, o := range outs {
		var want store.PutOutcome
		switch {
		case i == 0:
			want.PutResult = store.PutResult{ID: fx[0].ID}
		case i == 1:
			if !errors.Is(o.Err, store.ErrInvalid) {
				t.Errorf("nil article: %+v, want ErrInvalid", o)
			}
			continue
		case i == len(arts)-1:
			want.PutResult = store.PutResult{ID: fx[1].ID} // stored earlier in the batch
		default:
			want.PutResult = store.PutResult{ID: fx[i-1].ID, Created: true}
		}
		if o != want {
			t.Errorf("outcome %d = %+v, want %+v", i, o, want)
		}
	}
	if st, err := s.Stats(t.Context()); err != nil || st.Articles != len(fx) {
		t.Errorf("Stats = %+v, %v; want %d articles", st, err, len(fx))
	}
	if got := ids(search(t, s, store.SearchQuery{Text: `"الجيش الليبي"`})); !slices.Equal(got, []string{"p1"}) {
		t.Errorf("search after PutBatch = %v", got)
	}
	got, err := s.Get(t.Context(), fx[2].ID)
	if err != nil || got.Analysis == nil || got.Body != fx[2].Body {
		t.Errorf("Get(%s) after PutBatch = %+v, %v", fx[2].ID, got, err)
	}
}

// testWriter loads the corpus through a store.Writer in small batches.
func testWriter(t *testing.T, s store.Store) {
	w := store.NewWriter(t.Context(), s, store.WriterConfig{MaxArticles: 3})
	var mu sync.Mutex
	created := 0
	for _, f := range Corpus() {
		if err := w.Add(t.Context(), f.Article(), func(res store.PutResult, err error) {
			mu.Lock()
			defer mu.Unlock()
			if err != nil || !res.Created {
				t.Errorf("%s: %+v, %v", f.ID, res, err)
			}
			created++
		}); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if created != len(Corpus()) {
		t.Errorf("%d articles reported stored, want %d", created, len(Corpus()))
	}
	if got := ids(search(t, s, store.SearchQuery{Text: "الجيش"})); len(got) == 0 {
		t.Error("nothing found after the Writer closed")
	}
}

func testGetNotFound(t *testing.T, s store.Store) {
	if _, err := s.Get(t.Context(), "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Get(nope) = %v, want ErrNotFound", err)
	}
}

// StemmerReady reports whether the arabic package strips clitics and stems
// (the Arabic-forms test needs it; it is skipped against the stubs).
func StemmerReady() bool {
	return store.Key("بالمدينة") == store.Key("مدينة") && store.Key("الْمَدِينَةُ") == store.Key("مدينة")
}

func testArabicForms(t *testing.T, s store.Store) {
	if !StemmerReady() {
		t.Skip("arabic.StripClitics/LightStem are stubs: بالمدينة and مدينة do not share a key yet")
	}
	Load(t, s)
	want := []string{"m1", "m2", "m3", "m4"}
	for _, q := range []string{"الْمَدِينَةُ", "بالمدينة", "المدينة", "مدينة", "المدينه", "مدينة -سرت"} {
		t.Run(q, func(t *testing.T) {
			r := search(t, s, store.SearchQuery{Text: q})
			w := want
			if strings.Contains(q, "-سرت") {
				w = []string{"m3", "m4"}
			}
			if got := ids(r); !slices.Equal(got, w) {
				t.Errorf("Search(%q) = %v, want %v", q, got, w)
			}
		})
	}
}

func testPhrase(t *testing.T, s store.Store) {
	Load(t, s)
	tests := []struct {
		q    string
		want []string
	}{
		{`"الجيش الليبي"`, []string{"p1"}},
		{`الجيش الليبي`, []string{"p1", "p2"}},
		{`"الليبي الجيش"`, nil},
		{`"تحت السيطرة"`, []string{"m3", "p1"}},
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			if got := ids(search(t, s, store.SearchQuery{Text: tc.q})); !slices.Equal(got, tc.want) && len(got)+len(tc.want) > 0 {
				t.Errorf("Search(%s) = %v, want %v", tc.q, got, tc.want)
			}
		})
	}
}

func testBoolean(t *testing.T, s store.Store) {
	Load(t, s)
	tests := []struct {
		q    string
		want []string
	}{
		{`أمطار OR احتفال`, []string{"m2", "m3"}},
		{`الجيش AND الأزمة`, []string{"p2"}},
		{`الجيش NOT الأزمة`, []string{"p1"}},
		{`الجيش -الأزمة`, []string{"p1"}},
		{`(أمطار OR احتفال) -شعبي`, []string{"m3"}},
		{`زيارة`, []string{"m1"}},
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			if got := ids(search(t, s, store.SearchQuery{Text: tc.q})); !slices.Equal(got, tc.want) {
				t.Errorf("Search(%s) = %v, want %v", tc.q, got, tc.want)
			}
		})
	}
}

func testInvalidQuery(t *testing.T, s store.Store) {
	Load(t, s)
	for _, q := range []string{"NOT الجيش", "-الجيش", "الجيش OR -سرت", strings.Repeat("(", 100) + "x"} {
		if _, err := s.Search(t.Context(), store.SearchQuery{Text: q}); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("Search(%.20q) = %v, want ErrInvalid", q, err)
		}
	}
}

func testFilters(t *testing.T, s store.Store) {
	Load(t, s)
	tests := []struct {
		name string
		q    store.SearchQuery
		want []string
	}{
		{"source", store.SearchQuery{Text: "الجيش", Filter: store.Filter{Source: "alarabiya"}}, []string{"p2"}},
		{"since", store.SearchQuery{Filter: store.Filter{Since: Day().AddDate(0, 0, 4)}}, []string{"p1", "p2"}},
		{"until", store.SearchQuery{Filter: store.Filter{Until: Day().AddDate(0, 0, 1)}}, []string{"m1"}},
		{"actor", store.SearchQuery{Filter: store.Filter{Actor: "فايز السراج"}}, []string{"m1", "m3"}},
		{"actor diacritics", store.SearchQuery{Filter: store.Filter{Actor: "فَايز السّراج"}}, []string{"m1", "m3"}},
		{"entity type", store.SearchQuery{Filter: store.Filter{EntityType: entity.ORG}}, []string{"m4"}},
		{"event type", store.SearchQuery{Filter: store.Filter{EventType: "ASSAULT"}}, []string{"m3", "p1"}},
		{"place", store.SearchQuery{Filter: store.Filter{Place: "سرت"}}, []string{"m1", "m2", "p1"}},
		{"country", store.SearchQuery{Filter: store.Filter{Place: "LY", Source: "bbc"}}, []string{"m1", "m3"}},
		{"story", store.SearchQuery{Filter: store.Filter{StoryID: "s2"}}, []string{"p1", "p2"}},
		{"duplicates", store.SearchQuery{Text: "الجيش", Filter: store.Filter{IncludeDuplicates: true}}, []string{"p1", "p2", "p3"}},
		{"text and actor", store.SearchQuery{Text: "الجيش", Filter: store.Filter{Actor: "أحمد المسماري"}}, []string{"p1"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := search(t, s, tc.q)
			if got := ids(r); !slices.Equal(got, tc.want) || r.Total != len(tc.want) {
				t.Errorf("Search = %v (total %d), want %v", got, r.Total, tc.want)
			}
		})
	}
}

func testSnippets(t *testing.T, s store.Store) {
	Load(t, s)
	r := search(t, s, store.SearchQuery{Text: `سرت "تحت السيطرة"`})
	if len(r.Hits) != 1 {
		t.Fatalf("hits = %v, want p1", ids(r))
	}
	h := r.Hits[0]
	body := Corpus()[4].Body
	if len(h.Snippets) != 1 {
		t.Fatalf("snippets = %+v", h.Snippets)
	}
	sn := h.Snippets[0]
	if sn.Text != body[sn.Start:sn.End] {
		t.Errorf("snippet text %q != body[%d:%d] %q", sn.Text, sn.Start, sn.End, body[sn.Start:sn.End])
	}
	var got []string
	for _, hl := range sn.Highlights {
		got = append(got, body[hl.Start:hl.End])
	}
	want := []string{"سرت", "تحت", "السيطرة"}
	if !slices.Equal(got, want) {
		t.Errorf("highlights = %q, want %q", got, want)
	}
	if h.Score <= 0 {
		t.Errorf("score = %v, want > 0", h.Score)
	}
	r = search(t, s, store.SearchQuery{Text: "تقدم"})
	if len(r.Hits) != 1 || len(r.Hits[0].TitleHighlights) != 1 {
		t.Fatalf("title highlights = %+v", r.Hits)
	}
	th := r.Hits[0].TitleHighlights[0]
	if title := r.Hits[0].Title; title[th.Start:th.End] != "تقدم" {
		t.Errorf("title highlight = %q", title[th.Start:th.End])
	}
	r = search(t, s, store.SearchQuery{Text: "تقدم", Snippets: -1})
	if len(r.Hits[0].Snippets) != 0 {
		t.Errorf("Snippets -1 gave %d snippets", len(r.Hits[0].Snippets))
	}
}

func testFacets(t *testing.T, s store.Store) {
	Load(t, s)
	for _, text := range []string{"", "خليفة OR الجيش OR المدينة OR مدينة"} {
		r := search(t, s, store.SearchQuery{Text: text, Facets: true, Filter: store.Filter{Place: "LY"}})
		if r.Facets == nil {
			t.Fatal("no facets")
		}
		want := []store.FacetCount{{Value: "bbc", Count: 2}, {Value: "cnn", Count: 1}, {Value: "skynews", Count: 1}}
		if !slices.Equal(r.Facets.Sources, want) {
			t.Errorf("%q: source facets = %+v, want %+v", text, r.Facets.Sources, want)
		}
		if len(r.Facets.Entities) == 0 || r.Facets.Entities[0] != (store.FacetCount{Value: "خليفة حفتر", Type: entity.PER, Count: 4}) {
			t.Errorf("%q: entity facets = %+v", text, r.Facets.Entities)
		}
		wantEv := []store.FacetCount{{Value: "ASSAULT", Count: 2}, {Value: "CONSULT", Count: 1}}
		if !slices.Equal(r.Facets.EventTypes, wantEv) {
			t.Errorf("%q: event facets = %+v, want %+v", text, r.Facets.EventTypes, wantEv)
		}
	}
}

// testFacetsSameHits: asking for facets does not change a query's hits,
// their order, scores or total, with and without text, filters and paging.
func testFacetsSameHits(t *testing.T, s store.Store) {
	Load(t, s)
	undated := Corpus()[0].Article()
	undated.ID, undated.Published, undated.Raw = "undated", time.Time{}, []byte("undated")
	if _, err := s.Put(t.Context(), undated); err != nil {
		t.Fatal(err)
	}
	filters := []store.Filter{
		{Place: "LY"}, {Source: "bbc"}, {Since: Day()}, {Source: "skynews", Limit: 1, Offset: 1},
		{Limit: 3, Offset: 2}, {IncludeDuplicates: true, Limit: 2},
	}
	for _, text := range []string{"", "خليفة OR الجيش OR المدينة OR مدينة", "في OR على OR عن OR الجيش"} {
		for _, f := range filters {
			q := store.SearchQuery{Text: text, Filter: f}
			plain := search(t, s, q)
			q.Facets = true
			faceted := search(t, s, q)
			if plain.Total != faceted.Total || !slices.Equal(ranked(plain), ranked(faceted)) {
				t.Errorf("%q %+v: without facets %d %v, with %d %v", text, f, plain.Total, ranked(plain), faceted.Total, ranked(faceted))
			}
		}
	}
}

// ranked returns the hits' IDs with their scores, in order.
func ranked(r *store.SearchResult) []string {
	out := make([]string, len(r.Hits))
	for i, h := range r.Hits {
		out[i] = fmt.Sprintf("%s:%.6g", h.ID, h.Score)
	}
	return out
}

func testPaging(t *testing.T, s store.Store) {
	Load(t, s)
	var seen []string
	for off := 0; off < 8; off += 2 {
		r := search(t, s, store.SearchQuery{Text: "في OR على OR عن OR إلى OR بعد OR الجيش OR مشروع OR احتفال",
			Filter: store.Filter{Limit: 2, Offset: off}})
		if r.Total != 6 {
			t.Fatalf("total = %d, want 6", r.Total)
		}
		for i, h := range r.Hits {
			seen = append(seen, h.ID)
			if i > 0 && h.Score > r.Hits[i-1].Score {
				t.Errorf("hits not by score: %+v", r.Hits)
			}
		}
	}
	if len(seen) != 6 || len(slices.Compact(slices.Sorted(slices.Values(seen)))) != 6 {
		t.Errorf("pages gave %v, want 6 distinct", seen)
	}
}

func testBrowse(t *testing.T, s store.Store) {
	Load(t, s)
	r := search(t, s, store.SearchQuery{Filter: store.Filter{Limit: 3}})
	if r.Total != 6 || len(r.Hits) != 3 || r.Hits[0].ID != "p2" || r.Hits[1].ID != "p1" {
		t.Errorf("browse = total %d, %v; want newest first p2, p1, m4", r.Total, r.Hits)
	}
}

func testActors(t *testing.T, s store.Store) {
	Load(t, s)
	p, err := s.Actors(t.Context(), store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if p.Total != 4 || len(p.Items) != 4 {
		t.Fatalf("actors = %+v, want 4", p)
	}
	// Haftar: m1, m2 (story s1), m3, p1 (s2; p3 is p1's duplicate).
	want := store.Actor{Name: "خليفة حفتر", Type: entity.PER, ActorCode: "PER", Stories: 3, Articles: 4, Mentions: 4}
	if !reflect.DeepEqual(p.Items[0], want) {
		t.Errorf("top actor = %+v, want %+v", p.Items[0], want)
	}
	p, err = s.Actors(t.Context(), store.Filter{IncludeDuplicates: true, Actor: "خليفة حفتر"})
	if err != nil || p.Total != 1 || p.Items[0].Articles != 5 || p.Items[0].Stories != 3 {
		t.Errorf("actors with duplicates = %+v, %v; want 5 articles in 3 stories", p, err)
	}
	p, err = s.Actors(t.Context(), store.Filter{EntityType: entity.ORG})
	if err != nil || p.Total != 1 || p.Items[0].Name != "البلدية" {
		t.Errorf("ORG actors = %+v, %v", p, err)
	}
	p, err = s.Actors(t.Context(), store.Filter{Limit: 1, Offset: 1})
	if err != nil || p.Total != 4 || len(p.Items) != 1 {
		t.Errorf("actors page 2 = %+v, %v", p, err)
	}
	p, err = s.Actors(t.Context(), store.Filter{Limit: 1, Offset: 10})
	if err != nil || p.Total != 4 || len(p.Items) != 0 {
		t.Errorf("actors past end = %+v, %v", p, err)
	}
}

func testQuotesEvents(t *testing.T, s store.Store) {
	Load(t, s)
	q, err := s.Quotes(t.Context(), store.Filter{Actor: "أحمد المسماري"})
	if err != nil || q.Total != 1 || q.Items[0].ArticleID != "p1" || q.Items[0].StoryID != "s2" || q.Items[0].Content != "الوضع تحت السيطرة" {
		t.Fatalf("quotes = %+v, %v", q, err)
	}
	body := Corpus()[4].Body
	if it := q.Items[0]; body[it.ContentStart:it.ContentEnd] != it.Content {
		t.Errorf("quote offsets %d:%d do not give its content", it.ContentStart, it.ContentEnd)
	}
	e, err := s.Events(t.Context(), store.Filter{EventType: "ASSAULT"})
	if err != nil || e.Total != 2 || e.Items[0].ArticleID != "p1" || e.Items[1].ArticleID != "m3" {
		t.Fatalf("events = %+v, %v; want p1, m3", e, err)
	}
	e, err = s.Events(t.Context(), store.Filter{Actor: "فايز السراج"})
	if err != nil || e.Total != 2 {
		t.Errorf("events of actor = %+v, %v; want 2", e, err)
	}
}

// testDistinctEvents: with DistinctEvents, an event reported by several
// articles (same type, actors and sentence) is one row, the newest
// article's, counting its reports; other events are untouched.
func testDistinctEvents(t *testing.T, s store.Store) {
	Load(t, s)
	ctx := t.Context()
	for i, id := range []string{"x1", "x2", "x3"} {
		f := Fixture{ID: id, Source: "wire", Published: Day().AddDate(0, 0, 6+i), Title: "احتجاج أمام السفارة",
			Body:   "تظاهر أنصار فايز السراج أمام مقر خليفة حفتر مساء اليوم " + strings.Repeat("و", i+1),
			Actors: []string{"فايز السراج", "خليفة حفتر"}, EventType: "PROTEST", Confidence: 0.7}
		a := f.Article()
		if i == 2 { // another sentence: another event
			a.Analysis.Events[0].Evidence = "تظاهرة ثانية أمام المقر"
		}
		if _, err := s.Put(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	e, err := s.Events(ctx, store.Filter{EventType: "PROTEST"})
	if err != nil || e.Total != 3 || e.Items[0].Reports != 0 {
		t.Fatalf("events = %+v, %v; want 3 rows without reports", e, err)
	}
	e, err = s.Events(ctx, store.Filter{EventType: "PROTEST", DistinctEvents: true})
	if err != nil || e.Total != 2 || len(e.Items) != 2 {
		t.Fatalf("distinct events = %+v, %v; want 2", e, err)
	}
	if e.Items[0].ArticleID != "x3" || e.Items[0].Reports != 1 || e.Items[1].ArticleID != "x2" || e.Items[1].Reports != 2 {
		t.Errorf("distinct events = %+v; want x3 (1 report), x2 (2 reports)", e.Items)
	}
	e, err = s.Events(ctx, store.Filter{DistinctEvents: true, Limit: 2, Offset: 1})
	if err != nil || e.Total != 5 || len(e.Items) != 2 || e.Items[0].ArticleID != "x2" || e.Items[1].ArticleID != "p1" {
		t.Errorf("distinct events, page 2 = %+v, %v; want x2, p1 of 5", e, err)
	}
	// Thirty newer reprints of x2's event: the next event comes after
	// more rows than a page.
	for i := range 30 {
		f := Fixture{ID: fmt.Sprintf("y%02d", i), Source: "wire", Published: Day().AddDate(0, 0, 10+i), Title: "احتجاج أمام السفارة",
			Body:   "تظاهر أنصار فايز السراج أمام مقر خليفة حفتر مساء اليوم " + strings.Repeat("ي", i+1),
			Actors: []string{"فايز السراج", "خليفة حفتر"}, EventType: "PROTEST", Confidence: 0.7}
		if _, err := s.Put(ctx, f.Article()); err != nil {
			t.Fatal(err)
		}
	}
	e, err = s.Events(ctx, store.Filter{EventType: "PROTEST", DistinctEvents: true, Limit: 1, Offset: 1})
	if err != nil || e.Total != 2 || len(e.Items) != 1 || e.Items[0].ArticleID != "x3" {
		t.Errorf("distinct events after reprints, page 2 = %+v, %v; want x3 of 2", e, err)
	}
	e, err = s.Events(ctx, store.Filter{EventType: "PROTEST", DistinctEvents: true, Limit: 1})
	if err != nil || len(e.Items) != 1 || e.Items[0].ArticleID != "y29" || e.Items[0].Reports != 32 {
		t.Errorf("distinct events after reprints, page 1 = %+v, %v; want y29 with 32 reports", e, err)
	}
}

// testConfidence: quotes and events keep their confidence, and
// MinConfidence keeps those that reach it, in the listings, the quote
// search and the event-type filter of Search.
func testConfidence(t *testing.T, s store.Store) {
	Load(t, s)
	ctx := t.Context()
	e, err := s.Events(ctx, store.Filter{EventType: "ASSAULT"})
	if err != nil || e.Total != 2 || e.Items[0].Confidence != 0.3 || e.Items[1].Confidence != 0.9 {
		t.Fatalf("events = %+v, %v; want p1 at 0.3, m3 at 0.9", e, err)
	}
	e, err = s.Events(ctx, store.Filter{MinConfidence: 0.5})
	if err != nil || e.Total != 2 || e.Items[0].ArticleID != "m3" || e.Items[1].ArticleID != "m1" {
		t.Errorf("events >= 0.5 = %+v, %v; want m3, m1", e, err)
	}
	if e, err = s.Events(ctx, store.Filter{MinConfidence: 0.95}); err != nil || e.Total != 0 {
		t.Errorf("events >= 0.95 = %+v, %v; want none", e, err)
	}
	q, err := s.Quotes(ctx, store.Filter{})
	if err != nil || q.Total != 2 || q.Items[0].Confidence != 0.3 || q.Items[1].Confidence != 0.9 {
		t.Fatalf("quotes = %+v, %v; want p1 at 0.3, m3 at 0.9", q, err)
	}
	q, err = s.Quotes(ctx, store.Filter{MinConfidence: 0.5})
	if err != nil || q.Total != 1 || q.Items[0].ArticleID != "m3" {
		t.Errorf("quotes >= 0.5 = %+v, %v; want m3", q, err)
	}
	q, err = s.SearchQuotes(ctx, store.QuoteQuery{Text: "السيطرة", Filter: store.Filter{MinConfidence: 0.5}})
	if err != nil || q.Total != 1 || q.Items[0].ArticleID != "m3" {
		t.Errorf("quote search >= 0.5 = %+v, %v; want m3", q, err)
	}
	if r := search(t, s, store.SearchQuery{Filter: store.Filter{EventType: "ASSAULT", MinConfidence: 0.5}}); r.Total != 1 || r.Hits[0].ID != "m3" {
		t.Errorf("search ASSAULT >= 0.5 = %v; want m3", ids(r))
	}
	if r := search(t, s, store.SearchQuery{Filter: store.Filter{EventType: "ASSAULT"}}); r.Total != 2 {
		t.Errorf("search ASSAULT = %v; want m3, p1", ids(r))
	}
}

func testPlaces(t *testing.T, s store.Store) {
	Load(t, s)
	p, err := s.Places(t.Context(), store.Filter{})
	if err != nil || p.Total != 2 {
		t.Fatalf("places = %+v, %v", p, err)
	}
	want := store.PlaceRow{Name: "سرت", Country: "LY", Kind: "city", Lat: 31.2, Lon: 16.6, Stories: 2, Articles: 3, Mentions: 3, Events: 2}
	if p.Items[0] != want {
		t.Errorf("top place = %+v, want %+v", p.Items[0], want)
	}
	// Events counted at a place: all of them, of the filter's type and
	// actor (m1: حفتر → السراج, p1: المسماري → حفتر, both at سرت).
	for _, tc := range []struct {
		f    store.Filter
		want int
	}{
		{store.Filter{EventType: "ASSAULT"}, 1},
		{store.Filter{Actor: "خليفة حفتر"}, 2},
		{store.Filter{Actor: "خليفة حفتر", ActorRole: store.RoleSource}, 1},
		{store.Filter{Actor: "فايز السراج"}, 1},
		{store.Filter{IncludeDuplicates: true}, 2},
	} {
		p, err := s.Places(t.Context(), tc.f)
		if err != nil || len(p.Items) == 0 || p.Items[0].Name != "سرت" || p.Items[0].Events != tc.want {
			t.Errorf("Places(%+v) = %+v, %v; want سرت with %d events", tc.f, p.Items, err, tc.want)
		}
	}
}

func testStories(t *testing.T, s store.Store) {
	Load(t, s)
	p, err := s.Stories(t.Context(), store.Filter{})
	if err != nil || p.Total != 2 {
		t.Fatalf("stories = %+v, %v", p, err)
	}
	s2 := p.Items[0]
	if s2.ID != "s2" || s2.Articles != 3 || s2.Sources != 2 || s2.Events != 1 || s2.Quotes != 1 || s2.Mentions != 2 ||
		s2.Title != "تقدم عسكري" || !s2.First.Equal(Day().AddDate(0, 0, 4)) || !s2.Last.Equal(Day().AddDate(0, 0, 5)) {
		t.Errorf("story s2 = %+v", s2)
	}
	p, err = s.Stories(t.Context(), store.Filter{Source: "cnn"})
	if err != nil || p.Total != 1 || p.Items[0].ID != "s1" {
		t.Errorf("stories from cnn = %+v, %v", p, err)
	}
}

func testSetDedup(t *testing.T, s store.Store) {
	Load(t, s)
	ctx := t.Context()
	err := s.SetDedup(ctx, store.Dedup{ID: "m3", TextHash: "h3", StoryID: "s1", Merged: []string{"s2"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"m3", "p1", "p2", "p3"} {
		a, err := s.Get(ctx, id)
		if err != nil || a.StoryID != "s1" {
			t.Errorf("%s story = %q, %v; want s1", id, a.StoryID, err)
		}
	}
	if a, _ := s.Get(ctx, "m3"); a.TextHash != "h3" {
		t.Errorf("text hash = %q", a.TextHash)
	}
	p, err := s.Stories(ctx, store.Filter{})
	if err != nil || p.Total != 1 || p.Items[0].Articles != 6 {
		t.Errorf("stories after merge = %+v, %v", p, err)
	}
	if err := s.SetDedup(ctx, store.Dedup{ID: "nope"}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("SetDedup(nope) = %v, want ErrNotFound", err)
	}
	if err := s.SetDedup(ctx, store.Dedup{ID: "m4", DuplicateOf: "m1"}); err != nil {
		t.Fatal(err)
	}
	for in, err := range s.Raw(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		if in.ID == "m4" && in.DuplicateOf != "m1" {
			t.Errorf("Raw(m4).DuplicateOf = %q, want m1 (the stored verdict)", in.DuplicateOf)
		}
	}
	if r := search(t, s, store.SearchQuery{Text: "مشروع"}); r.Total != 0 {
		t.Errorf("duplicate still found: %v", ids(r))
	}
}

func testRawReanalyze(t *testing.T, s store.Store) {
	Load(t, s)
	ctx := t.Context()
	var got []string
	for in, err := range s.Raw(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		if len(in.Raw) == 0 || in.RawFormat != "text" || in.Body == "" || in.Title == "" || in.Published.IsZero() {
			t.Errorf("raw %s = %q (%s)", in.ID, in.Raw, in.RawFormat)
		}
		got = append(got, in.ID)
	}
	if want := []string{"m1", "m2", "m3", "m4", "p1", "p2", "p3"}; !slices.Equal(got, want) {
		t.Errorf("Raw order = %v, want %v", got, want)
	}
	n := 0
	for range s.Raw(ctx) {
		n++
		break
	}
	if n != 1 {
		t.Errorf("early stop yielded %d", n)
	}
	// Re-analyse m4: new body, an actor instead of the ORG.
	f := Corpus()[3]
	f.Body = "زار وزير الإسكان المدينة الرياضية وافتتح مشروعا جديدا."
	f.Orgs = nil
	f.Actors = []string{"وزير الإسكان"}
	an := f.Article().Analysis
	if err := s.Reanalyze(ctx, "m4", an); err != nil {
		t.Fatal(err)
	}
	a, err := s.Get(ctx, "m4")
	if err != nil || a.Body != f.Body || len(a.Analysis.Entities) != 1 || a.StoryID != "" {
		t.Errorf("after Reanalyze = %+v, %v", a, err)
	}
	if p, _ := s.Actors(ctx, store.Filter{EntityType: entity.ORG}); p.Total != 0 {
		t.Errorf("old ORG still listed: %+v", p)
	}
	if r := search(t, s, store.SearchQuery{Text: "الإسكان"}); r.Total != 1 || r.Hits[0].ID != "m4" {
		t.Errorf("new text not indexed: %v", ids(r))
	}
	if r := search(t, s, store.SearchQuery{Text: "الألعاب"}); r.Total != 0 {
		t.Errorf("old text still indexed: %v", ids(r))
	}
	if err := s.Reanalyze(ctx, "nope", an); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Reanalyze(nope) = %v, want ErrNotFound", err)
	}
}

func testStats(t *testing.T, s store.Store) {
	Load(t, s)
	st, err := s.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	want := store.Stats{Articles: 7, Duplicates: 1, Stories: 2, Sources: 5, Entities: 10, Mentions: 10,
		Quotes: 2, Events: 3, Places: 4, Times: 7, SchemaVersion: st.SchemaVersion, Bytes: st.Bytes}
	if st != want || st.SchemaVersion < 1 {
		t.Errorf("Stats = %+v\nwant %+v", st, want)
	}
}

func testConcurrent(t *testing.T, s store.Store) {
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 10 {
				f := Corpus()[i%len(Corpus())]
				f.ID = fmt.Sprintf("c%d-%d", w, i)
				f.Body += fmt.Sprintf(" رقم %d %d", w, i)
				if _, err := s.Put(ctx, f.Article()); err != nil {
					errs <- err
					return
				}
				if _, err := s.Search(ctx, store.SearchQuery{Text: "المدينة OR الجيش", Facets: true}); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if st, err := s.Stats(ctx); err != nil || st.Articles != 40 {
		t.Errorf("Stats = %+v, %v; want 40 articles", st, err)
	}
}

func testClosed(t *testing.T, s store.Store) {
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(t.Context(), "m1"); !errors.Is(err, store.ErrClosed) {
		t.Errorf("Get after Close = %v, want ErrClosed", err)
	}
	if _, err := s.Search(t.Context(), store.SearchQuery{Text: "x"}); !errors.Is(err, store.ErrClosed) {
		t.Errorf("Search after Close = %v, want ErrClosed", err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close = %v", err)
	}
}
