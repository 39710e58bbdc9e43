package postgres

import (
	"context"
	"fmt"

	"github.com/marsad/marsad/store"
)

// Trends counts actors or places in a window and its baseline in one pass
// over their rows; see store.Store.
func (s *Store) Trends(ctx context.Context, q store.TrendQuery) ([]store.Trend, error) {
	if err := q.Check(); err != nil {
		return nil, fmt.Errorf("postgres: trends: %w", err)
	}
	if err := s.check(); err != nil {
		return nil, err
	}
	minRecent, limit := q.Limits()
	name, typ, group, from := mostFrequent("e.canonical"), `e.type`, `e.canonical_key, e.type`, `entities e JOIN articles a ON a.seq = e.article_seq`
	if q.Kind == store.TrendPlaces {
		name, typ, group, from = mostFrequent("p.name"), `p.country`, `p.name_key, p.country`, `places p JOIN articles a ON a.seq = p.article_seq`
	}
	rows, err := s.pool.Query(ctx, `SELECT `+name+`, `+typ+`,
		COUNT(DISTINCT `+storyKey+`) FILTER (WHERE a.published_at >= $1) AS recent,
		COUNT(DISTINCT `+storyKey+`) FILTER (WHERE a.published_at < $1) AS base
		FROM `+from+`
		WHERE a.duplicate_of = '' AND a.published_at >= $2 AND a.published_at < $3
		GROUP BY `+group+`
		HAVING COUNT(DISTINCT `+storyKey+`) FILTER (WHERE a.published_at >= $1) >= $4
		ORDER BY recent DESC, base, 1 LIMIT $5`,
		q.Since, q.Baseline(), q.Until, minRecent, limit)
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
