package sqlite

import (
	"context"
	"database/sql"
	"errors"
)

// stmtCache holds the writer's prepared statements (writeQueries), so
// that the many inserts of a Put are parsed once per database instead of
// once per row (statement preparation was a quarter of Put's time). They
// are prepared when the database opens: the writer has one connection,
// which a transaction holds, so none can be prepared during one. The map
// is read-only after newStmtCache, so it is safe for concurrent use.
type stmtCache struct {
	m map[string]*sql.Stmt
}

func newStmtCache(ctx context.Context, db *sql.DB, queries []string) (*stmtCache, error) {
	c := &stmtCache{m: make(map[string]*sql.Stmt, len(queries))}
	for _, q := range queries {
		st, err := db.PrepareContext(ctx, q)
		if err != nil {
			return nil, errors.Join(err, c.close())
		}
		c.m[q] = st
	}
	return c, nil
}

// get returns the prepared statement of query q, or nil.
func (c *stmtCache) get(q string) *sql.Stmt { return c.m[q] }

// close closes every cached statement (DB.Close calls it once, after which
// no statement is used).
func (c *stmtCache) close() error {
	var errs []error
	for _, st := range c.m {
		errs = append(errs, st.Close())
	}
	return errors.Join(errs...)
}

// wtx is a write transaction whose statements come from the writer's cache.
type wtx struct {
	*sql.Tx
	c *stmtCache
}

// ExecContext executes q in the transaction, with its prepared statement
// if it has one.
func (t wtx) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	if st := t.c.get(q); st != nil {
		return t.Tx.StmtContext(ctx, st).ExecContext(ctx, args...)
	}
	return t.Tx.ExecContext(ctx, q, args...)
}

// QueryRowContext runs q in the transaction, with its prepared statement
// if it has one.
func (t wtx) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	if st := t.c.get(q); st != nil {
		return t.Tx.StmtContext(ctx, st).QueryRowContext(ctx, args...)
	}
	return t.Tx.QueryRowContext(ctx, q, args...)
}
