package postgres

import (
	"context"
	"embed"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/marsad/marsad/store"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

func migrations() ([]store.Migration, error) {
	ms, err := store.ReadMigrations(migrationFS, "migrations")
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	return ms, nil
}

// SchemaVersion is the schema version this package migrates to.
func SchemaVersion() int {
	ms, err := migrations()
	if err != nil {
		return 0
	}
	return store.LatestVersion(ms)
}

// lockClass is the first key of the advisory lock taken while migrating
// ("MRSD"); the second is a hash of the schema's name, so stores in other
// schemas of the database do not wait for each other.
const lockClass = 0x4d525344

// migrate creates schema if it is named and missing, then applies the
// migrations newer than the recorded version, each in its own transaction
// together with its schema_version row. It holds a session advisory lock
// throughout, so that processes opening the same database at once migrate
// it one after the other.
func migrate(ctx context.Context, pool *pgxpool.Pool, schema string) (int, error) {
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return 0, wrap("connect", err)
	}
	defer conn.Release()
	// The key is the schema named in the options, else the one the
	// search_path resolves to (which need not exist yet).
	key := `hashtext(COALESCE(NULLIF($2, ''), current_schema(), ''))`
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1, `+key+`)`, lockClass, schema); err != nil {
		return 0, wrap("migrate: lock", err)
	}
	cur, err := migrateLocked(ctx, conn.Conn(), schema)
	// Unlock on a fresh context: ctx may be what failed.
	_, errUnlock := conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1, `+key+`)`, lockClass, schema)
	if err != nil {
		return 0, err
	}
	if errUnlock != nil {
		return 0, wrap("migrate: unlock", errUnlock)
	}
	return cur, nil
}

func migrateLocked(ctx context.Context, conn *pgx.Conn, schema string) (int, error) {
	if schema != "" {
		if _, err := conn.Exec(ctx, `CREATE SCHEMA IF NOT EXISTS `+pgx.Identifier{schema}.Sanitize()); err != nil {
			return 0, wrap("create schema", err)
		}
	}
	if _, err := conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
		version integer PRIMARY KEY, name text NOT NULL, applied timestamptz NOT NULL DEFAULT now())`); err != nil {
		return 0, wrap("create schema_version", err)
	}
	var cur int
	if err := conn.QueryRow(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&cur); err != nil {
		return 0, wrap("read schema version", err)
	}
	ms, err := migrations()
	if err != nil {
		return 0, err
	}
	if n := len(ms); n > 0 && cur > ms[n-1].Version {
		return 0, fmt.Errorf("postgres: database schema %d is newer than this program's %d", cur, ms[n-1].Version)
	}
	for _, m := range ms {
		if m.Version <= cur {
			continue
		}
		err := pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, m.SQL); err != nil {
				return err
			}
			_, err := tx.Exec(ctx, `INSERT INTO schema_version (version, name) VALUES ($1, $2)`, m.Version, m.Name)
			return err
		})
		if err != nil {
			return 0, wrap("migration "+m.Name, err)
		}
		cur = m.Version
	}
	if err := reindex(ctx, conn); err != nil {
		return 0, err
	}
	return cur, nil
}
