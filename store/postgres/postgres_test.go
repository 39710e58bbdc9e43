package postgres_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/marsad/marsad/store"
	"github.com/marsad/marsad/store/postgres"
	"github.com/marsad/marsad/store/postgres/pgtest"
	"github.com/marsad/marsad/store/storetest"
)

// open opens a store in a fresh schema of the test server.
func open(t testing.TB) *postgres.Store {
	t.Helper()
	schema, url := pgtest.Schema(t)
	db, err := postgres.Open(t.Context(), postgres.Options{URL: url, Schema: schema})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return open(t) })
}

// TestMigrate opens the same schema repeatedly, one after the other and
// several at once: the schema is migrated once, the data stays, and every
// Open reports the current version.
func TestMigrate(t *testing.T) {
	schema, url := pgtest.Schema(t)
	opt := postgres.Options{URL: url, Schema: schema}
	ctx := t.Context()
	tests := []struct {
		name string
		at   int // concurrent Opens
	}{
		{"first", 1},
		{"again", 1},
		{"concurrent", 4},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var wg sync.WaitGroup
			errs := make([]error, tc.at)
			for j := range tc.at {
				wg.Go(func() {
					db, err := postgres.Open(ctx, opt)
					if err != nil {
						errs[j] = err
						return
					}
					if i == 0 {
						_, err = db.Put(ctx, storetest.Corpus()[0].Article())
					}
					if err == nil {
						var st store.Stats
						st, err = db.Stats(ctx)
						if err == nil && (st.Articles != 1 || st.SchemaVersion != postgres.SchemaVersion()) {
							err = fmt.Errorf("stats %+v", st)
						}
					}
					errs[j] = errors.Join(err, db.Close())
				})
			}
			wg.Wait()
			if err := errors.Join(errs...); err != nil {
				t.Fatal(err)
			}
			var rows, version int
			query(t, url, schema, `SELECT COUNT(*), MAX(version) FROM schema_version`, &rows, &version)
			if rows != version || version != postgres.SchemaVersion() {
				t.Errorf("schema_version: %d rows up to %d, want one per migration up to %d", rows, version, postgres.SchemaVersion())
			}
		})
	}
	t.Run("newer", func(t *testing.T) {
		query(t, url, schema, `INSERT INTO schema_version (version, name) VALUES (999, '999_future.sql') RETURNING version`, new(int))
		if db, err := postgres.Open(ctx, opt); err == nil {
			_ = db.Close()
			t.Fatal("Open of a schema newer than the program succeeded")
		}
	})
}

// TestConcurrentPut puts the same input from several goroutines at once:
// one Put creates the article, the others return its ID.
func TestConcurrentPut(t *testing.T) {
	db := open(t)
	t.Cleanup(func() { _ = db.Close() })
	ctx := t.Context()
	const n = 8
	results := make([]store.PutResult, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range n {
		wg.Go(func() {
			<-start
			a := storetest.Corpus()[2].Article()
			if i%2 == 1 {
				a.ID = "" // the same content under its derived ID: still the same article
			}
			results[i], errs[i] = db.Put(ctx, a)
		})
	}
	close(start)
	wg.Wait()
	created := 0
	for i, r := range results {
		if errs[i] != nil {
			t.Fatalf("Put #%d: %v", i, errs[i])
		}
		if r.ID != results[0].ID || (r.ID != "m3" && !strings.HasPrefix(r.ID, "a-")) {
			t.Errorf("Put #%d = %+v, Put #0 = %+v; want one ID, m3 or a-...", i, r, results[0])
		}
		if r.Created {
			created++
		}
	}
	if created != 1 {
		t.Errorf("%d Puts created the article, want 1", created)
	}
	st, err := db.Stats(ctx)
	if err != nil || st.Articles != 1 || st.Entities != 2 || st.Quotes != 1 {
		t.Errorf("Stats = %+v, %v; want 1 article with 2 entities and 1 quote", st, err)
	}
}

// TestBadText: text PostgreSQL cannot hold is refused as invalid, and an
// ID that cannot be stored is not found.
func TestBadText(t *testing.T) {
	db := open(t)
	t.Cleanup(func() { _ = db.Close() })
	tests := []struct {
		name string
		a    *store.Article
	}{
		{"NUL in body", &store.Article{ID: "n1", Title: "عنوان", Body: "نص\x00نص"}},
		{"invalid UTF-8 in title", &store.Article{ID: "n2", Title: "\xff\xfe", Body: "نص"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := db.Put(t.Context(), tc.a); !errors.Is(err, store.ErrInvalid) {
				t.Errorf("Put = %v, want ErrInvalid", err)
			}
		})
	}
	if _, err := db.Get(t.Context(), "a\x00b"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Get(NUL) = %v, want ErrNotFound", err)
	}
	if st, err := db.Stats(t.Context()); err != nil || st.Articles != 0 {
		t.Errorf("Stats = %+v, %v; want nothing stored", st, err)
	}
}

// TestPutBatchBadText: an article PostgreSQL refuses fails alone, the
// others of its batch are stored.
func TestPutBatchBadText(t *testing.T) {
	db := open(t)
	t.Cleanup(func() { _ = db.Close() })
	fx := storetest.Corpus()
	arts := []*store.Article{fx[0].Article(), {ID: "n1", Title: "عنوان", Body: "نص\x00نص"}, fx[1].Article()}
	outs, err := db.PutBatch(t.Context(), arts)
	if err != nil {
		t.Fatal(err)
	}
	if !outs[0].Created || !outs[2].Created || !errors.Is(outs[1].Err, store.ErrInvalid) {
		t.Errorf("outcomes %+v; want the first and last created, the second ErrInvalid", outs)
	}
	if st, err := db.Stats(t.Context()); err != nil || st.Articles != 2 {
		t.Errorf("Stats = %+v, %v; want 2 articles", st, err)
	}
}

// TestOptimize runs Optimize on a loaded store.
func TestOptimize(t *testing.T) {
	db := open(t)
	t.Cleanup(func() { _ = db.Close() })
	for _, f := range storetest.Corpus() {
		if _, err := db.Put(t.Context(), f.Article()); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Optimize(t.Context()); err != nil {
		t.Fatal(err)
	}
	if r, err := db.Search(t.Context(), store.SearchQuery{Text: "سرت"}); err != nil || r.Total != 3 {
		t.Errorf("Search after Optimize = %+v, %v", r, err)
	}
}

// query runs sql in schema and scans its one row into dst.
func query(t *testing.T, url, schema, sql string, dst ...any) {
	t.Helper()
	ctx := context.WithoutCancel(t.Context())
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = conn.Close(ctx) }()
	if _, err := conn.Exec(ctx, "SET search_path TO "+pgx.Identifier{schema}.Sanitize()); err != nil {
		t.Fatal(err)
	}
	if err := conn.QueryRow(ctx, sql).Scan(dst...); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
}

// TestLongArticle stores articles past the limits of PostgreSQL's tsvector
// (16,383 positions, 1 MB of distinct words): Put succeeds and the words
// that fit are found.
func TestLongArticle(t *testing.T) {
	db := open(t)
	t.Cleanup(func() { _ = db.Close() })
	var distinct strings.Builder
	for i := range 120_000 { // about 1.3 MB of distinct words
		fmt.Fprintf(&distinct, "w%09d ", i)
	}
	tests := []struct {
		name, body, find string
	}{
		{"many words", strings.Repeat("كلمة ", 20_000) + "سرت", "سرت"},
		{"many distinct words", distinct.String(), "w000000001"},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			id := fmt.Sprintf("long%d", i)
			if _, err := db.Put(t.Context(), &store.Article{ID: id, Title: "مقال طويل", Body: tc.body}); err != nil {
				t.Fatal(err)
			}
			r, err := db.Search(t.Context(), store.SearchQuery{Text: tc.find, Snippets: -1})
			if err != nil || r.Total != 1 || r.Hits[0].ID != id {
				t.Errorf("Search(%s) = %+v, %v", tc.find, r, err)
			}
		})
	}
}

