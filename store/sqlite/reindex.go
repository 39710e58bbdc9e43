package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"

	"github.com/marsad/marsad/store"
)

// keysVersion returns the store.KeysVersion the full-text index was built
// with (1 for a store older than the meta table's record of it).
func keysVersion(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) (int, error) {
	var v string
	err := q.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'keys_version'`).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return 1, nil
	}
	if err != nil {
		return 0, fmt.Errorf("sqlite: read keys version: %w", err)
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, fmt.Errorf("sqlite: keys version %q: %w", v, err)
	}
	return n, nil
}

// reindex rebuilds the full-text index with the current search keys when
// it was built with others, in one transaction: a crash leaves the old
// index whole, and the next Open starts again.
func reindex(ctx context.Context, db *sql.DB) error {
	v, err := keysVersion(ctx, db)
	if err != nil || v == store.KeysVersion {
		return err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return wrap("reindex", err)
	}
	defer func() { _ = tx.Rollback() }()
	if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')`); err != nil {
		return wrap("reindex", err)
	}
	ins, err := tx.PrepareContext(ctx, qInsertFTS)
	if err != nil {
		return wrap("reindex", err)
	}
	defer ins.Close()
	for last := int64(0); ; {
		rows, err := tx.QueryContext(ctx, `SELECT seq, title, body FROM articles WHERE seq > ? ORDER BY seq LIMIT 256`, last)
		if err != nil {
			return wrap("reindex", err)
		}
		type doc struct {
			seq         int64
			title, body string
		}
		var page []doc
		for rows.Next() {
			var d doc
			if err := rows.Scan(&d.seq, &d.title, &d.body); err != nil {
				rows.Close()
				return wrap("reindex", err)
			}
			page = append(page, d)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return wrap("reindex", err)
		}
		for _, d := range page {
			if _, err := ins.ExecContext(ctx, d.seq, store.IndexText(d.title), store.IndexText(d.body)); err != nil {
				return wrap("reindex", err)
			}
			last = d.seq
		}
		if len(page) == 0 {
			break
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES ('keys_version', ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, strconv.Itoa(store.KeysVersion)); err != nil {
		return wrap("reindex", err)
	}
	return wrap("reindex", tx.Commit())
}
