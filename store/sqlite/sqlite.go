package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"runtime"
	"strings"
	"sync/atomic"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/marsad/marsad/store"
)

// DefaultPath is the database file used when Options.Path is empty.
const DefaultPath = "marsad.db"

// Options configures Open. The zero value is usable.
type Options struct {
	// Path is the database file (DefaultPath if empty).
	Path string
	// BusyTimeout is how long a statement waits for a lock (default 5s).
	BusyTimeout time.Duration
	// Readers is the size of the read connection pool (default
	// GOMAXPROCS, at least 2).
	Readers int
	// ReadOnly opens an existing database for reading only: nothing is
	// created, migrated or written (writes return store.ErrReadOnly), and a
	// database that needs a migration or a new search index is refused
	// with store.ErrNeedsUpgrade. On a read-only medium (or in a directory
	// this process cannot write, with no writer's WAL beside the file) it
	// is opened immutable, since SQLite could not keep its shared-memory
	// file there.
	ReadOnly bool
	// Immutable opens a read-only database as immutable (SQLite's
	// immutable=1: no locks, no WAL), which ReadOnly does by itself on a
	// read-only medium. Only for a file nothing writes while it is open.
	Immutable bool
	// MmapBytes is how much of the database file is read through a memory
	// map instead of read calls (SQLite's mmap_size). Default: 1 GiB when
	// ReadOnly (search reads each match's column sizes for BM25 and each
	// hit's body: the 1,000 mixed queries over the news corpus take about a
	// fifth less CPU), none otherwise (an ingest gains little, and the
	// pages it maps would count in its resident memory). Negative: none.
	MmapBytes int64
}

// DB is a store.Store backed by one SQLite file.
type DB struct {
	path   string
	w      *sql.DB // one connection: SQLite has a single writer
	wst    *stmtCache
	puts   groupCommit
	r      *sql.DB // readers
	rst    readStmts
	schema int
	closed atomic.Bool
	// readOnly: opened with Options.ReadOnly; w and wst are nil.
	readOnly bool
	// created counts the articles this handle stored, for Optimize.
	created atomic.Int64
}

var (
	_ store.Store   = (*DB)(nil)
	_ store.Batcher = (*DB)(nil)
)

// Open opens (creating if needed) the database and migrates it to the
// current schema.
func Open(ctx context.Context, opt Options) (*DB, error) {
	if opt.Path == "" {
		opt.Path = DefaultPath
	}
	if opt.BusyTimeout <= 0 {
		opt.BusyTimeout = 5 * time.Second
	}
	if opt.Readers <= 0 {
		opt.Readers = max(2, runtime.GOMAXPROCS(0))
	}
	if opt.ReadOnly {
		return openReadOnly(ctx, opt)
	}
	dsn := func(txlock string) string {
		q := url.Values{}
		q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", opt.BusyTimeout.Milliseconds()))
		q.Add("_pragma", "journal_mode(WAL)")
		q.Add("_pragma", "synchronous(NORMAL)")
		q.Add("_pragma", "foreign_keys(ON)")
		q.Add("_pragma", "temp_store(MEMORY)")
		q.Add("_pragma", "cache_size(-32000)")
		if opt.MmapBytes > 0 {
			q.Add("_pragma", fmt.Sprintf("mmap_size(%d)", opt.MmapBytes))
		}
		if txlock != "" {
			q.Add("_txlock", txlock)
		}
		return fileURI(opt.Path, q)
	}
	w, err := sql.Open("sqlite", dsn("immediate"))
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", opt.Path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetConnMaxIdleTime(0)
	schema, err := migrate(ctx, w)
	if err == nil {
		err = reindex(ctx, w)
	}
	if err != nil {
		_ = w.Close()
		return nil, err
	}
	r, err := sql.Open("sqlite", dsn(""))
	if err != nil {
		_ = w.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", opt.Path, err)
	}
	r.SetMaxOpenConns(opt.Readers)
	r.SetMaxIdleConns(opt.Readers)
	wst, err := newStmtCache(ctx, w, writeQueries[:])
	if err != nil {
		return nil, errors.Join(fmt.Errorf("sqlite: open %s: prepare: %w", opt.Path, err), r.Close(), w.Close())
	}
	return &DB{path: opt.Path, w: w, wst: wst, r: r, schema: schema}, nil
}

// fileURI is the driver's name for the database file at path with the
// query q: an SQLite URI whose path is escaped, so that a file name with
// '?', '#' or '%' (my#1.db) names that file.
func fileURI(path string, q url.Values) string {
	esc := strings.NewReplacer("%", "%25", "?", "%3F", "#", "%23").Replace(path)
	return "file:" + esc + "?" + q.Encode()
}

