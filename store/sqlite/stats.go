package sqlite

import (
	"context"

	"github.com/marsad/marsad/store"
)

// Stats returns whole-store counts; see store.Store.
func (db *DB) Stats(ctx context.Context) (store.Stats, error) {
	s := store.Stats{SchemaVersion: db.schema}
	if err := db.check(); err != nil {
		return s, err
	}
	err := db.r.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM articles),
		(SELECT COUNT(*) FROM articles WHERE duplicate_of <> ''),
		(SELECT COUNT(DISTINCT story_id) FROM articles WHERE story_id <> ''),
		(SELECT COUNT(DISTINCT source) FROM articles),
		(SELECT COUNT(*) FROM entities),
		(SELECT COUNT(*) FROM mentions),
		(SELECT COUNT(*) FROM quotes),
		(SELECT COUNT(*) FROM events),
		(SELECT COUNT(*) FROM places),
		(SELECT COUNT(*) FROM times)`).Scan(&s.Articles, &s.Duplicates, &s.Stories, &s.Sources,
		&s.Entities, &s.Mentions, &s.Quotes, &s.Events, &s.Places, &s.Times)
	s.Bytes = db.size()
	return s, wrap("stats", err)
}
