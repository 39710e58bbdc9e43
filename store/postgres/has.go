package postgres

import (
	"context"
	"errors"

	"github.com/jackc/pgx/v5"
)

// Has reports whether an article with that ID is stored: what an ingest
// checkpoint asks of every document, without reading the article (Get
// decodes its whole analysis).
func (s *Store) Has(ctx context.Context, id string) (bool, error) {
	if err := s.check(); err != nil {
		return false, err
	}
	var one int
	err := s.pool.QueryRow(ctx, `SELECT 1 FROM articles WHERE id = $1`, id).Scan(&one)
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, pgx.ErrNoRows):
		return false, nil
	}
	return false, wrap("has", err)
}
