package postgres

import (
	"context"

	"github.com/marsad/marsad/store"
)

// Stats returns whole-store counts; see store.Store. Bytes is the size of
// the store's tables with their indexes and TOAST data.
func (s *Store) Stats(ctx context.Context) (store.Stats, error) {
	st := store.Stats{SchemaVersion: s.schema}
	if err := s.check(); err != nil {
		return st, err
	}
	err := s.pool.QueryRow(ctx, `SELECT
		(SELECT COUNT(*) FROM articles),
		(SELECT COUNT(*) FROM articles WHERE duplicate_of <> ''),
		(SELECT COUNT(DISTINCT story_id) FROM articles WHERE story_id <> ''),
		(SELECT COUNT(DISTINCT source) FROM articles),
		(SELECT COUNT(*) FROM entities),
		(SELECT COUNT(*) FROM mentions),
		(SELECT COUNT(*) FROM quotes),
		(SELECT COUNT(*) FROM events),
		(SELECT COUNT(*) FROM places),
		(SELECT COUNT(*) FROM times),
		(SELECT SUM(pg_total_relation_size(t::regclass))::bigint FROM unnest(ARRAY['articles', 'entities',
			'mentions', 'quotes', 'events', 'places', 'times', 'stories', 'schema_version']) t)`).
		Scan(&st.Articles, &st.Duplicates, &st.Stories, &st.Sources, &st.Entities, &st.Mentions,
			&st.Quotes, &st.Events, &st.Places, &st.Times, &st.Bytes)
	return st, wrap("stats", err)
}
