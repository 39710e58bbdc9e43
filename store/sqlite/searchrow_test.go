package sqlite_test

import (
	"cmp"
	"database/sql"
	"fmt"
	"math"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/marsad/marsad/extract"
	"github.com/marsad/marsad/store"
	"github.com/marsad/marsad/store/sqlite"
	"github.com/marsad/marsad/store/storetest"
)

// putCorpus stores storetest.Corpus in a new store at path and closes it.
func putCorpus(t *testing.T, path string) {
	t.Helper()
	db, err := sqlite.Open(t.Context(), sqlite.Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	storetest.Load(t, db)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
}

// rawExec runs statements on the database file at path outside the store.
func rawExec(t *testing.T, path string, qs ...string) {
	t.Helper()
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	for _, q := range qs {
		if _, err := raw.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

// searchQueries are queries whose results the search rows must not
// change: words, a phrase, a negation, duplicates in and out, a filter.
var searchQueries = []store.SearchQuery{
	{Text: "المدينة", Snippets: 2},
	{Text: "خليفة حفتر", Facets: true},
	{Text: `"تحت السيطرة"`, Filter: store.Filter{IncludeDuplicates: true}},
	{Text: "الجيش -معارك"},
	{Text: "سرت", Filter: store.Filter{Source: "skynews"}, Facets: true},
	{Text: "تقدم", Sort: store.SortNewest},
}

// results runs searchQueries on the store at path.
func results(t *testing.T, path string) []string {
	t.Helper()
	db, err := sqlite.Open(t.Context(), sqlite.Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var out []string
	for _, q := range searchQueries {
		r, err := db.Search(t.Context(), q)
		if err != nil {
			t.Fatalf("%+v: %v", q, err)
		}
		out = append(out, fmt.Sprintf("%s: %d %+v %+v", q.Text, r.Total, r.Hits, r.Facets))
	}
	return out
}

// TestMigrateSearchRows opens a store of schema 7 (the full-text index
// keyed by seq, with column sizes; no TermMaps): migration 008 and the
// rebuild it asks for give the same search results as a new store.
func TestMigrateSearchRows(t *testing.T) {
	path := filepath.Join(t.TempDir(), "marsad.db")
	putCorpus(t, path)
	want := results(t, path)
	// The index as schema 7 had it, filled as it filled it.
	qs := []string{`DROP TABLE article_terms`, `DROP TABLE articles_fts_vocab`, `DROP TABLE articles_fts`,
		`CREATE VIRTUAL TABLE articles_fts USING fts5 (title, body, content = '', contentless_delete = 1,
			tokenize = 'unicode61 remove_diacritics 0')`,
		`CREATE VIRTUAL TABLE articles_fts_vocab USING fts5vocab (articles_fts, 'row')`,
		`DELETE FROM schema_version WHERE version >= 8`}
	for _, f := range storetest.Corpus() {
		qs = append(qs, fmt.Sprintf(`INSERT INTO articles_fts (rowid, title, body) SELECT seq, '%s', '%s' FROM articles WHERE id = '%s'`,
			store.IndexText(f.Title), store.IndexText(f.Body), f.ID))
	}
	rawExec(t, path, qs...)
	if got := results(t, path); !reflect.DeepEqual(got, want) {
		t.Errorf("after migration:\n%s\nwant\n%s", got, want)
	}
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	var maps, articles int
	if err := raw.QueryRow(`SELECT (SELECT COUNT(*) FROM article_terms), (SELECT COUNT(*) FROM articles)`).Scan(&maps, &articles); err != nil {
		t.Fatal(err)
	}
	if maps != articles {
		t.Errorf("%d term maps for %d articles", maps, articles)
	}
}

// vocab returns the full-text index's terms with their document and
// occurrence counts.
func vocab(t *testing.T, path string) []string {
	t.Helper()
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	if _, err := raw.Exec(`INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')`); err != nil {
		t.Fatalf("integrity-check: %v", err)
	}
	rows, err := raw.Query(`SELECT term, doc, cnt FROM articles_fts_vocab ORDER BY term`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var (
			term     string
			doc, cnt int
		)
		if err := rows.Scan(&term, &doc, &cnt); err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprintf("%s %d %d", term, doc, cnt))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestSearchRowsFollowEdits changes what the full-text rows were made
// from (a new analysed text, a duplicate verdict given and taken back):
// the contentless index, which deletes a row given the text it was
// inserted with, ends as a rebuild from the stored articles makes it, and
// search sees each change.
func TestSearchRowsFollowEdits(t *testing.T) {
	path := filepath.Join(t.TempDir(), "marsad.db")
	putCorpus(t, path)
	db, err := sqlite.Open(t.Context(), sqlite.Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()
	total := func(q store.SearchQuery) int {
		t.Helper()
		r, err := db.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		return r.Total
	}
	an := &extract.Analysis{Version: extract.SchemaVersion, ID: "m4", Title: "مشروع جديد",
		Body: "أعلنت البلدية عن حديقة كبيرة للأطفال في وسط البلدة."}
	if err := db.Reanalyze(ctx, "m4", an); err != nil {
		t.Fatal(err)
	}
	if n := total(store.SearchQuery{Text: "الألعاب"}); n != 0 {
		t.Errorf("the old body's word still matches %d articles", n)
	}
	if n := total(store.SearchQuery{Text: "حديقة"}); n != 1 {
		t.Errorf("the new body's word matches %d articles, want 1", n)
	}
	before := total(store.SearchQuery{Text: "احتفال"})
	if err := db.SetDedup(ctx, store.Dedup{ID: "m2", DuplicateOf: "m1", StoryID: "s1"}); err != nil {
		t.Fatal(err)
	}
	if n := total(store.SearchQuery{Text: "احتفال"}); n != before-1 {
		t.Errorf("after the duplicate verdict: %d matches, want %d", n, before-1)
	}
	if n := total(store.SearchQuery{Text: "احتفال", Filter: store.Filter{IncludeDuplicates: true}}); n != before {
		t.Errorf("with duplicates: %d matches, want %d", n, before)
	}
	if err := db.SetDedup(ctx, store.Dedup{ID: "p3", StoryID: "s2"}); err != nil {
		t.Fatal(err)
	}
	if n := total(store.SearchQuery{Text: "المسماري"}); n != 2 {
		t.Errorf("p3 no longer a duplicate: %d matches, want 2", n)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	got := vocab(t, path)
	rawExec(t, path, `DELETE FROM meta WHERE key = 'keys_version'`)
	db, err = sqlite.Open(ctx, sqlite.Options{Path: path}) // rebuilds the index
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if want := vocab(t, path); !reflect.DeepEqual(got, want) {
		t.Errorf("index after the edits:\n%v\nrebuilt:\n%v", got, want)
	}
}

// TestRankBM25 checks the scores of ranked hits against BM25 computed
// here from the articles' terms (k1 1.2, b 0.75, title terms weighing 3):
// for one word exactly FTS5's bm25, for several the one saturation of all
// the query's words that rank.go describes.
func TestRankBM25(t *testing.T) {
	path := filepath.Join(t.TempDir(), "marsad.db")
	putCorpus(t, path)
	db, err := sqlite.Open(t.Context(), sqlite.Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	type doc struct {
		title, body []store.Term
	}
	docs := map[string]doc{}
	var total float64
	for _, f := range storetest.Corpus() {
		d := doc{store.Terms(f.Title), store.Terms(f.Body)}
		docs[f.ID] = d
		total += float64(len(d.title) + len(d.body))
	}
	n := float64(len(docs))
	avgD := total / n
	count := func(ts []store.Term, key string) float64 {
		c := 0.0
		for _, x := range ts {
			if x.Key == key {
				c++
			}
		}
		return c
	}
	const k1, b = 1.2, 0.75
	for _, q := range []string{"الجيش", "معارك", "مشروع", "الجيش معارك", "حفتر أمطار"} {
		t.Run(q, func(t *testing.T) {
			node, err := store.ParseQuery(q)
			if err != nil {
				t.Fatal(err)
			}
			keys := node.PositiveKeys()
			idf := map[string]float64{}
			for k := range keys {
				m := 0.0
				for _, d := range docs {
					if count(d.title, k)+count(d.body, k) > 0 {
						m++
					}
				}
				idf[k] = max(1e-6, math.Log((n-m+0.5)/(m+0.5)))
			}
			r, err := db.Search(t.Context(), store.SearchQuery{Text: q, Filter: store.Filter{IncludeDuplicates: true}})
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Hits) == 0 {
				t.Fatal("no hit")
			}
			var scores []float64
			for _, h := range r.Hits {
				d := docs[h.ID]
				var tSum, mSum float64
				for k := range keys {
					tf := 3*count(d.title, k) + count(d.body, k)
					if tf > 0 {
						tSum += idf[k] * tf
						mSum += idf[k]
					}
				}
				dl := float64(len(d.title) + len(d.body))
				want := (k1 + 1) * tSum / (tSum/mSum + k1*(1-b+b*dl/avgD))
				if math.Abs(h.Score-want) > 1e-6*want {
					t.Errorf("%s: score %v, want %v", h.ID, h.Score, want)
				}
				scores = append(scores, h.Score)
			}
			if !slices.IsSortedFunc(scores, func(a, b float64) int { return cmp.Compare(b, a) }) {
				t.Errorf("hits not best first: %v", scores)
			}
		})
	}
}
