package sqlite

import (
	"context"
	"fmt"

	"github.com/marsad/marsad/store"
)

// Trends counts actors or places in a window and its baseline in one pass
// over their rows; see store.Store.
func (db *DB) Trends(ctx context.Context, q store.TrendQuery) ([]store.Trend, error) {
	if err := q.Check(); err != nil {
		return nil, fmt.Errorf("sqlite: trends: %w", err)
	}
	if err := db.check(); err != nil {
		return nil, err
	}
	minRecent, limit := q.Limits()
	name, typ, group, from := `e.canonical`, `e.type`, `e.canonical_key, e.type`, `entities e JOIN articles a ON a.seq = e.article_seq`
	if q.Kind == store.TrendPlaces {
		name, typ, group, from = `p.name`, `p.country`, `p.name_key, p.country`, `places p JOIN articles a ON a.seq = p.article_seq`
	}
	since := q.Since.Unix()
	rows, err := db.r.QueryContext(ctx, `SELECT `+name+`, `+typ+`,
		COUNT(DISTINCT CASE WHEN a.published_at >= ? THEN `+storyKey+` END) AS recent,
		COUNT(DISTINCT CASE WHEN a.published_at < ? THEN `+storyKey+` END) AS base
		FROM `+from+`
		WHERE a.duplicate_of = '' AND a.published_at >= ? AND a.published_at < ?
		GROUP BY `+group+` HAVING recent >= ?
		ORDER BY recent DESC, base, 1 LIMIT ?`,
		since, since, q.Baseline().Unix(), q.Until.Unix(), minRecent, limit)
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