// TestRankTitle: a word in the title ranks above the same word in the
// body (weights A and B), and every ranked hit scores above zero.
func TestRankTitle(t *testing.T) {
	db := open(t)
	t.Cleanup(func() { _ = db.Close() })
	for _, a := range []*store.Article{
		{ID: "body", Title: "أخبار اليوم", Body: "وصل الوفد إلى سرت صباح اليوم بعد رحلة طويلة."},
		{ID: "title", Title: "سرت اليوم", Body: "وصل الوفد إلى المدينة صباح اليوم بعد رحلة طويلة."},
		{ID: "none", Title: "أخبار", Body: "لا شيء هنا."},
	} {
		if _, err := db.Put(t.Context(), a); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name, q string
		want    []string
	}{
		{"title first", "سرت", []string{"title", "body"}},
		{"both words", "سرت اليوم", []string{"title", "body"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := db.Search(t.Context(), store.SearchQuery{Text: tc.q})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range r.Hits {
				got = append(got, h.ID)
				if h.Score <= 0 {
					t.Errorf("%s scores %v", h.ID, h.Score)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Search(%s) = %v, want %v", tc.q, got, tc.want)
			}
		})
	}
}

// TestReadOnlyReindex opens a store whose vectors were built with older
// keys: read-only, it is refused as needing an upgrade; opened for
// writing, its vectors are rebuilt; then read-only it reads and refuses
// writes.
func TestReadOnlyReindex(t *testing.T) {
	schema, url := pgtest.Schema(t)
	opt := postgres.Options{URL: url, Schema: schema}
	ctx := t.Context()
	db, err := postgres.Open(ctx, opt)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range storetest.Corpus() {
		if _, err := db.Put(ctx, f.Article()); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	var n int
	query(t, url, schema, `WITH d AS (DELETE FROM meta RETURNING 1) SELECT COUNT(*) FROM d`, &n)
	query(t, url, schema, `WITH u AS (UPDATE articles SET tsv = 'old'::tsvector RETURNING 1) SELECT COUNT(*) FROM u`, &n)
	ro := opt
	ro.ReadOnly = true
	if _, err := postgres.Open(ctx, ro); !errors.Is(err, store.ErrNeedsUpgrade) {
		t.Fatalf("read-only open of old vectors = %v, want ErrNeedsUpgrade", err)
	}
	db, err = postgres.Open(ctx, opt)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db, err = postgres.Open(ctx, ro)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for q, want := range map[string]int{"المدينة": 4, "old": 0, `"تحت السيطرة"`: 2} {
		if r, err := db.Search(ctx, store.SearchQuery{Text: q}); err != nil || r.Total != want {
			t.Errorf("after reindex, %s: %+v, %v; want %d", q, r, err, want)
		}
	}
	if _, err := db.Put(ctx, storetest.Corpus()[0].Article()); !errors.Is(err, store.ErrReadOnly) {
		t.Errorf("Put on a read-only store = %v, want ErrReadOnly", err)
	}
}
