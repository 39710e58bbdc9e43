package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"time"

	"github.com/marsad/marsad/store"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

func migrations() ([]store.Migration, error) {
	ms, err := store.ReadMigrations(migrationFS, "migrations")
	if err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
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

// migrate applies the migrations newer than the recorded version, each in
// its own transaction together with its schema_version row.
func migrate(ctx context.Context, db *sql.DB) (int, error) {
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied INTEGER NOT NULL)`); err != nil {
		return 0, fmt.Errorf("sqlite: create schema_version: %w", err)
	}
	var cur int
	if err := db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&cur); err != nil {
		return 0, fmt.Errorf("sqlite: read schema version: %w", err)
	}
	ms, err := migrations()
	if err != nil {
		return 0, err
	}
	if n := len(ms); n > 0 && cur > ms[n-1].Version {
		return 0, fmt.Errorf("sqlite: database schema %d is newer than this program's %d", cur, ms[n-1].Version)
	}
	for _, m := range ms {
		if m.Version <= cur {
			continue
		}
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return 0, fmt.Errorf("sqlite: migration %s: %w", m.Name, err)
		}
		if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
			_ = tx.Rollback()
			return 0, fmt.Errorf("sqlite: migration %s: %w", m.Name, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version, name, applied) VALUES (?, ?, ?)`,
			m.Version, m.Name, time.Now().Unix()); err != nil {
			_ = tx.Rollback()
			return 0, fmt.Errorf("sqlite: migration %s: %w", m.Name, err)
		}
		if err := tx.Commit(); err != nil {
			return 0, fmt.Errorf("sqlite: migration %s: %w", m.Name, err)
		}
		cur = m.Version
	}
	return cur, nil
}
