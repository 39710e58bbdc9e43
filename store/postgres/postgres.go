package postgres

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/marsad/marsad/store"
)

// Options configures Open.
type Options struct {
	// URL is the connection string, postgres://user:password@host:port/db
	// (or libpq's key=value form). Empty: libpq's defaults and PG*
	// environment variables (PGHOST, PGDATABASE, ...).
	URL string
	// Schema is the schema holding Marsad's tables, created if missing, so
	// that several stores can share one database. Empty: the connection's
	// search_path decides (usually "public").
	Schema string
	// MaxConns caps the connection pool (default: pgxpool's, the larger of
	// 4 and the number of CPUs).
	MaxConns int32
	// ReadOnly opens an existing store for reading only: nothing is
	// created or migrated, sessions are read-only (writes fail with
	// store.ErrReadOnly), and a store that needs a migration or new
	// full-text vectors is refused with store.ErrNeedsUpgrade.
	ReadOnly bool
}

// Store is a store.Store backed by a PostgreSQL database. It is safe for
// concurrent use, also by several processes sharing the database.
type Store struct {
	pool     *pgxpool.Pool
	schema   int
	closed   atomic.Bool
	readOnly bool
}

var _ store.Store = (*Store)(nil)

// Open connects to the database and migrates it to the current schema.
// Several processes may open the same database at once: migrations run
// under an advisory lock.
func Open(ctx context.Context, opt Options) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(opt.URL)
	if err != nil {
		// The parse error may quote the URL, password included: say less.
		return nil, fmt.Errorf("postgres: open: %w: cannot parse the connection URL", store.ErrInvalid)
	}
	if opt.MaxConns > 0 {
		cfg.MaxConns = opt.MaxConns
	}
	if opt.Schema != "" {
		cfg.ConnConfig.RuntimeParams["search_path"] = pgx.Identifier{opt.Schema}.Sanitize()
	}
	if opt.ReadOnly {
		cfg.ConnConfig.RuntimeParams["default_transaction_read_only"] = "on"
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, wrap("open", err)
	}
	if opt.ReadOnly {
		schema, err := checkCurrent(ctx, pool)
		if err != nil {
			pool.Close()
			return nil, err
		}
		return &Store{pool: pool, schema: schema, readOnly: true}, nil
	}
	schema, err := migrate(ctx, pool, opt.Schema)
	if err != nil {
		pool.Close()
		return nil, err
	}
	return &Store{pool: pool, schema: schema}, nil
}

// Close closes the connection pool, waiting for queries in flight.
func (s *Store) Close() error {
	if s.closed.Swap(true) {
		return nil
	}
	s.pool.Close()
	return nil
}

// Optimize refreshes the query planner's statistics and merges the
// full-text index's pending entries (worth running after a large ingest;
// autovacuum does both in time).
func (s *Store) Optimize(ctx context.Context) error {
	if err := s.checkWrite(); err != nil {
		return err
	}
	if _, err := s.pool.Exec(ctx, `SELECT gin_clean_pending_list('articles_tsv'::regclass)`); err != nil {
		return wrap("optimize", err)
	}
	_, err := s.pool.Exec(ctx, `ANALYZE articles, entities, mentions, quotes, events, places, times, stories`)
	return wrap("optimize", err)
}

func (s *Store) check() error {
	if s.closed.Load() {
		return store.ErrClosed
	}
	return nil
}

// checkWrite is check for the methods that write.
func (s *Store) checkWrite() error {
	if err := s.check(); err != nil {
		return err
	}
	if s.readOnly {
		return fmt.Errorf("postgres: %w", store.ErrReadOnly)
	}
	return nil
}

// wrap prefixes err with the package and operation; nil stays nil. Text
// PostgreSQL cannot hold (NUL characters, invalid UTF-8) is reported as
// store.ErrInvalid.
func wrap(op string, err error) error {
	if err == nil {
		return nil
	}
	if badText(err) {
		return fmt.Errorf("postgres: %s: %w: %w", op, store.ErrInvalid, err)
	}
	return fmt.Errorf("postgres: %s: %w", op, err)
}

// badText reports whether PostgreSQL refused a text value: a NUL
// character or invalid UTF-8, which a text column cannot hold.
func badText(err error) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && pgErr.Code == codeBadCharacter
}

// SQLSTATE codes the package acts on.
const (
	codeBadCharacter  = "22021" // character_not_in_repertoire: NUL or invalid UTF-8
	codeSerialization = "40001" // serialization_failure
	codeDeadlock      = "40P01" // deadlock_detected
)
