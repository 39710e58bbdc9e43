package sqlite_test

import (
	"path/filepath"
	"testing"

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
