package sqlite_test

import (
	"bytes"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad/extract"
	"github.com/marsad/marsad/store"
	"github.com/marsad/marsad/store/sqlite"
	"github.com/marsad/marsad/store/storetest"
)

func open(t *testing.T) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(t.Context(), sqlite.Options{Path: filepath.Join(t.TempDir(), "marsad.db")})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return open(t) })
}

func TestReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "marsad.db")
	for i := range 2 {
		db, err := sqlite.Open(t.Context(), sqlite.Options{Path: path})
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			if _, err := db.Put(t.Context(), storetest.Corpus()[0].Article()); err != nil {
				t.Fatal(err)
			}
		}
		st, err := db.Stats(t.Context())
		if err != nil || st.Articles != 1 || st.SchemaVersion != sqlite.SchemaVersion() {
			t.Errorf("open #%d: stats %+v, %v", i, st, err)
		}
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// TestFileNames opens stores whose file names hold URI characters: each
// must be the file named, not a truncated one or a query.
func TestFileNames(t *testing.T) {
	for _, name := range []string{"my#1.db", "x.db?a", "50%.db", "a b.db"} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, name)
			db, err := sqlite.Open(t.Context(), sqlite.Options{Path: path})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := db.Put(t.Context(), storetest.Corpus()[0].Article()); err != nil {
				t.Fatal(err)
			}
			if err := db.Close(); err != nil {
				t.Fatal(err)
			}
			ents, _ := os.ReadDir(dir)
			var names []string
			for _, e := range ents {
				names = append(names, e.Name())
			}
			if len(names) != 1 || names[0] != name {
				t.Errorf("files %q, want only %q", names, name)
			}
			ro, err := sqlite.Open(t.Context(), sqlite.Options{Path: path, ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			defer ro.Close()
			if st, err := ro.Stats(t.Context()); err != nil || st.Articles != 1 {
				t.Errorf("read-only stats = %+v, %v", st, err)
			}
		})
	}
}

// TestReadOnly opens a store read-only: it reads, refuses writes, leaves
// the file as it was, and refuses a store that needs an upgrade.
func TestReadOnly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "marsad.db")
	putCorpus(t, path)
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, immutable := range []bool{false, true} {
		ro, err := sqlite.Open(t.Context(), sqlite.Options{Path: path, ReadOnly: true, Immutable: immutable})
		if err != nil {
			t.Fatal(err)
		}
		r, err := ro.Search(t.Context(), store.SearchQuery{Text: "المدينة"})
		if err != nil || r.Total != 4 {
			t.Errorf("immutable=%v: search = %+v, %v", immutable, r, err)
		}
		if _, err := ro.Put(t.Context(), storetest.Corpus()[0].Article()); !errors.Is(err, store.ErrReadOnly) {
			t.Errorf("Put on a read-only store = %v, want ErrReadOnly", err)
		}
		if err := ro.SetDedup(t.Context(), store.Dedup{ID: "m1"}); !errors.Is(err, store.ErrReadOnly) {
			t.Errorf("SetDedup on a read-only store = %v, want ErrReadOnly", err)
		}
		if err := ro.Close(); err != nil {
			t.Fatal(err)
		}
	}
	after, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(before, after) {
		t.Errorf("the read-only opens changed the file (%v)", err)
	}
	if _, err := sqlite.Open(t.Context(), sqlite.Options{Path: path + ".none", ReadOnly: true}); err == nil {
		t.Error("a missing file opened read-only")
	}

	// An older store: its index built with other keys, then its schema.
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`DELETE FROM meta`); err != nil {
		t.Fatal(err)
	}
	if _, err := sqlite.Open(t.Context(), sqlite.Options{Path: path, ReadOnly: true}); !errors.Is(err, store.ErrNeedsUpgrade) {
		t.Errorf("read-only open of an old index = %v, want ErrNeedsUpgrade", err)
	}
	if _, err := raw.Exec(`DELETE FROM schema_version WHERE version = (SELECT MAX(version) FROM schema_version)`); err != nil {
		t.Fatal(err)
	}
	if err := raw.Close(); err != nil {
		t.Fatal(err)
	}
	_, err = sqlite.Open(t.Context(), sqlite.Options{Path: path, ReadOnly: true})
	if !errors.Is(err, store.ErrNeedsUpgrade) || !strings.Contains(err.Error(), "marsad reanalyze") {
		t.Errorf("read-only open of an old schema = %v, want ErrNeedsUpgrade saying how to upgrade", err)
	}
}

// TestReindex opens a store whose index was built with older keys: Open
// rebuilds it, and search finds what the new keys find.
func TestReindex(t *testing.T) {
	path := filepath.Join(t.TempDir(), "marsad.db")
	putCorpus(t, path)
	// What a store of keys version 1 looks like: no record of the
	// version, and index text the current keys do not meet.
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`DELETE FROM meta`, `INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')`,
		`INSERT INTO articles_fts (rowid, title, body) SELECT seq, 'old', 'old keys' FROM articles`} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	if err := raw.Close(); err != nil {
		t.Fatal(err)
	}
	db, err := sqlite.Open(t.Context(), sqlite.Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for q, want := range map[string]int{"المدينة": 4, "old": 0, `"تحت السيطرة"`: 2} {
		if r, err := db.Search(t.Context(), store.SearchQuery{Text: q}); err != nil || r.Total != want {
			t.Errorf("after reindex, %s: %+v, %v; want %d", q, r, err, want)
		}
	}
}

// TestMigrateConfidence opens a store made before the confidence columns
// and event keys (schema 5): Open adds them, the quotes and events stored
// before get the confidence of an unscored item, and their events, without
// a key, are each listed on their own by DistinctEvents.
func TestMigrateConfidence(t *testing.T) {
	path := filepath.Join(t.TempDir(), "marsad.db")
	putCorpus(t, path)
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`ALTER TABLE quotes DROP COLUMN confidence`,
		`ALTER TABLE events DROP COLUMN confidence`,
		`DROP INDEX events_key`,
		`ALTER TABLE events DROP COLUMN ev_key`,
		`DELETE FROM schema_version WHERE version >= 6`,
	} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	if err := raw.Close(); err != nil {
		t.Fatal(err)
	}
	db, err := sqlite.Open(t.Context(), sqlite.Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	e, err := db.Events(t.Context(), store.Filter{})
	if err != nil || e.Total == 0 {
		t.Fatalf("events after migration = %+v, %v", e, err)
	}
	for _, ev := range e.Items {
		if ev.Confidence != extract.UnscoredConfidence {
			t.Errorf("migrated event %s has confidence %v, want %v", ev.ArticleID, ev.Confidence, extract.UnscoredConfidence)
		}
	}
	q, err := db.Quotes(t.Context(), store.Filter{MinConfidence: extract.UnscoredConfidence})
	if err != nil || q.Total != 2 {
		t.Errorf("migrated quotes at %v = %+v, %v; want both", extract.UnscoredConfidence, q, err)
	}
	d, err := db.Events(t.Context(), store.Filter{DistinctEvents: true})
	if err != nil || d.Total != e.Total || d.Items[0].Reports != 1 {
		t.Errorf("distinct migrated events = %+v, %v; want the %d events, one report each", d, err, e.Total)
	}
}
