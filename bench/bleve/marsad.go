package blevebench

import (
	"context"
	"errors"
	"os"
	"path/filepath"

	"github.com/marsad/marsad/store"
	"github.com/marsad/marsad/store/sqlite"
	"github.com/marsad/marsad/store/storetest"
)

// marsadEngine is Marsad's SQLite store, loaded as marsad ingest loads it
// (store.Writer's default batches, then Optimize), with texts only.
type marsadEngine struct {
	path string
	db   *sqlite.DB
}

func newMarsad(ctx context.Context, dir string) (*marsadEngine, error) {
	path := filepath.Join(dir, "marsad.db")
	db, err := sqlite.Open(ctx, sqlite.Options{Path: path})
	if err != nil {
		return nil, err
	}
	return &marsadEngine{path: path, db: db}, nil
}

func (m *marsadEngine) Name() string { return "marsad" }

func (m *marsadEngine) Index(ctx context.Context, docs []storetest.NewsDoc) error {
	w := store.NewWriter(ctx, m.db, store.WriterConfig{})
	for _, d := range docs {
		if err := w.Add(ctx, d.Article(), nil); err != nil {
			return errors.Join(err, w.Close())
		}
	}
	if err := w.Close(); err != nil {
		return err
	}
	if err := m.db.Optimize(ctx); err != nil {
		return err
	}
	return m.db.Close()
}

// Open opens the store read-only, as marsad serve does.
func (m *marsadEngine) Open(ctx context.Context) error {
	db, err := sqlite.Open(ctx, sqlite.Options{Path: m.path, ReadOnly: true})
	m.db = db
	return err
}

func (m *marsadEngine) Search(ctx context.Context, q store.SearchQuery) (int, error) {
	r, err := m.db.Search(ctx, q)
	if errors.Is(err, store.ErrInvalid) { // nothing positive to look for
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	return r.Total, nil
}

func (m *marsadEngine) Bytes() int64 {
	var n int64
	for _, p := range []string{m.path, m.path + "-wal"} {
		if fi, err := os.Stat(p); err == nil {
			n += fi.Size()
		}
	}
	return n
}

func (m *marsadEngine) ServerCPU() float64 { return 0 }

func (m *marsadEngine) Close() error { return m.db.Close() }
