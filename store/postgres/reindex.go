package postgres

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/jackc/pgx/v5"

	"github.com/marsad/marsad/store"
)

// querier is what keysVersion reads with (a connection or a transaction).
type querier interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// keysVersion returns the store.KeysVersion the full-text vectors were
// built with (1 for a store older than the meta table's record of it).
func keysVersion(ctx context.Context, q querier) (int, error) {
	var v string
	err := q.QueryRow(ctx, `SELECT value FROM meta WHERE key = 'keys_version'`).Scan(&v)
	if errors.Is(err, pgx.ErrNoRows) {
		return 1, nil
	}
	if err != nil {
		return 0, wrap("read keys version", err)
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, fmt.Errorf("postgres: keys version %q: %w", v, err)
	}
	return n, nil
}

// reindex rebuilds every article's full-text vector with the current
// search keys when they were built with others, in one transaction (a
// crash leaves the old vectors whole, and the next Open starts again). The
// caller holds the migration lock.
func reindex(ctx context.Context, conn *pgx.Conn) error {
	v, err := keysVersion(ctx, conn)
	if err != nil || v == store.KeysVersion {
		return err
	}
	return wrap("reindex", pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		for last := int64(0); ; {
			rows, err := tx.Query(ctx, `SELECT seq, title, body FROM articles WHERE seq > $1 ORDER BY seq LIMIT 256`, last)
			if err != nil {
				return err
			}
			b := &pgx.Batch{}
			for rows.Next() {
				var title, body string
				if err := rows.Scan(&last, &title, &body); err != nil {
					rows.Close()
					return err
				}
				b.Queue(`UPDATE articles SET tsv = $1::tsvector WHERE seq = $2`, tsvector(title, body), last)
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return err
			}
			if b.Len() == 0 {
				break
			}
			if err := runBatch(ctx, tx, b); err != nil {
				return err
			}
		}
		_, err := tx.Exec(ctx, `INSERT INTO meta (key, value) VALUES ('keys_version', $1)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, strconv.Itoa(store.KeysVersion))
		return err
	}))
}

// checkCurrent returns the schema version of a store opened read-only, or
// an error wrapping store.ErrNeedsUpgrade if it needs a migration or new
// full-text vectors.
func checkCurrent(ctx context.Context, q querier) (int, error) {
	var cur int
	if err := q.QueryRow(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&cur); err != nil {
		return 0, wrap("read schema version (is it a Marsad store?)", err)
	}
	want := SchemaVersion()
	switch {
	case cur > want:
		return 0, fmt.Errorf("postgres: database schema %d is newer than this program's %d", cur, want)
	case cur < want:
		return 0, fmt.Errorf("postgres: %w: schema %d, this program's is %d; open it once for writing (marsad reanalyze --db URL) to migrate it",
			store.ErrNeedsUpgrade, cur, want)
	}
	v, err := keysVersion(ctx, q)
	if err != nil {
		return 0, err
	}
	if v != store.KeysVersion {
		return 0, fmt.Errorf("postgres: %w: its full-text vectors have keys of version %d, this program's are %d; open it once for writing (marsad reanalyze --db URL) to rebuild them",
			store.ErrNeedsUpgrade, v, store.KeysVersion)
	}
	return cur, nil
}
