package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"runtime"
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
}

// DB is a store.Store backed by one SQLite file.
type DB struct {
	path   string
	w      *sql.DB // one connection: SQLite has a single writer
	wst    *stmtCache
	puts   groupCommit
	r      *sql.DB // readers
	schema int
	closed atomic.Bool
}

var _ store.Store = (*DB)(nil)

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
	dsn := func(txlock string) string {
		q := url.Values{}
		q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", opt.BusyTimeout.Milliseconds()))
		q.Add("_pragma", "journal_mode(WAL)")
		q.Add("_pragma", "synchronous(NORMAL)")
		q.Add("_pragma", "foreign_keys(ON)")
		q.Add("_pragma", "temp_store(MEMORY)")
		q.Add("_pragma", "cache_size(-32000)")
		if txlock != "" {
			q.Add("_txlock", txlock)
		}
		return "file:" + opt.Path + "?" + q.Encode()
	}
	w, err := sql.Open("sqlite", dsn("immediate"))
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", opt.Path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetConnMaxIdleTime(0)
	schema, err := migrate(ctx, w)
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

// Path returns the database file.
func (db *DB) Path() string { return db.path }

// Close checkpoints the WAL and closes the database.
func (db *DB) Close() error {
	if db.closed.Swap(true) {
		return nil
	}
	_, errCheckpoint := db.w.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`)
	_, errOptimize := db.w.Exec(`PRAGMA optimize`)
	return errors.Join(wrap("checkpoint", errCheckpoint), wrap("optimize", errOptimize), wrap("close", db.wst.close()),
		wrap("close", db.r.Close()), wrap("close", db.w.Close()))
}

// Optimize merges the full-text index segments (worth running after a
// large ingest) and refreshes the query planner's statistics.
func (db *DB) Optimize(ctx context.Context) error {
	if err := db.check(); err != nil {
		return err
	}
	if _, err := db.w.ExecContext(ctx, `INSERT INTO articles_fts (articles_fts) VALUES ('optimize')`); err != nil {
		return wrap("optimize", err)
	}
	_, err := db.w.ExecContext(ctx, `ANALYZE`)
	return wrap("optimize", err)
}

func (db *DB) check() error {
	if db.closed.Load() {
		return store.ErrClosed
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