// openReadOnly opens an existing database for reading only; see
// Options.ReadOnly.
func openReadOnly(ctx context.Context, opt Options) (*DB, error) {
	if _, err := os.Stat(opt.Path); err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", opt.Path, err)
	}
	q := url.Values{}
	q.Add("mode", "ro")
	if opt.Immutable || readOnlyMedium(opt.Path) {
		q.Add("immutable", "1")
	}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", opt.BusyTimeout.Milliseconds()))
	q.Add("_pragma", "temp_store(MEMORY)")
	q.Add("_pragma", "cache_size(-32000)")
	if opt.MmapBytes == 0 {
		opt.MmapBytes = 1 << 30
	}
	if opt.MmapBytes > 0 {
		q.Add("_pragma", fmt.Sprintf("mmap_size(%d)", opt.MmapBytes))
	}
	r, err := sql.Open("sqlite", fileURI(opt.Path, q))
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", opt.Path, err)
	}
	r.SetMaxOpenConns(opt.Readers)
	r.SetMaxIdleConns(opt.Readers)
	schema, err := checkCurrent(ctx, r, opt.Path)
	if err != nil {
		return nil, errors.Join(err, r.Close())
	}
	return &DB{path: opt.Path, r: r, schema: schema, readOnly: true}, nil
}

// checkCurrent returns the schema version of a database opened read-only,
// or an error wrapping store.ErrNeedsUpgrade if it needs a migration or a
// new search index.
func checkCurrent(ctx context.Context, r *sql.DB, path string) (int, error) {
	var cur int
	if err := r.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&cur); err != nil {
		return 0, fmt.Errorf("sqlite: open %s: read schema version (is it a Marsad store?): %w", path, err)
	}
	want := SchemaVersion()
	switch {
	case cur > want:
		return 0, fmt.Errorf("sqlite: database schema %d is newer than this program's %d", cur, want)
	case cur < want:
		return 0, fmt.Errorf("sqlite: %s: %w: schema %d, this program's is %d; open it once for writing (marsad reanalyze --db %s) to migrate it",
			path, store.ErrNeedsUpgrade, cur, want, path)
	}
	v, err := keysVersion(ctx, r)
	if err != nil {
		return 0, err
	}
	if v != store.KeysVersion {
		return 0, fmt.Errorf("sqlite: %s: %w: its search index has keys of version %d, this program's are %d; open it once for writing (marsad reanalyze --db %s) to rebuild it",
			path, store.ErrNeedsUpgrade, v, store.KeysVersion, path)
	}
	return cur, nil
}

// Path returns the database file.
func (db *DB) Path() string { return db.path }

// Close checkpoints the WAL and closes the database.
func (db *DB) Close() error {
	if db.closed.Swap(true) {
		return nil
	}
	errStmts := wrap("close", db.rst.close())
	if db.readOnly {
		return errors.Join(errStmts, wrap("close", db.r.Close()))
	}
	_, errCheckpoint := db.w.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`)
	_, errOptimize := db.w.Exec(`PRAGMA optimize`)
	return errors.Join(errStmts, wrap("checkpoint", errCheckpoint), wrap("optimize", errOptimize), wrap("close", db.wst.close()),
		wrap("close", db.r.Close()), wrap("close", db.w.Close()))
}

// Optimize merges the full-text index after a bulk load (an ingest calls
// it at its end) and refreshes the query planner's statistics. When this
// handle stored at least a quarter of the articles, the index is merged
// into one segment (FTS5's optimize: the fastest to search, but it
// rewrites the whole index); after a smaller addition, a bounded
// incremental merge (FTS5's merge, some 2 MB of pages) costs little
// whatever the size of the store. The statistics are sampled (SQLite's
// analysis_limit), so that neither step reads the whole database.
func (db *DB) Optimize(ctx context.Context) error {
	if err := db.checkWrite(); err != nil {
		return err
	}
	var last int64
	if err := db.w.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq), 0) FROM articles`).Scan(&last); err != nil {
		return wrap("optimize", err)
	}
	merge := `INSERT INTO articles_fts (articles_fts) VALUES ('optimize')`
	if 4*db.created.Load() < last {
		merge = `INSERT INTO articles_fts (articles_fts, rank) VALUES ('merge', 500)`
	}
	if _, err := db.w.ExecContext(ctx, merge); err != nil {
		return wrap("optimize", err)
	}
	for _, q := range []string{`PRAGMA analysis_limit = 1000`, `ANALYZE`} {
		if _, err := db.w.ExecContext(ctx, q); err != nil {
			return wrap("optimize", err)
		}
	}
	return nil
}

func (db *DB) check() error {
	if db.closed.Load() {
		return store.ErrClosed
	}
	return nil
}

// checkWrite is check for the methods that write.
func (db *DB) checkWrite() error {
	if err := db.check(); err != nil {
		return err
	}
	if db.readOnly {
		return fmt.Errorf("sqlite: %s: %w", db.path, store.ErrReadOnly)
	}
	return nil
}

func (db *DB) size() int64 {
	var n int64
	for _, p := range []string{db.path, db.path + "-wal"} {
		if fi, err := os.Stat(p); err == nil {
			n += fi.Size()
		}
	}
	return n
}

// wrap prefixes err with the package and operation; nil stays nil.
func wrap(op string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("sqlite: %s: %w", op, err)
}
