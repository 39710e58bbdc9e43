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

// reindex rebuilds the search index (the full-text rows and TermMaps of
// every article) when it was built with other keys, in one
// transaction: a crash leaves the old index whole, and the next Open starts
// again.
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
	for _, q := range []string{`INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')`,
		`DELETE FROM article_terms`} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return wrap("reindex", err)
		}
	}
	w := &preparedTx{tx: tx, m: map[string]*sql.Stmt{}}
	defer w.close()
	for last := int64(0); ; {
		page, err := reindexPage(ctx, tx, last)
		if err != nil {
			return wrap("reindex", err)
		}
		if len(page) == 0 {
			break
		}
		for _, d := range page {
			if err := putSearch(ctx, w, d.seq, d.dup, newSearchRows(d.title, d.body)); err != nil {
				return wrap("reindex", err)
			}
			last = d.seq
		}
	}
	// A whole new index: merged into one segment, as Optimize does after a
	// bulk load.
	if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts (articles_fts) VALUES ('optimize')`); err != nil {
		return wrap("reindex", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES ('keys_version', ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, strconv.Itoa(store.KeysVersion)); err != nil {
		return wrap("reindex", err)
	}
	return wrap("reindex", tx.Commit())
}

// reindexDoc is what reindex reads of an article.
type reindexDoc struct {
	seq         int64
	title, body string
	dup         bool
}

// reindexPage reads the 256 articles after seq last.
func reindexPage(ctx context.Context, tx *sql.Tx, last int64) ([]reindexDoc, error) {
	rows, err := tx.QueryContext(ctx, `SELECT seq, title, body, duplicate_of <> '' FROM articles
		WHERE seq > ? ORDER BY seq LIMIT 256`, last)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var page []reindexDoc
	for rows.Next() {
		var d reindexDoc
		if err := rows.Scan(&d.seq, &d.title, &d.body, &d.dup); err != nil {
			return nil, err
		}
		page = append(page, d)
	}
	return page, rows.Err()
}

// preparedTx runs statements in a transaction, each prepared once (the
// writer's statement cache cannot be used: its one connection is the
// transaction's).
type preparedTx struct {
	tx *sql.Tx
	m  map[string]*sql.Stmt
}

func (p *preparedTx) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	st := p.m[q]
	if st == nil {
		var err error
		if st, err = p.tx.PrepareContext(ctx, q); err != nil {
			return nil, err
		}
		p.m[q] = st
	}
	return st.ExecContext(ctx, args...)
}

func (p *preparedTx) close() {
	for _, st := range p.m {
		_ = st.Close()
	}
}
