package sqlite

import (
	"context"
	"database/sql"
	"errors"
)

// Has reports whether an article with that ID is stored: what an ingest
// checkpoint asks of every document, without reading the article (Get
// decodes its whole analysis).
func (db *DB) Has(ctx context.Context, id string) (bool, error) {
	if err := db.check(); err != nil {
		return false, err
	}
	var one int
	err := db.r.QueryRowContext(ctx, `SELECT 1 FROM articles WHERE id = ?`, id).Scan(&one)
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, sql.ErrNoRows):
		return false, nil
	}
	return false, wrap("has", err)
}
