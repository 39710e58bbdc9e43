package postgres

import (
	"context"
	"fmt"

	"github.com/marsad/marsad/store"
)

// Trends counts actors or places in a window and its baseline; see
// store.Store.
func (s *Store) Trends(ctx context.Context, q store.TrendQuery) ([]store.Trend, error) {
	if err := q.Check(); err != nil {
		return nil, fmt.Errorf("postgres: trends: %w", err)
	}
	if err := s.check(); err != nil {
		return nil, err
	}
	minRecent, limit := q.Limits()
	key, typ, from := `e.canonical_key`, `e.type`, `entities e JOIN articles a ON a.seq = e.article_seq`
	name := mostFrequent("e.canonical")
	if q.Kind == store.TrendPlaces {
		key, typ, from = `p.name_key`, `p.country`, `places p JOIN articles a ON a.seq = p.article_seq`
		name = mostFrequent("p.name")
	}
	// Two passes, as in the SQLite store: the names of the window, then
	// the baseline of those names only.
	rows, err := s.pool.Query(ctx, `WITH hot AS (
		SELECT `+key+` AS k, `+typ+` AS t, `+name+` AS name, COUNT(DISTINCT `+storyKey+`) AS recent
		FROM `+from+` WHERE a.duplicate_of = '' AND a.published_at >= $1 AND a.published_at < $2
		GROUP BY 1, 2 HAVING COUNT(DISTINCT `+storyKey+`) >= $3)
		SELECT name, t, recent, (SELECT COUNT(DISTINCT `+storyKey+`) FROM `+from+`
			WHERE `+key+` = hot.k AND `+typ+` = hot.t AND a.duplicate_of = ''
			AND a.published_at >= $4 AND a.published_at < $1) AS base
		FROM hot ORDER BY recent DESC, base, name LIMIT $5`,
		q.Since, q.Until, minRecent, q.Baseline(), limit)
	if err != nil {
		return nil, wrap("trends", err)
	}
	defer rows.Close()
	out := []store.Trend{}
	for rows.Next() {
		var t store.Trend
		if err := rows.Scan(&t.Name, &t.Type, &t.Recent, &t.Baseline); err != nil {
			return nil, wrap("trends", err)
		}
		out = append(out, t)
	}
	return out, wrap("trends", rows.Err())
}
